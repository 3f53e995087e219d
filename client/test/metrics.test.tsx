/**
 * Network analytics on the page, headless: the overlay the graph draws (sizes follow the measure, colours the
 * community), the ranked list and its reasons, the progress words, the table's measure columns and the health card.
 */
import { render, screen, within } from '@testing-library/react';

import { TableView } from '../src/components/TableView';
import {
  INITIAL_ANALYTICS,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  overlayOf,
  progressText,
  rampColour,
  rankActors,
  type ActorMeasures,
  type MetricsView,
} from '../src/core/metrics/metrics';
import type { GraphNodeFragment } from '../src/data/generated/graphql';

const actor = (id: string, patch: Partial<ActorMeasures>): ActorMeasures => ({
  id,
  name: id.toUpperCase(),
  sector: 'CIVIL_SOCIETY',
  country: 'KH',
  degree: 1,
  weightedDegree: 1,
  betweenness: 0,
  closeness: 0.5,
  pagerank: 0.25,
  community: 0,
  brokerage: { coordinator: 0, itinerant: 0, gatekeeper: 0, liaison: 0 },
  ...patch,
});

const view: MetricsView = {
  actors: [
    actor('hub', {
      degree: 3,
      weightedDegree: 7,
      betweenness: 1,
      closeness: 1,
      pagerank: 0.4,
      brokerage: { coordinator: 0, itinerant: 1, gatekeeper: 1, liaison: 1 },
    }),
    actor('a', { betweenness: 0.25, community: 1 }),
    actor('b', { betweenness: 0 }),
    actor('c', { betweenness: 0, degree: 0, closeness: 0 }),
  ],
  communities: [
    { id: 0, size: 3, actorCount: 3, label: 'Community forestry · civil society', colour: '#0072B2', hubName: 'HUB' },
    { id: 1, size: 1, actorCount: 1, label: 'no themes recorded', colour: '#9E9E9E', hubName: 'A' },
  ],
  approximate: false,
  sampledSources: null,
  actorCount: 4,
};

test('the overlay sizes actors by the square root of their share of the largest value', () => {
  const overlay = overlayOf(view, { ...INITIAL_ANALYTICS, on: true, measure: 'betweenness' });
  expect(overlay.get('actor:hub')?.size).toBe(MAX_NODE_SIZE);
  expect(overlay.get('actor:b')?.size).toBe(MIN_NODE_SIZE);
  // sqrt(0.25) = 0.5 of the way.
  expect(overlay.get('actor:a')?.size).toBe(Math.round(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) / 2));
  expect(overlay.get('actor:a')?.colour).toBeUndefined();
  const coloured = overlayOf(view, { ...INITIAL_ANALYTICS, on: true, sizeByMeasure: false, colour: 'community' });
  expect(coloured.get('actor:a')).toEqual({ colour: '#9E9E9E' });
  expect(coloured.get('actor:hub')).toEqual({ colour: '#0072B2' });
  expect(overlayOf(view, INITIAL_ANALYTICS).size).toBe(0);
  // By the measure: the ramp's darkest for the largest, its lightest for none, halfway for a quarter (square root).
  const byMeasure = overlayOf(view, { ...INITIAL_ANALYTICS, on: true, sizeByMeasure: false, colour: 'measure' });
  expect(byMeasure.get('actor:hub')?.colour).toBe('#440154');
  expect(byMeasure.get('actor:b')?.colour).toBe('#FDE725');
  expect(byMeasure.get('actor:a')?.colour).toBe(rampColour(0.5));
  expect(rampColour(0.5)).toBe('#21918C');
});

test('the ranked list: largest first, names break ties, each with its reason', () => {
  const ranked = rankActors(view, 'betweenness', 3);
  expect(ranked.map((r) => r.id)).toEqual(['hub', 'a', 'b']);
  expect(ranked[0]?.reason).toBe('on 100% of shortest paths between others; links 3 unconnected pairs across sectors');
  expect(rankActors(view, 'degree')[0]?.reason).toBe('3 partners in “Community forestry · civil society”');
  expect(rankActors(view, 'weightedDegree')[0]?.reason).toBe('3 partners, weighing 7 by confidence');
  expect(rankActors(view, 'closeness').at(-1)?.reason).toBe('reaches no one at this confidence');
  expect(rankActors(view, 'pagerank')[0]?.reason).toBe('1.6× the average; 3 partners');
});

test('progress words: sources done while the paths run, then the phase', () => {
  expect(progressText(null)).toEqual({ text: 'Computing the measures…', share: null });
  const paths = progressText({ running: true, phase: 'paths', done: 128, total: 256, elapsedMs: 1500 });
  expect(paths.text).toBe('Shortest paths (betweenness, closeness): 128 of 256 sources · 1.5 s');
  expect(paths.share).toBeCloseTo(0.4, 10);
  expect(progressText({ running: true, phase: 'communities', done: 0, total: 1, elapsedMs: 2000 }).text).toBe(
    'Communities (Louvain) · 2.0 s',
  );
});

test('the table lists the measures as columns when given', () => {
  const node = (id: string, name: string): GraphNodeFragment => ({
    id: `actor:${id}`,
    entityId: id,
    kind: 'ACTOR',
    label: name,
    name,
    acronym: null,
    altNames: [],
    sector: 'CIVIL_SOCIETY',
    level: 'NATIONAL',
    influence: 3,
    country: 'KH',
    activityType: null,
    sensitive: false,
  });
  const measures = new Map(view.actors.map((a) => [`actor:${a.id}`, a]));
  render(
    <TableView
      nodes={[node('hub', 'HUB'), node('a', 'A')]}
      degree={new Map()}
      matching={null}
      selected={null}
      onSelect={() => undefined}
      measures={measures}
    />,
  );
  const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
  expect(headers).toEqual([
    'Name ▲',
    'Kind',
    'Sector',
    'Level',
    'Country',
    'Links',
    'Degree',
    'Betweenness',
    'Closeness',
    'PageRank',
    'Community',
  ]);
  const hubRow = screen.getAllByRole('row').find((r) => r.textContent?.startsWith(' HUB'));
  expect(
    within(hubRow as HTMLElement)
      .getAllByRole('cell')
      .map((c) => c.textContent)
      .slice(6),
  ).toEqual(['3', '1.000', '1.000', '0.4000', '1']);
});
