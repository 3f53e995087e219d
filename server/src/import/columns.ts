/** The import template: one sheet per kind of record, plus the export's nodes/edges files. */
export const SHEET_KINDS = [
  'actors',
  'groups',
  'themes',
  'memberships',
  'interests',
  'collaborations',
  'activities',
  'participants',
  'positions',
  'nodes',
  'edges',
] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

export interface ColumnSpec {
  name: string;
  required?: boolean;
  help: string;
  example: string;
  /** Other header spellings accepted for this column. */
  aliases?: string[];
}

const provenance: ColumnSpec[] = [
  {
    name: 'provenance',
    help: 'Where the link was recorded (workshop, interview, document). Default "Spreadsheet import".',
    example: 'Consultation workshop, Vientiane, May 2015',
    aliases: ['source of information', 'evidence'],
  },
  {
    name: 'recordedAt',
    help: 'Date recorded, YYYY-MM-DD. Default: the day of the import.',
    example: '2015-05-12',
    aliases: ['recorded', 'date'],
  },
  { name: 'confidence', help: 'LOW, MEDIUM or HIGH (any case). Default MEDIUM.', example: 'HIGH' },
];

/** A participation's provenance: "source" and "date" as the participants sheet names them. */
const participationProvenance: ColumnSpec[] = [
  {
    name: 'provenance',
    help: 'Where the participation is recorded (attendance list, activity report). Default "Spreadsheet import".',
    example: 'Attendance list, Vientiane learning visit',
    aliases: ['source', 'source of information', 'evidence'],
  },
  {
    name: 'recordedAt',
    help: 'Date recorded, YYYY-MM-DD. Default: the day of the import.',
    example: '2015-05-14',
    aliases: ['recorded', 'date'],
  },
  { name: 'confidence', help: 'LOW, MEDIUM or HIGH (any case). Default MEDIUM.', example: 'HIGH' },
];

/** When a link held (issue 17): its first and last day. */
function validity(first: string, last: string): ColumnSpec[] {
  return [
    {
      name: 'validFrom',
      help: 'First day the link held, YYYY-MM-DD. Empty keeps what is recorded (a new link: held from the start).',
      example: first,
    },
    {
      name: 'validTo',
      help: 'Last day the link held (inclusive), YYYY-MM-DD, not before validFrom. Empty while it still holds (a recorded last day is kept).',
      example: last,
    },
  ];
}

/** An actor's first and last day on the map. */
const actorValidity: ColumnSpec[] = [
  {
    name: 'validFrom',
    help: 'First day on the map (founded or first mapped), YYYY-MM-DD. Empty keeps what is recorded (a new actor: always on the map).',
    example: '',
  },
  {
    name: 'validTo',
    help: 'Last day on the map (inclusive), YYYY-MM-DD, not before validFrom. Empty: still on the map (a recorded last day is kept).',
    example: '',
  },
];

