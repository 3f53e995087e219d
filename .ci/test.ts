import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `npm test`: type check, lint, build the client, make sure Chromium is there, then every Jest
 * suite (unit, client, integration against a real Neo4j, browser in Chromium). Jest's global setup
 * starts the test Neo4j and stops it afterwards. Ends with one line: "N passed, N failed".
 */
const ROOT = resolve(__dirname, '..');
const RESULTS = join(ROOT, '.data', 'jest-results.json');
let passed = 0;
let failed = 0;

function step(name: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (ok) passed += 1;
  else {
    failed += 1;
    console.log(`✖ ${name} failed`);
  }
  return ok;
}

/** Debian's Chromium drives the browser tests; no test tool may download a browser of its own. */
function ensureChromium(): void {
  if (existsSync('/usr/bin/chromium')) return;
  if (process.getuid?.() === 0) {
    console.log('\n▶ Installing Debian chromium for the browser tests (apt-get install chromium)');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!existsSync('/usr/bin/chromium')) {
    console.error('Chromium is missing: the browser tests need /usr/bin/chromium. Install it with `apt-get install chromium` (as root).');
    process.exit(1);
  }
}

function main(): void {
  const typecheckOk = step('Type check (tsc, strict)', 'npm', ['run', '--silent', 'typecheck']);
  step('Lint (ESLint, no warnings)', 'npm', ['run', '--silent', 'lint']);
  if (!step('Build the client (Vite)', 'npm', ['run', '--silent', 'build'])) {
    console.log(`\n${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  }
  ensureChromium();
  mkdirSync(join(ROOT, '.data'), { recursive: true });
  rmSync(RESULTS, { force: true });
  console.log('\n▶ Jest: unit, client, integration (real Neo4j) and browser (Chromium) suites');
  const extra = process.argv.slice(2);
  const jest = spawnSync(
    'npx',
    ['jest', '--runInBand', '--json', `--outputFile=${RESULTS}`, ...extra],
    { cwd: ROOT, stdio: 'inherit', env: process.env },
  );
  if (existsSync(RESULTS)) {
    const report = JSON.parse(readFileSync(RESULTS, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numTotalTests: number;
      numFailedTestSuites: number;
      numRuntimeErrorTestSuites: number;
    };
    passed += report.numPassedTests;
    failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
    if (report.numTotalTests === 0) failed += 1;
  } else {
    failed += 1;
  }
  if (jest.status !== 0 && failed === 0) failed += 1;
  if (!typecheckOk) console.log('(type check failed: see above)');
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main();
