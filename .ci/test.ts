import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `npm test`: generated code current, type check, lint, build the client, make sure Chromium is there, then every
 * Jest suite (unit, client, integration against a real Neo4j, browser in Chromium). Jest's global setup
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

/** python3 with the venv module (Debian's python3-venv), in which the integration setup installs networkx. */
function pythonCanMakeVenv(): boolean {
  return spawnSync('python3', ['-c', 'import ensurepip, venv'], { stdio: 'ignore' }).status === 0;
}

/**
 * Debian packages the suites use: Chromium for the browser tests (no test tool may download a browser
 * of its own), xmllint to validate GraphML against its schema, poppler-utils (pdftotext, pdffonts, pdftoppm) to
 * read, check and look at exported PDFs, and
 * python3 with venv for the virtualenv the integration setup installs networkx into (pinned, from PyPI) to
 * read the GraphML and GEXF exports with a standard parser.
 */
const SYSTEM_TOOLS = [
  { binary: '/usr/bin/chromium', pkg: 'chromium', purpose: 'the browser tests' },
  { binary: '/usr/bin/xmllint', pkg: 'libxml2-utils', purpose: 'GraphML schema validation' },
  { binary: '/usr/bin/pdftoppm', pkg: 'poppler-utils', purpose: 'checking exported PDFs' },
  { binary: '/usr/bin/pdftotext', pkg: 'poppler-utils', purpose: 'reading the text of exported PDFs' },
  { binary: '/usr/bin/pdffonts', pkg: 'poppler-utils', purpose: 'checking the fonts embedded in exported PDFs' },
  {
    binary: 'python3 (with venv)',
    present: pythonCanMakeVenv,
    pkg: 'python3-venv',
    purpose: 'the tests reading exports with networkx',
  },
].map((t) => ({ ...t, present: t.present ?? ((): boolean => existsSync(t.binary)) }));

function ensureSystemTools(): void {
  const missing = SYSTEM_TOOLS.filter((t) => !t.present());
  if (missing.length === 0) return;
  if (process.getuid?.() === 0) {
    const pkgs = [...new Set(missing.map((t) => t.pkg)), 'fonts-noto-core'];
    console.log(`\n▶ Installing Debian packages for the tests: ${pkgs.join(' ')}`);
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  const still = SYSTEM_TOOLS.filter((t) => !t.present());
  if (still.length > 0) {
    for (const t of still)
      console.error(
        `${t.binary} is missing: ${t.purpose} need it. Install it with \`apt-get install ${t.pkg}\` (as root).`,
      );
    process.exit(1);
  }
}

function main(): void {
  // Before the type check: a stale generated type would otherwise pass it, or fail it for a reason hard to see.
  step('Generated code is current (codegen --check)', 'npm', ['run', '--silent', 'codegen', '--', '--check']);
  const typecheckOk = step('Type check (tsc, strict)', 'npm', ['run', '--silent', 'typecheck']);
  step('Lint (ESLint, no warnings)', 'npm', ['run', '--silent', 'lint']);
  step('Format (Prettier, --check)', 'npm', ['run', '--silent', 'format:check']);
  if (!step('Build the client (Vite)', 'npm', ['run', '--silent', 'build'])) {
    console.log(`\n${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  }
  ensureSystemTools();
  mkdirSync(join(ROOT, '.data'), { recursive: true });
  rmSync(RESULTS, { force: true });
  console.log('\n▶ Jest: unit, client, integration (real Neo4j) and browser (Chromium) suites');
  const extra = process.argv.slice(2);
  const jest = spawnSync(
    'npx',
    // --forceExit: a driver or socket left open by a suite must not keep CI waiting (teardown still runs first).
    ['jest', '--runInBand', '--forceExit', '--json', `--outputFile=${RESULTS}`, ...extra],
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
