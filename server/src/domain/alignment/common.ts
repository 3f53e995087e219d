import type { Confidence, Level, Sector } from '@reform-atlas/vocabulary';
import { z } from 'zod';

import { confidencesFrom } from '../filters';
import { confidenceSchema } from '../validation';
import type { ThemeSpace } from './score';

/** What the API shows of an actor in alignment results. */
export interface ActorBrief {
  id: string;
  name: string;
  acronym: string | null;
  sector: Sector;
  level: Level;
  /** 1 (low) to 5 (high). */
  influence: number;
  country: { id: string; name: string } | null;
}

export interface ThemeBrief {
  id: string;
  name: string;
}

export const themeAt = (space: ThemeSpace, t: number): ThemeBrief => ({
  id: space.ids[t] ?? '',
  name: space.names[t] ?? '',
});

export const minConfidenceSchema = confidenceSchema.nullish();

/** Theme links below the minimum confidence are left out of every score. */
export const confidencesFor = (min: Confidence | null | undefined): Confidence[] => confidencesFrom(min);

export const limitSchema = (fallback: number, max: number) =>
  z
    .number()
    .int('must be a whole number')
    .min(1, `must be between 1 and ${max}`)
    .max(max, `must be between 1 and ${max}`)
    .nullish()
    .transform((v) => v ?? fallback);

/** Rounds scores for the API: six decimals are plenty and keep answers stable across platforms. */
export const round = (x: number): number => Math.round(x * 1e6) / 1e6;

export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** A visible collaboration links them (from the actor index, so no query per pair). */
export const areLinked = (a: { collaborators: ReadonlySet<string> }, b: { id: string }): boolean =>
  a.collaborators.has(b.id);
