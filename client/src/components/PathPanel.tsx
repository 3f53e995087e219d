/** Find how two elements are connected: pick both ends, see the shortest path listed in words. */
import { useState } from 'react';

import { suggest, type Suggestion } from '../core/filters/filters';
import { RELATION_WORDS } from '../core/vocabulary';
import type { GraphNodeFragment as GraphNode, PathResultFragment as PathResult } from '../data/generated/graphql';
import { ProvenanceNote } from './Provenance';
import { SearchBox } from './SearchBox';

export interface PathPanelProps {
  nodes: GraphNode[];
  from: string | null;
  to: string | null;
  result: PathResult | undefined;
  loading: boolean;
  error: string | null;
  nameOf(id: string): string;
  onEnds(from: string | null, to: string | null): void;
  onSelect(id: string): void;
  onClose(): void;
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
  nodes,
  nameOf,
  onPick,
}: {
  label: string;
  value: string | null;
  nodes: GraphNode[];
  nameOf(id: string): string;
  onPick(id: string | null): void;
}) {
  const [text, setText] = useState('');
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
  const suggestions: Suggestion[] = suggest(nodes, text, 8);
  return (
    <SearchBox
      label={label}
      value={text}
      suggestions={suggestions}
      onChange={setText}
      onPick={(s) => onPick(s.id)}
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
        nodes={props.nodes}
        nameOf={props.nameOf}
        onPick={(id) => props.onEnds(id, props.to)}
      />
      <End
        label="To"
        value={props.to}
        nodes={props.nodes}
        nameOf={props.nameOf}
        onPick={(id) => props.onEnds(props.from, id)}
      />
      {props.loading && <p className="muted">Finding the shortest path…</p>}
      {props.error && (
        <p role="alert" className="error">
          {props.error}
        </p>
      )}
      {result && !result.connected && (
        <p data-testid="path-result">No connection found through collaborations, memberships or joint activities.</p>
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
