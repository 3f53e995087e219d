import {
  captureErrors,
  captureInput,
  EMPTY_ENTRY,
  newSessionId,
  nextEntry,
  type CaptureSession,
} from '../src/core/capture/captureDraft';

const SESSION: CaptureSession = {
  id: 'session-20260305-abc',
  source: 'Attapeu land forum',
  recordedAt: '2026-03-05',
  confidence: 'HIGH',
};

test('a new actor is sent with the session provenance; empty optional fields as null', () => {
  const input = captureInput(SESSION, {
    ...EMPTY_ENTRY,
    name: 'ສະມາຄົມຊາວປະມົງ',
    sector: 'COMMUNITY',
    level: 'LOCAL',
    basedIn: 'LA',
  });
  expect(input).toEqual({
    session: {
      id: SESSION.id,
      provenance: { source: 'Attapeu land forum', recordedAt: '2026-03-05', confidence: 'HIGH' },
    },
    actor: {
      name: 'ສະມາຄົມຊາວປະມົງ',
      altNames: [],
      acronym: null,
      sector: 'COMMUNITY',
      level: 'LOCAL',
      basedIn: 'LA',
      sensitive: false,
    },
  });
});

test('a tie names its actors by id; a missing one is sent empty for the server to name', () => {
  const input = captureInput(SESSION, {
    ...EMPTY_ENTRY,
    kind: 'COLLABORATION',
    actor: { id: 'kh-a', label: 'A' },
    label: ' ',
  });
  expect(input.collaboration).toEqual({ actorId: 'kh-a', partnerId: '', kind: null, sensitive: false });
  expect(input.actor).toBeUndefined();
});

test("the server's errors land on the form's fields, every one at once, in plain words", () => {
  expect(
    captureErrors([
      { field: 'input.actor.name', message: 'input.actor.name: must not be empty', code: 'BAD_USER_INPUT' },
      {
        field: 'input.session.provenance.source',
        message: 'input.session.provenance.source: must not be empty',
        code: 'BAD_USER_INPUT',
      },
      {
        field: 'input.position.actorId',
        message: 'input.position.actorId: no actor with this id is recorded',
        code: 'BAD_USER_INPUT',
      },
      { field: null, message: 'Something else', code: 'CONFLICT' },
    ]),
  ).toEqual({
    name: 'Must not be empty',
    source: 'Must not be empty',
    actor: 'No actor with this id is recorded',
    form: 'Something else',
  });
});

test('the next entry keeps the kind and, for a position or tie, the actor', () => {
  const done = { ...EMPTY_ENTRY, kind: 'POSITION' as const, actor: { id: 'kh-a', label: 'A' }, themeId: 't' };
  expect(nextEntry(done)).toEqual({ ...EMPTY_ENTRY, kind: 'POSITION', actor: { id: 'kh-a', label: 'A' } });
  expect(nextEntry({ ...EMPTY_ENTRY, name: 'x' })).toEqual(EMPTY_ENTRY);
  expect(newSessionId('2026-03-05', 'r4nd')).toBe('session-20260305-r4nd');
});
