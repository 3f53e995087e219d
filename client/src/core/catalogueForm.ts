/**
 * The network, coalition and theme forms' values and the input or patch they imply: pure, so an edit made on top of
 * someone else's (after a CONFLICT) sends only what this person changed, and so it can be tested.
 */
import type {
  CreateGroupInput,
  CreateThemeInput,
  GroupFragment,
  GroupPatch,
  ThemeFragment,
  ThemePatch,
} from '../data/generated/graphql';

export interface GroupFormValues {
  name: string;
  acronym: string;
  description: string;
  /** As typed: a year, or empty. */
  founded: string;
  /** Country codes the group is active in. */
  activeIn: string[];
  /** Theme ids it focuses on. */
  focusThemes: string[];
}

export interface ThemeFormValues {
  name: string;
  description: string;
}

export const EMPTY_GROUP_FORM: GroupFormValues = {
  name: '',
  acronym: '',
  description: '',
  founded: '',
  activeIn: [],
  focusThemes: [],
};

export const EMPTY_THEME_FORM: ThemeFormValues = { name: '', description: '' };

export function groupFormFrom(g: GroupFragment): GroupFormValues {
  return {
    name: g.name,
    acronym: g.acronym ?? '',
    description: g.description ?? '',
    founded: g.founded === null ? '' : String(g.founded),
    activeIn: g.countries.map((c) => c.id).sort(),
    focusThemes: g.themes.map((t) => t.id).sort(),
  };
}

export function themeFormFrom(t: ThemeFragment): ThemeFormValues {
  return { name: t.name, description: t.description ?? '' };
}

/** "2004" → 2004, "" → null; anything else is not a year (the form says so before sending). */
export function yearOf(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  return /^\d{1,4}$/.test(t) ? Number(t) : undefined;
}

/** Every field the group form sends (null when left empty); `founded` must have passed yearOf. */
export function groupInputFrom(v: GroupFormValues): Omit<Required<CreateGroupInput>, 'id' | 'kind'> {
  return {
    name: v.name.trim(),
    acronym: v.acronym.trim() || null,
    description: v.description.trim() || null,
    founded: yearOf(v.founded) ?? null,
    activeIn: v.activeIn,
    focusThemes: v.focusThemes,
  };
}

export function themeInputFrom(v: ThemeFormValues): Omit<Required<CreateThemeInput>, 'id'> {
  return { name: v.name.trim(), description: v.description.trim() || null };
}

function same(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? [...a].sort().join() === [...b].sort().join() : a === b;
}

/** The fields changed from the version the person started from. */
export function changedKeys<V extends object>(original: V, current: V): Array<keyof V & string> {
  return (Object.keys(current) as Array<keyof V & string>).filter((k) => !same(original[k], current[k]));
}

function patchOf<V extends object, I extends object>(original: V, current: V, input: I): Partial<I> {
  const patch: Partial<I> = {};
  for (const key of changedKeys(original, current)) {
    (patch as Record<string, unknown>)[key] = (input as Record<string, unknown>)[key];
  }
  return patch;
}

/** Only what the person changed, so an edit saved on top of someone else's keeps their other changes. */
export function groupPatchFrom(original: GroupFormValues, current: GroupFormValues): GroupPatch {
  return patchOf(original, current, groupInputFrom(current));
}

export function themePatchFrom(original: ThemeFormValues, current: ThemeFormValues): ThemePatch {
  return patchOf(original, current, themeInputFrom(current));
}
