/**
 * The details of the selected element: attributes, memberships, interests with positions,
 * collaborators, activities and the source of every link; plus the actions on it.
 */
import { useState, type ReactNode } from 'react';

import {
  ACTIVITY_TYPE_LABELS,
  COUNTRY_NAMES,
  KIND_LABELS,
  LEVEL_LABELS,
  POSITION_ENCODING,
  RELATION_WORDS,
  SECTOR_ENCODING,
  type ActivityType,
} from '../core/vocabulary';
import type {
  ActorDetailsFragment as ActorDetails,
  GraphEdgeFragment as GraphEdge,
  GraphNodeFragment as GraphNode,
  GroupFragment as Group,
  ThemeFragment as Theme,
} from '../data/generated/graphql';
import { DeleteConfirm, groupDeletion, GroupBody, themeDeletion, ThemeBody } from './catalogue/CatalogueDetails';
import { ProvenanceNote } from './Provenance';
import { SensitiveBadge } from './SensitiveBadge';
import { PositionHistory, Validity } from './time/TimeDetails';

export interface Neighbour {
  node: GraphNode;
  edge: GraphEdge;
}

export interface DetailsPanelProps {
  node: GraphNode;
  actor?: ActorDetails;
  /** The selected network or coalition, or theme, as the catalogue holds it. */
  group?: Group;
  theme?: Theme;
  loading?: boolean;
  error?: string | null;
  neighbours: Neighbour[];
  expandedDepth: 0 | 1 | 2;
  focused: boolean;
  onSelect(id: string): void;
  onExpand(depth: 1 | 2): void;
  onCollapse(): void;
  onFocus(on: boolean): void;
  onPath(role: 'from' | 'to'): void;
  /** Editors: edit the actor, group or theme. */
  onEdit?(): void;
  /** Editors: delete the group or theme (after a confirmation). */
  onDelete?(): Promise<void>;
  onClose(): void;
  /** The relation editor for actors (rendered under the lists). */
  children?: ReactNode;
  /** The item's history, for those who may read it (rendered last). */
  history?: ReactNode;
}

const EDIT_LABELS: Partial<Record<GraphNode['kind'], string>> = {
  ACTOR: 'Edit actor',
  NETWORK: 'Edit network',
  COALITION: 'Edit coalition',
  THEME: 'Edit theme',
};

function Actions(props: DetailsPanelProps & { onAskDelete(): void }) {
  const { expandedDepth, focused, node } = props;
  const editLabel = EDIT_LABELS[node.kind];
  return (
    <div className="actions" role="group" aria-label="Actions">
      {expandedDepth === 0 ? (
        <>
          <button type="button" onClick={() => props.onExpand(1)}>
            Expand 1 hop
          </button>
          <button type="button" onClick={() => props.onExpand(2)}>
            Expand 2 hops
          </button>
        </>
      ) : (
        <button type="button" onClick={props.onCollapse}>
          Collapse ({expandedDepth} {expandedDepth === 1 ? 'hop' : 'hops'})
        </button>
      )}
      <button type="button" aria-pressed={focused} onClick={() => props.onFocus(!focused)}>
        {focused ? 'Leave focus' : 'Focus (ego network)'}
      </button>
      <button type="button" onClick={() => props.onPath('from')}>
        Path from here
      </button>
      <button type="button" onClick={() => props.onPath('to')}>
        Path to here
      </button>
      {editLabel && props.onEdit && (
        <button type="button" onClick={props.onEdit}>
          {editLabel}
        </button>
      )}
      {node.kind !== 'ACTOR' && props.onDelete && (
        <button type="button" className="danger" onClick={props.onAskDelete}>
          Delete…
        </button>
      )}
    </div>
  );
}

