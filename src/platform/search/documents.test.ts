import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../../test/helpers.ts';
import { sql } from '../db/sql.ts';
import { joinedSource, moduleDocuments } from './documents.ts';

const ctx = await createTestContext([]);
await ctx.db.exec(`create table documents_test (id bigint primary key, name text not null, shown boolean not null);
  insert into documents_test select i, 'record ' || i, i % 3 <> 0 from generate_series(1, 11) i;`);

const records = moduleDocuments<{ id: number; name: string }>('documents-test', {
  select: sql`select t.id, t.name from documents_test t`,
  id: sql`t.id`,
  searchable: sql`t.shown`,
  pageSize: 2,
  document: (row) => ({
    kind: 'record',
    key: String(row.id),
    title: { mn: row.name, en: row.name },
    url: `/test/${row.id}`,
  }),
});

async function keys(where?: ReturnType<typeof sql>): Promise<string[]> {
  const found: string[] = [];
  for await (const d of records.documents(ctx.db, where)) found.push(d.key);
  return found;
}

describe('moduleDocuments', () => {
  it('streams every searchable row in id order, page after page', async () => {
    expect(await keys()).toEqual(['1', '2', '4', '5', '7', '8', '10', '11']);
  });

  it('narrows the rows by a condition, still only searchable ones', async () => {
    expect(await keys(sql`t.id between 3 and 7`)).toEqual(['4', '5', '7']);
  });

  it('writes the documents of the rows a condition picks into the index', async () => {
    await ctx.db.transaction((tx) => records.index(tx, sql`t.id <= 5`));
    const rows = await ctx.db.query<{ key: string; title_key: string }>(
      sql`select key, title_key from search_documents where module = 'documents-test' order by key`,
    );
    expect(rows.map((r) => r.key)).toEqual(['1', '2', '4', '5']);
    expect(rows[0]?.title_key).toBe('record 1 record 1');
  });

  it('is the manifest’s search source, with every document', async () => {
    const source = records.source('test.label', { record: 'test.kind' });
    expect(source).toMatchObject({ label: 'test.label', kinds: { record: 'test.kind' } });
    const all: string[] = [];
    for await (const d of source.documents(ctx.db)) all.push(d.key);
    expect(all).toEqual(await keys());
  });

  it('joins the sources of a module’s registers into one: the kinds of each, every document of each in turn', async () => {
    const others = moduleDocuments<{ id: number; name: string }>('documents-test', {
      select: sql`select t.id, t.name from documents_test t`,
      id: sql`t.id`,
      searchable: sql`t.id > 9`,
      document: (row) => ({
        kind: 'other',
        key: `o${row.id}`,
        title: { mn: row.name, en: row.name },
        url: '/o',
      }),
    });
    const joined = joinedSource('test.module', [
      records.source('test.label', { record: 'test.kind' }),
      others.source('test.others', { other: 'test.other' }),
    ]);
    expect(joined).toMatchObject({
      label: 'test.module',
      kinds: { record: 'test.kind', other: 'test.other' },
    });
    const all: string[] = [];
    for await (const d of joined.documents(ctx.db)) all.push(d.key);
    expect(all).toEqual([...(await keys()), 'o10', 'o11']);
  });
});
