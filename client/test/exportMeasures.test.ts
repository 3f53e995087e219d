/** The data export asks for network measures only when the dialog's box is ticked. */
import { fetchViewData, wholeDatabaseUrl } from '../src/components/export/download';

afterEach(() => jest.restoreAllMocks());

test('the whole-database link carries measures=true only when asked', () => {
  expect(wholeDatabaseUrl('gexf')).toBe('/api/export?format=gexf');
  expect(wholeDatabaseUrl('graphml', true)).toBe('/api/export?format=graphml&measures=true');
});

test("the current view's export sends measures in its body", async () => {
  const fetchMock = jest.fn(async () => ({ ok: true, status: 200, blob: async () => new Blob(['x']) }) as Response);
  global.fetch = fetchMock as unknown as typeof fetch;
  await fetchViewData('csv', ['kh-a', 'la-b'], true);
  await fetchViewData('csv', ['kh-a']);
  const bodies = fetchMock.mock.calls.map((call) =>
    JSON.parse(String((call as unknown as [string, RequestInit])[1].body)),
  );
  expect(bodies).toEqual([
    { format: 'csv', actorIds: ['kh-a', 'la-b'], measures: true },
    { format: 'csv', actorIds: ['kh-a'], measures: false },
  ]);
});
