import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/helpers.ts';
import { migrate } from '../db/migrate.ts';
import { sql } from '../db/sql.ts';
import { SLUG } from '../patterns.ts';
import { allMigrations } from '../setup.ts';
import { datasetFields, lastChanged, slugFilter } from './declare.ts';

const db = await createTestDatabase();

beforeAll(async () => {
  await migrate(db, allMigrations([]));
  await db.exec('create table declare_items (id integer primary key, updated_at timestamptz)');
});

const modified = async (query: ReturnType<typeof sql>) =>
  (await db.query<{ modified: Date | null }>(query))[0]?.modified ?? null;

describe('datasetFields', () => {
  it('makes each entry a field of its name, a text field unless it says otherwise, in the order written', () => {
    expect(
      datasetFields({
        id: { mn: 'Дугаар', en: 'Id', type: 'integer', required: true },
        name: { mn: 'Нэр', en: 'Name', description: { mn: 'Тайлбар', en: 'About' }, values: ['a'] },
      }),
    ).toStrictEqual([
      { name: 'id', type: 'integer', title: { mn: 'Дугаар', en: 'Id' }, required: true },
      {
        name: 'name',
        type: 'string',
        title: { mn: 'Нэр', en: 'Name' },
        description: { mn: 'Тайлбар', en: 'About' },
        values: ['a'],
      },
    ]);
  });
});

describe('slugFilter', () => {
  it('takes slugs only', () => {
    expect(slugFilter('plan', { mn: 'Төлөвлөгөө', en: 'Plan' })).toStrictEqual({
      name: 'plan',
      title: { mn: 'Төлөвлөгөө', en: 'Plan' },
      pattern: SLUG,
    });
  });
});

describe('lastChanged', () => {
  const rows = sql`select max(updated_at) from declare_items`;

  it('is when the module was installed while there are no rows, and nothing without a module', async () => {
    const installed = await modified(lastChanged({ rows, dataset: 'declare-items', installed: 'platform' }));
    expect(installed).toBeInstanceOf(Date);
    expect(await modified(lastChanged({ rows, dataset: 'declare-items' }))).toBeNull();
  });

  it('is the newest of the rows’ times and the change history', async () => {
    await db.exec(`insert into declare_items values (1, '2030-01-02T00:00:00Z')`);
    const query = lastChanged({ rows, dataset: 'declare-items', installed: 'platform' });
    expect(await modified(query)).toEqual(new Date('2030-01-02T00:00:00Z'));
    await db.query(sql`insert into record_versions (dataset, record_key, version, operation, data, changed_at, changed_by)
      values ('declare-items', '1', 1, 'update', '{}', '2031-05-06T00:00:00Z', 'test')`);
    expect(await modified(query)).toEqual(new Date('2031-05-06T00:00:00Z'));
    expect(await modified(lastChanged({ rows }))).toEqual(new Date('2030-01-02T00:00:00Z'));
  });
});
