/**
 * The capture form's state, without React: the session (its provenance, set once), the entry being typed, the input
 * the API takes, and the server's errors keyed by the form's own field names.
 */
import type { FieldError } from '../../data/client';
import type { CaptureInput, CaptureKind, Confidence, Level, Position, Sector } from '../../data/generated/graphql';

export interface CaptureSession {
  id: string;
  source: string;
  recordedAt: string;
  confidence: Confidence;
}

/** A picked actor: its id for the API, its name for the form. */
export interface PickedActor {
  id: string;
  label: string;
}

export interface EntryDraft {
  kind: CaptureKind;
  name: string;
  localName: string;
  acronym: string;
  sector: Sector | '';
  level: Level | '';
  basedIn: string;
  actor: PickedActor | null;
  partner: PickedActor | null;
  themeId: string;
  position: Position;
  priority: number;
  groupId: string;
  label: string;
  sensitive: boolean;
}

export const EMPTY_ENTRY: EntryDraft = {
  kind: 'ACTOR',
  name: '',
  localName: '',
  acronym: '',
  sector: '',
  level: '',
  basedIn: '',
  actor: null,
  partner: null,
  themeId: '',
  position: 'SUPPORTS',
  priority: 2,
  groupId: '',
  label: '',
  sensitive: false,
};

export const KIND_WORDS: Record<CaptureKind, string> = {
  ACTOR: 'New actor',
  POSITION: 'Position',
  COLLABORATION: 'Collaboration',
  MEMBERSHIP: 'Membership',
};

/** After an entry is captured: the next one starts empty, of the same kind, about the same actor (a room goes on about it). */
export function nextEntry(done: EntryDraft): EntryDraft {
  return { ...EMPTY_ENTRY, kind: done.kind, actor: done.kind === 'ACTOR' ? null : done.actor };
}

/** A session id the server accepts (letters, digits, "-"): the day and a random part. */
export function newSessionId(recordedAt: string, random: string = Math.random().toString(36).slice(2, 10)): string {
  return `session-${recordedAt.replace(/[^0-9]/g, '') || 'undated'}-${random}`;
}

const text = (s: string): string | null => (s.trim() === '' ? null : s);

/**
 * The API's input for one entry. Fields left empty are sent as the server's "missing" (an empty name, a null id), so
 * the server names every one at once in its own words, as for any other form.
 */
export function captureInput(session: CaptureSession, d: EntryDraft): CaptureInput {
  const base: CaptureInput = {
    session: {
      id: session.id,
      provenance: { source: session.source, recordedAt: text(session.recordedAt), confidence: session.confidence },
    },
  };
  switch (d.kind) {
    case 'ACTOR':
      return {
        ...base,
        actor: {
          name: d.name,
          altNames: text(d.localName) ? [d.localName] : [],
          acronym: text(d.acronym),
          // Left out when not chosen: the server names them with every other missing field.
          ...(d.sector ? { sector: d.sector } : {}),
          ...(d.level ? { level: d.level } : {}),
          basedIn: text(d.basedIn),
          sensitive: d.sensitive,
        },
      };
    case 'POSITION':
      return {
        ...base,
        position: {
          actorId: d.actor?.id ?? '',
          themeId: d.themeId,
          position: d.position,
          priority: d.priority,
          sensitive: d.sensitive,
        },
      };
    case 'COLLABORATION':
      return {
        ...base,
        collaboration: {
          actorId: d.actor?.id ?? '',
          partnerId: d.partner?.id ?? '',
          kind: text(d.label),
          sensitive: d.sensitive,
        },
      };
    case 'MEMBERSHIP':
      return {
        ...base,
        membership: { actorId: d.actor?.id ?? '', groupId: d.groupId, role: text(d.label), sensitive: d.sensitive },
      };
  }
}

/** The form's field for each of the API's: "input.actor.name" → "name", "input.session.provenance.source" → "source". */
const FORM_FIELD: Record<string, string> = {
  'session.id': 'source',
  'session.provenance.source': 'source',
  'session.provenance.recordedAt': 'recordedAt',
  'session.provenance.confidence': 'confidence',
  'actor.name': 'name',
  'actor.altNames': 'localName',
  'actor.acronym': 'acronym',
  'actor.sector': 'sector',
  'actor.level': 'level',
  'actor.basedIn': 'basedIn',
  'position.actorId': 'actor',
  'position.themeId': 'themeId',
  'position.position': 'position',
  'position.priority': 'priority',
  'collaboration.actorId': 'actor',
  'collaboration.partnerId': 'partner',
  'collaboration.kind': 'label',
  'membership.actorId': 'actor',
  'membership.groupId': 'groupId',
  'membership.role': 'label',
};

/** The server's errors by form field, each in plain words without the field's path; the rest under "form". */
export function captureErrors(errors: readonly FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const path = (e.field ?? '').replace(/^input\./, '');
    const key = FORM_FIELD[path] ?? FORM_FIELD[path.replace(/\.\d+$/, '')] ?? 'form';
    const words = e.message.replace(/^[\w.]+:\s*/, '');
    const message = words.charAt(0).toUpperCase() + words.slice(1);
    out[key] = out[key] ? `${out[key]} ${message}` : message;
  }
  return out;
}
