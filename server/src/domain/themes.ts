import { z } from 'zod';

import type { Database, Row } from '../db/database';
import { conflict, notFound } from '../errors';
import { auditedWrite } from './audit';
import { idSchema, nameSchema, parseInput } from './validation';
import { canSeeSensitive, requireEditor, type Viewer } from './viewer';

export interface ThemeRecord {
  id: string;
  name: string;
  description: string | null;
  version: number;
  actorCount: number;
  supports: number;
  opposes: number;
  mixed: number;
}

export const themeFieldsSchema = z.object({
  name: nameSchema,
  description: z
    .string()
    .trim()
    .max(5000)
    .nullish()
    .transform((v) => v || null),
});

function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug.length >= 3 ? slug : `theme-${crypto.randomUUID().slice(0, 8)}`;
}

/** A row of themes-list, theme-create and theme-update: the theme's properties and who holds it. */
type ThemeRow = {
  theme: { id: string; name: string; description?: string | null; version?: number | null };
  actorCount?: number | null;
  supports?: number | null;
  opposes?: number | null;
  mixed?: number | null;
};

export function toThemeRecord(row: Row): ThemeRecord {
  const { theme: t, actorCount, supports, opposes, mixed } = row as ThemeRow;
  return {
    id: String(t.id),
    name: String(t.name),
    description: t.description ?? null,
    version: Number(t.version ?? 1),
    actorCount: Number(actorCount ?? 0),
    supports: Number(supports ?? 0),
    opposes: Number(opposes ?? 0),
    mixed: Number(mixed ?? 0),
  };
}

export async function listThemes(db: Database, viewer: Viewer): Promise<ThemeRecord[]> {
  return (await db.read('themes-list', { canSeeSensitive: canSeeSensitive(viewer) })).map(toThemeRecord);
}

export async function createTheme(db: Database, viewer: Viewer, input: unknown): Promise<ThemeRecord> {
  requireEditor(viewer);
  const data = parseInput(themeFieldsSchema.extend({ id: idSchema.nullish() }), input, 'input');
  const id = data.id ?? slugify(data.name);
  return auditedWrite(db, viewer, { kind: 'theme', id, action: 'createTheme', summary: data.name }, async (tx) => {
    const [row] = await tx.run('theme-create', {
      theme: { id, name: data.name, description: data.description },
      now: new Date().toISOString(),
    });
    if (!row) throw new Error('theme-create returned no row');
    return toThemeRecord(row);
  });
}

export async function updateTheme(db: Database, viewer: Viewer, input: unknown): Promise<ThemeRecord> {
  requireEditor(viewer);
  const { id, version, patch } = parseInput(
    z.object({ id: idSchema, version: z.number().int().min(1), patch: themeFieldsSchema.partial() }),
    input,
    'input',
  );
  return auditedWrite(
    db,
    viewer,
    { kind: 'theme', id, action: 'updateTheme', summary: Object.keys(patch).join(', ') },
    async (tx) => {
      const [locked] = await tx.run('theme-lock', { id });
      if (!locked) throw notFound('Theme', id);
      if (Number(locked.version) !== version)
        throw conflict(`Theme '${id}' was changed by someone else; reload it and apply your change again`);
      const props: Record<string, unknown> = {};
      if (patch.name !== undefined) props.name = patch.name;
      if (patch.description !== undefined) props.description = patch.description;
      const [row] = await tx.run('theme-update', { id, version, props, now: new Date().toISOString() });
      if (!row) throw conflict(`Theme '${id}' was changed by someone else; reload it and apply your change again`);
      return toThemeRecord(row);
    },
  );
}

export async function deleteTheme(db: Database, viewer: Viewer, id: string): Promise<string> {
  requireEditor(viewer);
  return auditedWrite(db, viewer, { kind: 'theme', id, action: 'deleteTheme', removes: true }, async (tx) => {
    const [row] = await tx.run('theme-delete', { id });
    if (!row) throw notFound('Theme', id);
    return String(row.id);
  });
}
