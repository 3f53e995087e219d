/**
 * The upload goes through the server's import endpoint (POST /api/import, importRoutes.ts), the same
 * importFiles() the CLI uses: the raw file as the body, a dry run unless commit=true.
 */
import { isImportReport, type ImportReport } from '../../core/export/importReport';
import { API_HEADERS } from '../../data/apiHeaders';
import { errorMessage } from '../export/download';

export async function postImport(file: File, commit: boolean): Promise<ImportReport> {
  const query = `filename=${encodeURIComponent(file.name)}${commit ? '&commit=true' : ''}`;
  let response: Response;
  try {
    response = await fetch(`/api/import?${query}`, {
      method: 'POST',
      headers: { ...API_HEADERS, 'content-type': 'application/octet-stream' },
      body: file,
    });
  } catch {
    throw new Error('The server cannot be reached.');
  }
  // 200: clean; 422: the report lists problems. Anything else is an error body.
  if (response.status === 200 || response.status === 422) {
    const body: unknown = await response.json().catch(() => null);
    if (isImportReport(body)) return body;
  }
  if (response.status === 401 || response.status === 403)
    throw new Error(`${await errorMessage(response)} (importing needs an analyst or administrator account)`);
  throw new Error(await errorMessage(response));
}
