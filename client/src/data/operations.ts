/** The typed GraphQL operations of the explorer: one function per operation, one round trip each. */
import type { Confidence, RelationType } from '../core/vocabulary';
import { request } from './client';
import type { ActorDetails, ActorInput, Catalogue, GraphElements, PathResult, Provenance, SavedView } from './types';

const PROVENANCE = 'provenance { source recordedAt confidence }';
const NODE = 'id entityId kind label name acronym altNames sector level influence country activityType sensitive';
const EDGE = `id kind source target label position priority role ${PROVENANCE}`;
const ELEMENTS = `nodes { ${NODE} } edges { ${EDGE} } truncated`;

const ACTOR = `id name altNames acronym sector level influence description website sensitive illustrative updatedAt version
  basedIn { id name }
  countries { country { id name } relation ${PROVENANCE} }
  memberships { group { id kind name acronym } role since ${PROVENANCE} }
  interests { theme { id name } position priority ${PROVENANCE} }
  collaborators { actor { id name acronym sector } kind since ${PROVENANCE} }
  activities { activity { id name type date } role ${PROVENANCE} }
  sources`;

export function fetchCatalogue(): Promise<Catalogue> {
  return request<Catalogue>(`query Catalogue {
    dataset { label kind loadedAt actors groups themes }
    countries { id name actorCount }
    themes { id name description actorCount supports opposes mixed }
    groups { id kind name acronym description founded memberCount countries { id name } themes { id name } }
  }`);
}

export async function fetchGraph(limit: number, includeActivities = false): Promise<GraphElements> {
  const data = await request<{ graph: GraphElements }>(
    `query Graph($limit: Int, $include: GraphInclude) { graph(limit: $limit, include: $include) { ${ELEMENTS} } }`,
    { limit, include: { activities: includeActivities } },
  );
  return data.graph;
}

export async function fetchNeighbourhood(
  id: string,
  depth: number,
  limit = 200,
  relations?: RelationType[],
): Promise<GraphElements> {
  const data = await request<{ neighbourhood: GraphElements }>(
    `query Neighbourhood($id: ID!, $depth: Int, $limit: Int, $relations: [RelationType!]) {
      neighbourhood(id: $id, depth: $depth, limit: $limit, relations: $relations) { ${ELEMENTS} } }`,
    { id, depth, limit, relations: relations ?? null },
  );
  return data.neighbourhood;
}

export async function fetchPath(from: string, to: string, minConfidence?: Confidence): Promise<PathResult> {
  const data = await request<{ path: PathResult }>(
    `query Path($from: ID!, $to: ID!, $min: Confidence) { path(from: $from, to: $to, minConfidence: $min) {
      connected nodes { ${NODE} } edges { ${EDGE} } } }`,
    { from, to, min: minConfidence ?? null },
  );
  return data.path;
}

export async function fetchActor(id: string): Promise<ActorDetails> {
  const data = await request<{ actor: ActorDetails }>(`query Actor($id: ID!) { actor(id: $id) { ${ACTOR} } }`, { id });
  return data.actor;
}

export async function createActor(input: ActorInput, source: string): Promise<ActorDetails> {
  const data = await request<{ createActor: ActorDetails }>(
    `mutation CreateActor($input: CreateActorInput!) { createActor(input: $input) { ${ACTOR} } }`,
    { input: { ...input, provenance: source ? { source } : null } },
  );
  return data.createActor;
}

export async function updateActor(id: string, version: number, patch: Partial<ActorInput>): Promise<ActorDetails> {
  const data = await request<{ updateActor: ActorDetails }>(
    `mutation UpdateActor($id: ID!, $version: Int!, $patch: ActorPatch!) { updateActor(id: $id, version: $version, patch: $patch) { ${ACTOR} } }`,
    { id, version, patch },
  );
  return data.updateActor;
}

export async function deleteActor(id: string): Promise<string> {
  const data = await request<{ deleteActor: string }>(`mutation DeleteActor($id: ID!) { deleteActor(id: $id) }`, {
    id,
  });
  return data.deleteActor;
}

type ProvenanceInput = Pick<Provenance, 'source'> & { confidence?: Confidence };

function provenance(p: ProvenanceInput | null): { source: string; confidence?: Confidence } | null {
  return p?.source ? { source: p.source, ...(p.confidence ? { confidence: p.confidence } : {}) } : null;
}

export async function addMembership(
  actorId: string,
  groupId: string,
  role: string | null,
  p: ProvenanceInput | null,
): Promise<ActorDetails> {
  const data = await request<{ addMembership: ActorDetails }>(
    `mutation AddMembership($input: MembershipInput!) { addMembership(input: $input) { ${ACTOR} } }`,
    { input: { actorId, groupId, role: role || null, provenance: provenance(p) } },
  );
  return data.addMembership;
}

export async function removeMembership(actorId: string, groupId: string): Promise<ActorDetails> {
  const data = await request<{ removeMembership: ActorDetails }>(
    `mutation RemoveMembership($a: ID!, $g: ID!) { removeMembership(actorId: $a, groupId: $g) { ${ACTOR} } }`,
    { a: actorId, g: groupId },
  );
  return data.removeMembership;
}

