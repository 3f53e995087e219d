/** autocannon against the API server running in a child process, with its RSS before and after. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import autocannon from 'autocannon';

import type { Neo4jConfig } from '../../server/src/config';
import { summarise, type Summary } from './stats';

export interface ChildServer {
  url: string;
  pid: number;
  rssMb(): number;
  close(): Promise<void>;
}

export async function startChildServer(
  config: Neo4jConfig,
  env: Record<string, string> = {},
  /** Node flags for the server process, e.g. --cpu-prof (which NODE_OPTIONS refuses). */
  nodeArgs: readonly string[] = [],
): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', join(__dirname, 'serve.ts')], {
    env: {
      ...process.env,
      RA_BENCH_URI: config.uri,
      RA_BENCH_USERNAME: config.username,
      RA_BENCH_PASSWORD: config.password,
      RA_BENCH_DATABASE: config.database,
      NODE_ENV: 'development',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /READY (\S+)/.exec(buffer);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`API server exited (${String(code)}) before it was ready`)));
  });
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    rssMb: () => {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return match?.[1] ? Number(match[1]) / 1024 : Number.NaN;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Sends every request of the workload once, four at a time: fills the response cache, as browsing would. */
export async function warmUp(
  url: string,
  workload: Array<{ query: string; variables: Record<string, unknown> }>,
): Promise<void> {
  const graphqlUrl = new URL('graphql', url).toString();
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < workload.length; i = next++) {
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(workload[i]),
      });
      await response.arrayBuffer();
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latency: Summary;
  /** Socket errors, timeouts, non-2xx answers and GraphQL errors in a 200 answer. */
  errors: number;
  /** The error codes answered (HTTP status and GraphQL code), with how often. */
  errorCodes: Record<string, number>;
  /** Answers per second in each consecutive 10-second window from the start (the last one may be partial). */
  perWindow: number[];
}

/** Width of LoadResult.perWindow's windows. */
export const WINDOW_SECONDS = 10;

export async function runLoad(
  url: string,
  workload: Array<{ query: string; variables: Record<string, unknown> }>,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  let graphqlErrors = 0;
  const errorCodes: Record<string, number> = {};
  const latencies: number[] = [];
  let instance: autocannon.Instance | undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: new URL('graphql', url).toString(),
        connections: options.connections,
        duration: options.seconds,
        timeout: 10,
        requests: workload.map((w) => ({
          method: 'POST' as const,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(w),
          onResponse: (status: number, body: string) => {
            if (body.startsWith('{"errors"') || body.includes('"errors":[')) {
              graphqlErrors += 1;
              const code = `${status} ${/"code":"(\w+)"/.exec(body)?.[1] ?? 'no code'}`;
              errorCodes[code] = (errorCodes[code] ?? 0) + 1;
            }
          },
        })),
      },
      (error, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)),
    );
  });
  const startedAt = Date.now();
  const windows: number[] = [];
  instance?.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    const w = Math.floor((Date.now() - startedAt) / (WINDOW_SECONDS * 1000));
    windows[w] = (windows[w] ?? 0) + 1;
  });
  const result = await finished;
  const windowCount = Math.ceil(options.seconds / WINDOW_SECONDS);
  return {
    connections: options.connections,
    seconds: options.seconds,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / Math.max(1, result.duration),
    latency: summarise(latencies),
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    errorCodes,
    perWindow: Array.from({ length: windowCount }, (_, w) => (windows[w] ?? 0) / WINDOW_SECONDS),
  };
}
