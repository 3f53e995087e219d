/**
 * Local-script names typed as people type them, through an input method: each Khmer, Lao, Burmese and Thai grapheme
 * cluster composed code point by code point, each Vietnamese word composed as Telex shows it (H, Ho, Hô, Hôi, Hội),
 * then committed. Every text field that takes a name must end with exactly what was typed — nothing doubled, nothing
 * lost to a re-render in the middle of a composition — and the search must find the actor by it.
 */
import type { Page } from 'playwright-core';

import { screenshot, showEveryActor, signInAs, suggestion, waitForGraph } from '../src/browser';
import { clusterSteps, telexSteps, typeWithInputMethod } from '../src/checks';
import { ANALYST, startStack, type Stack } from '../src/stack';

jest.setTimeout(120_000);

type Steps = Array<{ compose: string[]; commit: string }>;

const TYPED: Array<{ script: string; text: string; actor: string }> = [
  {
    script: 'Khmer',
    text: 'សម្ព័ន្ធសហគមន៍ព្រៃឈើខ្មែរ',
    actor: 'Khmer Forest Communities Alliance',
  },
  {
    script: 'Lao',
    text: 'ສະມາຄົມແມ່ຍິງ ແລະ ທີ່ດິນ',
    actor: 'Lao Women and Land Association',
  },
  {
    script: 'Burmese',
    text: 'ရပ်ရွာသစ်တောကွန်ရက်',
    actor: 'Community Forestry Network Myanmar',
  },
  {
    script: 'Thai',
    text: 'เครือข่ายป่าชุมชนภาคเหนือ',
    actor: 'Northern Community Forest Network',
  },
  {
    script: 'Vietnamese',
    text: 'Hội Nông dân Lâm Đồng',
    actor: 'Hội Nông dân Lâm Đồng',
  },
];

/** Vietnamese is typed with Telex; the other scripts cluster by cluster. */
const NAMES = TYPED.map((n) => ({
  ...n,
  steps: n.script === 'Vietnamese' ? telexSteps(n.text) : clusterSteps(n.text),
}));

let stack: Stack;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  page = await stack.openPage();
  await page.goto(stack.url);
  await waitForGraph(page);
});

afterAll(async () => {
  await stack?.close();
});

/** Empties the field, focuses it and types `steps` through the input method; returns what the field holds. */
async function typeInto(selector: string, steps: Steps): Promise<string> {
  const field = page.locator(selector);
  await field.fill('');
  await field.focus();
  await typeWithInputMethod(page, steps);
  return field.inputValue();
}

test.each(NAMES)('the search: $script typed through an input method is kept exactly and finds its actor', async (n) => {
  const value = await typeInto('[data-testid="search"]', n.steps);
  expect(value).toBe(n.text);
  await suggestion(page, n.actor).first().waitFor();
  await screenshot(page, `typing-search-${n.script.toLowerCase()}`);
  await page.keyboard.press('Escape');
});

test.each(NAMES)('the path finder: $script typed is kept exactly and offers its actor', async (n) => {
  if (!(await page.getByTestId('path-to').isVisible())) {
    await page.getByRole('button', { name: 'Find a path…' }).click();
  }
  const value = await typeInto('[data-testid="path-to"]', n.steps);
  expect(value).toBe(n.text);
  await suggestion(page, n.actor).first().waitFor();
  await page.keyboard.press('Escape');
});

test('the table filter: every script typed is kept exactly and keeps its actor’s row', async () => {
  await showEveryActor(page);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  for (const n of NAMES) {
    const value = await typeInto('input[placeholder="Name, acronym, local name"]', n.steps);
    expect(value).toBe(n.text);
    await page.locator('.table-view tbody tr').filter({ hasText: n.actor }).first().waitFor();
  }
  await screenshot(page, 'typing-table');
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
});

test('the actor form: a name typed in each script is kept exactly and saved as typed', async () => {
  await signInAs(page, ANALYST);
  await page.getByRole('button', { name: 'New actor' }).click();
  for (const n of NAMES) {
    expect(await typeInto('#actor-name', n.steps)).toBe(n.text);
    expect(await typeInto('#actor-altNames', n.steps)).toBe(n.text);
  }
  const last = NAMES[NAMES.length - 1];
  if (!last) throw new Error('no names');
  const name = `${last.text} (typed)`;
  await typeInto('#actor-name', [...last.steps, { compose: [], commit: ' (typed)' }]);
  await page.locator('#actor-sector').selectOption('COMMUNITY');
  await page.locator('#actor-level').selectOption('LOCAL');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('section.details').getByRole('heading', { name }).waitFor();
  await screenshot(page, 'typing-saved');
});
