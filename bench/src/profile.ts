/**
 * `npx tsx bench/src/profile.ts`: where the API server's time goes under the mixed read load (issue 19). Starts the API in
 * a child process under `node --cpu-prof`, runs the throughput workload at 50 connections with the response cache
 * off, then prints the profile's heaviest functions and packages by self time, and the CPU the server and Neo4j
 * each used (from /proc). The .cpuprofile lands in .data/profiles/ (open it in Chrome DevTools).
 *
 * Flags: --dataset 10k (default), --seconds 20, --connections 50.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { localOptions, DATASETS, openDataset, REPO_ROOT } from './datasets';
import { searchWords, visibleActorIds } from './latency';
import { mixedWorkload } from './operations';
import { runLoad, startChildServer } from './throughput';

const argv = process.argv.slice(2);
const value = (name: string, fallback: string): string => {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
};

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** CPU time (user + system, ms) a process has used so far. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** Where a frame's code lives: a package under node_modules, node's own, or the repository's file. */
function owner(url: string): string {
  if (!url) return '(native / GC / idle)';
  if (url.startsWith('node:')) return 'node';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? url);
  }
  return url.replace(/^file:\/\/.*?\/(server|bench|seed|vocabulary)\//, '$1/');
}

function summarise(profile: CpuProfile, top: number): string {
  const self = new Map<number, number>();
  profile.samples.forEach((node, i) => self.set(node, (self.get(node) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    total += ms;
    const where = owner(frame.url);
    const name = `${frame.functionName || '(anonymous)'}  ${where}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    const key = where.startsWith('server/') || where.startsWith('bench/') ? 'reform-atlas' : where;
    byOwner.set(key, (byOwner.get(key) ?? 0) + ms);
  }
  const lines = (map: Map<string, number>) =>
    [...map]
      .filter(([, ms]) => ms > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `${((100 * ms) / total).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(6)} ms  ${name}`)
      .join('\n');
  return `Self time by package (${total.toFixed(0)} ms sampled):\n${lines(byOwner)}\n\nSelf time by function:\n${lines(byFunction)}`;
}

async function main(): Promise<void> {
  const spec = DATASETS.find((d) => d.name === value('--dataset', '10k'));
  if (!spec) throw new Error('unknown --dataset');
  const seconds = Number(value('--seconds', '20'));
  const connections = Number(value('--connections', '50'));
  const log = (line: string): void => console.log(`[profile] ${line}`);
  const ds = await openDataset(spec, { log });
  const dir = join(REPO_ROOT, '.data', 'profiles');
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) if (file.endsWith('.cpuprofile')) rmSync(join(dir, file));
  const neo4jPid = Number(readFileSync(join(localOptions(spec, log).home, 'pid'), 'utf8').trim());
  const server = await startChildServer(ds.config, { RA_RESPONSE_CACHE_MB: '0' }, [
    '--cpu-prof',
    `--cpu-prof-dir=${dir}`,
  ]);
  try {
    const graphqlUrl = new URL('graphql', server.url).toString();
    const workload = mixedWorkload(await visibleActorIds(graphqlUrl), await searchWords(graphqlUrl));
    await runLoad(server.url, workload, { connections: 10, seconds: 3 });
    const before = { server: cpuMs(server.pid), neo4j: cpuMs(neo4jPid), at: Date.now() };
    const result = await runLoad(server.url, workload, { connections, seconds });
    const wall = Date.now() - before.at;
    const serverCpu = cpuMs(server.pid) - before.server;
    const neo4jCpu = cpuMs(neo4jPid) - before.neo4j;
    log(
      `${connections} connections, ${seconds} s: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.latency.p50.toFixed(0)} ms, p99 ${result.latency.p99.toFixed(0)} ms, errors ${result.errors} ${JSON.stringify(result.errorCodes)}`,
    );
    log(
      `CPU per request: API server ${(serverCpu / result.requests).toFixed(2)} ms (${((100 * serverCpu) / wall).toFixed(0)}% of a core), Neo4j ${(neo4jCpu / result.requests).toFixed(2)} ms (${((100 * neo4jCpu) / wall).toFixed(0)}% of a core)`,
    );
  } finally {
    await server.close();
    await ds.close();
  }
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no profile written');
  console.log(summarise(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, 25));
  console.log(`\nProfile: ${join(dir, file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
