import { PassThrough, type Writable } from 'node:stream';

import archiver from 'archiver';
import { z } from 'zod';

import type { Database } from '../db/database';
import { networkMetrics } from '../domain/metrics/service';
import { idSchema, parseInput } from '../domain/validation';
import { canSeeSensitive, type Viewer } from '../domain/viewer';
import {
  CSV_FILES,
  csvWriter,
  cyjsWriter,
  EXPORT_FORMATS,
  gexfWriter,
  graphmlWriter,
  type GraphWriter,
  type TextSink,
} from './formats';
import { MEASURE_ATTRS, NODE_ATTRS, toExportEdge, toExportNode, type AttrValue, type ExportNode } from './model';

export const exportRequestSchema = z.object({
  format: z.enum(EXPORT_FORMATS, { message: `must be one of ${EXPORT_FORMATS.join(', ')}` }),
  /** The actors of the current view; absent = the whole database. */
  actorIds: z.array(idSchema).max(50_000, 'at most 50000 actors; export the whole database instead').nullish(),
  /** Add each actor's network measures (MEASURE_ATTRS) in CSV, GraphML and GEXF. */
  measures: z.boolean().nullish(),
});
export type ExportRequest = z.output<typeof exportRequestSchema>;

export interface ExportReport {
  nodes: number;
  edges: number;
  millis: number;
}

/** Each visible actor's measures by id, as export attributes. */
async function measuresById(db: Database, viewer: Viewer): Promise<Map<string, Record<string, AttrValue>>> {
  const result = await networkMetrics(db, viewer, {});
  return new Map(
    result.actors.map((a) => [
      a.id,
      {
        degree: a.degree,
        weightedDegree: a.weightedDegree,
        betweenness: a.betweenness,
        closeness: a.closeness,
        pagerank: a.pagerank,
        // Numbered from 1, as the page's table shows them.
        community: a.community + 1,
      },
    ]),
  );
}

/** Resolves once `stream` wants more data; rejects if it closed or failed (the client went away). */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error): void => {
      stream.off('drain', onDrain).off('close', onClose).off('error', done);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = (): void => done();
    const onClose = (): void => done(new Error('the export stream closed early'));
    stream.on('drain', onDrain).on('close', onClose).on('error', done);
  });
}

/** Collects small writes into ~64 KB chunks and honours the stream's back-pressure. */
export function streamSink(stream: Writable, chunk = 64 * 1024): TextSink & { flush(): Promise<void> } {
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (!buffer) return;
    if (stream.destroyed) throw new Error('the export stream closed early');
    const text = buffer;
    buffer = '';
    if (!stream.write(text, 'utf8')) await drained(stream);
  };
  return {
    write: async (text) => {
      buffer += text;
      if (buffer.length >= chunk) await flush();
    },
    flush,
  };
}

/**
 * Writes a data export to `out` as rows arrive from Neo4j: nothing holds the whole graph, so the whole
 * database exports in constant memory. Hiding of sensitive actors happens inside the Cypher.
 */
export async function exportGraph(
  db: Database,
  viewer: Viewer,
  request: unknown,
  out: Writable,
): Promise<ExportReport> {
  const { format, actorIds, measures } = parseInput(exportRequestSchema, request);
  const started = Date.now();
  // Measures of the whole map the caller may see (kept per data version and audience: a second export is free).
  const measured = measures ? await measuresById(db, viewer) : null;
  const nodeAttrs = measured ? [...NODE_ATTRS, ...MEASURE_ATTRS] : NODE_ATTRS;
  const nodeOf = (row: Record<string, unknown>): ExportNode => {
    const node = toExportNode(row);
    const m = measured?.get(node.id);
    if (measured && node.attrs.kind === 'ACTOR' && m) Object.assign(node.attrs, m);
    return node;
  };
  const params = { canSeeSensitive: canSeeSensitive(viewer), actorIds: actorIds ?? null };
  let writer: GraphWriter;
  let finish: () => Promise<void>;
  const sinks: Array<{ flush(): Promise<void> }> = [];
  if (format === 'csv') {
    const archive = archiver('zip', { zlib: { level: 6 } });
    const archived = new Promise<void>((resolve, reject) => {
      out.on('finish', resolve).on('close', resolve);
      archive.on('error', reject);
    });
    archive.pipe(out);
    // A zip holds its entries one after another, so each file ends before the next fills. The rows arrive in the
    // files' order (export-nodes gives activities last, export-edges participations last).
    const files = CSV_FILES.map((name) => {
      const stream = new PassThrough();
      archive.append(stream, { name });
      return { name, stream, sink: streamSink(stream), ended: false };
    });
    const file = async (name: (typeof CSV_FILES)[number]): Promise<TextSink> => {
      const at = files.findIndex((f) => f.name === name);
      const target = files[at];
      if (!target || target.ended) throw new Error(`export rows out of order: ${name} has already been written`);
      for (const earlier of files.slice(0, at)) {
        if (earlier.ended) continue;
        await earlier.sink.flush();
        earlier.stream.end();
        earlier.ended = true;
      }
      return target.sink;
    };
    writer = csvWriter(file, nodeAttrs);
    finish = async () => {
      for (const f of files) {
        if (f.ended) continue;
        await f.sink.flush();
        f.stream.end();
        f.ended = true;
      }
      await archive.finalize();
      await archived;
    };
  } else {
    const sink = streamSink(out);
    sinks.push(sink);
    writer =
      format === 'graphml'
        ? graphmlWriter(sink, nodeAttrs)
        : format === 'gexf'
          ? gexfWriter(sink, nodeAttrs)
          : cyjsWriter(sink);
    finish = async () => {
      await sink.flush();
      await new Promise<void>((resolve) => out.end(resolve));
    };
  }
  await writer.begin();
  const nodes = await db.stream('export-nodes', params, (row) => writer.node(nodeOf(row)));
  await writer.startEdges();
  const edges = await db.stream('export-edges', params, (row) => writer.edge(toExportEdge(row)));
  // Only the CSV export lists dated positions on their own (the graph formats carry them on the interest's edge).
  const position = writer.position?.bind(writer);
  if (position) {
    await db.stream('export-positions', params, (row) =>
      position({
        actor: String(row.actor),
        theme: String(row.theme),
        position: String(row.position),
        from: String(row.from),
        source: row.source === null ? null : String(row.source),
        confidence: row.confidence === null ? null : String(row.confidence),
      }),
    );
  }
  await writer.end();
  for (const sink of sinks) await sink.flush();
  await finish();
  return { nodes, edges, millis: Date.now() - started };
}
