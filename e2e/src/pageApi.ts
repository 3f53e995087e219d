/** What the browser tests ask the API from inside the page (same origin, the page's session), and the counts it shows. */
import type { Page } from 'playwright-core';

/** The API's answer to `query`, asked with the page's cookies; an error answer throws. */
export async function api<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return page.evaluate(
    async ([q, v]) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q, variables: v }),
      });
      const body = (await response.json()) as { data: unknown; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    [query, variables] as const,
  ) as Promise<T>;
}

/** Every count the filter panel shows once it has counted, keyed by its test id ("countries-KH"). */
export async function shownCounts(page: Page): Promise<Record<string, number>> {
  await page.waitForFunction(() => !document.querySelector('fieldset.facet[aria-busy="true"]'));
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-testid^="facet-count-"]')].map((el) => [
        el.dataset.testid?.slice('facet-count-'.length) ?? '',
        Number(el.firstChild?.textContent),
      ]),
    ),
  );
}

export const FACETS_QUERY = `query ($filter: ActorFilter) { actorFacets(filter: $filter) { total
  countries { value count } sectors { value count } levels { value count }
  themes { value count } networks { value count } coalitions { value count } } }`;
export type FacetAnswer = {
  actorFacets: Record<string, Array<{ value: string; count: number }>> & { total: number };
};

/** The API's counts for a filter, keyed as the panel's test ids are ("countries-KH"); absent values are 0. */
export async function apiCounts(
  page: Page,
  filter: Record<string, unknown> | null,
  keys: string[],
): Promise<Record<string, number>> {
  const { actorFacets } = await api<FacetAnswer>(page, FACETS_QUERY, { filter });
  const counts: Record<string, number> = {};
  for (const key of keys) {
    const [facet = '', ...value] = key.split('-');
    const list = actorFacets[facet] as Array<{ value: string; count: number }>;
    counts[key] = list.find((c) => c.value === value.join('-'))?.count ?? 0;
  }
  return counts;
}
