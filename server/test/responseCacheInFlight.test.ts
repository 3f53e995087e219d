import type { AddressInfo } from 'node:net';

import express from 'express';

import type { Database } from '../src/db/database';
import type { Viewer } from '../src/domain/viewer';
import type { ResponseCachePort } from '../src/graphql/context';
import { responseCache } from '../src/http/responseCache';

// The middleware in front of a handler this test controls: it answers only when released, so requests are
// certainly in flight together (with Apollo behind it, whether two requests overlap is up to the scheduler).
// The data version is read through Database.read('data-fingerprint'), the only call the middleware makes.
const versionOnly = { read: async () => [{ fingerprint: [1, 2, 3] }] } as unknown as Database;

const viewer = (role: 'anonymous' | 'viewer'): Viewer =>
  ({
    anonymous: role === 'anonymous',
    role: role === 'anonymous' ? 'viewer' : role,
    mustChangePassword: false,
  }) as Viewer;

interface Harness {
  url: string;
  /** Requests that reached the handler, by body. */
  worked: string[];
  release: () => void;
  close: () => Promise<void>;
}

async function harness(options: { store: boolean }): Promise<Harness> {
  const worked: string[] = [];
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const cache = responseCache(versionOnly, { maxMegabytes: 1, checkIntervalMs: 60_000 });
  const app = express();
  app.use(
    express.json(),
    cache.middleware(async (req) => viewer(req.headers['x-role'] === 'viewer' ? 'viewer' : 'anonymous')),
    async (req, res) => {
      const body = JSON.stringify(req.body);
      worked.push(body);
      await gate;
      const answer = `{"data":{"echo":${body},"role":"${String(req.headers['x-role'] ?? 'anonymous')}"}}\n`;
      if (options.store) (res.locals as { responseCache?: ResponseCachePort }).responseCache?.store(answer);
      res.type('application/json').send(answer);
    },
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    worked,
    release,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const ask = (url: string, body: object, role?: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(role ? { 'x-role': role } : {}) },
    body: JSON.stringify(body),
  }).then(async (r) => ({ how: r.headers.get('x-response-cache'), text: await r.text() }));

/** Waits until the handler has been reached `count` times (the requests are then in flight). */
async function reached(h: Harness, count: number): Promise<void> {
  for (let i = 0; i < 200 && h.worked.length < count; i += 1) await new Promise((r) => setTimeout(r, 10));
}

describe('response cache: one answer for the same question asked at once', () => {
  it('does the work once for identical requests in flight together, and every caller gets the same bytes', async () => {
    const h = await harness({ store: true });
    try {
      const question = { query: '{ actors { totalCount } }', variables: { country: 'KH', name: 'អង្គការ' } };
      const answers = Array.from({ length: 6 }, () => ask(h.url, question));
      await reached(h, 1);
      // Give the other five time to arrive and wait behind the first.
      await new Promise((r) => setTimeout(r, 100));
      h.release();
      const all = await Promise.all(answers);
      expect(h.worked).toHaveLength(1);
      expect(all.filter((a) => a.how === 'shared')).toHaveLength(5);
      expect(all.filter((a) => a.how === null)).toHaveLength(1);
      expect(new Set(all.map((a) => a.text)).size).toBe(1);
      expect((await ask(h.url, question)).how).toBe('hit');
    } finally {
      h.release();
      await h.close();
    }
  });

  it('never shares between audiences, nor between different questions', async () => {
    const h = await harness({ store: true });
    try {
      const a = { query: '{ actor(id: "kh-1") { name } }' };
      const b = { query: '{ actor(id: "kh-2") { name } }' };
      const answers = [ask(h.url, a), ask(h.url, a, 'viewer'), ask(h.url, b)];
      await reached(h, 3);
      h.release();
      const [anonymous, signedIn, other] = await Promise.all(answers);
      expect(h.worked).toHaveLength(3);
      expect([anonymous?.how, signedIn?.how, other?.how]).toEqual([null, null, null]);
      expect(signedIn?.text).toContain('"role":"viewer"');
      expect(anonymous?.text).toContain('"role":"anonymous"');
    } finally {
      h.release();
      await h.close();
    }
  });

  it('lets each waiter do its own work when the first answer was not stored (an error, too large)', async () => {
    const h = await harness({ store: false });
    try {
      const question = { query: 'mutation { logout }' };
      const answers = Array.from({ length: 3 }, () => ask(h.url, question));
      await reached(h, 1);
      await new Promise((r) => setTimeout(r, 100));
      expect(h.worked).toHaveLength(1);
      h.release();
      const all = await Promise.all(answers);
      expect(h.worked).toHaveLength(3);
      expect(all.every((x) => x.how === null)).toBe(true);
    } finally {
      h.release();
      await h.close();
    }
  });
});
