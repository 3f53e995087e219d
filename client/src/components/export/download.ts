/**
 * Browser-side downloads: save a Blob under a name, and fetch the server's data export for the
 * current view (POST /api/export, server/src/http/exportRoutes.ts). The whole-database export is a
 * plain link so the browser streams it to disk instead of holding it in the page.
 */
import type { DataFormat } from '../../core/export/names';
import { API_HEADERS } from '../../data/apiHeaders';

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started by now; the URL is released a little later for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** measures: each actor's network measures as attributes (CSV, GraphML, GEXF; server/src/http/exportRoutes.ts). */
export function wholeDatabaseUrl(format: DataFormat, measures = false): string {
  return `/api/export?format=${encodeURIComponent(format)}${measures ? '&measures=true' : ''}`;
}

/** The API's error body ({errors: [{message}]}) as one sentence, or the HTTP status. */
export async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: Array<{ message?: string }> };
    const message = body.errors
      ?.map((e) => e.message)
      .filter(Boolean)
      .join('; ');
    if (message) return message;
  } catch {
    // not JSON: fall through to the status
  }
  return `The server answered ${response.status}.`;
}

export async function fetchViewData(format: DataFormat, actorIds: string[], measures = false): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch('/api/export', {
      method: 'POST',
      headers: { ...API_HEADERS, 'content-type': 'application/json' },
      body: JSON.stringify({ format, actorIds, measures }),
    });
  } catch {
    throw new Error('The server cannot be reached.');
  }
  if (!response.ok) throw new Error(await errorMessage(response));
  return response.blob();
}
