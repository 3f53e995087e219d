import { POSITIONS, type Position, type Sector } from '@reform-atlas/vocabulary';
import { z } from 'zod';

import type { Database } from '../../db/database';
import { notFound } from '../../errors';
import type { ActorSummary, NamedRef } from '../actorLinks';
import type { Provenance } from '../elements';
import { actorFilterParams, actorFilterSchema } from '../filters';
import { idSchema, parseInput } from '../validation';
import type { Viewer } from '../viewer';
import { limitSchema, type ThemeBrief } from './common';

const landscapeInputSchema = z.object({
  themeId: idSchema,
  filter: actorFilterSchema,
  limit: limitSchema(200, 5_000),
});

export interface PositionCounts {
  total: number;
  supports: number;
  opposes: number;
  mixed: number;
  unknown: number;
}

/** One actor's stance on the theme. */
export interface ThemeStance {
  actor: ActorSummary;
  /** Base country. */
  country: NamedRef | null;
  position: Position;
  priority: number;
  provenance: Provenance;
}

export interface ThemeLandscape {
  theme: ThemeBrief;
  counts: PositionCounts;
  bySector: Array<PositionCounts & { sector: Sector }>;
  /** By base country; country null for actors without one. */
  byCountry: Array<PositionCounts & { country: ThemeBrief | null }>;
  actors: ThemeStance[];
  truncated: boolean;
}

const FIELD: Record<Position, keyof Omit<PositionCounts, 'total'>> = {
  SUPPORTS: 'supports',
  OPPOSES: 'opposes',
  MIXED: 'mixed',
  UNKNOWN: 'unknown',
};

const empty = (): PositionCounts => ({ total: 0, supports: 0, opposes: 0, mixed: 0, unknown: 0 });

/** Who cares about one theme, of which sectors and countries, and with what position. One round trip. */
export async function themeLandscape(db: Database, viewer: Viewer, input: unknown): Promise<ThemeLandscape> {
  const args = parseInput(landscapeInputSchema, input);
  const [row] = await db.read('theme-landscape', {
    ...actorFilterParams(viewer, args.filter),
    themeId: args.themeId,
    limit: args.limit,
  });
  if (!row) throw notFound('Theme', args.themeId);
  const all = empty();
  const sectors = new Map<Sector, PositionCounts>();
  const countries = new Map<string | null, PositionCounts & { country: ThemeBrief | null }>();
  for (const c of (row.counts as Array<{
    sector: Sector;
    country: ThemeBrief | null;
    position: Position;
    n: number;
  }>) ?? []) {
    const code = c.country?.id ?? null;
    if (!countries.has(code)) countries.set(code, { country: c.country, ...empty() });
    const field = FIELD[POSITIONS.includes(c.position) ? c.position : 'UNKNOWN'];
    for (const counts of [
      all,
      sectors.get(c.sector) ?? sectors.set(c.sector, empty()).get(c.sector),
      countries.get(code),
    ]) {
      if (!counts) continue;
      counts.total += c.n;
      counts[field] += c.n;
    }
  }
  const byTotal = <T extends PositionCounts>(x: T, y: T) => y.total - x.total;
  const actors = (row.actors as ThemeStance[]) ?? [];
  return {
    theme: row.theme as ThemeBrief,
    counts: all,
    bySector: [...sectors]
      .map(([sector, c]) => ({ sector, ...c }))
      .sort((x, y) => byTotal(x, y) || x.sector.localeCompare(y.sector)),
    byCountry: [...countries.values()].sort(
      (x, y) => byTotal(x, y) || String(x.country?.id).localeCompare(String(y.country?.id)),
    ),
    actors,
    truncated: Number(row.total ?? 0) > actors.length,
  };
}
