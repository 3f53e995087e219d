/**
 * Meeting mode as a story, in plain data: the saved views in the order they were saved (explorer maps and
 * alignment pages alike), each with its caption, the layers it reveals one at a time, and where the next press
 * of a key (or a presenter's clicker) goes. Pure, so the story a room sees is tested without React.
 */
import { pageOf, PAGE_LABELS, queryOfSaved } from '../alignment/alignState';
import { decodeViewState } from '../url/urlState';
import { COUNTRY_NAMES, SECTOR_LABELS, SECTORS, type Sector } from '../vocabulary';

/** What a step draws: the explorer's map, or one of the alignment pages (not meeting mode itself, nor the others). */
export const STEP_KINDS = ['explore', 'overlap', 'matrix', 'partners', 'grid', 'gaps', 'landscape'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

function isStepKind(page: string): page is StepKind {
  return (STEP_KINDS as readonly string[]).includes(page);
}

export interface StoryStep {
  key: string;
  kind: StepKind;
  /** The saved view's name. */
  title: string;
  /** The saved view's description, or what the view shows when it has none. */
  caption: string;
  /** The view's query string (filters and the page's own keys). */
  search: string;
}

/** The fields of a saved view the story reads. */
export interface SavedViewLike {
  id: string;
  name: string;
  description?: string | null;
  state: string;
  createdAt: string;
}

const KIND_WORDS: Record<StepKind, string> = {
  explore: 'Map of actors and their alliances',
  overlap: 'Who shares which themes',
  matrix: 'Alignment matrix: who stands where on each theme',
  partners: 'Suggested partners',
  grid: 'Influence × alignment: who can move this theme, and which way',
  gaps: 'Coalition gaps',
  landscape: 'Theme landscape',
};

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** A view without a description is captioned with what it shows and the countries and sectors it is filtered to. */
export function describeStep(kind: StepKind, search: string): string {
  const f = decodeViewState(search).filters;
  const parts = [
    f.countries.length > 0 ? listWords(f.countries.map((c) => COUNTRY_NAMES[c] ?? c)) : '',
    f.sectors.length > 0 ? listWords(f.sectors.map((s) => SECTOR_LABELS[s])) : '',
  ].filter(Boolean);
  return parts.length > 0 ? `${KIND_WORDS[kind]} · ${parts.join(' · ')}` : KIND_WORDS[kind];
}

/**
 * The story: every saved view a meeting can show (a map or an alignment page), oldest first, so a
 * facilitator prepares a meeting by saving its views in the order they are to be told. Without any, `current`.
 */
export function storyOf(saved: readonly SavedViewLike[], current: { search: string }): StoryStep[] {
  const steps = [...saved]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name))
    .flatMap((v): StoryStep[] => {
      const search = queryOfSaved(v.state);
      const page = pageOf(search);
      if (!isStepKind(page)) return [];
      const description = v.description?.trim();
      return [{ key: v.id, kind: page, title: v.name, caption: description || describeStep(page, search), search }];
    });
  if (steps.length > 0) return steps;
  const page = pageOf(current.search);
  const kind: StepKind = isStepKind(page) ? page : 'overlap';
  return [
    {
      key: 'current',
      kind,
      title: PAGE_LABELS[kind],
      caption: `${describeStep(kind, current.search)}. Save views to tell a story here, one view a step.`,
      search: current.search,
    },
  ];
}

/** The steps revealed layer by layer (maps, the overlap network, the grid); the others are shown whole at once. */
export const REVEALING: ReadonlySet<StepKind> = new Set<StepKind>(['explore', 'overlap', 'grid']);

/** What a drawn step holds that can be revealed: how many actors of each sector, and whether it draws themes. */
export interface Revealable {
  sectors: ReadonlyMap<Sector, number>;
  /** Theme regions and shared-theme labels (alignment graph), theme nodes (explorer map). */
  themes: boolean;
}

/** One layer of a step: what is shown once it is revealed (everything revealed before it included). */
export interface Layer {
  /** What this layer adds, in words ("Government", "Shared themes"). */
  label: string;
  /** The sectors whose actors it adds. */
  adds: Sector[];
  /** The sectors whose actors are shown; null: every actor. */
  sectors: Sector[] | null;
  /** Themes shown (regions, labels of shared themes, theme nodes). */
  themes: boolean;
}

/** The whole view at once: the matrix and the reports, and any step before its data has come. */
export const WHOLE: Layer = { label: 'Whole view', adds: [], sectors: null, themes: true };

/** Nothing yet: the step's data is on its way, and with it what it reveals (drawn empty, never whole first). */
export const PENDING: Layer = { label: '', adds: [], sectors: [], themes: false };

/** At most this many layers of sectors: the largest sectors one by one, then the rest together. */
export const MOST_SECTOR_LAYERS = 4;

/**
 * The layers of a step, revealed one a key press: first the actors by sector, largest sector first (the three
 * largest one by one and the others together when there are more than four), then the themes they share, when the
 * view draws any. A view of one sector and no themes is one layer.
 */