export async function setInterest(
  actorId: string,
  themeId: string,
  position: string,
  priority: number,
  p: ProvenanceInput | null,
): Promise<ActorDetails> {
  const data = await request<{ setInterest: ActorDetails }>(
    `mutation SetInterest($input: InterestInput!) { setInterest(input: $input) { ${ACTOR} } }`,
    { input: { actorId, themeId, position, priority, provenance: provenance(p) } },
  );
  return data.setInterest;
}

export async function removeInterest(actorId: string, themeId: string): Promise<ActorDetails> {
  const data = await request<{ removeInterest: ActorDetails }>(
    `mutation RemoveInterest($a: ID!, $t: ID!) { removeInterest(actorId: $a, themeId: $t) { ${ACTOR} } }`,
    { a: actorId, t: themeId },
  );
  return data.removeInterest;
}

export async function addCollaboration(
  fromId: string,
  toId: string,
  kind: string | null,
  p: ProvenanceInput | null,
): Promise<ActorDetails> {
  const data = await request<{ addCollaboration: ActorDetails }>(
    `mutation AddCollaboration($input: CollaborationInput!) { addCollaboration(input: $input) { ${ACTOR} } }`,
    { input: { fromId, toId, kind: kind || null, provenance: provenance(p) } },
  );
  return data.addCollaboration;
}

export async function removeCollaboration(fromId: string, toId: string): Promise<ActorDetails> {
  const data = await request<{ removeCollaboration: ActorDetails }>(
    `mutation RemoveCollaboration($f: ID!, $t: ID!) { removeCollaboration(fromId: $f, toId: $t) { ${ACTOR} } }`,
    { f: fromId, t: toId },
  );
  return data.removeCollaboration;
}

export async function fetchSavedViews(): Promise<SavedView[]> {
  const data = await request<{ savedViews: SavedView[] }>(
    `query SavedViews { savedViews { id name description state createdBy createdAt } }`,
  );
  return data.savedViews;
}

export async function saveView(name: string, description: string | null, state: string): Promise<SavedView> {
  const data = await request<{ saveView: SavedView }>(
    `mutation SaveView($input: SaveViewInput!) { saveView(input: $input) { id name description state createdBy createdAt } }`,
    { input: { name, description, state } },
  );
  return data.saveView;
}

export async function deleteSavedView(id: string): Promise<string> {
  const data = await request<{ deleteSavedView: string }>(
    `mutation DeleteSavedView($id: ID!) { deleteSavedView(id: $id) }`,
    { id },
  );
  return data.deleteSavedView;
}

export interface Me {
  id: string;
  username: string;
  role: 'viewer' | 'analyst' | 'admin';
  /** Signed in with a one-time password: the server allows nothing but changing it. */
  mustChangePassword: boolean;
}

export async function fetchMe(): Promise<Me | null> {
  const data = await request<{ me: Me | null }>(`query Me { me { id username role mustChangePassword } }`);
  return data.me;
}

/** Signs in; the server sets an HttpOnly session cookie that later requests carry. */
export async function login(username: string, password: string): Promise<Me> {
  const data = await request<{ login: Me }>(
    `mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { id username role mustChangePassword } }`,
    { u: username, p: password },
  );
  return data.login;
}

/** Changes the signed-in account's password (the server also ends its other sessions). */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await request<{ changePassword: boolean }>(
    `mutation ChangePassword($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
    { c: currentPassword, n: newPassword },
  );
}

export async function logout(): Promise<void> {
  await request<{ logout: boolean }>(`mutation Logout { logout }`);
}

export interface Account {
  id: string;
  username: string;
  role: 'viewer' | 'analyst' | 'admin';
  lastLoginAt: string | null;
  /** Has a one-time password still to be changed. */
  mustChangePassword: boolean;
}

const ACCOUNT_FIELDS = 'id username role lastLoginAt mustChangePassword';

/** Administrators: the accounts, never their passwords. */
export async function fetchUsers(): Promise<Account[]> {
  const data = await request<{ users: Account[] }>(`query Users { users { ${ACCOUNT_FIELDS} } }`);
  return data.users;
}

/** Administrators: a new account; its one-time password is returned once. */
export async function createUser(
  username: string,
  role: Account['role'],
): Promise<{ user: Account; oneTimePassword: string | null }> {
  const data = await request<{ createUser: { user: Account; oneTimePassword: string | null } }>(
    `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { user { ${ACCOUNT_FIELDS} } oneTimePassword } }`,
    { input: { username, role } },
  );
  return data.createUser;
}

export async function setUserRole(id: string, role: Account['role']): Promise<Account> {
  const data = await request<{ setUserRole: Account }>(
    `mutation SetUserRole($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { ${ACCOUNT_FIELDS} } }`,
    { id, role },
  );
  return data.setUserRole;
}

/** Administrators: a new one-time password for another account (returned once); its sessions end. */
export async function resetUserPassword(id: string): Promise<{ user: Account; oneTimePassword: string }> {
  const data = await request<{ resetUserPassword: { user: Account; oneTimePassword: string } }>(
    `mutation ResetUserPassword($id: ID!) { resetUserPassword(id: $id) { user { ${ACCOUNT_FIELDS} } oneTimePassword } }`,
    { id },
  );
  return data.resetUserPassword;
}
