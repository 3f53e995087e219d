/** Debian's Chromium through playwright-core: no downloaded browsers, a fresh profile per launch. */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = resolve(__dirname, '..', 'artifacts');
export const CLIENT_DIST = resolve(__dirname, '..', '..', 'client', 'dist', 'index.html');

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** Chromium for the tests and the bench; `extraArgs` for what one of them needs more (the bench's software WebGL). */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install Debian's package (apt-get install -y chromium fonts-noto-core) to run the browser tests.`,
    );
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  return {
    browser,
    // playwright-core gives every launch a fresh temporary profile and removes it on close.
    close: () => browser.close(),
  };
}

export function requireClientBuild(): void {
  if (!existsSync(CLIENT_DIST)) {
    throw new Error(
      `The client is not built (${CLIENT_DIST} is missing): run \`npm run build\` before the browser tests.`,
    );
  }
}

/** Waits for the fact the page publishes when the graph is laid out and interactive. */
export async function waitForGraph(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector('[data-testid="graph"][data-graph-ready="true"]', { timeout });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Goes to another page through the page switch as a user does at this width: its button, or the select. */
export async function switchToPage(page: Page, name: string): Promise<void> {
  const button = page.getByTestId(`page-${name}`);
  if (await button.isVisible()) await button.click();
  else await page.getByTestId('page-select').selectOption(name);
}

/** Clicks a node on the canvas where Cytoscape drew it. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const box = await page.locator('[data-testid="graph"]').boundingBox();
  const pos = await page.evaluate((nodeId) => window.reformAtlasGraph?.renderedPosition(nodeId) ?? null, id);
  if (!box || !pos) throw new Error(`Node ${id} is not on the canvas`);
  await page.mouse.click(box.x + pos.x, box.y + pos.y);
}

/**
 * Runs a top-bar page action (Export…, Import…, Saved views…) as a user does at this width: its button when the bar
 * shows it, else through the "More" menu.
 */
export async function pageAction(page: Page, label: string): Promise<void> {
  const inline = page.getByTestId('topbar-actions').getByRole('button', { name: label, exact: true });
  if (await inline.isVisible()) {
    await inline.click();
    return;
  }
  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('menuitem', { name: label, exact: true }).click();
}

/** Draws every actor of a small map in the explorer: "Show … more" until the toolbar offers no more. */
export async function showEveryActor(page: Page): Promise<void> {
  const showMore = page.getByTestId('show-more');
  while (await showMore.isVisible()) {
    await showMore.click();
    await waitForGraph(page);
  }
  await page
    .getByTestId('drawn-count')
    .getByText(/^([\d,]+) of \1 actors shown$/)
    .waitFor();
}

/** The search list's suggestion for a node named exactly `name` (not the "Filter the map by …" row). */
export function suggestion(page: Page, name: string) {
  return page.getByRole('option').filter({ has: page.locator('.suggestion-name').getByText(name, { exact: true }) });
}

/** Signs in through the top bar's dialog (opening it unless it is open) and waits for the user menu. */
export async function signInAs(page: Page, account: { username: string; password: string }): Promise<void> {
  if (!(await page.getByLabel('Username').isVisible())) {
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
  await page.getByText(`${account.username} (`).first().waitFor();
}

declare global {
  interface Window {
    reformAtlasGraph?: {
      nodeIds(): string[];
      edgeIds(): string[];
      renderedPosition(id: string): { x: number; y: number } | null;
      position(id: string): { x: number; y: number } | null;
      layoutRuns(): number;
      drawnLabels(): Array<{ id: string; x1: number; y1: number; x2: number; y2: number }>;
      classed(name: string): string[];
      /** True once the labels drawn were chosen for the view on screen (no animation under way). */
      labelsSettled(): boolean;
      viewportDetail(): { snapshot: boolean; hideEdges: boolean; snapshotScale: number | null };
    };
    /** The alignment pages' graph (client/src/graph/AlignmentGraph.tsx). */
    reformAtlasAlignment?: {
      nodeIds(): string[];
      renderedPosition(id: string): { x: number; y: number } | null;
      lit(): string[];
      litEdges(): Array<[string, string]>;
      selected(): string[];
      labelBoxes(): Array<{ id: string; edge: boolean; x1: number; y1: number; x2: number; y2: number }>;
    };
  }
}
