/**
 * The rows of the "What changed" panel: a tie begun or ended, an actor new on the map, a position shifted, a first
 * engagement, each with its dates and provenance. A row is a button: it selects and centres its actor on the map.
 */
import { describeValidity } from '../../core/time/mapChanges';
import { POSITION_ENCODING, type Position } from '../../core/vocabulary';
import type { GraphNodeFragment as GraphNode } from '../../data/generated/graphql';
import type { MapChanges, TieChange } from '../../data/time';
import { ProvenanceNote } from '../Provenance';

const TIE_WORDS: Record<string, string> = {
  MEMBER_OF: 'member of',
  COLLABORATES_WITH: 'collaborates with',
  INTERESTED_IN: 'position on',
  BASED_IN: 'based in',
  OPERATES_IN: 'operates in',
  PARTICIPATED_IN: 'took part in',
};

/** The name with its first local-script name (Khmer, Lao, Burmese, Thai, Vietnamese), written as the data has it. */
export function NodeName({ node }: { node: GraphNode }) {
  const local = node.altNames.find((a) => /[^\u0020-\u024f]/.test(a));
  return (
    <span className="change-name">
      <bdi>{node.name}</bdi>
      {local && local !== node.name && (
        <>
          {' '}
          <bdi className="change-local">{local}</bdi>
        </>
      )}
    </span>
  );
}

function positionWord(p: Position): string {
  return POSITION_ENCODING[p].label.toLowerCase();
}

export interface RowProps<T> {
  item: T;
  onPick(node: GraphNode): void;
}

export function TieRow({ item, onPick, ended }: RowProps<TieChange> & { ended: boolean }) {
  const validity = describeValidity(item.validFrom, item.validTo);
  return (
    <button type="button" className="change-row" onClick={() => onPick(item.source)} data-key={`tie:${item.edgeId}`}>
      <span className={`change-mark ${ended ? 'ended' : 'new'}`} aria-hidden="true" />
      <span className="change-text">
        <NodeName node={item.source} /> <span className="change-verb">{TIE_WORDS[item.kind] ?? item.kind}</span>{' '}
        <NodeName node={item.target} />
        {item.label && <span className="change-label"> ({item.label.toLowerCase().replace(/_/g, ' ')})</span>}
        {validity && <span className="change-when"> · {validity}</span>}
        <ProvenanceNote p={item.provenance} />
      </span>
    </button>
  );
}

export function ActorRow({ item, onPick }: RowProps<MapChanges['newActors'][number]>) {
  return (
    <button type="button" className="change-row" onClick={() => onPick(item.actor)} data-key={`actor:${item.actor.id}`}>
      <span className="change-mark new" aria-hidden="true" />
      <span className="change-text">
        <NodeName node={item.actor} />
        {item.validFrom && <span className="change-when"> · on the map from {item.validFrom}</span>}
      </span>
    </button>
  );
}

export function ShiftRow({ item, onPick }: RowProps<MapChanges['positionShifts'][number]>) {
  return (
    <button
      type="button"
      className="change-row"
      onClick={() => onPick(item.actor)}
      data-key={`shift:${item.actor.id}:${item.theme.id}`}
    >
      <span className="change-mark shifted" aria-hidden="true" />
      <span className="change-text">
        <NodeName node={item.actor} /> on <NodeName node={item.theme} />:{' '}
        <strong>
          {positionWord(item.before)} → {positionWord(item.after)}
        </strong>
        <span className="change-when"> · {item.on}</span>
        <ProvenanceNote p={item.provenance} />
      </span>
    </button>
  );
}

export function EngagementRow({ item, onPick }: RowProps<MapChanges['firstEngagements'][number]>) {
  return (
    <button
      type="button"
      className="change-row"
      onClick={() => onPick(item.actor)}
      data-key={`engagement:${item.actor.id}:${item.activity.id}`}
    >
      <span className="change-mark new" aria-hidden="true" />
      <span className="change-text">
        <NodeName node={item.actor} /> first took part in <NodeName node={item.activity} />
        {item.role && <span className="change-label"> ({item.role.toLowerCase().replace(/_/g, ' ')})</span>}
        <span className="change-when"> · {item.date}</span>
        <ProvenanceNote p={item.provenance} />
      </span>
    </button>
  );
}
