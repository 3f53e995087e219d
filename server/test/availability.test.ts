import { Availability, type Operation } from '../src/db/availability';

const OPTIONS = { slowAfterMs: 20, probeTimeoutMs: 50, recoveryIntervalMs: 10 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A probe whose answer the test sets: Neo4j up or down. */
function fakeNeo4j() {
  const state = { up: true, probes: 0, downs: 0 };
  const probe = async (): Promise<void> => {
    state.probes += 1;
    if (!state.up) throw new Error('connection refused');
  };
  return { state, probe };
}

test('a slow operation on a healthy Neo4j is left to finish', async () => {
  const neo4j = fakeNeo4j();
  const availability = new Availability(neo4j.probe, OPTIONS);
  await expect(availability.run(async () => (await sleep(80), 'done'))).resolves.toBe('done');
  expect(neo4j.state.probes).toBeGreaterThan(0);
  availability.close();
});

test('when the probe fails, running operations are answered DATABASE_UNAVAILABLE and marked abandoned', async () => {
  const neo4j = fakeNeo4j();
  const availability = new Availability(neo4j.probe, OPTIONS, () => (neo4j.state.downs += 1));
  neo4j.state.up = false;
  let seen: Operation | undefined;
  const started = Date.now();
  const hanging = availability.run((operation) => {
    seen = operation;
    return new Promise(() => undefined);
  });
  await expect(hanging).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
  expect(Date.now() - started).toBeLessThan(1_000);
  expect(seen?.abandoned).toBe(true);
  expect(neo4j.state.downs).toBe(1);
  expect(availability.isDown).toBe(true);

  // While down, nothing reaches Neo4j.
  let ran = false;
  await expect(availability.run(async () => (ran = true))).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
  expect(ran).toBe(false);

  // Recovery probes run on their own and bring it back.
  neo4j.state.up = true;
  await sleep(60);
  expect(availability.isDown).toBe(false);
  await expect(availability.run(async () => 'back')).resolves.toBe('back');
  expect(neo4j.state.downs).toBe(1);
  availability.close();
});

test('one probe at a time, however many ask', async () => {
  let inFlight = 0;
  let most = 0;
  const availability = new Availability(async () => {
    inFlight += 1;
    most = Math.max(most, inFlight);
    await sleep(20);
    inFlight -= 1;
  }, OPTIONS);
  await Promise.all(Array.from({ length: 10 }, () => availability.check()));
  expect(most).toBe(1);
  availability.close();
});

test('a probe that times out while other operations get their answers finds Neo4j busy, not down', async () => {
  // The probe waits behind busy Neo4j work and fails after 40 ms; meanwhile short operations keep being answered.
  const availability = new Availability(async () => {
    await sleep(40);
    throw new Error('probe timed out');
  }, OPTIONS);
  const slow = availability.run(async () => (await sleep(120), 'slow'));
  const quick = (async () => {
    for (let i = 0; i < 12; i += 1) await availability.run(async () => (await sleep(5), i));
  })();
  await expect(slow).resolves.toBe('slow');
  await quick;
  expect(availability.isDown).toBe(false);
  availability.close();
});
