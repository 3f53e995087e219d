import * as shared from '@reform-atlas/vocabulary';

import { patchFromForm, EMPTY_ACTOR_FORM } from '../src/core/actorForm';
import { toSavedState } from '../src/core/alignment/alignState';
import {
  confidenceOnly,
  EMPTY_FILTERS,
  hasActiveFilters,
  matchesText,
  normalise,
  toActorFilter,
} from '../src/core/filters/filters';
import { decodeViewState, encodeViewState } from '../src/core/url/urlState';
import { composeDisplay } from '../src/core/view/displayGraph';
import { savedViewReferences } from '../src/core/view/savedViewRefs';
import { INITIAL_VIEW, viewReducer } from '../src/core/view/viewState';
import {
  ACTIVITY_TYPE_LABELS,
  CONFIDENCE_LABELS,
  COUNTRY_NAMES,
  KIND_ENCODING,
  KIND_LABELS,
  LEVEL_LABELS,
  POSITION_ENCODING,
  SECTOR_ENCODING,
} from '../src/core/vocabulary';
import { fieldOf } from '../src/data/client';
import { sample } from './sample';

describe('vocabulary', () => {
  it('shows the words the importer accepts: one source, shared with the server', () => {
    for (const s of shared.SECTORS) expect(SECTOR_ENCODING[s].label).toBe(shared.SECTOR_LABELS[s]);
    for (const p of shared.POSITIONS) expect(POSITION_ENCODING[p].label).toBe(shared.POSITION_LABELS[p]);
    for (const k of shared.GROUP_KINDS)
      expect([KIND_ENCODING[k].label, KIND_LABELS[k]]).toEqual([
        shared.GROUP_KIND_LABELS[k],
        shared.GROUP_KIND_LABELS[k],
      ]);
    expect(LEVEL_LABELS).toBe(shared.LEVEL_LABELS);
    expect(COUNTRY_NAMES).toBe(shared.COUNTRY_NAMES);
    expect(CONFIDENCE_LABELS).toBe(shared.CONFIDENCE_LABELS);
    expect(ACTIVITY_TYPE_LABELS).toBe(shared.ACTIVITY_TYPE_LABELS);
  });
});

describe('filters', () => {
  it('sends the API only what is chosen, and nothing without a choice', () => {
    expect(toActorFilter(EMPTY_FILTERS)).toBeNull();
    expect(toActorFilter({ ...EMPTY_FILTERS, text: '   ', mode: 'hide' })).toBeNull();
    expect(toActorFilter({ ...EMPTY_FILTERS, countries: ['KH'], text: ' ព្រៃឈើ ' })).toEqual({
      countries: ['KH'],
      sectors: [],
      levels: [],
      themes: [],
      networks: [],
      coalitions: [],
      text: 'ព្រៃឈើ',
      minConfidence: null,
    });
  });

  it('sends a minimum confidence alone without making the view a filtered one', () => {
    const medium = { ...EMPTY_FILTERS, minConfidence: 'MEDIUM' as const };
    expect(toActorFilter(medium)).toEqual({ minConfidence: 'MEDIUM' });
    expect(hasActiveFilters(medium)).toBe(false);
    expect(confidenceOnly(medium)).toEqual({ minConfidence: 'MEDIUM' });
    expect(confidenceOnly(EMPTY_FILTERS)).toBeNull();
    expect(toActorFilter({ ...medium, minConfidence: 'HIGH', sectors: ['DONOR'] })).toMatchObject({
      sectors: ['DONOR'],
      minConfidence: 'HIGH',
    });
  });

  it("filters the table's rows by names, acronyms and local-script names, ignoring Vietnamese diacritics", () => {
    expect(normalise('Việt Nam')).toBe('viet nam');
    const kfca = sample.nodes.find((n) => n.id === 'actor:kfca');
    expect(kfca && matchesText(kfca, 'សម្ព័ន្ធ')).toBe(true);
    expect(kfca && matchesText(kfca, 'kfc')).toBe(true);
    expect(kfca && matchesText(kfca, 'ກະຊວງ')).toBe(false);
  });
});

