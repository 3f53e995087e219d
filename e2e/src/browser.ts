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

export async function launchChromium(): Promise<LaunchedBrowser> {
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

/** Clicks a node on the canvas where Cytoscape drew it. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const box = await page.locator('[data-testid="graph"]').boundingBox();
  const pos = await page.evaluate((nodeId) => window.reformAtlasGraph?.renderedPosition(nodeId) ?? null, id);
  if (!box || !pos) throw new Error(`Node ${id} is not on the canvas`);
  await page.mouse.click(box.x + pos.x, box.y + pos.y);
}

declare global {
  interface Window {
    reformAtlasGraph?: {
      nodeIds(): string[];
      renderedPosition(id: string): { x: number; y: number } | null;
      position(id: string): { x: number; y: number } | null;
      layoutRuns(): number;
      drawnLabels(): Array<{ id: string; x1: number; y1: number; x2: number; y2: number }>;
      classed(name: string): string[];
      /** True once the labels drawn were chosen for the view on screen (no animation under way). */
      labelsSettled(): boolean;
    };
    /** The alignment pages' graph (client/src/graph/AlignmentGraph.tsx). */
    reformAtlasAlignment?: {
      nodeIds(): string[];
      renderedPosition(id: string): { x: number; y: number } | null;
      lit(): string[];
      litEdges(): Array<[string, string]>;
      selected(): string[];
    };
  }
}
