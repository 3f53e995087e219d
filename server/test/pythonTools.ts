import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The Python side of the export interoperability test: networkx, pinned by hash in
 * server/test/interop/requirements.txt, in a virtualenv inside the ignored .data/ folder. It is made once
 * (a few seconds: networkx is pure Python with no dependencies) and reused while the requirements match.
 */
const ROOT = resolve(__dirname, '..', '..');
const REQUIREMENTS = join(__dirname, 'interop', 'requirements.txt');
export const VENV = join(ROOT, '.data', 'venv');
export const VENV_PYTHON = join(VENV, 'bin', 'python');
/** Written last, holding the requirements it was made from: a half-made or outdated venv is made again. */
const STAMP = join(VENV, 'reform-atlas-requirements.txt');

const INSTALL_HINT = 'Install it with `apt-get install python3 python3-venv` (`npm test` does so when run as root).';

function run(command: string, args: string[]): { ok: boolean; output: string; missing: boolean } {
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: 'pipe' });
  const missing = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim(), missing };
}

/** Returns the virtualenv's python with networkx in it, making the virtualenv first if needed. Throws, naming what is missing. */
export function ensureNetworkx(log: (line: string) => void = console.log): string {
  const wanted = readFileSync(REQUIREMENTS, 'utf8');
  if (existsSync(VENV_PYTHON) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === wanted) return VENV_PYTHON;
  const probe = run('python3', ['-c', 'import ensurepip, venv']);
  if (probe.missing) {
    throw new Error(
      `python3 is missing: the export interoperability test reads GraphML and GEXF with networkx. ${INSTALL_HINT}`,
    );
  }
  if (!probe.ok) {
    throw new Error(
      `python3 cannot make a virtualenv (no venv/ensurepip module: python3-venv is missing). ${INSTALL_HINT}\n${probe.output}`,
    );
  }
  log(`Installing networkx from PyPI into ${VENV} (once)…`);
  rmSync(VENV, { recursive: true, force: true });
  mkdirSync(resolve(VENV, '..'), { recursive: true });
  const venv = run('python3', ['-m', 'venv', VENV]);
  if (!venv.ok) throw new Error(`python3 -m venv ${VENV} failed. ${INSTALL_HINT}\n${venv.output}`);
  const pip = run(VENV_PYTHON, [
    '-m',
    'pip',
    'install',
    '--disable-pip-version-check',
    '--no-input',
    '--quiet',
    '--require-hashes',
    '-r',
    REQUIREMENTS,
  ]);
  if (!pip.ok) throw new Error(`pip could not install ${REQUIREMENTS} (PyPI unreachable?)\n${pip.output}`);
  writeFileSync(STAMP, wanted);
  return VENV_PYTHON;
}
