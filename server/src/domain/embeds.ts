/**
 * Embedded views: a saved explorer view shown read-only, without the page around it, in a report or on a website.
 * What an embed shows is always what the anonymous role may see, whoever asks (an analyst's browser included), either
 * LIVE (read when shown) or FROZEN (read when it was made embeddable and kept). Frozen data is filtered again each
 * time it is shown: an actor or link marked sensitive since leaves it. Which sites may frame an embed is an
 * administrator's list of origins (server/src/http/embedRoute.ts sends it as the frame-ancestors policy).
 */
import { queryOfSaved } from '@reform-atlas/client/src/core/alignment/alignState';
import { toActorFilter } from '@reform-atlas/client/src/core/filters/filters';
import { decodeViewState } from '@reform-atlas/client/src/core/url/urlState';
import { z } from 'zod';

import type { Database, Row } from '../db/database';
import { DomainError, notFound } from '../errors';
import { auditedWrite } from './audit';
import { nodeKey, type GraphElements } from './elements';
import { neighbourhood, subgraph } from './graph';
import { hiddenOf, toRecord, visible, type SavedViewRecord, type StoredView } from './savedViews';
import { parseInput } from './validation';
import { ANONYMOUS, requireAdmin, requireEditor, type Viewer } from './viewer';

export const EMBED_MODES = ['OFF', 'LIVE', 'FROZEN'] as const;
export type EmbedMode = (typeof EMBED_MODES)[number];

export interface EmbeddedView {
  id: string;
  name: string;
  description: string | null;
  mode: Exclude<EmbedMode, 'OFF'>;
  /** When a frozen view's data was taken; null for a live one (read when shown). */
  dataAt: string | null;
  total: number;
  graph: GraphElements;
}

/** What a frozen view keeps: the map and the count of actors matching, as read then. */
interface FrozenData {
  total: number;
  graph: GraphElements;
}

const MOST_ORIGINS = 20;

const originSchema = z
  .string()
  .trim()
  .max(200, 'must be at most 200 characters')
  .transform((text, ctx) => {
    let url: URL | null = null;
    try {
      url = new URL(text);
    } catch {
      url = null;
    }
    // An origin only: scheme, host and port; no path, query, credentials or wildcard.
    if (
      !url ||
      (url.protocol !== 'http:' && url.protocol !== 'https:') ||
      url.origin === 'null' ||
      text.replace(/\/$/, '').toLowerCase() !== url.origin.toLowerCase()
    ) {
      ctx.addIssue({ code: 'custom', message: `must be an origin such as https://example.org, not “${text}”` });
      return z.NEVER;
    }
    return url.origin;
  });

const originsSchema = z.array(originSchema).max(MOST_ORIGINS, `must list at most ${MOST_ORIGINS} origins`);

/** The map an explorer view draws, read as the anonymous role: its focus's neighbourhood, or its filtered actors. */
async function viewData(db: Database, state: string): Promise<FrozenData> {
  const query = queryOfSaved(state);
  const view = decodeViewState(query.startsWith('?') ? query : `?${query}`);
  const minConfidence = view.filters.minConfidence === 'LOW' ? null : view.filters.minConfidence;
  if (view.focus) {
    const id = view.focus.includes(':') ? view.focus : `actor:${view.focus}`;
    const graph = await neighbourhood(db, ANONYMOUS, { id, depth: 1, limit: 300, minConfidence });
    return { total: graph.nodes.filter((n) => n.kind === 'ACTOR').length, graph };
  }
  const filter = toActorFilter(view.filters) ?? (minConfidence ? { minConfidence } : null);
  const { nodes, edges, truncated, total } = await subgraph(db, ANONYMOUS, {
    filter,
    limit: view.shown,
    include: {
      groups: true,
      collaborations: true,
      countries: view.context.countries,
      themes: view.context.themes,
      activities: false,
    },
  });
  return { total, graph: { nodes, edges, truncated } };
}

/** Only the explorer's views embed: an alignment page's state draws no map of its own here. */
function isExplorerView(state: string): boolean {
  return !/(^|[?&])page=(?!explore\b)/.test(queryOfSaved(state));
}

type HiddenLink = [string, string[], string, string[], string];

