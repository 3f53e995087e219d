/** Meeting mode's story without React: the steps, their captions, the layers revealed and where each key press goes. */
import {
  describeStep,
  layerAt,
  mapRevealable,
  MOST_SECTOR_LAYERS,
  nextCue,
  nextLine,
  previousCue,
  revealedNodes,
  revealLayers,
  storyOf,
  WHOLE,
  type Cue,
  type Revealable,
} from '../src/core/meeting/story';
import type { Sector } from '../src/core/vocabulary';

const view = (id: string, createdAt: string, query: string, description: string | null = null) => ({
  id,
  name: `View ${id}`,
  description,
  state: JSON.stringify({ query }),
  createdAt,
});

describe('the story', () => {
  it('tells every saved view, explorer maps and alignment pages alike, oldest first', () => {
    const steps = storyOf(
      [
        view('grid', '2026-03-03T10:00:00Z', 'page=grid&gtheme=t1'),
        view('map', '2026-03-01T10:00:00Z', 'country=KH', 'Who works with whom in Cambodia'),
        view('meeting', '2026-03-02T09:00:00Z', 'page=meeting'),
        view('audit', '2026-03-02T09:30:00Z', 'page=audit'),
        view('overlap', '2026-03-02T10:00:00Z', 'page=overlap&min=3'),
        // An explorer view saved before views were JSON: a bare query string.
        { id: 'old', name: 'Old', description: null, state: 'sector=GOVERNMENT', createdAt: '2026-02-01T00:00:00Z' },
      ],
      { search: 'page=meeting' },
    );
    expect(steps.map((s) => [s.key, s.kind])).toEqual([
      ['old', 'explore'],
      ['map', 'explore'],
      ['overlap', 'overlap'],
      ['grid', 'grid'],
    ]);
    expect(steps[1]?.caption).toBe('Who works with whom in Cambodia');
    expect(steps[1]?.search).toBe('country=KH');
  });

  it('captions a view without a description with what it shows and where', () => {
    expect(describeStep('explore', 'country=KH,LA&sector=GOVERNMENT')).toBe(
      'Map of actors and their alliances · Cambodia and Lao PDR · Government',
    );
    expect(describeStep('grid', 'page=grid')).toBe('Influence × alignment: who can move this theme, and which way');
    const [only] = storyOf([view('o', '2026-01-01T00:00:00Z', 'page=overlap')], { search: '' });
    expect(only?.caption).toBe('Who shares which themes');
  });

  it('without saved views, shows the page the meeting was opened from', () => {
    const steps = storyOf([], { search: 'page=grid&gtheme=t1' });
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({
      key: 'current',
      kind: 'grid',
      title: 'Influence grid',
      search: 'page=grid&gtheme=t1',
    });
    expect(steps[0]?.caption).toMatch(/Save views to tell a story/);
  });
});

const holds = (counts: Array<[Sector, number]>, themes: boolean): Revealable => ({ sectors: new Map(counts), themes });

describe('the layers of a step', () => {
  it('reveals the actors sector by sector, largest first, then the themes they share', () => {
    const layers = revealLayers(
      holds(
        [
          ['GOVERNMENT', 4],
          ['CIVIL_SOCIETY', 9],
          ['DONOR', 4],
        ],
        true,
      ),
    );
    expect(layers.map((l) => l.label)).toEqual([
      'Civil society',
      '+ Government',
      '+ Donor / development partner',
      '+ Shared themes',
    ]);
    expect(layers.map((l) => l.sectors)).toEqual([['CIVIL_SOCIETY'], ['CIVIL_SOCIETY', 'GOVERNMENT'], null, null]);
    expect(layers.map((l) => l.themes)).toEqual([false, false, false, true]);
    expect(layers.map((l) => l.adds)).toEqual([['CIVIL_SOCIETY'], ['GOVERNMENT'], ['DONOR'], []]);
  });

  it('shows the three largest sectors one by one and the others together', () => {
    const layers = revealLayers(
      holds(
        [
          ['MEDIA', 1],
          ['CIVIL_SOCIETY', 30],
          ['GOVERNMENT', 20],
          ['PRIVATE_SECTOR', 10],
          ['RESEARCH', 5],
          ['DONOR', 2],
        ],
        false,
      ),
    );
    expect(layers).toHaveLength(MOST_SECTOR_LAYERS);
    expect(layers[3]).toEqual({
      label: '+ 3 more sectors: Research / academia, Donor / development partner and Media',
      adds: ['RESEARCH', 'DONOR', 'MEDIA'],
      sectors: null,
      themes: false,
    });
  });

  it('is the whole view at once when there is nothing to reveal', () => {
    expect(revealLayers(null)).toEqual([WHOLE]);
    expect(revealLayers(holds([['GOVERNMENT', 3]], false))).toEqual([WHOLE]);
    expect(revealLayers(holds([], false))).toEqual([WHOLE]);
    expect(revealLayers(holds([['GOVERNMENT', 3]], true)).map((l) => l.label)).toEqual([
      'Government',
      '+ Shared themes',
    ]);
  });
});

