import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

import type { QueryName } from './generated/queryNames';

/** The repository's cypher/ folder: the schema and every query the server runs. */
export const CYPHER_DIR = resolve(__dirname, '..', '..', '..', 'cypher');

let cache: Map<string, string> | undefined;

function loadAll(): Map<string, string> {
  const dir = join(CYPHER_DIR, 'queries');
  const map = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.cypher')) map.set(basename(file, '.cypher'), readFileSync(join(dir, file), 'utf8'));
  }
  return map;
}

/** The text of cypher/queries/<name>.cypher, read once per process. */
export function query(name: QueryName): string {
  cache ??= loadAll();
  const text = cache.get(name);
  if (text === undefined) throw new Error(`No Cypher query named ${name} in ${CYPHER_DIR}/queries`);
  return text;
}

/** The statements of cypher/schema.cypher (comments removed, split on semicolons). */
export function schemaStatements(): string[] {
  const text = readFileSync(join(CYPHER_DIR, 'schema.cypher'), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
