/**
 * Whether a saved view may be shown to someone who may not see some actors. Decided when the view is read,
 * from what the view refers to now: a view is hidden when
 * - its state refers to a hidden actor (selected, focused, on a path, expanded, anchored, shortlisted, or any
 *   token of a state the page did not write: the references the page's codecs read, kept with the view), or
 *   its name, description or search carries a hidden actor's id;
 * - its name, description or search names a hidden actor: its name, a local-script name or its acronym, as whole
 *   words (in Khmer, Lao, Burmese and Thai, written without spaces between words, anywhere in the text);
 * - its search would find a hidden actor by a specific part of its names (eight characters or more, matched as
 *   the actor search matches: "defenders coll" is specific, "land" or "forest" are not).
 */
import { savedViewReferences } from '@reform-atlas/client/src/core/view/savedViewRefs';

import { normaliseSearchText } from './searchText';

export interface HiddenActor {
  id: string;
  /** The actor search key: normalised name, local-script names and acronym, joined by " | ". */
  searchKey: string | null;
}

export interface ViewTexts {
  name: string;
  description: string | null;
  state: string;
  /** Recorded when the view was saved; read from the state for views saved before they were recorded. */
  actorRefs?: readonly string[] | null;
  searchTexts?: readonly string[] | null;
}

/** Scripts written without spaces between words, where a name can only be found as a run of characters. */
const UNSPACED_SCRIPTS = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff]/u;
const SHORTEST_TERM = 2;
const SHORTEST_SEARCH = 8;

/** Lower case, Latin diacritics gone, every run of punctuation a single space, padded so whole words can be found. */
function words(text: string): string {
  return ` ${normaliseSearchText(text)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()} `;
}

function names(textWords: string, term: string): boolean {
  const termWords = words(term).trim();
  if (termWords.length < SHORTEST_TERM) return false;
  return UNSPACED_SCRIPTS.test(termWords) ? textWords.includes(termWords) : textWords.includes(` ${termWords} `);
}

/** Tokens of free text that could be ids (ids are slugs: letters, digits, "-", "_", "."). */
function idTokens(text: string): string[] {
  return text.split(/[^\p{L}\p{N}_.:-]+/u).map((t) => (t.startsWith('actor:') ? t.slice('actor:'.length) : t));
}

export function isViewVisible(view: ViewTexts, hidden: readonly HiddenActor[]): boolean {
  if (hidden.length === 0) return true;
  const refs =
    view.actorRefs && view.searchTexts
      ? { actorIds: view.actorRefs, searchTexts: view.searchTexts }
      : savedViewReferences(view.state);
  const freeTexts = [view.name, view.description ?? '', ...refs.searchTexts];
  const referenced = new Set([...refs.actorIds, ...freeTexts.flatMap(idTokens)]);
  const textWords = freeTexts.map(words);
  const searches = refs.searchTexts.map(normaliseSearchText).filter((s) => s.length >= SHORTEST_SEARCH);
  return !hidden.some((actor) => {
    if (referenced.has(actor.id)) return true;
    const key = actor.searchKey ?? '';
    const terms = key.split(' | ');
    return (
      textWords.some((text) => terms.some((term) => names(text, term))) ||
      searches.some((search) => key.includes(search))
    );
  });
}
