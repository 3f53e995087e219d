/**
 * The links an actor has, in its link editor: each one's confidence changed in place (everything else about the
 * link kept), or the link removed. Each change is recorded in the actor's history.
 */
import { CONFIDENCE_LABELS, CONFIDENCES } from '@reform-atlas/vocabulary';

import { POSITION_ENCODING } from '../core/vocabulary';
import type { ActorDetailsFragment as ActorDetails, Confidence } from '../data/generated/graphql';
import * as links from '../data/linkEdits';
import * as ops from '../data/operations';

export interface ExistingLinksProps {
  actor: ActorDetails;
  busy: boolean;
  run(key: string, action: () => Promise<ActorDetails>): void;
}

function Row(props: {
  name: string;
  what: string;
  confidence: Confidence | null;
  busy: boolean;
  onConfidence(c: Confidence): void;
  onRemove(): void;
}) {
  return (
    <li>
      <span className="link-name">{props.name}</span>{' '}
      <select
        className="link-confidence"
        aria-label={`Confidence of ${props.what}`}
        value={props.confidence ?? ''}
        disabled={props.busy}
        onChange={(e) => props.onConfidence(e.target.value as Confidence)}
      >
        {props.confidence === null && <option value="">—</option>}
        {[...CONFIDENCES].reverse().map((c) => (
          <option key={c} value={c}>
            {CONFIDENCE_LABELS[c]}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        className="link danger"
        disabled={props.busy}
        onClick={props.onRemove}
        aria-label={`Remove ${props.what}`}
      >
        remove
      </button>
    </li>
  );
}

export function ExistingLinks({ actor, busy, run }: ExistingLinksProps) {
  return (
    <ul className="remove-list">
      {actor.memberships.map((m) => (
        <Row
          key={`m-${m.group.id}`}
          name={m.group.name}
          what={`membership of ${m.group.name}`}
          confidence={m.provenance.confidence}
          busy={busy}
          onConfidence={(c) => run('remove', () => links.setMembershipConfidence(actor.id, m, c))}
          onRemove={() => run('remove', () => ops.removeMembership(actor.id, m.group.id))}
        />
      ))}
      {actor.interests.map((i) => (
        <Row
          key={`i-${i.theme.id}`}
          name={`${i.theme.name} (${POSITION_ENCODING[i.position].label.toLowerCase()})`}
          what={`position on ${i.theme.name}`}
          confidence={i.provenance.confidence}
          busy={busy}
          onConfidence={(c) => run('remove', () => links.setInterestConfidence(actor.id, i, c))}
          onRemove={() => run('remove', () => ops.removeInterest(actor.id, i.theme.id))}
        />
      ))}
      {actor.collaborators.map((c) => (
        <Row
          key={`c-${c.actor.id}`}
          name={c.actor.name}
          what={`collaboration with ${c.actor.name}`}
          confidence={c.provenance.confidence}
          busy={busy}
          onConfidence={(conf) => run('remove', () => links.setCollaborationConfidence(actor.id, c, conf))}
          onRemove={() => run('remove', () => ops.removeCollaboration(actor.id, c.actor.id))}
        />
      ))}
    </ul>
  );
}
