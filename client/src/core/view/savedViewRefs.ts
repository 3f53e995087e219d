/**
 * What a saved view refers to, read with the page's own codecs: the actors it selects, focuses, expands, routes
 * between, anchors or shortlists, and the search it runs. The server keeps these with the view and decides, each
 * time the view is read, whether the reader may see it (server/src/domain/savedViews.ts).
 */
import { decodeAlignState, queryOfSaved } from '../alignment/alignState';
import { decodeViewState } from '../url/urlState';

export interface SavedViewReferences {
  /** Actor ids (node ids without their "actor:" prefix), and, from states the page did not write, every token that could be one. */
  actorIds: string[];
  /** Free text the view searches for. */
  searchTexts: string[];
}

/** Longest token kept as a possible id: ids are slugs, far shorter. */
const MAX_TOKEN = 200;

function bareId(id: string): string {
  return id.startsWith('actor:') ? id.slice('actor:'.length) : id;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * A safety net for states the page did not write (the API takes any JSON): every string and every object key,
 * URL-decoded and split the way query strings, lists and the explorer's expansions ("actor:x~2") are.
 */
function tokensIn(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    for (const part of decoded(value).split(/[\s,;|&=?#~]+/)) {
      if (part.length > 0 && part.length <= MAX_TOKEN) out.add(bareId(part));
    }
  } else if (Array.isArray(value)) {
    for (const item of value) tokensIn(item, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      tokensIn(key, out);
      tokensIn(item, out);
    }
  }
}

function parsed(state: string): unknown {
  try {
    return JSON.parse(state);
  } catch {
    return state;
  }
}

export function savedViewReferences(state: string): SavedViewReferences {
  const query = queryOfSaved(state);
  const view = decodeViewState(query);
  const align = decodeAlignState(query);
  const ids = new Set<string>(
    [
      view.selected,
      view.focus,
      view.path?.from,
      view.path?.to,
      ...view.expanded.map((e) => e.id),
      align.anchor,
      ...align.shortlist,
    ]
      .filter((id): id is string => typeof id === 'string' && id.length > 0)
      .map(bareId),
  );
  tokensIn(parsed(state), ids);
  const searchTexts = [view.filters.text.trim()].filter((t) => t.length > 0);
  return { actorIds: [...ids], searchTexts };
}
