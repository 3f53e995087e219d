/** The explorer's operations: one function per document (client/src/data/documents), one round trip each. */
import type { ActorInput } from '../core/actorForm';
import { searchOption, type SearchOption } from '../core/search/options';
import type { Confidence, Position, RelationType } from '../core/vocabulary';
import { request } from './client';
import {
  ActorDocument,
  AddCollaborationDocument,
  AddMembershipDocument,
  CatalogueDocument,
  ChangePasswordDocument,
  CreateActorDocument,
  CreateUserDocument,
  DeleteActorDocument,
  DeleteSavedViewDocument,
  ActorFacetsDocument,
  GraphDocument,
  SuggestDocument,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  NeighbourhoodDocument,
  PathDocument,
  RemoveCollaborationDocument,
  RemoveInterestDocument,
  RemoveMembershipDocument,
  ResetUserPasswordDocument,
  SavedViewsDocument,
  SaveViewDocument,
  SetInterestDocument,
  SetUserRoleDocument,
  UpdateActorDocument,
  UsersDocument,
  type AccountFragment,
  type ActorDetailsFragment,
  type ActorFacetsQuery,
  type ActorFilter,
  type GraphInclude,
  type GraphQuery,
  type CatalogueQuery,
  type CreateUserMutation,
  type GraphElementsFragment,
  type MeFragment,
  type PathQuery,
  type ProvenanceInput as ProvenanceInputVariables,
  type ResetUserPasswordMutation,
  type SavedViewFragment,
} from './generated/graphql';

export type Me = MeFragment;
export type Account = AccountFragment;

export function fetchCatalogue(): Promise<CatalogueQuery> {
  return request(CatalogueDocument);
}

export type GraphWithTotal = GraphQuery['graph'];

/** The first `limit` actors matching the filter (most influential first), the context asked for, and the total. */
export async function fetchGraph(args: {
  filter: ActorFilter | null;
  limit: number;
  include: GraphInclude;
  /** The map as it stood that day (ISO); today when null or left out. */
  asOf?: string | null;
}): Promise<GraphWithTotal> {
  const data = await request(GraphDocument, args);
  return data.graph;
}

/** As-you-type suggestions over the whole database (server/src/domain/search.ts), as search options. */
export async function findNodes(text: string, limit = 8): Promise<SearchOption[]> {
  const data = await request(SuggestDocument, { text, limit });
  return data.suggest.map(searchOption);
}

export type ActorFacets = ActorFacetsQuery['actorFacets'];

/** The filter panel's counts over the whole database, each facet without its own selection. */
export async function fetchFacets(filter: ActorFilter | null): Promise<ActorFacets> {
  const data = await request(ActorFacetsDocument, { filter });
  return data.actorFacets;
}

export async function fetchNeighbourhood(
  id: string,
  depth: number,
  limit = 200,
  relations?: RelationType[],
  minConfidence?: Confidence,
  asOf?: string | null,
): Promise<GraphElementsFragment> {
  const data = await request(NeighbourhoodDocument, {
    id,
    depth,
    limit,
    relations: relations ?? null,
    min: minConfidence && minConfidence !== 'LOW' ? minConfidence : null,
    asOf: asOf ?? null,
  });
  return data.neighbourhood;
}

export async function fetchPath(
  from: string,
  to: string,
  minConfidence?: Confidence,
  asOf?: string | null,
): Promise<PathQuery['path']> {
  const data = await request(PathDocument, { from, to, min: minConfidence ?? null, asOf: asOf ?? null });
  return data.path;
}

export async function fetchActor(id: string): Promise<ActorDetailsFragment> {
  const data = await request(ActorDocument, { id });
  return data.actor;
}

export async function createActor(input: ActorInput, source: string): Promise<ActorDetailsFragment> {
  const data = await request(CreateActorDocument, { input: { ...input, provenance: source ? { source } : null } });
  return data.createActor;
}

export async function updateActor(
  id: string,
  version: number,
  patch: Partial<ActorInput>,
): Promise<ActorDetailsFragment> {
  const data = await request(UpdateActorDocument, { id, version, patch });
  return data.updateActor;
}

export async function deleteActor(id: string): Promise<string> {
  const data = await request(DeleteActorDocument, { id });
  return data.deleteActor;
}

/** Where a new link comes from, as the relations editor sets it: its source, date, confidence and sensitivity. */
export interface LinkProvenance {
  source: string;
  /** ISO date (YYYY-MM-DD); today when empty. */
  recordedAt?: string | null;
  confidence?: Confidence | null;
  sensitive?: boolean;
}

/** The attribution the server gives a link entered without a source, kept when only a date or confidence is set. */
export const ENTERED_HERE = 'Entered in Reform Atlas';

