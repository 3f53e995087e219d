/**
 * Every `npm run <script>` the READMEs name works as the first command on a fresh clone: npm runs its pre-script
 * first, which installs what is missing (`npm run bench` on a fresh clone once failed with "tsx: not found").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;
const named = new Set(
  ['README.md', 'bench/README.md'].flatMap((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/npm run ([a-z][a-z:-]*[a-z])/g)].map((m) => m[1] as string),
  ),
);

test('the READMEs name scripts (the pattern finds them)', () => {
  expect([...named]).toEqual(expect.arrayContaining(['bench', 'seed', 'db:start', 'codegen']));
});

test.each([...named].sort())('npm run %s exists and installs what is missing first', (name) => {
  expect(scripts[name]).toBeDefined();
  expect(scripts[`pre${name}`]).toBe('npm run deps --silent');
});

test('npm start and npm test install what is missing first too', () => {
  expect(scripts.prestart).toBe('npm run deps --silent');
  expect(scripts.pretest).toBe('npm run deps --silent');
});
