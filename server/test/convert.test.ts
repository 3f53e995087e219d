import neo4j from 'neo4j-driver';

import { toPlain } from '../src/db/convert';

describe('toPlain', () => {
  it('turns Integers, temporal values and nodes inside lists and maps into plain JSON', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Actor'], { id: 'kh-1', name: 'អង្គការ', influence: neo4j.int(4) });
    const value = [
      neo4j.int(7),
      'ສະມາຄົມ',
      null,
      [neo4j.int(1), [neo4j.int(2)]],
      { count: neo4j.int(3), day: new neo4j.types.Date(2019, 6, 30), nested: { at: neo4j.int(5) } },
      node,
      new neo4j.types.DateTime(2020, 1, 2, 3, 4, 5, 0, 0),
    ];
    expect(toPlain(value)).toEqual([
      7,
      'ສະມາຄົມ',
      null,
      [1, [2]],
      { count: 3, day: '2019-06-30', nested: { at: 5 } },
      { id: 'kh-1', name: 'អង្គការ', influence: 4 },
      '2020-01-02T03:04:05.000Z',
    ]);
  });

  it('converts a record’s lists in place rather than copying them', () => {
    const tuple = ['COLLABORATES_WITH', neo4j.int(2), ['Actor']];
    const links = [tuple];
    const plain = toPlain(links) as unknown[][];
    expect(plain).toBe(links);
    expect(plain[0]).toBe(tuple);
    expect(tuple).toEqual(['COLLABORATES_WITH', 2, ['Actor']]);
  });

  it('leaves undefined as null and scalars as they are', () => {
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain(1.5)).toBe(1.5);
    expect(toPlain(true)).toBe(true);
  });
});
