/**
 * The main read operations with deterministic rotating arguments: the page's own documents
 * (client/src/data/documents, as the explorer sends them) and the bench's (bench/src/documents.graphql).
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

import {
  ActorDocument,
  ActorFacetsDocument,
  GraphDocument,
  NeighbourhoodDocument,
  OverlapsDocument,
  PartnersDocument,
  PathDocument,
  SuggestDocument,
} from '../../client/src/data/generated/graphql';
import { ActorsDocument, OverlapsAsOfDocument, PartnersAsOfDocument, SearchDocument } from './generated/graphql';

/** A typed document of the page's or the bench's: its text, with its result and variables as types. */
export type Document<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

export interface Operation {
  name: string;
  query: string;
  variables(i: number): Record<string, unknown>;
  /** Samples per mode; the heavy operations take fewer. */
  samples: number;
  /** The same request for the @neo4j/graphql server, when compared. */
  neo4jGraphql?: { query: string; variables(i: number): Record<string, unknown> };
}

/** What a document sends, checked here against the variables it declares. */
function sends<TResult, TVariables extends Record<string, unknown>>(
  document: Document<TResult, TVariables>,
  variables: (i: number) => TVariables,
): Pick<Operation, 'query' | 'variables'> {
  return { query: document.toString(), variables };
}

/** A deterministic, rotating pick among visible actor ids (see visibleActorIds in latency.ts). */
export function actorId(ids: readonly string[], i: number): string {
  return ids[(i * 7919) % ids.length] as string;
}

/** The layers the first view draws: groups and collaborations; countries and themes are off until asked for. */
const FIRST_VIEW_LAYERS = { groups: true, collaborations: true, countries: false, themes: false, activities: false };

/** What a user has typed of a word when the search asks: its first 3 to 6 characters. */
function typedPrefix(word: string, i: number): string {
  return [...word].slice(0, 3 + (i % 4)).join('');
}

export function operations(
  ids: readonly string[],
  words: readonly string[],
  neo4jGraphqlQueries?: { actor: string; actors: string },
): Operation[] {
  const id = (i: number) => actorId(ids, i);
  const country = (i: number) => ['KH', 'LA', 'MM', 'VN', 'TH'][i % 5] ?? 'KH';
  const sector = (i: number) =>
    (['CIVIL_SOCIETY', 'GOVERNMENT', 'RESEARCH', 'COMMUNITY'] as const)[i % 4] ?? 'CIVIL_SOCIETY';
  const ops: Operation[] = [
    {
      name: 'actor(id)',
      ...sends(ActorDocument, (i) => ({ id: id(i) })),
      samples: 200,
      ...(neo4jGraphqlQueries
        ? { neo4jGraphql: { query: neo4jGraphqlQueries.actor, variables: (i: number) => ({ id: id(i) }) } }
        : {}),
    },
    {
      name: 'actors(filter)',
      ...sends(ActorsDocument, (i) => ({ filter: { countries: [country(i)], sectors: [sector(i)] }, first: 50 })),
      samples: 100,
      ...(neo4jGraphqlQueries
        ? {
            neo4jGraphql: {
              query: neo4jGraphqlQueries.actors,
              variables: (i: number) => ({ country: country(i), sector: sector(i), first: 50 }),
            },
          }
        : {}),
    },
    {
      name: 'text search',
      ...sends(SearchDocument, (i) => ({ filter: { text: words[i % Math.max(1, words.length)] ?? 'land' } })),
      samples: 100,
    },
    // What the explorer sends as it opens (client/src/views/explorer/useExplorerData.ts): the first view, the filter
    // panel's counts; then one suggestion request per pause in typing.
    {
      name: 'first view (graph, 80 most influential)',
      ...sends(GraphDocument, () => ({ filter: null, limit: 80, include: FIRST_VIEW_LAYERS })),
      samples: 60,
    },
    {
      name: 'actorFacets (all, then a country)',
      ...sends(ActorFacetsDocument, (i) => ({ filter: i % 2 === 0 ? null : { countries: [country(i)] } })),
      samples: 60,
    },
    {
      name: 'suggest (typed prefix)',
      ...sends(SuggestDocument, (i) => ({
        text: typedPrefix(words[i % Math.max(1, words.length)] ?? 'land', i),
        limit: 8,
      })),
      samples: 150,
    },
    {
      name: 'graph(country), as the page asks (80)',
      ...sends(GraphDocument, (i) => ({ filter: { countries: [country(i)] }, limit: 80, include: FIRST_VIEW_LAYERS })),
      samples: 60,
    },
    {
      name: 'graph(country)',
      ...sends(GraphDocument, (i) => ({ filter: { countries: [country(i)] }, limit: 2000 })),
      samples: 20,
    },
    {
      name: 'neighbourhood d1',
      // The explorer's expansion limits (client/src/data/useExpansions.ts): 100 new nodes for one hop, 60 per hop for two.
      ...sends(NeighbourhoodDocument, (i) => ({ id: `actor:${id(i)}`, depth: 1, limit: 100 })),
      samples: 150,
    },
    {
      name: 'neighbourhood d2',
      ...sends(NeighbourhoodDocument, (i) => ({ id: `actor:${id(i)}`, depth: 2, limit: 60 })),
      samples: 100,
    },
    {
      name: 'path',
      ...sends(PathDocument, (i) => ({ from: `actor:${id(i)}`, to: `actor:${id(i + 101)}` })),
      samples: 60,
    },
    {
      name: 'overlaps(country)',
      ...sends(OverlapsDocument, (i) => ({ filter: { countries: [country(i)] }, limit: 300 })),
      samples: 20,
    },
    {
      name: 'suggestPartners',
      ...sends(PartnersDocument, (i) => ({ id: id(i), limit: 10 })),
      samples: 100,
    },
    ...asOfOperations(id, country),
  ];
  return ops;
}

