import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { QUERY_NAMES } from '../src/db/generated/queryNames';
import { CYPHER_DIR } from '../src/db/queries';

const ROOT = join(__dirname, '..', '..');

/** The TypeScript sources under a folder, generated ones left out (they name every query). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('Cypher query names (server/src/db/generated/queryNames.ts)', () => {
  it('are the files in cypher/queries, each one and nothing else', () => {
    const files = readdirSync(join(CYPHER_DIR, 'queries'))
      .filter((file) => file.endsWith('.cypher'))
      .map((file) => basename(file, '.cypher'))
      .sort();
    expect([...QUERY_NAMES]).toEqual(files);
  });

  it('are each run by the server or the bench: no query file lies unused', () => {
    const code = ['server/src', 'bench/src']
      .flatMap((dir) => sources(join(ROOT, dir)))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(QUERY_NAMES.filter((name) => !code.includes(`'${name}'`))).toEqual([]);
  });
});
