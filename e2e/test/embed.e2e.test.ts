/**
 * An embeddable view, as a report writer and an administrator make one and a website shows it: the analyst saves a
 * view of Cambodia and makes it embeddable (live), the administrator lists the report site's origin, and the embed
 * renders in an iframe on that site (the public's map only, no page chrome) and is refused in a frame on another.
 * Screenshots: e2e/artifacts/embed-*.png.
 */
import { createServer, type Server } from 'node:http';

import type { Page } from 'playwright-core';

import { createUser } from '../../server/src/domain/auth/accounts';
import { pageAction, screenshot, signInAs, waitForGraph } from '../src/browser';
import { api } from '../src/pageApi';
import { ANALYST, startStack, type Stack } from '../src/stack';

jest.setTimeout(120_000);

const ADMIN = { username: 'e2e-admin', role: 'admin' as const, password: 'e2e-admin-password-2026' };

let stack: Stack;
/** Two websites on this machine: the report site the administrator allows, and another. */
let allowed: { server: Server; origin: string };
let other: { server: Server; origin: string };
let embedAddress = '';

/** A one-page site framing `embedAddress`; `window.frameLoaded` is set once the frame has loaded (or failed to). */
async function site(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><title>Annual report</title><h1>Annual report</h1>
      <iframe id="embed" src="${embedAddress}" width="1200" height="640" title="Alliances in Cambodia"
        onload="window.frameLoaded = true"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, origin: `http://127.0.0.1:${port}` };
}

beforeAll(async () => {
  stack = await startStack();
  await createUser(stack.server.db, 'system', ADMIN);
});

afterAll(async () => {
  for (const s of [allowed?.server, other?.server]) if (s) await new Promise((r) => s.close(r));
  await stack?.close();
});

test('an analyst makes a saved view embeddable, live, and gets its address', async () => {
  const page = await stack.openPage();
  await page.goto(`${stack.url}?country=KH`);
  await waitForGraph(page);
  await signInAs(page, ANALYST);
  await pageAction(page, 'Saved views');
  await page.getByLabel('Name of the current view').fill('Alliances in Cambodia');
  await page.getByRole('button', { name: 'Save view' }).click();
  const choice = page.getByLabel('Embedding of Alliances in Cambodia');
  await choice.waitFor();
  await expect(choice.inputValue()).resolves.toBe('OFF');
  await choice.selectOption('LIVE');
  embedAddress = await page.getByTestId('embed-url').inputValue();
  expect(embedAddress).toMatch(new RegExp(`^${stack.url}embed/[\\w-]+$`));
  await screenshot(page, 'embed-saved-views');
  // The choice is the server's: read again, the view is still embeddable.
  const { savedViews } = await api<{ savedViews: Array<{ name: string; embed: string }> }>(
    page,
    '{ savedViews { name embed } }',
  );
  expect(savedViews.find((v) => v.name === 'Alliances in Cambodia')?.embed).toBe('LIVE');
  await page.context().close();
});

test('an administrator lists the report site as allowed to frame embeds', async () => {
  allowed = await site();
  other = await site();
  const page = await stack.openPage();
  await page.goto(stack.url);
  await signInAs(page, ADMIN);
  await pageAction(page, 'Saved views');
  const origins = page.getByLabel(/Sites that may show embedded views/);
  await origins.fill(allowed.origin);
  await page.getByRole('button', { name: 'Save the allowed sites' }).click();
  await page.getByText('1 site allowed.').waitFor();
  // A page address is not an origin: refused, said plainly, and the list is unchanged.
  await origins.fill(`${other.origin}/reports/2026`);
  await page.getByRole('button', { name: 'Save the allowed sites' }).click();
  await page.getByRole('alert').filter({ hasText: 'must be an origin such as https://example.org' }).waitFor();
  const { embedOrigins } = await api<{ embedOrigins: string[] }>(page, '{ embedOrigins }');
  expect(embedOrigins).toEqual([allowed.origin]);
  await page.context().close();
});

test('the embed renders in an iframe on the allowed site: the public map of Cambodia, no page chrome', async () => {
  const page = await stack.openPage();
  await page.goto(allowed.origin);
  const frame = page.frameLocator('#embed');
  await frame.getByTestId('embed-title').filter({ hasText: 'Alliances in Cambodia' }).waitFor({ timeout: 30_000 });
  await frame.locator('[data-testid="graph"][data-graph-ready="true"]').waitFor({ timeout: 60_000 });
  await expect(frame.getByTestId('embed-caption').textContent()).resolves.toMatch(
    /^Live data, read \d+ \w+ \d{4} · \d+ actors · public information only/,
  );
  // No top bar, search or editing: the map, its title and its legend only.
  await expect(frame.locator('.topbar, [data-testid="search"], [data-testid="filters-panel"]').count()).resolves.toBe(
    0,
  );
  await expect(frame.getByRole('button', { name: 'New actor' }).count()).resolves.toBe(0);
  // Only what the public may see, though this browser's analyst session exists on the server.
  const inFrame = page.frames().find((f) => f.url().startsWith(`${stack.url}embed/`));
  const drawn = (await inFrame?.evaluate(() => window.reformAtlasGraph?.nodeIds() ?? [])) ?? [];
  expect(drawn.length).toBeGreaterThan(5);
  const analyst = await stack.openPage();
  await analyst.goto(stack.url);
  await signInAs(analyst, ANALYST);
  const { graph } = await api<{ graph: { nodes: Array<{ id: string; sensitive: boolean | null }> } }>(
    analyst,
    '{ graph(filter: { countries: ["KH"] }, limit: 2000) { nodes { id sensitive } } }',
  );
  const sensitive = graph.nodes.filter((n) => n.sensitive).map((n) => n.id);
  expect(sensitive.length).toBeGreaterThan(0);
  for (const id of sensitive) expect(drawn).not.toContain(id);
  await analyst.context().close();
  await page.waitForTimeout(300);
  await screenshot(page, 'embed-allowed-site');
  await page.context().close();
});

test('the same embed is refused in a frame on a site the administrator did not list', async () => {
  const page: Page = await stack.openPage();
  await page.goto(other.origin);
  await page.waitForFunction(() => (window as unknown as { frameLoaded?: boolean }).frameLoaded === true);
  const child = page.mainFrame().childFrames()[0];
  expect(child).toBeDefined();
  // Chromium replaces a frame its policy refuses with its own error page: nothing of the embed runs there.
  expect(child?.url()).not.toContain('/embed/');
  await expect(child?.locator('[data-testid="embed"]').count()).resolves.toBe(0);
  await page.context().close();
});
