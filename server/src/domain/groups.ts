import { GROUP_KINDS } from '@reform-atlas/vocabulary';
import { z } from 'zod';

import type { Database, Row, Tx } from '../db/database';
import { conflict, DomainError, notFound } from '../errors';
import { auditedWrite } from './audit';
import { countryCodeSchema, idSchema, nameSchema, optionalYearSchema, orDefault, parseInput } from './validation';
import { canSeeSensitive, requireEditor, type Viewer } from './viewer';

export interface GroupRecord {
  id: string;
  kind: 'NETWORK' | 'COALITION';
  name: string;
  acronym: string | null;
  description: string | null;
  founded: number | null;
  version: number;
  countries: Array<{ id: string; name: string }>;
  themes: Array<{ id: string; name: string }>;
  memberCount: number;
}

export const groupFieldsSchema = z.object({
  name: nameSchema,
  acronym: z
    .string()
    .trim()
    .max(30)
    .nullish()
    .transform((v) => v || null),
  description: z
    .string()
    .trim()
    .max(5000)
    .nullish()
    .transform((v) => v || null),
  founded: optionalYearSchema,
  activeIn: orDefault(z.array(countryCodeSchema).max(10), () => []),
  focusThemes: orDefault(z.array(idSchema).max(50), () => []),
});

const createGroupSchema = groupFieldsSchema.extend({ id: idSchema.nullish(), kind: z.enum(GROUP_KINDS) });
const updateGroupSchema = z.object({
  id: idSchema,
  version: z.number().int().min(1),
  patch: groupFieldsSchema.partial().extend({
    activeIn: z.array(countryCodeSchema).max(10).optional(),
    focusThemes: z.array(idSchema).max(50).optional(),
  }),
});

/** A row of groups-list, group-create and group-update: the group's properties and what it links to. */
type GroupRow = {
  group: {
    id: string;
    name: string;
    acronym?: string | null;
    description?: string | null;
    founded?: number | null;
    version?: number | null;
  };
  kind: string;
  countries?: GroupRecord['countries'];
  themes?: GroupRecord['themes'];
  memberCount?: number | null;
};

export function toGroupRecord(row: Row): GroupRecord {
  const { group: g, kind, countries, themes, memberCount } = row as GroupRow;
  return {
    id: String(g.id),
    kind: kind === 'NETWORK' ? 'NETWORK' : 'COALITION',
    name: String(g.name),
    acronym: g.acronym ?? null,
    description: g.description ?? null,
    founded: g.founded === null || g.founded === undefined ? null : Number(g.founded),
    version: Number(g.version ?? 1),
    countries: countries ?? [],
    themes: themes ?? [],
    memberCount: Number(memberCount ?? 0),
  };
}

export async function listGroups(
  db: Database,
  viewer: Viewer,
  kind: 'NETWORK' | 'COALITION' | null,
): Promise<GroupRecord[]> {
  const rows = await db.read('groups-list', { kind, canSeeSensitive: canSeeSensitive(viewer) });
  return rows.map(toGroupRecord);
}

async function checkReferences(tx: Tx, activeIn: string[], themes: string[]): Promise<void> {
  const [row] = await tx.run('references-exist', { countries: activeIn, themes });
  const countries = new Set((row?.countries as string[]) ?? []);
  const foundThemes = new Set((row?.themes as string[]) ?? []);
  const missingCountry = activeIn.find((c) => !countries.has(c));
  if (missingCountry)
    throw new DomainError('BAD_USER_INPUT', `activeIn: country '${missingCountry}' is not in the database`, 'activeIn');
  const missingTheme = themes.find((t) => !foundThemes.has(t));
  if (missingTheme)
    throw new DomainError('BAD_USER_INPUT', `focusThemes: theme '${missingTheme}' does not exist`, 'focusThemes');
}

export async function createGroup(db: Database, viewer: Viewer, input: unknown): Promise<GroupRecord> {
  requireEditor(viewer);
  const data = parseInput(createGroupSchema, input, 'input');
  const id = data.id ?? `group-${crypto.randomUUID()}`;
  return auditedWrite(db, viewer, { kind: 'group', id, action: 'createGroup', summary: data.name }, async (tx) => {
    await checkReferences(tx, data.activeIn, data.focusThemes);
    const [row] = await tx.run('group-create', {
      group: { id, name: data.name, acronym: data.acronym, description: data.description, founded: data.founded },
      kind: data.kind,
      activeIn: data.activeIn,
      focusThemes: data.focusThemes,
      now: new Date().toISOString(),
    });
    if (!row) throw new Error('group-create returned no row');
    return toGroupRecord(row);
  });
}

export async function updateGroup(db: Database, viewer: Viewer, input: unknown): Promise<GroupRecord> {
  requireEditor(viewer);
  const { id, version, patch } = parseInput(updateGroupSchema, input, 'input');
  return auditedWrite(
    db,
    viewer,
    { kind: 'group', id, action: 'updateGroup', summary: Object.keys(patch).join(', ') },
    async (tx) => {
      const [locked] = await tx.run('group-lock', { id });
      if (!locked) throw notFound('Group', id);
      if (Number(locked.version) !== version)
        throw conflict(`Group '${id}' was changed by someone else; reload it and apply your change again`);
      await checkReferences(tx, patch.activeIn ?? [], patch.focusThemes ?? []);
      const props: Record<string, unknown> = {};
      for (const key of ['name', 'acronym', 'description', 'founded'] as const) {
        if (patch[key] !== undefined) props[key] = patch[key];
      }
      const [row] = await tx.run('group-update', {
        id,
        version,
        props,
        activeIn: patch.activeIn ?? null,
        focusThemes: patch.focusThemes ?? null,
        now: new Date().toISOString(),
      });
      if (!row) throw conflict(`Group '${id}' was changed by someone else; reload it and apply your change again`);
      return toGroupRecord(row);
    },
  );
}

export async function deleteGroup(db: Database, viewer: Viewer, id: string): Promise<string> {
  requireEditor(viewer);
  return auditedWrite(db, viewer, { kind: 'group', id, action: 'deleteGroup', removes: true }, async (tx) => {
    const [row] = await tx.run('group-delete', { id });
    if (!row) throw notFound('Group', id);
    return String(row.id);
  });
}