export const COLUMNS: Record<SheetKind, ColumnSpec[]> = {
  actors: [
    {
      name: 'id',
      help: 'Stable id (letters, digits, - _ .). Leave empty to match by name and country, or to create one. A row that names an existing actor changes only the cells filled in.',
      example: 'la-cso-landnet',
    },
    {
      name: 'name',
      required: true,
      help: 'Name of the organisation or person.',
      example: 'Mekong Land Learning Network',
    },
    {
      name: 'country',
      required: true,
      help: 'Based in: KH, LA, MM, VN, TH or REGIONAL, or the name the page shows (Cambodia, Lao PDR, Myanmar, Vietnam, Thailand, Regional).',
      example: 'LA',
      aliases: ['basedIn', 'based in'],
    },
    { name: 'operatesIn', help: 'Other countries, separated by | or ;', example: 'KH | TH', aliases: ['operates in'] },
    { name: 'acronym', help: 'Short name.', example: 'LIWG' },
    {
      name: 'altNames',
      help: 'Other names or spellings, e.g. in Lao, Khmer, Burmese, Vietnamese; separated by |',
      example: 'ກຸ່ມເຮັດວຽກຂໍ້ມູນທີ່ດິນ',
      aliases: ['alt names', 'alternative names', 'local names'],
    },
    {
      name: 'sector',
      required: true,
      help: 'CIVIL_SOCIETY, GOVERNMENT, PRIVATE_SECTOR, RESEARCH, DONOR, COMMUNITY, MEDIA or REGIONAL_BODY, or the words the page shows (e.g. Community organisation, Research / academia).',
      example: 'CIVIL_SOCIETY',
    },
    {
      name: 'level',
      required: true,
      help: 'LOCAL, NATIONAL, REGIONAL or INTERNATIONAL (any case).',
      example: 'NATIONAL',
    },
    { name: 'influence', help: 'Whole number 1 (low) to 5 (high). Default 3.', example: '4' },
    {
      name: 'sensitive',
      help: "yes/no: sensitive actors are shown only to analysts and administrators. Empty keeps an existing actor's flag; a new actor is not sensitive.",
      example: 'no',
    },
    { name: 'description', help: 'Free text.', example: 'Network of NGOs working on land issues.' },
    { name: 'website', help: 'http(s) address.', example: 'https://example.org' },
    ...provenance,
    ...actorValidity,
  ],
  groups: [
    { name: 'id', required: true, help: 'Stable id of the network or coalition.', example: 'net-mekong-land' },
    { name: 'kind', required: true, help: 'NETWORK or COALITION (any case).', example: 'NETWORK' },
    { name: 'name', required: true, help: 'Name.', example: 'Mekong Land Forum' },
    { name: 'acronym', help: 'Short name.', example: 'MLF' },
    { name: 'description', help: 'Free text.', example: 'Regional forum of land CSOs.' },
    { name: 'founded', help: 'Year founded.', example: '2012' },
    { name: 'activeIn', help: 'Countries, separated by | or ;', example: 'KH | LA | MM', aliases: ['active in'] },
    {
      name: 'focusThemes',
      help: 'Theme ids, separated by |',
      example: 'community-forestry',
      aliases: ['focus themes', 'themes'],
    },
    ...provenance,
  ],
  themes: [
    { name: 'id', required: true, help: 'Stable id of the theme.', example: 'community-forestry' },
    { name: 'name', required: true, help: 'Name.', example: 'Community and social forestry' },
    { name: 'description', help: 'Free text.', example: 'Forest rights of communities.' },
  ],
  memberships: [
    { name: 'actor', required: true, help: 'Actor id (or exact name) of the member.', example: 'la-cso-landnet' },
    {
      name: 'group',
      required: true,
      help: 'Id of the network or coalition.',
      example: 'net-mekong-land',
      aliases: ['network', 'coalition'],
    },
    { name: 'role', help: 'Role in the group. Default "member".', example: 'steering committee' },
    { name: 'since', help: 'Year joined.', example: '2014' },
    ...provenance,
    ...validity('2014-01-01', ''),
  ],
  interests: [
    { name: 'actor', required: true, help: 'Actor id (or exact name).', example: 'la-cso-landnet' },
    { name: 'theme', required: true, help: 'Theme id.', example: 'community-forestry' },
    { name: 'position', required: true, help: 'SUPPORTS, OPPOSES, MIXED or UNKNOWN (any case).', example: 'SUPPORTS' },
    { name: 'priority', help: '1 (low) to 3 (high). Default 2.', example: '3' },
    ...provenance,
    ...validity('2014-11-06', ''),
  ],
  collaborations: [
    { name: 'actor', required: true, help: 'Actor id (or exact name).', example: 'la-cso-landnet' },
    {
      name: 'partner',
      required: true,
      help: 'The other actor (id or exact name). A pair is stored once, whichever way round.',
      example: 'kh-cso-forest',
      aliases: ['with', 'collaborator'],
    },
    {
      name: 'kind',
      help: 'e.g. joint research, funding, policy dialogue. Default "collaboration".',
      example: 'joint research',
    },
    { name: 'since', help: 'Year the collaboration began.', example: '2013' },
    ...provenance,
    ...validity('2013-01-01', '2017-12-31'),
  ],
  activities: [
    {
      name: 'id',
      required: true,
      help: 'Stable id of the activity (letters, digits, - _ .). A row whose id is already recorded updates that activity.',
      example: 'act-la-learning-visit-2015',
    },
    {
      name: 'type',
      required: true,
      help: 'INFORMATION_WORK, CASE_STUDIES, TARGETED_RESEARCH, LEARNING_VISIT, CROSS_BORDER_LEARNING, TRAINING, COACHING_PAIRING or CONVENING_COLLABORATION, or the words the page shows (e.g. Learning visit).',
      example: 'LEARNING_VISIT',
      aliases: ['activityType', 'activity type'],
    },
    {
      name: 'title',
      required: true,
      help: 'Title, up to 200 characters, in any script.',
      example: 'ການຢ້ຽມຢາມຮຽນຮູ້ປ່າໄມ້ຊຸມຊົນ',
      aliases: ['name', 'label'],
    },
    {
      name: 'startDate',
      required: true,
      help: 'First day, YYYY-MM-DD.',
      example: '2015-05-12',
      aliases: ['start', 'start date', 'date', 'activityDate'],
    },
    {
      name: 'endDate',
      help: 'Last day, YYYY-MM-DD, not before the first; empty for a one-day activity.',
      example: '2015-05-14',
      aliases: ['end', 'end date', 'activityEndDate'],
    },
    {
      name: 'status',
      help: 'PLANNED, HELD or CANCELLED (any case). Empty: an activity already recorded keeps its status; a new one is HELD when it has started, PLANNED otherwise.',
      example: 'HELD',
      aliases: ['activityStatus'],
    },
    {
      name: 'country',
      required: true,
      help: 'Held in: KH, LA, MM, VN, TH or REGIONAL, or the name the page shows (Lao PDR, Regional).',
      example: 'LA',
      aliases: ['heldIn', 'held in'],
    },
    { name: 'themes', help: 'Theme ids addressed, separated by | or ; (at most 50).', example: 'community-forestry' },
    { name: 'description', help: 'Free text, up to 5,000 characters.', example: 'Three days in community forests.' },
    {
      name: 'outcomes',
      help: 'What came of it, up to 5,000 characters.',
      example: 'Two villages agreed to share forest maps.',
    },
    {
      name: 'source',
      help: 'Where the activity is documented (an activity report), up to 500 characters.',
      example: 'Activity report, May 2015',
      aliases: ['provenance'],
    },
  ],
  participants: [
    {
      name: 'activity',
      required: true,
      help: 'Activity id (in this import or already recorded).',
      example: 'act-la-learning-visit-2015',
    },
    { name: 'actor', required: true, help: 'Actor id (or exact name).', example: 'la-cso-landnet' },
    {
      name: 'role',
      help: 'ORGANISER, FACILITATOR, PARTICIPANT, SPEAKER, HOST, FUNDER, KEY_INFORMANT or INVITED, or the words the page shows (e.g. Key informant). Default PARTICIPANT.',
      example: 'FACILITATOR',
    },
    ...participationProvenance,
    {
      name: 'sensitive',
      help: 'yes/no: a participation shown only to analysts and administrators. Empty keeps what the database has; a new one is not sensitive.',
      example: 'no',
    },
    ...validity('2015-05-12', ''),
  ],
  positions: [
    { name: 'actor', required: true, help: 'Actor id (or exact name).', example: 'la-cso-landnet' },
    { name: 'theme', required: true, help: 'Theme id.', example: 'community-forestry' },
    {
      name: 'position',
      required: true,
      help: 'SUPPORTS, OPPOSES, MIXED or UNKNOWN (any case): the position held from this day.',
      example: 'UNKNOWN',
    },
    {
      name: 'from',
      required: true,
      help: "First day of this position, YYYY-MM-DD. An interest's rows go oldest first, each after the one before; the first is the interest's validFrom and the last holds the interest's position (the interest needs its row in the interests sheet of the same import).",
      example: '2014-11-06',
      aliases: ['validFrom', 'since'],
    },
    {
      name: 'source',
      help: 'Where this position was recorded. Default "Spreadsheet import".',
      example: 'Lao PDR reform actor consultation workshop, Nov 2014',
      aliases: ['provenance', 'source of information', 'evidence'],
    },
    { name: 'confidence', help: 'LOW, MEDIUM or HIGH (any case). Default MEDIUM.', example: 'LOW' },
  ],
  nodes: [
    { name: 'id', required: true, help: 'Node id.', example: 'la-cso-landnet' },
    { name: 'label', required: true, help: 'Name.', example: 'Mekong Land Learning Network' },
    { name: 'kind', required: true, help: 'ACTOR, NETWORK, COALITION, THEME or ACTIVITY.', example: 'ACTOR' },
    ...[
      'acronym',
      'altNames',
      'sector',
      'level',
      'influence',
      'sensitive',
      'basedIn',
      'operatesIn',
      'description',
      'website',
      'founded',
      'activeIn',
      'focusThemes',
    ].map((name) => ({ name, help: 'As in the actors and groups sheets.', example: '' })),
    {
      name: 'activityType',
      help: 'Activities: INFORMATION_WORK, CASE_STUDIES, TARGETED_RESEARCH, LEARNING_VISIT, CROSS_BORDER_LEARNING, TRAINING, COACHING_PAIRING or CONVENING_COLLABORATION, or the words the page shows (e.g. Learning visit).',
      example: '',
    },
    { name: 'activityDate', help: 'Activities: the first day, YYYY-MM-DD.', example: '' },
    {
      name: 'activityEndDate',
      help: 'Activities: the last day, YYYY-MM-DD; empty for a one-day activity.',
      example: '',
    },
    { name: 'activityStatus', help: 'Activities: PLANNED, HELD or CANCELLED.', example: '' },
    { name: 'heldIn', help: 'Activities: the country held in.', example: '', aliases: ['held in'] },
    { name: 'themes', help: 'Activities: theme ids addressed, separated by |', example: '' },
    { name: 'outcomes', help: 'Activities: what came of it.', example: '' },
    ...provenance,
    ...actorValidity.map((c) => ({ ...c, help: `Actors: ${c.help}` })),
  ],
  edges: [
    { name: 'source', required: true, help: 'Actor id.', example: 'la-cso-landnet' },
    { name: 'target', required: true, help: 'Group, theme, actor or activity id.', example: 'net-mekong-land' },
    { name: 'type', help: 'Directed or Undirected (Gephi); ignored on import.', example: 'Directed' },
    {
      name: 'mutual',
      help: 'true on a collaboration, which is symmetric (GraphML and GEXF exports); ignored on import.',
      example: '',
    },
    {
      name: 'relation',
      required: true,
      help: 'MEMBER_OF, INTERESTED_IN, COLLABORATES_WITH or PARTICIPATED_IN.',
      example: 'MEMBER_OF',
    },
    ...['role', 'since', 'kind', 'position', 'priority'].map((name) => ({
      name,
      help: 'As in the memberships, interests and collaborations sheets.',
      example: '',
    })),
    {
      name: 'sensitive',
      help: 'yes/no: a link shown only to analysts and administrators. Empty keeps what the database has.',
      example: '',
    },
    ...provenance,
    ...validity('', ''),
    {
      name: 'positionHistory',
      help: 'Interests: the dated positions as the export writes them, JSON [{"position","from","source","confidence"}], oldest first.',
      example: '',
    },
  ],
};

