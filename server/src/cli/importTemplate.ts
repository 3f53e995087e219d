/**
 * Writes the import template: `npm run import:template -- [dir] [--markdown]`.
 * Creates dir/reform-atlas-import-template.xlsx and dir/<sheet>.csv; --markdown prints the column reference.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { TEMPLATE_SHEETS, templateCsv, templateMarkdown, writeTemplateWorkbook } from '../import/template';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--markdown')) {
    process.stdout.write(`${templateMarkdown()}\n`);
    return;
  }
  const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'import-template');
  await mkdir(dir, { recursive: true });
  await writeTemplateWorkbook(join(dir, 'reform-atlas-import-template.xlsx'));
  for (const kind of TEMPLATE_SHEETS) await writeFile(join(dir, `${kind}.csv`), templateCsv(kind));
  process.stdout.write(
    `Template written to ${dir} (reform-atlas-import-template.xlsx and ${TEMPLATE_SHEETS.length} CSV files)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
