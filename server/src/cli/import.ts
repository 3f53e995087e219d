/**
 * `npm run import -- [--commit] [--test] file.xlsx|file.csv|file.cyjs|file.graphml|file.gexf …`
 * Checks every row and prints a report (a dry run); with --commit, and only if nothing is wrong, writes
 * everything in one transaction. Exit code 0 = clean (and committed with --commit), 2 = rows rejected.
 * Runs as an administrator of the local database: whoever can run it can reach Neo4j directly anyway.
 */
import { userInfo } from 'node:os';

import { startLocalNeo4j } from '@reform-atlas/db';

import { neo4jConfigFromEnv } from '../config';
import { Database } from '../db/database';
import { describeIssue, importFiles } from '../import/importer';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0 || args.includes('--help')) {
    process.stdout.write(
      'usage: npm run import -- [--commit] [--test] FILE…  (CSV UTF-8, XLSX, or an exported Cytoscape JSON, GraphML or GEXF file; see npm run import:template)\n',
    );
    process.exitCode = files.length === 0 ? 1 : 0;
    return;
  }
  const commit = args.includes('--commit');
  const config = neo4jConfigFromEnv(args.includes('--test') ? 'test' : 'dev');
  if (config.local) await startLocalNeo4j(config.local);
  const db = Database.connect(config);
  try {
    await db.applySchema();
    let last = 0;
    const report = await importFiles(
      db,
      { role: 'admin', username: `cli:${userInfo().username}` },
      files.map((path) => ({ path })),
      {
        dryRun: !commit,
        onProgress: (p) => {
          if (Date.now() - last < 500) return;
          last = Date.now();
          const line =
            'file' in p
              ? `reading ${p.file}: ${Math.round((p.bytes / Math.max(p.total, 1)) * 100)}% of ${(p.total / 1e6).toFixed(1)} MB`
              : `writing: ${p.done}/${p.total} rows`;
          process.stderr.write(`  ${line}\n`);
        },
      },
    );
    const c = report.counts;
    process.stdout.write(
      `${c.actors} actors (${c.newActors} new), ${c.groups} groups, ${c.themes} themes, ${c.memberships} memberships, ${c.interests} interests, ${c.collaborations} collaborations, ${c.activities} activities, ${c.participations} participations in ${report.files.join(', ')}\n`,
    );
    for (const u of report.updates)
      process.stdout.write(
        `  ~ ${describeIssue({ ...u, message: `updates ${u.name} (${u.actorId}): ${u.fields.join(', ')}` })}\n`,
      );
    if (report.updateCount > report.updates.length)
      process.stdout.write(`  … and ${report.updateCount - report.updates.length} more updated actors\n`);
    for (const issue of report.issues) process.stdout.write(`  ✗ ${describeIssue(issue)}\n`);
    if (report.issueCount > report.issues.length)
      process.stdout.write(`  … and ${report.issueCount - report.issues.length} more problems\n`);
    if (report.issueCount > 0) {
      process.stdout.write(`${report.issueCount} problem(s): nothing was written.\n`);
      process.exitCode = 2;
    } else if (report.committed) {
      process.stdout.write(`Committed in ${(report.millis / 1000).toFixed(1)} s (change ${report.changeId}).\n`);
    } else {
      process.stdout.write('Dry run: no problems found. Run again with --commit to write.\n');
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
