import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/helpers.ts';
import type { Row } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { sql } from '../db/sql.ts';
import type { DatasetDeclaration } from '../module.ts';
import { allMigrations } from '../setup.ts';
import { changesFeed, xmlText } from './atom.ts';
import { datasetsOf, resolveDataset } from './dataset.ts';
import { downloadEtag } from './download.ts';
import { checkFilters } from './filters.ts';
import { csvHeader, csvLines, textChunks } from './formats.ts';
import { countRows, countsBy, lastModified, streamBatches } from './rows.ts';
import {
  changesSince,
  latestChanges,
  recordCurrentVersions,
  recordHistory,
  recordVersion,
} from './versions.ts';

const db = await createTestDatabase();
const bi = (text: string) => ({ mn: text, en: text });

const declaration: DatasetDeclaration = {
  id: 'test-items',
  title: bi('Items'),
  description: bi('Items for the tests'),
  publisher: 'government',
  themes: ['GOVE'],
  fields: [
    { name: 'region', type: 'string', title: bi('Region') },
    { name: 'code', type: 'integer', title: bi('Code') },
    { name: 'name', type: 'string', title: bi('Name') },
  ],
  key: ['region', 'code'],
  source: sql`select region, code, name, upper(region) as region_upper from ds_items`,
  filters: [
    { name: 'region', title: bi('Region'), values: ['north', 'south'] },
    {
      name: 'big',
      title: bi('Region in capitals'),
      pattern: /^[A-Z]+$/,
      where: (v) => sql`d.region_upper = ${v}`,
    },
  ],
};
const dataset = resolveDataset(declaration, 'tests');

beforeAll(async () => {
  await migrate(db, allMigrations([]));
  await db.exec(`
    create table ds_items (region text not null, code integer not null, name text, primary key (region, code));
  `);
  const rows: [string, number, string][] = [];
  for (const region of ['north', 'south'])
    for (let code = 1; code <= 7; code++) rows.push([region, code, `${region} ${code}`]);
  await db.copyInto('ds_items', ['region', 'code', 'name'], rows);
});

async function all(batches: AsyncIterable<Row[]>): Promise<Row[][]> {
  const out: Row[][] = [];
  for await (const b of batches) out.push(b);
  return out;
}

describe('dataset declarations', () => {
  it('fill in the defaults and refuse mistakes, naming them', () => {
    expect(dataset).toMatchObject({
      licence: 'CC-BY-4.0',
      frequency: 'irregular',
      module: 'tests',
      key: ['region', 'code'],
    });
    expect(resolveDataset({ ...declaration, key: undefined }, 'tests').key).toEqual(['region']);
    expect(() => resolveDataset({ ...declaration, id: 'Test Items' }, 'x')).toThrow(/kebab-case/);
    expect(() => resolveDataset({ ...declaration, key: ['nope'] }, 'x')).toThrow(/key field "nope"/);
    expect(() => resolveDataset({ ...declaration, themes: [] }, 'x')).toThrow(/theme/);
    expect(() =>
      datasetsOf([
        { name: 'a', datasets: [declaration] },
        { name: 'b', datasets: [declaration] },
      ]),
    ).toThrow(/declared twice \(by a and b\)/);
  });
});

