/**
 * A recorded link's confidence changed in place: the link is sent again exactly as it is (role or kind, since,
 * position and priority, source, date, sensitive flag) with the new confidence, so nothing else about it changes.
 * The server records it as a change to the actor, with the link before and after.
 */
import { request } from './client';
import {
  AddCollaborationDocument,
  AddMembershipDocument,
  SetInterestDocument,
  type ActorDetailsFragment as ActorDetails,
  type Confidence,
  type ProvenanceFragment,
  type ProvenanceInput,
} from './generated/graphql';
import { ENTERED_HERE } from './operations';

type Membership = ActorDetails['memberships'][number];
type Interest = ActorDetails['interests'][number];
type Collaboration = ActorDetails['collaborators'][number];

/** The link's provenance as it is, with another confidence (a link without a source keeps the server's wording). */
function withConfidence(p: ProvenanceFragment, confidence: Confidence): ProvenanceInput {
  return {
    source: p.source ?? ENTERED_HERE,
    ...(p.recordedAt ? { recordedAt: p.recordedAt } : {}),
    confidence,
  };
}

export async function setMembershipConfidence(
  actorId: string,
  m: Membership,
  confidence: Confidence,
): Promise<ActorDetails> {
  const input = {
    actorId,
    groupId: m.group.id,
    role: m.role,
    since: m.since,
    provenance: withConfidence(m.provenance, confidence),
    sensitive: m.sensitive,
  };
  return (await request(AddMembershipDocument, { input })).addMembership;
}

export async function setInterestConfidence(
  actorId: string,
  i: Interest,
  confidence: Confidence,
): Promise<ActorDetails> {
  const input = {
    actorId,
    themeId: i.theme.id,
    position: i.position,
    priority: i.priority,
    provenance: withConfidence(i.provenance, confidence),
    sensitive: i.sensitive,
  };
  return (await request(SetInterestDocument, { input })).setInterest;
}

export async function setCollaborationConfidence(
  actorId: string,
  c: Collaboration,
  confidence: Confidence,
): Promise<ActorDetails> {
  const input = {
    fromId: actorId,
    toId: c.actor.id,
    kind: c.kind,
    since: c.since,
    provenance: withConfidence(c.provenance, confidence),
    sensitive: c.sensitive,
  };
  return (await request(AddCollaborationDocument, { input })).addCollaboration;
}
