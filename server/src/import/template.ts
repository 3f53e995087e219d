import ExcelJS from 'exceljs';

import { csvLine, spreadsheetText } from '../export/formats';
import { COLUMNS, type SheetKind } from './columns';

/** The sheets a user fills in; nodes/edges are the export's own files and need no template. */
export const TEMPLATE_SHEETS: readonly SheetKind[] = [
  'actors',
  'groups',
  'themes',
  'memberships',
  'interests',
  'collaborations',
  'activities',
  'participants',
  'positions',
];

const SHEET_HELP: Record<string, string> = {
  actors: 'One row per organisation or person. Rows match existing actors by id, else by name and country.',
  groups: 'Networks and coalitions.',
  themes: 'Shared-interest themes.',
  memberships: 'Who belongs to which network or coalition.',
  interests: "An actor's position on a theme and how much it matters to them.",
  collaborations: 'Who works with whom; each pair once.',
  activities:
    'Learning and alliance activities (workshops, learning visits, trainings…). A row whose id is recorded updates that activity; its cells are written as given (a blank cell clears), except a blank status, which keeps the recorded one.',
  participants:
    'Who took part in which activity, in which role, with the provenance of the record; each actor once per activity.',
  positions:
    "An interest's dated positions (its history), one row each, oldest first: the first begins on the interest's validFrom, the last is its position. Optional: an interest without rows here has none.",
};

/** A second participant, so the example activity has a host and a facilitator. */
const PARTICIPANT_EXAMPLE: Record<string, string> = {
  activity: 'act-la-learning-visit-2015',
  actor: 'kh-cso-forest',
  role: 'Host',
  provenance: 'Activity report, May 2015',
  recordedAt: '2015-05-14',
  confidence: 'MEDIUM',
  sensitive: 'no',
  validFrom: '2015-05-12',
};

/** The example interest's later position (the example row holds the one first recorded). */
const POSITION_EXAMPLE: Record<string, string> = {
  actor: 'la-cso-landnet',
  theme: 'community-forestry',
  position: 'SUPPORTS',
  from: '2015-05-12',
  source: 'Consultation workshop, Vientiane, May 2015',
  confidence: 'HIGH',
};

/** A second example actor, so the collaborations example has a partner inside the template itself. */
const PARTNER_EXAMPLE: Record<string, string> = {
  id: 'kh-cso-forest',
  name: 'Community Forestry Alliance',
  country: 'KH',
  sector: 'CIVIL_SOCIETY',
  level: 'LOCAL',
  influence: '2',
  sensitive: 'no',
  altNames: 'សម្ព័ន្ធព្រៃសហគមន៍',
  recordedAt: '2015-05-12',
  confidence: 'MEDIUM',
};

function exampleRows(kind: SheetKind): string[][] {
  const cols = COLUMNS[kind];
  const rows = [cols.map((c) => c.example)];
  if (kind === 'actors') rows.push(cols.map((c) => PARTNER_EXAMPLE[c.name] ?? ''));
  if (kind === 'participants') rows.push(cols.map((c) => PARTICIPANT_EXAMPLE[c.name] ?? ''));
  if (kind === 'positions') rows.push(cols.map((c) => POSITION_EXAMPLE[c.name] ?? ''));
  return rows;
}

/** The template as CSV text per sheet (header and example rows), UTF-8 with BOM so Excel reads local scripts. */
export function templateCsv(kind: SheetKind): string {
  return `\uFEFF${[COLUMNS[kind].map((c) => c.name), ...exampleRows(kind)].map(csvLine).join('')}`;
}

/** The template workbook: a README sheet, then one sheet per kind with headers, an example row and notes. */
export async function writeTemplateWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Reform Atlas';
  const readme = wb.addWorksheet('README');
  // Every text cell is neutralised as the CSV export's are, should a help text or example ever start like a formula.
  const addRow = (ws: ExcelJS.Worksheet, cells: string[]): ExcelJS.Row => ws.addRow(cells.map(spreadsheetText));
  addRow(readme, [
    'Reform Atlas import template. Fill in the sheets you need, delete the example rows, and import with `npm run import -- file.xlsx` or the Import button.',
  ]);
  addRow(readme, [
    'Required columns are marked * in the notes below. Lists are separated by | or ;. Dates are YYYY-MM-DD. Codes may be given as the page shows them (e.g. "Community organisation" for COMMUNITY), in any case.',
  ]);
  addRow(readme, [
    'A row that updates an existing actor (by id, or by name and country) changes only the cells that are filled in: a blank cell keeps what is stored.',
  ]);
  for (const kind of TEMPLATE_SHEETS) {
    addRow(readme, []);
    addRow(readme, [kind, SHEET_HELP[kind] ?? '']);
    for (const c of COLUMNS[kind]) addRow(readme, [`  ${c.name}${c.required ? ' *' : ''}`, c.help]);
  }
  readme.getColumn(1).width = 22;
  readme.getColumn(2).width = 110;
  for (const kind of TEMPLATE_SHEETS) {
    const ws = wb.addWorksheet(kind);
    const cols = COLUMNS[kind];
    addRow(
      ws,
      cols.map((c) => c.name),
    );
    for (const row of exampleRows(kind)) addRow(ws, row);
    ws.getRow(1).font = { bold: true };
    cols.forEach((c, i) => {
      ws.getColumn(i + 1).width = Math.max(12, c.name.length + 4);
      ws.getCell(1, i + 1).note = `${c.required ? 'Required. ' : ''}${c.help}`;
    });
    // Everything is text, so Excel does not turn "2015-05-12" into a date serial or ids into numbers.
    for (let i = 1; i <= cols.length; i += 1) ws.getColumn(i).numFmt = '@';
  }
  await wb.xlsx.writeFile(path);
}

/** The template documented as a Markdown section (README-ready). */
export function templateMarkdown(): string {
  const lines = [
    '## Importing spreadsheets',
    '',
    'Sheets (XLSX worksheets or CSV files named after the sheet). Headers are matched loosely (case, spaces and underscores do not matter); blank rows and columns are ignored. `*` = required.',
    '',
  ];
  for (const kind of TEMPLATE_SHEETS) {
    lines.push(`### ${kind}`, '', SHEET_HELP[kind] ?? '', '', '| column | help | example |', '|---|---|---|');
    for (const c of COLUMNS[kind])
      lines.push(
        `| ${c.name}${c.required ? ' *' : ''} | ${c.help.replace(/\|/g, '\\|')} | ${c.example.replace(/\|/g, '\\|')} |`,
      );
    lines.push('');
  }
  return lines.join('\n');
}
