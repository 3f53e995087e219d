import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { generateSyntheticDataset, type SeedDataset } from '@reform-atlas/seed';

import { ARRAY_DELIMITER, writeBulkFiles, type BulkFile } from '../src/domain/bulkLoad';

/** The lines of one written file, header first. */
function lines(files: BulkFile[], name: string): string[] {
  const file = files.find((f) => f.name === name);
  if (!file) throw new Error(`no file for ${name}`);
  return readFileSync(file.file, 'utf8').trimEnd().split('\n');
}

describe('writeBulkFiles (the CSV files of neo4j-admin import)', () => {
  let dir: string;
  let dataset: SeedDataset;
  let files: BulkFile[];
  let relationships: number;
  /** The load's moment: the day of the middle activity, so some activities are past and some planned. */
  let now: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bulk-load-'));
    dataset = generateSyntheticDataset({ actors: 600 });
    // One activity names a theme twice: seed-activities.cypher MERGEs its links, so it gets one ADDRESSES link.
    const first = dataset.activities[0]!;
    first.themes = [first.themes[0]!, first.themes[0]!];
    const days = dataset.activities.map((x) => x.date).sort();
    now = `${days[Math.floor(days.length / 2)]!}T12:00:00.000Z`;
    ({ files, relationships } = await writeBulkFiles(dataset, dir, { kind: 'synthetic', now }));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a file for every label set and relationship type the seed statements write, activities included', () => {
    expect(files.map((f) => `${f.kind} ${f.name}`).sort()).toEqual(
      [
        'nodes Activity',
        'nodes Actor',
        'nodes Country',
        'nodes Group:Coalition',
        'nodes Group:Network',
        'nodes Theme',
        'relationships ACTIVE_IN',
        'relationships ADDRESSES',
        'relationships BASED_IN',
        'relationships COLLABORATES_WITH',
        'relationships FOCUSES_ON',
        'relationships HELD_IN',
        'relationships INTERESTED_IN',
        'relationships MEMBER_OF',
        'relationships OPERATES_IN',
        'relationships PARTICIPATED_IN',
      ].sort(),
    );
  });

  it('counts relationships as loadDataset does (participations, not the activities’ own links)', () => {
    const actors = dataset.actors.reduce(
      (n, a) => n + a.interests.length + a.memberships.length + 1 + a.operatesIn.filter((c) => c !== a.basedIn).length,
      0,
    );
    const participations = dataset.activities.reduce((n, x) => n + x.participants.length, 0);
    expect(relationships).toBe(actors + dataset.collaborations.length + participations);
    expect(lines(files, 'PARTICIPATED_IN')).toHaveLength(participations + 1);
  });

  it('writes activities with the status Cypher would give them on the load day, version 1', () => {
    const [header, ...rows] = lines(files, 'Activity');
    expect(header).toBe('id:ID(Activity),name,type,date:date,description,status,version:int');
    const status = new Map(rows.map((row) => [row.split(',')[0]!.replaceAll('"', ''), row.split(',').at(-2)]));
    for (const activity of dataset.activities) {
      expect(status.get(activity.id)).toBe(activity.date > now.slice(0, 10) ? '"PLANNED"' : '"HELD"');
    }
    expect(new Set(status.values())).toEqual(new Set(['"PLANNED"', '"HELD"']));
    expect(rows.every((row) => row.endsWith(',1'))).toBe(true);
  });

  it('writes one link per distinct theme of an activity, and its country', () => {
    const first = dataset.activities[0]!;
    const addresses = lines(files, 'ADDRESSES').filter((row) => row.startsWith(`"${first.id}",`));
    expect(addresses).toEqual([`"${first.id}","${first.themes[0]}"`]);
    expect(lines(files, 'HELD_IN')).toContain(`"${first.id}","${first.country}"`);
  });

  it('writes lists with the array delimiter, an empty list as a quoted empty cell, a missing value as nothing', () => {
    const [header, ...rows] = lines(files, 'Actor');
    const altNames = header!.split(',').indexOf('altNames:string[]');
    const website = header!.split(',').indexOf('website');
    const withNames = dataset.actors.findIndex((a) => a.altNames.length > 0);
    const without = dataset.actors.findIndex((a) => a.altNames.length === 0);
    // No generated value holds a comma before these columns, so splitting on commas finds them.
    expect(rows[withNames]!.split(',')[altNames]).toBe(
      `"${dataset.actors[withNames]!.altNames.map((n) => n.normalize('NFC')).join(ARRAY_DELIMITER)}"`,
    );
    expect(rows[without]!.split(',')[altNames]).toBe('""');
    const noSite = dataset.actors.findIndex((a) => a.website === undefined);
    if (noSite >= 0 && !dataset.actors[noSite]!.description.includes(',')) {
      expect(rows[noSite]!.split(',')[website]).toBe('');
    }
  });

  it('doubles the quotes inside a string value', async () => {
    const quotedDir = mkdtempSync(join(tmpdir(), 'bulk-load-quotes-'));
    try {
      const copy = { ...dataset, countries: [{ ...dataset.countries[0]!, name: 'Lao "PDR"' }] };
      const written = await writeBulkFiles(copy, quotedDir, { kind: 'synthetic', now });
      expect(lines(written.files, 'Country')[1]).toBe(`"${copy.countries[0]!.code}","Lao ""PDR"""`);
    } finally {
      rmSync(quotedDir, { recursive: true, force: true });
    }
  });
});
