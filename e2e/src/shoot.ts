/** Developer helper: `npx tsx e2e/src/shoot.ts <url> <name>` saves a screenshot once the graph is ready. */
import { launchChromium, screenshot, waitForGraph } from './browser';

async function main(): Promise<void> {
  const [url = 'http://127.0.0.1:4101/', name = 'dev'] = process.argv.slice(2);
  const { browser, close } = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('console', (m) => console.log('console:', m.type(), m.text()));
    page.on('pageerror', (e) => console.log('pageerror:', e.message));
    const t0 = Date.now();
    await page.goto(url);
    await waitForGraph(page);
    console.log(
      `ready in ${Date.now() - t0} ms; layoutMs=${await page.getAttribute('[data-testid="graph"]', 'data-layout-ms')}; nodes=${await page.getAttribute('[data-testid="graph"]', 'data-node-count')}`,
    );
    await page.waitForTimeout(300);
    console.log(await screenshot(page, name));
  } finally {
    await close();
  }
}

void main();
