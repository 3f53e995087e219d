/** The import dialog against a stubbed endpoint: dry-run report per row, then commit and reload. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';

import { ImportDialog } from '../src/components/import/ImportDialog';
import type { ImportReport } from '../src/core/export/importReport';

const counts = {
  actors: 2,
  newActors: 2,
  groups: 0,
  themes: 0,
  memberships: 1,
  interests: 0,
  collaborations: 0,
  activities: 0,
  participations: 0,
};
const report = (over: Partial<ImportReport>): ImportReport => ({
  dryRun: true,
  committed: false,
  files: ['actors.csv'],
  counts,
  issues: [],
  issueCount: 0,
  updates: [],
  updateCount: 0,
  changeId: null,
  millis: 3,
  ...over,
});

function respond(status: number, body: unknown): Response {
  return { status, ok: status < 300, json: async () => body } as Response;
}

afterEach(() => jest.restoreAllMocks());

test('lists problems by file, sheet and row and keeps Import disabled', async () => {
  const bad = report({
    issues: [{ file: 'actors.csv', sheet: null, line: 3, column: 'sector', message: 'sector: "NGO" is not a sector' }],
    issueCount: 1,
  });
  const fetchMock = jest.fn(async () => respond(422, bad));
  global.fetch = fetchMock as unknown as typeof fetch;
  render(<ImportDialog onImported={jest.fn()} onClose={jest.fn()} />);
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File(['name\n'], 'actors.csv')] } });
  await screen.findByText('1 problem', { exact: false });
  expect(screen.getByRole('cell', { name: '3' })).toBeTruthy();
  expect(screen.getByRole('cell', { name: 'sector: "NGO" is not a sector' })).toBeTruthy();
  expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
  expect(fetchMock).toHaveBeenCalledWith(
    '/api/import?filename=actors.csv',
    expect.objectContaining({ method: 'POST' }),
  );
});

test('lists the existing actors a dry run would update, with the columns that change', async () => {
  const updates = [
    {
      file: 'actors.csv',
      sheet: null,
      line: 2,
      actorId: 'kh-cso-a',
      name: 'Forest Voices Cambodia',
      fields: ['level', 'description'],
    },
  ];
  global.fetch = jest.fn(async () => respond(200, report({ updates, updateCount: 1 }))) as unknown as typeof fetch;
  render(<ImportDialog onImported={jest.fn()} onClose={jest.fn()} />);
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File(['id\n'], 'actors.csv')] } });
  await screen.findByTestId('import-updates');
  expect(screen.getByText(/1 existing actor would be updated/)).toBeTruthy();
  expect(screen.getByRole('cell', { name: 'Forest Voices Cambodia (kh-cso-a): level, description' })).toBeTruthy();
  expect(screen.getByRole('cell', { name: '2' })).toBeTruthy();
  expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(false);
});

test('a clean dry run can be committed; the page is told to reload', async () => {
  const fetchMock = jest
    .fn()
    .mockResolvedValueOnce(respond(200, report({})))
    .mockResolvedValueOnce(respond(200, report({ dryRun: false, committed: true, changeId: 'chg-1' })));
  global.fetch = fetchMock as unknown as typeof fetch;
  const onImported = jest.fn();
  render(<ImportDialog onImported={onImported} onClose={jest.fn()} />);
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File(['x'], 'sheet.xlsx')] } });
  await screen.findByText(/no problems/);
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
  await screen.findByTestId('import-result');
  expect(screen.getByTestId('import-result').textContent).toContain('2 actors (2 new), 1 memberships');
  expect(fetchMock).toHaveBeenLastCalledWith('/api/import?filename=sheet.xlsx&commit=true', expect.anything());
  await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
});

test('refuses other file types and shows the server’s permission error', async () => {
  const fetchMock = jest.fn(async () => respond(403, { errors: [{ message: 'Only analysts can edit' }] }));
  global.fetch = fetchMock as unknown as typeof fetch;
  render(<ImportDialog onImported={jest.fn()} onClose={jest.fn()} />);
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File(['x'], 'notes.txt')] } });
  await screen.findByText(/Choose a \.csv or \.xlsx file/);
  expect(fetchMock).not.toHaveBeenCalled();
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File(['x'], 'a.csv')] } });
  await screen.findByText(/Only analysts can edit \(importing needs an analyst/);
});