describe('the keys', () => {
  // Three steps of 3, 1 and 2 layers.
  const counts = [3, 1, 2];
  const press = (cue: Cue, times: number, way: 'next' | 'back') => {
    let c = cue;
    for (let i = 0; i < times; i += 1)
      c = way === 'next' ? nextCue(c, counts[c.step] ?? 1, counts.length) : previousCue(c, counts[c.step] ?? 1);
    return c;
  };

  it('move on a layer at a time, then to the next view, and stop at the end', () => {
    const seen: string[] = [];
    let cue: Cue = { step: 0, layer: 0 };
    for (let i = 0; i < 7; i += 1) {
      seen.push(`${cue.step}.${layerAt(cue, counts[cue.step] ?? 1)}`);
      cue = press(cue, 1, 'next');
    }
    expect(seen).toEqual(['0.0', '0.1', '0.2', '1.0', '2.0', '2.1', '2.1']);
  });

  it('go back a layer, and into the previous view as it was left, whole', () => {
    const back = press({ step: 2, layer: 0 }, 1, 'back');
    expect(back.step).toBe(1);
    const intoFirst = press({ step: 1, layer: 0 }, 1, 'back');
    expect([intoFirst.step, layerAt(intoFirst, 3)]).toEqual([0, 2]);
    expect(press({ step: 0, layer: 0 }, 3, 'back')).toEqual({ step: 0, layer: 0 });
  });

  it('tell the presenter what the next press shows', () => {
    const steps = storyOf(
      [view('a', '2026-01-01T00:00:00Z', 'page=overlap'), view('b', '2026-01-02T00:00:00Z', 'page=grid')],
      { search: '' },
    );
    const layers = revealLayers(
      holds(
        [
          ['GOVERNMENT', 2],
          ['CIVIL_SOCIETY', 1],
        ],
        true,
      ),
    );
    expect(nextLine({ step: 0, layer: 0 }, layers, steps)).toBe('Next: Civil society (layer 2 of 3)');
    expect(nextLine({ step: 0, layer: 1 }, layers, steps)).toBe('Next: Shared themes (layer 3 of 3)');
    expect(nextLine({ step: 0, layer: 2 }, layers, steps)).toBe('Next: View b (view 2 of 2)');
    expect(nextLine({ step: 1, layer: 0 }, [WHOLE], steps)).toBe('Next: the end of the story');
  });
});

describe("an explorer map's reveal", () => {
  const map = {
    nodes: [
      { id: 'actor:a', kind: 'ACTOR', sector: 'GOVERNMENT' as const },
      { id: 'actor:b', kind: 'ACTOR', sector: 'CIVIL_SOCIETY' as const },
      { id: 'network:n', kind: 'NETWORK' },
      { id: 'coalition:c', kind: 'COALITION' },
      { id: 'country:KH', kind: 'COUNTRY' },
      { id: 'theme:t', kind: 'THEME' },
    ],
    edges: [
      { source: 'actor:a', target: 'network:n' },
      { source: 'actor:b', target: 'coalition:c' },
      { source: 'actor:a', target: 'country:KH' },
      { source: 'actor:a', target: 'theme:t' },
      { source: 'actor:a', target: 'actor:b' },
    ],
  };

  it('holds its actors by sector, and themes when the Themes layer is on', () => {
    const r = mapRevealable(map);
    expect([...r.sectors]).toEqual([
      ['GOVERNMENT', 1],
      ['CIVIL_SOCIETY', 1],
    ]);
    expect(r.themes).toBe(true);
    expect(mapRevealable({ nodes: map.nodes.filter((n) => n.kind !== 'THEME'), edges: [] }).themes).toBe(false);
  });

  it("draws a sector's actors with their groups and countries, the themes last", () => {
    const [first, second, themes] = revealLayers(mapRevealable(map));
    // One actor each: the vocabulary's order decides, civil society first.
    expect([...(revealedNodes(map, first ?? WHOLE) ?? [])].sort()).toEqual(['actor:b', 'coalition:c']);
    expect([...(revealedNodes(map, second ?? WHOLE) ?? [])].sort()).toEqual([
      'actor:a',
      'actor:b',
      'coalition:c',
      'country:KH',
      'network:n',
    ]);
    expect(revealedNodes(map, themes ?? WHOLE)).toBeNull();
  });
});