function ActorBody({ actor, onSelect }: { actor: ActorDetails; onSelect(id: string): void }) {
  return (
    <>
      <dl className="attrs">
        <dt>Sector</dt>
        <dd>{SECTOR_ENCODING[actor.sector].label}</dd>
        <dt>Level</dt>
        <dd>{LEVEL_LABELS[actor.level]}</dd>
        <dt>Influence</dt>
        <dd>{actor.influence} / 5</dd>
        <dt>Based in</dt>
        <dd>{actor.basedIn?.name ?? '—'}</dd>
        {(actor.validFrom || actor.validTo) && (
          <>
            <dt>On the map</dt>
            <dd>
              {actor.validFrom ?? '…'} – {actor.validTo ?? 'now'}
            </dd>
          </>
        )}
        <dt>Operates in</dt>
        <dd>
          {actor.countries
            .filter((c) => c.relation === 'OPERATES_IN')
            .map((c) => c.country.name)
            .join(', ') || '—'}
        </dd>
        {actor.acronym && (
          <>
            <dt>Acronym</dt>
            <dd>{actor.acronym}</dd>
          </>
        )}
        {actor.website && (
          <>
            <dt>Website</dt>
            <dd>
              <a href={actor.website} rel="noreferrer" target="_blank">
                {actor.website}
              </a>
            </dd>
          </>
        )}
      </dl>
      {actor.description && <p className="description">{actor.description}</p>}
      <h3>Memberships ({actor.memberships.length})</h3>
      <ul className="links">
        {actor.memberships.map((m) => (
          <li key={m.group.id}>
            <button type="button" className="link" onClick={() => onSelect(`group:${m.group.id}`)}>
              {m.group.name}
            </button>{' '}
            <span className="tag">{m.group.kind === 'NETWORK' ? 'network' : 'coalition'}</span>
            {m.role ? ` — ${m.role}` : ''}
            {m.since ? ` since ${m.since}` : ''}
            <Validity validFrom={m.validFrom} validTo={m.validTo} />
            {m.sensitive && (
              <>
                {' '}
                <SensitiveBadge />
              </>
            )}
            <ProvenanceNote p={m.provenance} />
          </li>
        ))}
      </ul>
      <h3>Interests ({actor.interests.length})</h3>
      <ul className="links">
        {actor.interests.map((i) => (
          <li key={i.theme.id}>
            <span className={`position position-${i.position.toLowerCase()}`}>
              {POSITION_ENCODING[i.position].label}
            </span>{' '}
            <button type="button" className="link" onClick={() => onSelect(`theme:${i.theme.id}`)}>
              {i.theme.name}
            </button>
            <span className="priority"> · priority {i.priority}</span>
            <Validity validFrom={i.validFrom} validTo={i.validTo} />
            {i.sensitive && (
              <>
                {' '}
                <SensitiveBadge />
              </>
            )}
            <ProvenanceNote p={i.provenance} />
            <PositionHistory history={i.history} />
          </li>
        ))}
      </ul>
      <h3>Collaborators ({actor.collaborators.length})</h3>
      <ul className="links">
        {actor.collaborators.map((c) => (
          <li key={c.actor.id}>
            <button type="button" className="link" onClick={() => onSelect(`actor:${c.actor.id}`)}>
              {c.actor.name}
            </button>
            {c.kind ? ` — ${c.kind}` : ''}
            {c.since ? ` since ${c.since}` : ''}
            <Validity validFrom={c.validFrom} validTo={c.validTo} />
            {c.sensitive && (
              <>
                {' '}
                <SensitiveBadge />
              </>
            )}
            <ProvenanceNote p={c.provenance} />
          </li>
        ))}
      </ul>
      <h3>Activities ({actor.activities.length})</h3>
      <ul className="links">
        {actor.activities.map((a) => (
          <li key={a.activity.id}>
            {a.activity.name}
            {` (${[ACTIVITY_TYPE_LABELS[a.activity.type as ActivityType] ?? a.activity.type, a.activity.date].filter(Boolean).join(', ')})`}
            {a.role ? ` — ${a.role}` : ''}
            <ProvenanceNote p={a.provenance} />
          </li>
        ))}
      </ul>
      <h3>Sources</h3>
      <ul className="sources">
        {actor.sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </>
  );
}

function NeighbourList({
  node,
  neighbours,
  onSelect,
}: {
  node: GraphNode;
  neighbours: Neighbour[];
  onSelect(id: string): void;
}) {
  return (
    <>
      <h3>Linked elements on the map ({neighbours.length})</h3>
      <ul className="links">
        {neighbours.map(({ node: other, edge }) => (
          <li key={edge.id}>
            <button type="button" className="link" onClick={() => onSelect(other.id)}>
              {other.name}
            </button>{' '}
            <span className="tag">
              {edge.source === node.id ? RELATION_WORDS[edge.kind] : `← ${RELATION_WORDS[edge.kind]}`}
            </span>
            {edge.position ? ` (${POSITION_ENCODING[edge.position].label.toLowerCase()})` : ''}
            {edge.role ? ` — ${edge.role}` : ''}
            <ProvenanceNote p={edge.provenance} />
          </li>
        ))}
      </ul>
    </>
  );
}

export function DetailsPanel(props: DetailsPanelProps) {
  const { node, actor, group, theme } = props;
  const local = node.altNames.filter((a) => a !== node.name);
  const [deleting, setDeleting] = useState<string | null>(null);
  const onDelete = props.onDelete;
  return (
    <section className="details" aria-labelledby="details-title">
      <header className="details-head">
        <div>
          <p className="kind">
            {KIND_LABELS[node.kind]}
            {node.kind === 'ACTOR' && node.country ? ` · ${COUNTRY_NAMES[node.country] ?? node.country}` : ''}
          </p>
          <h2 id="details-title">{node.name}</h2>
          {node.sensitive && <SensitiveBadge />}
          {local.length > 0 && (
            <p className="alt-names" lang="und">
              {local.join(' · ')}
            </p>
          )}
        </div>
        <button type="button" className="close" onClick={props.onClose} aria-label="Close details">
          ×
        </button>
      </header>
      <Actions {...props} onAskDelete={() => setDeleting(node.id)} />
      {onDelete && deleting === node.id && (group || theme) && (
        <DeleteConfirm
          name={node.name}
          consequence={group ? groupDeletion(group) : theme ? themeDeletion(theme) : ''}
          onDelete={onDelete}
          onCancel={() => setDeleting(null)}
        />
      )}
      {props.error && (
        <p role="alert" className="error">
          {props.error}
        </p>
      )}
      {node.kind === 'ACTOR' ? (
        actor ? (
          <ActorBody actor={actor} onSelect={props.onSelect} />
        ) : props.loading ? (
          <p className="muted">Loading details…</p>
        ) : null
      ) : (
        <>
          {group && <GroupBody group={group} />}
          {theme && <ThemeBody theme={theme} />}
          <NeighbourList node={node} neighbours={props.neighbours} onSelect={props.onSelect} />
        </>
      )}
      {props.children}
      {props.history}
    </section>
  );
}
