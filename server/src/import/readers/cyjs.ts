/** Cytoscape.js JSON (what the export writes): its nodes and edges become the "nodes" and "edges" tables. */
import { TextDecoder } from 'node:util';

import { fileRejected, type Bytes, type TableOpener } from './text';

function jsonCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(String).join(' | ');
  return String(v);
}

async function whole(bytes: Bytes): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of bytes) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** A Cytoscape.js JSON file's bytes to its tables: read whole, as JSON must be (its size is capped by the upload). */
export async function readCyjs(bytes: Bytes, file: string, open: TableOpener): Promise<void> {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await whole(bytes)));
  } catch {
    throw fileRejected(file, 'is not valid UTF-8 JSON');
  }
  const elements = (doc as { elements?: { nodes?: unknown; edges?: unknown } } | null)?.elements;
  if (!elements || !Array.isArray(elements.nodes) || !Array.isArray(elements.edges)) {
    throw fileRejected(file, 'is not Cytoscape.js JSON: expected {"elements": {"nodes": […], "edges": […]}}');
  }
  const table = (name: string, items: unknown[], first: string[], skip: string[] = []): void => {
    // An export of actors without links has no edges: no table rather than a header without its columns.
    if (items.length === 0) return;
    const datas = items.map((i) => ((i as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>);
    const keys = [
      ...first,
      ...new Set(datas.flatMap((d) => Object.keys(d)).filter((k) => !first.includes(k) && !skip.includes(k))),
    ];
    const sink = open(name);
    sink.row(1, keys);
    datas.forEach((d, i) =>
      sink.row(
        i + 2,
        keys.map((k) => jsonCell(d[k])),
      ),
    );
    sink.end();
  };
  table('nodes', elements.nodes, ['id', 'label']);
  // Edge ids and the directed flag are derived from the relation, so they are not read back.
  table('edges', elements.edges, ['source', 'target'], ['id', 'directed']);
}
