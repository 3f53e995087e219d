import { renderHook } from '@testing-library/react';
import cytoscape, { type Core } from 'cytoscape';

import { applyDiff, diffStats } from '../src/graph/applyDiff';
import { layoutStats } from '../src/graph/controllers/layoutRunner';
import { useElements } from '../src/graph/controllers/useElements';
import { useHighlight } from '../src/graph/controllers/useHighlight';
import { useSelection } from '../src/graph/controllers/useSelection';
import { toElements } from '../src/graph/toElements';
import { sample } from './sample';

describe('toElements', () => {
  it('encodes sector as colour and shape, and shows the local-script name under the acronym', () => {
    const kfca = toElements(sample).find((e) => e.data.id === 'actor:kfca');
    expect(kfca?.data).toMatchObject({ shape: 'ellipse', colour: '#E69F00', label: 'KFCA\nសម្ព័ន្ធសហគមន៍ព្រៃឈើខ្មែរ' });
  });
  it('puts actors in country boxes for the grouped layout', () => {
    const els = toElements(sample, 'country');
    expect(els.find((e) => e.data.id === 'actor:lagov')?.data.parent).toBe('box:LA');
    expect(
      els
        .filter((e) => String(e.data.id).startsWith('box:'))
        .map((e) => e.data.label)
        .sort(),
    ).toEqual(['Cambodia', 'Lao PDR']);
  });
});

describe('applyDiff', () => {
  it('adds, removes and moves only what changed, keeping positions', () => {
    const cy = cytoscape({ headless: true });
    const first = toElements(sample);
    applyDiff(cy, [], first);
    cy.getElementById('actor:kfca').position({ x: 42, y: 7 });
    const smaller = toElements({ nodes: sample.nodes.filter((n) => n.id !== 'country:LA'), edges: sample.edges });
    const result = applyDiff(cy, first, smaller);
    expect(result.removed).toEqual(['country:LA']);
    expect(cy.getElementById('actor:kfca').position()).toEqual({ x: 42, y: 7 });
    const grouped = toElements(
      { nodes: smaller.length ? sample.nodes.filter((n) => n.id !== 'country:LA') : [], edges: sample.edges },
      'country',
    );
    applyDiff(cy, smaller, grouped);
    expect(
      cy
        .getElementById('actor:kfca')
        .parent()
        .map((p) => p.id()),
    ).toEqual(['box:KH']);
  });
});

describe('controllers', () => {
  it('selecting a node neither re-runs the layout nor touches the elements', () => {
    const cy: Core = cytoscape({ headless: true, styleEnabled: true });
    const ref = { current: cy };
    const { rerender } = renderHook(
      ({ selected }: { selected: string | null }) => {
        const defs = useElements(ref, sample, null, 'concentric', 'base', true);
        useHighlight(ref, defs, {
          matching: null,
          context: new Set(),
          mode: 'dim',
          selected,
          path: null,
          expandedFrom: [],
        });
        useSelection(ref, defs, selected);
      },
      { initialProps: { selected: null as string | null } },
    );
    const runs = layoutStats.runs;
    const diffs = diffStats.calls;
    expect(runs).toBeGreaterThan(0);
    rerender({ selected: 'actor:kfca' });
    rerender({ selected: 'actor:lagov' });
    expect(cy.$(':selected').map((n) => n.id())).toEqual(['actor:lagov']);
    expect(layoutStats.runs).toBe(runs);
    expect(diffStats.calls).toBe(diffs);
  });
});