export function revealLayers(r: Revealable | null): Layer[] {
  if (!r) return [WHOLE];
  const order = SECTORS.filter((s) => (r.sectors.get(s) ?? 0) > 0).sort(
    (a, b) => (r.sectors.get(b) ?? 0) - (r.sectors.get(a) ?? 0) || SECTORS.indexOf(a) - SECTORS.indexOf(b),
  );
  const groups: Sector[][] =
    order.length <= MOST_SECTOR_LAYERS
      ? order.map((s) => [s])
      : [...order.slice(0, MOST_SECTOR_LAYERS - 1).map((s) => [s]), order.slice(MOST_SECTOR_LAYERS - 1)];
  const layers: Layer[] = [];
  const shown: Sector[] = [];
  groups.forEach((group, i) => {
    shown.push(...group);
    const last = i === groups.length - 1;
    const words =
      group.length === 1
        ? SECTOR_LABELS[group[0] as Sector]
        : `${group.length} more sectors: ${listWords(group.map((s) => SECTOR_LABELS[s]))}`;
    layers.push({
      label: `${i === 0 ? '' : '+ '}${words}`,
      adds: group,
      // The last sector layer shows every actor: those of no listed sector too.
      sectors: last ? null : [...shown],
      themes: false,
    });
  });
  if (layers.length === 0 || (layers.length === 1 && !r.themes)) return [WHOLE];
  if (r.themes) layers.push({ label: '+ Shared themes', adds: [], sectors: null, themes: true });
  return layers;
}

/** Where the story is: the step, and how many of its layers are shown (0-based; Infinity: all of them). */
export interface Cue {
  step: number;
  layer: number;
}

/** The layer shown, for a step of `count` layers. */
export function layerAt(cue: Cue, count: number): number {
  return Math.max(0, Math.min(cue.layer, count - 1));
}

/** The next press: the step's next layer, else the next step's first layer; the end stays at the end. */
export function nextCue(cue: Cue, layers: number, steps: number): Cue {
  const at = layerAt(cue, layers);
  if (at < layers - 1) return { step: cue.step, layer: at + 1 };
  if (cue.step < steps - 1) return { step: cue.step + 1, layer: 0 };
  return { step: cue.step, layer: at };
}

/** The press back: the layer before, else the previous step as it was left, whole. */
export function previousCue(cue: Cue, layers: number): Cue {
  const at = layerAt(cue, layers);
  if (at > 0) return { step: cue.step, layer: at - 1 };
  if (cue.step > 0) return { step: cue.step - 1, layer: Number.POSITIVE_INFINITY };
  return { step: 0, layer: 0 };
}

/** The presenter's line: what the next press shows. */
export function nextLine(cue: Cue, layers: readonly Layer[], steps: readonly StoryStep[]): string {
  const at = layerAt(cue, layers.length);
  const layer = layers[at + 1];
  if (layer) return `Next: ${layer.label.replace(/^\+ /, '')} (layer ${at + 2} of ${layers.length})`;
  const step = steps[cue.step + 1];
  return step ? `Next: ${step.title} (view ${cue.step + 2} of ${steps.length})` : 'Next: the end of the story';
}

/** The fields of the explorer's map the reveal reads. */
export interface MapLike {
  nodes: ReadonlyArray<{ id: string; kind: string; sector?: Sector | null }>;
  edges: ReadonlyArray<{ source: string; target: string }>;
}

/** What an explorer map holds to reveal: its actors by sector, and its theme nodes (the Themes layer). */
export function mapRevealable(graph: MapLike): Revealable {
  const sectors = new Map<Sector, number>();
  for (const n of graph.nodes)
    if (n.kind === 'ACTOR' && n.sector) sectors.set(n.sector, (sectors.get(n.sector) ?? 0) + 1);
  return { sectors, themes: graph.nodes.some((n) => n.kind === 'THEME') };
}

/**
 * The explorer map's nodes a layer draws (null: all): the actors of its sectors, and the networks, coalitions,
 * countries and activities linked to them, so each group appears with its first member; theme nodes only with the
 * themes. Once every sector is in (sectors null), every node but the themes.
 */
export function revealedNodes(graph: MapLike, layer: Layer): Set<string> | null {
  if (layer.sectors === null && layer.themes) return null;
  const kinds = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const shows = (kind: string | undefined) => layer.themes || kind !== 'THEME';
  if (layer.sectors === null) return new Set(graph.nodes.filter((n) => shows(n.kind)).map((n) => n.id));
  const sectors = new Set(layer.sectors);
  const out = new Set(
    graph.nodes.filter((n) => n.kind === 'ACTOR' && n.sector && sectors.has(n.sector)).map((n) => n.id),
  );
  const actors = new Set(out);
  for (const e of graph.edges)
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      const kind = kinds.get(b);
      if (actors.has(a) && kind !== undefined && kind !== 'ACTOR' && shows(kind)) out.add(b);
    }
  return out;
}
