/** TypeScript mirrors of the GraphQL types the client reads (server/src/graphql/schema/*.graphql). */
import type { Confidence, Level, NodeKind, Position, RelationType, Sector } from '../core/vocabulary';

export interface Provenance {
  source: string | null;
  recordedAt: string | null;
  confidence: Confidence | null;
}

export interface GraphNode {
  id: string;
  entityId: string;
  kind: NodeKind;
  label: string;
  name: string;
  acronym: string | null;
  altNames: string[];
  sector: Sector | null;
  level: Level | null;
  influence: number | null;
  country: string | null;
  activityType: string | null;
  sensitive: boolean;
  hop?: number | null;
}

export interface GraphEdge {
  id: string;
  kind: RelationType;
  source: string;
  target: string;
  label: string | null;
  position: Position | null;
  priority: number | null;
  role: string | null;
  provenance: Provenance;
}

export interface GraphElements {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface DatasetInfo {
  label: string | null;
  kind: string | null;
  loadedAt: string | null;
  actors: number;
  groups: number;
  themes: number;
}

export interface Summary {
  id: string;
  name: string;
}

export interface Group {
  id: string;
  kind: 'NETWORK' | 'COALITION';
  name: string;
  acronym: string | null;
  description: string | null;
  founded: number | null;
  memberCount: number;
  countries: Summary[];
  themes: Summary[];
}

export interface Country {
  id: string;
  name: string;
  actorCount: number;
}

export interface Theme {
  id: string;
  name: string;
  description: string | null;
  actorCount: number;
  supports: number;
  opposes: number;
  mixed: number;
}

export interface Catalogue {
  dataset: DatasetInfo;
  countries: Country[];
  themes: Theme[];
  groups: Group[];
}

export interface ActorSummary {
  id: string;
  name: string;
  acronym: string | null;
  sector: Sector;
}

export interface ActorDetails {
  id: string;
  name: string;
  altNames: string[];
  acronym: string | null;
  sector: Sector;
  level: Level;
  influence: number;
  description: string | null;
  website: string | null;
  sensitive: boolean;
  illustrative: boolean;
  updatedAt: string;
  version: number;
  basedIn: Summary | null;
  countries: Array<{ country: Summary; relation: string; provenance: Provenance }>;
  memberships: Array<{
    group: { id: string; kind: 'NETWORK' | 'COALITION'; name: string; acronym: string | null };
    role: string | null;
    since: number | null;
    provenance: Provenance;
  }>;
  interests: Array<{ theme: Summary; position: Position; priority: number; provenance: Provenance }>;
  collaborators: Array<{ actor: ActorSummary; kind: string | null; since: number | null; provenance: Provenance }>;
  activities: Array<{
    activity: { id: string; name: string; type: string; date: string | null };
    role: string | null;
    provenance: Provenance;
  }>;
  sources: string[];
}

export interface PathResult {
  connected: boolean;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface SavedView {
  id: string;
  name: string;
  description: string | null;
  state: string;
  createdBy: string | null;
  createdAt: string;
}

export interface ActorInput {
  name: string;
  altNames: string[];
  acronym: string | null;
  sector: Sector;
  level: Level;
  influence: number;
  description: string | null;
  website: string | null;
  basedIn: string | null;
  operatesIn: string[];
}