/** Days across the programme (2014–2022) on which the map is read as of, rotating. */
const PAST_DAYS = ['2015-06-30', '2016-12-31', '2018-03-31', '2019-04-15', '2020-09-30', '2021-12-31'];
const pastDay = (i: number): string => PAST_DAYS[i % PAST_DAYS.length] ?? '2019-04-15';

/**
 * The map as of a past day (issue 17), each beside a present-day row sending the same document without asOf:
 * "asOf ÷ today" is one row's p50 over the other's, measured in the same run.
 */
function asOfOperations(id: (i: number) => string, country: (i: number) => string): Operation[] {
  return [
    {
      name: 'graph(country) (80), asOf',
      ...sends(GraphDocument, (i) => ({
        filter: { countries: [country(i)] },
        limit: 80,
        include: FIRST_VIEW_LAYERS,
        asOf: pastDay(i),
      })),
      samples: 60,
    },
    {
      name: 'neighbourhood d1, asOf',
      ...sends(NeighbourhoodDocument, (i) => ({ id: `actor:${id(i)}`, depth: 1, limit: 100, asOf: pastDay(i) })),
      samples: 150,
    },
    {
      name: 'neighbourhood d2, asOf',
      ...sends(NeighbourhoodDocument, (i) => ({ id: `actor:${id(i)}`, depth: 2, limit: 60, asOf: pastDay(i) })),
      samples: 100,
    },
    {
      name: 'path, asOf',
      ...sends(PathDocument, (i) => ({ from: `actor:${id(i)}`, to: `actor:${id(i + 101)}`, asOf: pastDay(i) })),
      samples: 60,
    },
    // The alignment requests keep an actor index per day (server/src/domain/alignment/actorIndex.ts): one day, so
    // the row measures a request on a day already read, as a user moving between pages on that day gets.
    {
      name: 'overlaps(country), today',
      ...sends(OverlapsAsOfDocument, (i) => ({ filter: { countries: [country(i)] }, limit: 300 })),
      samples: 20,
    },
    {
      name: 'overlaps(country), asOf',
      ...sends(OverlapsAsOfDocument, (i) => ({ filter: { countries: [country(i)] }, limit: 300, asOf: '2019-04-15' })),
      samples: 20,
    },
    {
      name: 'suggestPartners, today',
      ...sends(PartnersAsOfDocument, (i) => ({ id: id(i), limit: 10 })),
      samples: 100,
    },
    {
      name: 'suggestPartners, asOf',
      // The synthetic map's last day: every actor is on it (earlier, an actor first mapped later is NOT_FOUND).
      ...sends(PartnersAsOfDocument, (i) => ({ id: id(i), limit: 10, asOf: '2022-12-31' })),
      samples: 100,
    },
  ];
}

/** The mixed read workload of the throughput and load tests: what a browsing session sends. */
export function mixedWorkload(
  ids: readonly string[],
  words: readonly string[],
): Array<{ query: string; variables: Record<string, unknown> }> {
  const ops = operations(ids, words);
  const pick = (name: string) => ops.find((o) => o.name === name);
  const mix = [
    'actor(id)',
    'actor(id)',
    'actors(filter)',
    'text search',
    'neighbourhood d1',
    'neighbourhood d2',
    'path',
    'suggestPartners',
  ];
  const out: Array<{ query: string; variables: Record<string, unknown> }> = [];
  for (let i = 0; i < 400; i += 1) {
    const op = pick(mix[i % mix.length] ?? 'actor(id)');
    if (op) out.push({ query: op.query, variables: op.variables(i) });
  }
  return out;
}