describe('what the map draws (composeDisplay)', () => {
  const part = (ids: string[]) => ({
    nodes: sample.nodes.filter((n) => ids.includes(n.id)),
    edges: sample.edges.filter((e) => ids.includes(e.source) && ids.includes(e.target)),
  });
  const actors = sample.nodes.filter((n) => n.kind === 'ACTOR').map((n) => n.id);

  it('without a filter: nothing is singled out, and every drawn actor counts', () => {
    const d = composeDisplay({
      matches: sample,
      background: null,
      expansions: [],
      path: null,
      focus: null,
      filtered: false,
    });
    expect(d.matching).toBeNull();
    expect(d.matchedActors).toBe(actors.length);
  });

  it('expanded neighbours are context: drawn and marked, never counted as matches', () => {
    const matched = actors.slice(0, 1);
    const neighbourhood = sample;
    const d = composeDisplay({
      matches: part(matched),
      background: null,
      expansions: [neighbourhood],
      path: null,
      focus: null,
      filtered: true,
    });
    expect(d.nodes.length).toBe(sample.nodes.length);
    expect(d.matchedActors).toBe(1);
    expect([...(d.matching ?? [])].filter((id) => id.startsWith('actor:'))).toEqual(matched);
    for (const id of actors.slice(1)) expect(d.context.has(id)).toBe(true);
    expect(d.context.has(matched[0] ?? '')).toBe(false);
  });
});

describe('URL state', () => {
  it('round-trips the whole view state', () => {
    const state = {
      ...INITIAL_VIEW,
      filters: {
        ...EMPTY_FILTERS,
        countries: ['KH'],
        sectors: ['GOVERNMENT' as const],
        text: 'ក',
        mode: 'hide' as const,
        minConfidence: 'HIGH' as const,
      },
      selected: 'actor:kfca',
      layout: 'country' as const,
      focus: 'actor:kfca',
      path: { from: 'actor:kfca', to: 'actor:lagov' },
      expanded: [{ id: 'group:net', depth: 2 as const }],
      view: 'split' as const,
    };
    expect(decodeViewState(`?${encodeViewState(state)}`)).toEqual(state);
  });

  it('leaves defaults out and ignores values it does not know', () => {
    expect(encodeViewState(INITIAL_VIEW)).toBe('');
    const s = decodeViewState('?sector=NOPE,DONOR&layout=weird&view=x&conf=SOME');
    expect(s.filters.sectors).toEqual(['DONOR']);
    expect(s.filters.minConfidence).toBe('LOW');
    expect(decodeViewState('?conf=medium').filters.minConfidence).toBe('MEDIUM');
    expect(s.layout).toBe('fcose');
    expect(s.view).toBe('graph');
  });

  it('selecting does not touch layout or filters', () => {
    const next = viewReducer(INITIAL_VIEW, { type: 'select', id: 'actor:kfca' });
    expect(next.layout).toBe(INITIAL_VIEW.layout);
    expect(next.filters).toBe(INITIAL_VIEW.filters);
  });
});

describe('actor form', () => {
  it('sends only the fields the user changed', () => {
    expect(patchFromForm(EMPTY_ACTOR_FORM, { ...EMPTY_ACTOR_FORM, name: ' New ' })).toEqual({ name: 'New' });
  });
  it('maps server fields to form fields', () => {
    expect(fieldOf({ message: '', code: 'BAD_USER_INPUT', field: 'input.patch.name' })).toBe('name');
    expect(fieldOf({ message: '', code: 'BAD_USER_INPUT', field: 'input.website' })).toBe('website');
  });
});

describe('saved view references (what the server checks a view against)', () => {
  test('the explorer state the page saves: selection, focus, path, expansions and the search', () => {
    const state = toSavedState(
      encodeViewState({
        ...INITIAL_VIEW,
        selected: 'actor:sel-x',
        focus: 'actor:focus-x',
        path: { from: 'actor:from-x', to: 'to-x' },
        expanded: [
          { id: 'actor:exp-x', depth: 2 },
          { id: 'group:net-y', depth: 1 },
        ],
        filters: { ...INITIAL_VIEW.filters, text: 'Hội Nông dân' },
      }),
    );
    const refs = savedViewReferences(state);
    expect(refs.actorIds).toEqual(expect.arrayContaining(['sel-x', 'focus-x', 'from-x', 'to-x', 'exp-x']));
    expect(refs.searchTexts).toEqual(['Hội Nông dân']);
  });

  test("the alignment pages' anchor and shortlist", () => {
    const refs = savedViewReferences(toSavedState('page=partners&actor=anchor-x&short=actor%3Ashort-a%2Cshort-b'));
    expect(refs.actorIds).toEqual(expect.arrayContaining(['anchor-x', 'short-a', 'short-b']));
  });

  test('any JSON: ids as values, as keys, in expansion format, URL-encoded', () => {
    const refs = savedViewReferences(
      JSON.stringify({
        positions: { 'actor:key-x': { x: 1 } },
        other: ['expand=actor%3Aenc-x~2'],
        nested: { deep: 'val-x' },
      }),
    );
    expect(refs.actorIds).toEqual(expect.arrayContaining(['key-x', 'enc-x', 'val-x']));
  });

  test('a bare query string (older views)', () => {
    expect(savedViewReferences('sel=actor:old-x&q=defenders')).toEqual({
      actorIds: expect.arrayContaining(['old-x']),
      searchTexts: ['defenders'],
    });
  });
});