/** Header text compared loosely: case, spaces, underscores and punctuation do not matter. */
export const headerKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Which sheet a table is, from its sheet or file name, else from its columns. */
export function detectKind(name: string, headers: ReadonlySet<string>): SheetKind | null {
  const key = headerKey(name);
  // Link sheets first: "memberships-missing-actor" names a memberships sheet, not an actors one (and
  // "participants-unknown-actor" a participants sheet). Activities last: "edges-unknown-activity" is an edges file,
  // "activity-participants" a participants sheet.
  const order: SheetKind[] = [
    'memberships',
    'interests',
    'collaborations',
    'participants',
    'positions',
    'actors',
    'groups',
    'themes',
    'nodes',
    'edges',
    'activities',
  ];
  // Not "edge" alone: "knowledge-sharing-activities" is an activities sheet.
  const singular = (k: SheetKind): string =>
    k === 'activities' ? 'activity' : k === 'nodes' || k === 'edges' ? k : k.slice(0, -1);
  const byName = order.find((k) => key.includes(k) || key.includes(singular(k)));
  if (byName) return byName;
  const has = (...cols: string[]): boolean => cols.every((c) => headers.has(headerKey(c)));
  if (has('source', 'target', 'relation')) return 'edges';
  if (has('id', 'label', 'kind')) return 'nodes';
  if (has('activity', 'actor')) return 'participants';
  if (has('actor', 'theme', 'from')) return 'positions';
  if (has('id', 'title', 'type')) return 'activities';
  if (has('actor', 'partner')) return 'collaborations';
  if (has('actor', 'theme')) return 'interests';
  if (has('actor', 'group')) return 'memberships';
  if (has('name', 'sector')) return 'actors';
  if (has('id', 'name', 'kind')) return 'groups';
  if (has('id', 'name')) return 'themes';
  return null;
}

/** Maps a header row to column names; unknown headers are reported, blank ones (stray columns) ignored. */
export function mapHeader(
  kind: SheetKind,
  cells: readonly string[],
): { columns: Array<string | null>; unknown: string[]; missing: string[] } {
  const lookup = new Map<string, string>();
  for (const spec of COLUMNS[kind])
    for (const alias of [spec.name, ...(spec.aliases ?? [])]) lookup.set(headerKey(alias), spec.name);
  const unknown: string[] = [];
  const columns = cells.map((cell) => {
    const text = cell.replace(/^\uFEFF/, '').trim();
    if (!text) return null;
    const name = lookup.get(headerKey(text));
    if (!name) unknown.push(text);
    return name ?? null;
  });
  const missing = COLUMNS[kind].filter((c) => c.required && !columns.includes(c.name)).map((c) => c.name);
  return { columns, unknown, missing };
}