/** Frozen data without what the public may no longer see: actors marked sensitive since, and their links. */
function withoutHidden(data: FrozenData, row: Row | undefined): FrozenData {
  const hiddenNodes = new Set(hiddenOf(row).map((a) => nodeKey(['Actor'], a.id)));
  const hiddenLinks = new Set(
    ((row?.hiddenLinks as HiddenLink[] | undefined) ?? []).map(
      ([type, fromLabels, from, toLabels, to]) => `${type}:${nodeKey(fromLabels, from)}:${nodeKey(toLabels, to)}`,
    ),
  );
  const edges = data.graph.edges.filter(
    (e) => !hiddenLinks.has(e.id) && !hiddenNodes.has(e.source) && !hiddenNodes.has(e.target),
  );
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = data.graph.nodes.filter((n) => !hiddenNodes.has(n.id) && (n.kind === 'ACTOR' || linked.has(n.id)));
  const actorsLeft = nodes.filter((n) => n.kind === 'ACTOR').length;
  const actorsBefore = data.graph.nodes.filter((n) => n.kind === 'ACTOR').length;
  return {
    total: Math.max(0, data.total - (actorsBefore - actorsLeft)),
    graph: { nodes, edges, truncated: data.graph.truncated },
  };
}

/** The embedded view, as the anonymous role sees it; NOT_FOUND when it is absent, not embeddable or not public. */
export async function embeddedView(db: Database, id: string): Promise<EmbeddedView> {
  const [row] = await db.read('embedded-view', { id });
  const view = row?.view as StoredView | undefined;
  if (!view?.embedMode || !visible(view, hiddenOf(row))) throw notFound('Embedded view', id);
  const base = { id: String(view.id), name: String(view.name), description: view.description ?? null };
  if (view.embedMode === 'FROZEN') {
    const frozen = withoutHidden(JSON.parse(String(row?.frozen ?? '{}')) as FrozenData, row);
    return { ...base, mode: 'FROZEN', dataAt: String(view.frozenAt), ...frozen };
  }
  const live = await viewData(db, view.state);
  return { ...base, mode: 'LIVE', dataAt: null, ...live };
}

/** Makes a view embeddable (LIVE, FROZEN at the data as it is now) or not; recorded in the audit trail. */
export async function setViewEmbed(db: Database, viewer: Viewer, id: string, mode: unknown): Promise<SavedViewRecord> {
  requireEditor(viewer);
  const chosen = parseInput(z.enum(EMBED_MODES), mode, 'mode');
  const [row] = await db.read('embedded-view', { id });
  const view = row?.view as StoredView | undefined;
  if (!view) throw notFound('Saved view', id);
  if (chosen !== 'OFF') {
    if (!isExplorerView(view.state))
      throw new DomainError('BAD_USER_INPUT', 'Only explorer views can be embedded, not alignment pages', 'id');
    if (!visible(view, hiddenOf(row)))
      throw new DomainError(
        'BAD_USER_INPUT',
        'This view refers to actors only analysts may see, so it cannot be shown to the public',
        'id',
      );
  }
  const data = chosen === 'FROZEN' ? await viewData(db, view.state) : null;
  const actorIds = (data?.graph.nodes ?? []).filter((n) => n.kind === 'ACTOR').map((n) => n.entityId);
  return auditedWrite(
    db,
    viewer,
    { kind: 'savedView', id, action: 'setViewEmbed', summary: `${view.name}: embed ${chosen.toLowerCase()}` },
    async (tx) => {
      const [saved] = await tx.run('saved-view-embed-set', {
        id,
        mode: chosen,
        graph: data ? JSON.stringify(data) : null,
        actorIds,
        now: new Date().toISOString(),
      });
      if (!saved) throw notFound('Saved view', id);
      return toRecord(saved.view as StoredView);
    },
  );
}

/** The origins allowed to frame embeds (the embed route reads them for every embed it serves). */
export async function embedOrigins(db: Database): Promise<string[]> {
  const [row] = await db.read('embed-origins-get');
  return ((row?.origins as string[] | undefined) ?? []).map(String);
}

export async function listEmbedOrigins(db: Database, viewer: Viewer): Promise<string[]> {
  requireAdmin(viewer);
  return embedOrigins(db);
}

export async function setEmbedOrigins(db: Database, viewer: Viewer, input: unknown): Promise<string[]> {
  requireAdmin(viewer);
  const origins = [...new Set(parseInput(originsSchema, input, 'origins'))];
  const [row] = await db.write('embed-origins-set', { origins }, 'accounts');
  return ((row?.origins as string[] | undefined) ?? []).map(String);
}