function provenance(p: LinkProvenance | null): ProvenanceInputVariables | null {
  if (!p || (!p.source.trim() && !p.recordedAt && !p.confidence)) return null;
  return {
    source: p.source.trim() || ENTERED_HERE,
    ...(p.recordedAt ? { recordedAt: p.recordedAt } : {}),
    ...(p.confidence ? { confidence: p.confidence } : {}),
  };
}

const sensitiveOf = (p: LinkProvenance | null): boolean | null => (p?.sensitive ? true : null);

/** How long a link holds (ISO days; null: not recorded, or still holding). */
export interface LinkValidity {
  validFrom: string | null;
  validTo: string | null;
}

export async function addMembership(
  actorId: string,
  groupId: string,
  role: string | null,
  p: LinkProvenance | null,
  validity?: LinkValidity,
): Promise<ActorDetailsFragment> {
  const data = await request(AddMembershipDocument, {
    input: {
      actorId,
      groupId,
      role: role || null,
      provenance: provenance(p),
      sensitive: sensitiveOf(p),
      ...(validity ?? {}),
    },
  });
  return data.addMembership;
}

export async function removeMembership(actorId: string, groupId: string): Promise<ActorDetailsFragment> {
  const data = await request(RemoveMembershipDocument, { a: actorId, g: groupId });
  return data.removeMembership;
}

export async function setInterest(
  actorId: string,
  themeId: string,
  position: Position,
  priority: number,
  p: LinkProvenance | null,
  validity?: LinkValidity,
): Promise<ActorDetailsFragment> {
  const data = await request(SetInterestDocument, {
    input: {
      actorId,
      themeId,
      position,
      priority,
      provenance: provenance(p),
      sensitive: sensitiveOf(p),
      // For a position the first day is the day it was first held: a new position joins the history from then.
      ...(validity ? { positionFrom: validity.validFrom, validTo: validity.validTo } : {}),
    },
  });
  return data.setInterest;
}

export async function removeInterest(actorId: string, themeId: string): Promise<ActorDetailsFragment> {
  const data = await request(RemoveInterestDocument, { a: actorId, t: themeId });
  return data.removeInterest;
}

export async function addCollaboration(
  fromId: string,
  toId: string,
  kind: string | null,
  p: LinkProvenance | null,
  validity?: LinkValidity,
): Promise<ActorDetailsFragment> {
  const data = await request(AddCollaborationDocument, {
    input: {
      fromId,
      toId,
      kind: kind || null,
      provenance: provenance(p),
      sensitive: sensitiveOf(p),
      ...(validity ?? {}),
    },
  });
  return data.addCollaboration;
}

export async function removeCollaboration(fromId: string, toId: string): Promise<ActorDetailsFragment> {
  const data = await request(RemoveCollaborationDocument, { f: fromId, t: toId });
  return data.removeCollaboration;
}

export async function fetchSavedViews(): Promise<SavedViewFragment[]> {
  const data = await request(SavedViewsDocument);
  return data.savedViews;
}

export async function saveView(name: string, description: string | null, state: string): Promise<SavedViewFragment> {
  const data = await request(SaveViewDocument, { input: { name, description, state } });
  return data.saveView;
}

export async function deleteSavedView(id: string): Promise<string> {
  const data = await request(DeleteSavedViewDocument, { id });
  return data.deleteSavedView;
}

export async function fetchMe(): Promise<Me | null> {
  const data = await request(MeDocument);
  return data.me;
}

/** Signs in; the server sets an HttpOnly session cookie that later requests carry. */
export async function login(username: string, password: string): Promise<Me> {
  const data = await request(LoginDocument, { u: username, p: password });
  return data.login;
}

/** Changes the signed-in account's password (the server also ends its other sessions). */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await request(ChangePasswordDocument, { c: currentPassword, n: newPassword });
}

export async function logout(): Promise<void> {
  await request(LogoutDocument);
}

/** Administrators: the accounts, never their passwords. */
export async function fetchUsers(): Promise<Account[]> {
  const data = await request(UsersDocument);
  return data.users;
}

/** Administrators: a new account; its one-time password is returned once. */
export async function createUser(username: string, role: Account['role']): Promise<CreateUserMutation['createUser']> {
  const data = await request(CreateUserDocument, { input: { username, role } });
  return data.createUser;
}

export async function setUserRole(id: string, role: Account['role']): Promise<Account> {
  const data = await request(SetUserRoleDocument, { id, role });
  return data.setUserRole;
}

/** Administrators: a new one-time password for another account (returned once); its sessions end. */
export async function resetUserPassword(id: string): Promise<ResetUserPasswordMutation['resetUserPassword']> {
  const data = await request(ResetUserPasswordDocument, { id });
  return data.resetUserPassword;
}