describe('streaming by keyset batches', () => {
  it('reads every row once, in key order, a batch at a time, with only the declared fields', async () => {
    const batches = await all(streamBatches(db, dataset, {}, { batchSize: 4 }));
    expect(batches.map((b) => b.length)).toEqual([4, 4, 4, 2]);
    const rows = batches.flat();
    expect(rows.map((r) => `${r.region}-${r.code}`)).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7].map((c) => `north-${c}`),
      ...[1, 2, 3, 4, 5, 6, 7].map((c) => `south-${c}`),
    ]);
    expect(Object.keys(rows[0]!)).toEqual(['region', 'code', 'name']);
  });

  it('filters, starts after a key and stops at a limit', async () => {
    const south = (await all(streamBatches(db, dataset, { region: 'south' }, { batchSize: 3 }))).flat();
    expect(south.map((r) => r.code)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const custom = (await all(streamBatches(db, dataset, { big: 'NORTH' }))).flat();
    expect(custom).toHaveLength(7);
    const after = (
      await all(streamBatches(db, dataset, {}, { after: ['north', 6], limit: 3, batchSize: 2 }))
    ).flat();
    expect(after.map((r) => `${r.region}-${r.code}`)).toEqual(['north-7', 'south-1', 'south-2']);
    expect(await countRows(db, dataset, { region: 'north' })).toBe(7);
    expect(await countsBy(db, dataset, 'region')).toEqual([
      { value: 'north', count: 7 },
      { value: 'south', count: 7 },
    ]);
  });

  it('checks filters against the declaration, naming each bad parameter', async () => {
    expect(await checkFilters(db, dataset, { region: 'north', big: '', lang: 'en' }, ['lang'])).toEqual({
      ok: true,
      filters: { region: 'north' },
    });
    const bad = await checkFilters(db, dataset, {
      region: 'west',
      big: 'lower',
      size: '1',
      code: ['1', '2'],
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toEqual([
      { field: 'query.region', message: '"west" is not one of: north, south' },
      { field: 'query.big', message: '"lower" is not a valid value' },
      { field: 'query.size', message: 'is not a filter of test-items; it accepts: region, big' },
      { field: 'query.code', message: 'is not a filter of test-items; it accepts: region, big' },
    ]);
  });
});

describe('file formats', () => {
  it('quotes CSV cells that need it and neutralises formulas', () => {
    const fields = [
      { name: 'a', type: 'string' as const, title: bi('A') },
      { name: 'n', type: 'number' as const, title: bi('N') },
    ];
    expect(csvHeader(fields, true)).toBe('\uFEFFa,n\n');
    const rows = [
      { a: 'plain', n: -5 },
      { a: 'with, comma', n: 1.5 },
      { a: 'say "hi"\nthen', n: null },
      { a: '=HYPERLINK("x")', n: 0 },
      { a: '-2+3', n: 2 },
      { a: new Date('2024-05-01T08:30:00Z'), n: 3 },
    ];
    expect(csvLines(fields, rows)).toBe(
      'plain,-5\n"with, comma",1.5\n"say ""hi""\nthen",\n"\'=HYPERLINK(""x"")",0\n\'-2+3,2\n2024-05-01T08:30:00.000Z,3\n',
    );
  });

  it('writes an empty JSON array and NDJSON lines', async () => {
    const none = (async function* () {})();
    let text = '';
    for await (const chunk of textChunks('json', dataset.fields, none)) text += chunk;
    expect(JSON.parse(text)).toEqual([]);
    const some = (async function* () {
      yield [{ region: 'x', code: 1, name: null }];
      yield [{ region: 'y', code: 2, name: 'ü' }];
    })();
    let lines = '';
    for await (const chunk of textChunks('ndjson', dataset.fields, some)) lines += chunk;
    expect(lines).toBe('{"region":"x","code":1,"name":null}\n{"region":"y","code":2,"name":"ü"}\n');
  });

  it('gives a weak ETag that changes with the data, the filters and the format', () => {
    const at = new Date('2024-01-01T00:00:00Z');
    const tag = downloadEtag(dataset, 'csv', {}, at);
    expect(tag).toMatch(/^W\/"[\w-]{32}"$/);
    expect(downloadEtag(dataset, 'csv', {}, at)).toBe(tag);
    expect(downloadEtag(dataset, 'csv', {}, new Date('2024-01-02T00:00:00Z'))).not.toBe(tag);
    expect(downloadEtag(dataset, 'csv', { region: 'north' }, at)).not.toBe(tag);
    expect(downloadEtag(dataset, 'json', {}, at)).not.toBe(tag);
  });
});

describe('record versions', () => {
  it('records a version only when something changed, and tells inserts from updates', async () => {
    const row = { region: 'north', code: 1, name: 'north 1' };
    const v = (data: Row | null, op: 'insert' | 'update' | 'delete') =>
      db.transaction((tx) => recordVersion(tx, dataset, 'k1', data, op, 'system:test'));
    expect(await v(row, 'insert')).toBe(1);
    expect(await v(row, 'update')).toBeNull();
    expect(await v({ ...row, name: 'renamed' }, 'update')).toBe(2);
    expect(await v(null, 'delete')).toBe(3);
    expect(await v(null, 'delete')).toBeNull();
    expect(await v(row, 'update')).toBe(4);
    const history = await recordHistory(db, dataset.id, 'k1');
    expect(history.map((h) => h.operation)).toEqual(['insert', 'update', 'delete', 'insert']);
    expect(history[2]?.data).toBeNull();
    expect(
      await db.transaction((tx) => recordVersion(tx, dataset, 'never-seen', null, 'delete', 'x')),
    ).toBeNull();
  });

  it('brings a dataset’s history in line with its rows: new, changed and removed records, nothing twice', async () => {
    const other = resolveDataset({ ...declaration, id: 'test-items-2' }, 'tests');
    expect(await db.transaction((tx) => recordCurrentVersions(tx, other, 'system:seed'))).toBe(14);
    expect(await db.transaction((tx) => recordCurrentVersions(tx, other, 'system:seed'))).toBe(0);
    await db.query(sql`update ds_items set name = 'changed' where region = 'south' and code = 3`);
    await db.query(sql`delete from ds_items where region = 'south' and code = 7`);
    expect(await db.transaction((tx) => recordCurrentVersions(tx, other, 'user:1'))).toBe(2);
    const changes = await latestChanges(db, other.id, 2);
    expect(changes.map((c) => [c.key, c.operation])).toEqual([
      ['["south",7]', 'delete'],
      ['["south",3]', 'update'],
    ]);
    expect(changes[1]?.previous?.name).toBe('south 3');
    expect(await lastModified(db, other)).toBeInstanceOf(Date);

    const firstPage = await changesSince(db, other.id, { limit: 10 });
    const rest = await changesSince(db, other.id, { after: firstPage.at(-1)?.id, limit: 10 });
    expect(firstPage.length + rest.length).toBe(16);
    expect(await changesSince(db, other.id, { since: new Date(Date.now() + 60_000), limit: 10 })).toEqual([]);

    const feed = changesFeed({ dataset: other, publicUrl: 'http://x.test', publisher: undefined, changes });
    expect(XMLValidator.validate(feed)).toBe(true);
    expect(feed).toContain('name: south 3 → changed');
  });

  it('keeps XML text well-formed whatever the data holds', () => {
    expect(xmlText('a < b & "c"\u0001\u0007 d\u000b')).toBe('a &lt; b &amp; &quot;c&quot; d');
  });
});
