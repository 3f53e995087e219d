/**
 * Page load to an interactive first view: the explorer opened on the illustrative seed in Debian's Chromium, as a
 * first visit (a new browser context each time, so nothing is cached), from navigation until the page says its graph
 * is laid out and interactive (data-graph-ready). The same load's DOMContentLoaded (the HTML and script bundle,
 * before any data) is reported beside it as the baseline.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { CLIENT_DIST, launchChromium, waitForGraph } from '../../e2e/src/browser';
import { startServer } from '../../server/src/main';
import { openDataset, REPO_ROOT, SEED_DATASET } from './datasets';
import { percentile, row, type ResultRow } from './stats';

export async function measurePageLoad(options: { quick: boolean; log: (line: string) => void }): Promise<ResultRow[]> {
  const { log } = options;
  if (!existsSync(CLIENT_DIST)) {
    log('  page load: building the client (npm run build)');
    execFileSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'ignore' });
  }
  const ds = await openDataset(SEED_DATASET, { log });
  const server = await startServer({ port: 0, host: '127.0.0.1', production: false, neo4j: ds.config });
  const chromium = await launchChromium();
  const interactive: number[] = [];
  const domReady: number[] = [];
  try {
    const runs = options.quick ? 5 : 15;
    // One unmeasured load: the server's first answers warm Neo4j's plan cache and the JIT.
    for (let run = -1; run < runs; run += 1) {
      const context = await chromium.browser.newContext({ viewport: { width: 1440, height: 900 } });
      try {
        const page = await context.newPage();
        const started = Date.now();
        await page.goto(server.url);
        await waitForGraph(page);
        const ready = Date.now() - started;
        const dom = await page.evaluate(() => {
          const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
          return nav ? nav.domContentLoadedEventEnd - nav.startTime : Number.NaN;
        });
        if (run >= 0) {
          interactive.push(ready);
          domReady.push(dom);
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    await chromium.close();
    await server.close();
    await ds.close();
  }
  interactive.sort((a, b) => a - b);
  domReady.sort((a, b) => a - b);
  const p50 = percentile(interactive, 50);
  const p95 = percentile(interactive, 95);
  log(
    `  page load (seed, 1,440 × 900, first visit): interactive first view p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms; ` +
      `DOMContentLoaded p50 ${percentile(domReady, 50).toFixed(0)} ms`,
  );
  const op = 'page load to an interactive first view';
  return [
    row(op, 'seed', 'p50', p50, 'ms', { name: 'DOMContentLoaded p50', value: percentile(domReady, 50) }),
    row(op, 'seed', 'p95', p95, 'ms', { name: 'DOMContentLoaded p95', value: percentile(domReady, 95) }),
  ];
}
