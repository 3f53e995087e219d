/** Networks, coalitions and themes created, edited and deleted on the page: one function per document. */
import { request } from './client';
import {
  CreateGroupDocument,
  CreateThemeDocument,
  DeleteGroupDocument,
  DeleteThemeDocument,
  GroupsDocument,
  ThemesDocument,
  UpdateGroupDocument,
  UpdateThemeDocument,
  type CreateGroupInput,
  type CreateThemeInput,
  type GroupFragment,
  type GroupPatch,
  type ThemeFragment,
  type ThemePatch,
} from './generated/graphql';

export async function createGroup(input: CreateGroupInput): Promise<GroupFragment> {
  return (await request(CreateGroupDocument, { input })).createGroup;
}

export async function updateGroup(id: string, version: number, patch: GroupPatch): Promise<GroupFragment> {
  return (await request(UpdateGroupDocument, { id, version, patch })).updateGroup;
}

export async function deleteGroup(id: string): Promise<string> {
  return (await request(DeleteGroupDocument, { id })).deleteGroup;
}

/** The group as it is now (after a CONFLICT), or null when it was deleted meanwhile. */
export async function fetchGroup(id: string): Promise<GroupFragment | null> {
  return (await request(GroupsDocument)).groups.find((g) => g.id === id) ?? null;
}

export async function createTheme(input: CreateThemeInput): Promise<ThemeFragment> {
  return (await request(CreateThemeDocument, { input })).createTheme;
}

export async function updateTheme(id: string, version: number, patch: ThemePatch): Promise<ThemeFragment> {
  return (await request(UpdateThemeDocument, { id, version, patch })).updateTheme;
}

export async function deleteTheme(id: string): Promise<string> {
  return (await request(DeleteThemeDocument, { id })).deleteTheme;
}

export async function fetchTheme(id: string): Promise<ThemeFragment | null> {
  return (await request(ThemesDocument)).themes.find((t) => t.id === id) ?? null;
}
