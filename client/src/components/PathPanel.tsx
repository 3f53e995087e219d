/** Find how two elements are connected: pick both ends, see the shortest path listed in words. */
import { RELATION_WORDS } from '../core/vocabulary';
import type { Confidence, PathResultFragment as PathResult } from '../data/generated/graphql';
import { ConfidenceSelect } from './ConfidenceSelect';
import { ProvenanceNote } from './Provenance';
import { SearchBox, type SearchOption } from './SearchBox';

export interface PathPanelProps {
  /** Finds the ends among everything the caller may see (the server's suggestions). */
  find(text: string): Promise<SearchOption[]>;
  from: string | null;
  to: string | null;
  result: PathResult | undefined;
  loading: boolean;
  error: string | null;
  nameOf(id: string): string;
  onEnds(from: string | null, to: string | null): void;
  /** Told the name of an end picked from the suggestions, which may not be on the map. */
  onNamed?(option: SearchOption): void;
  onSelect(id: string): void;
  onClose(): void;
  /** Links below this confidence are not walked (the view's own setting, as in the filter panel). */
  minConfidence: Confidence;
  onMinConfidence(value: Confidence): void;
}

/** Each step of the path in words, in the direction the link was recorded ("A is a member of B"). */
export function describePath(result: PathResult): Array<{ id: string; text: string; edgeId: string }> {
  const byId = new Map(result.nodes.map((n) => [n.id, n]));
  return result.edges.map((edge, i) => {
    const src = byId.get(edge.source)?.name ?? edge.source;
    const dst = byId.get(edge.target)?.name ?? edge.target;
    return { id: `${i}`, text: `${src} ${RELATION_WORDS[edge.kind]} ${dst}`, edgeId: edge.id };
  });
}

function End({
  label,
  value,
  find,
  nameOf,
  onPick,
}: {
  label: string;
  value: string | null;
  find(text: string): Promise<SearchOption[]>;
  nameOf(id: string): string;
  onPick(option: SearchOption | null): void;
}) {
  if (value) {
    return (
      <p className="path-end">
        <span className="muted">{label}:</span> <strong>{nameOf(value)}</strong>{' '}
        <button
          type="button"
          className="link"
          onClick={() => onPick(null)}
          aria-label={`Change ${label.toLowerCase()}`}
        >
          change
        </button>
      </p>
    );
  }
  return (
    <SearchBox
      label={label}
      find={find}
      onPick={onPick}
      placeholder="Type a name…"
      testId={`path-${label.toLowerCase()}`}
    />
  );
}

export function PathPanel(props: PathPanelProps) {
  const { result } = props;
  const steps = result?.connected ? describePath(result) : [];
  return (
    <section className="path-panel" aria-labelledby="path-title">
      <div className="details-head">
        <h2 id="path-title">How are they connected?</h2>
        <button type="button" className="close" onClick={props.onClose} aria-label="Close path finder">
          ×
        </button>
      </div>
      <End
        label="From"
        value={props.from}
        find={props.find}
        nameOf={props.nameOf}
        onPick={(o) => {
          if (o) props.onNamed?.(o);
          props.onEnds(o?.id ?? null, props.to);
        }}
      />
      <End
        label="To"
        value={props.to}
        find={props.find}
        nameOf={props.nameOf}
        onPick={(o) => {
          if (o) props.onNamed?.(o);
          props.onEnds(props.from, o?.id ?? null);
        }}
      />
      <ConfidenceSelect
        label="Through links of confidence"
        testId="path-min-confidence"
        value={props.minConfidence}
        onChange={props.onMinConfidence}
      />
      {props.loading && <p className="muted">Finding the shortest path…</p>}
      {props.error && (
        <p role="alert" className="error">
          {props.error}
        </p>
      )}
      {result && !result.connected && (
        <p data-testid="path-result">
          No connection found through collaborations, memberships or joint activities
          {props.minConfidence === 'LOW'
            ? ''
            : ` of ${props.minConfidence === 'HIGH' ? 'high' : 'medium or high'} confidence`}
          .
        </p>
      )}
      {result?.connected && (
        <div data-testid="path-result">
          <p>
            {steps.length} {steps.length === 1 ? 'step' : 'steps'}:
          </p>
          <ol className="path-steps">
            {steps.map((s, i) => (
              <li key={s.id}>
                {s.text}
                {result.edges[i] && <ProvenanceNote p={result.edges[i].provenance} />}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
