import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, engine } from '../../../test/helpers.ts';
import { allMigrations } from '../setup.ts';
import { migrate, pendingMigrations, readMigrations } from './migrate.ts';
import { sql } from './sql.ts';

const db = await createTestDatabase();
await migrate(db, allMigrations([]));
await db.exec(
  'create table items (id int primary key, label text, amount numeric, day date, at timestamptz, big bigint)',
);

describe(`database on ${engine}`, () => {
  it('reads values the same way on both engines', async () => {
    await db.query(
      sql`insert into items values (1, 'a', ${'123456789012.50'}, ${'2015-01-01'}, ${new Date('2015-01-01T00:00:00Z')}, ${'9007199254740993'})`,
    );
    const [row] = await db.query<Record<string, unknown>>(sql`select * from items where id = 1`);
    expect(row).toMatchObject({ id: 1, label: 'a', amount: '123456789012.50', day: '2015-01-01' });
    expect(row?.at).toBeInstanceOf(Date);
    expect(row?.big).toBe(9007199254740993n);
    const [count] = await db.query<{ n: number }>(sql`select count(*) as n from items`);
    expect(count?.n).toBe(1);
  });

  it('commits a transaction whole or not at all', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query(sql`insert into items (id, label) values (2, 'kept?')`);
        await tx.query(sql`insert into items (id, label) values (1, 'duplicate')`);
      }),
    ).rejects.toThrow();
    expect(await db.query(sql`select * from items where id = 2`)).toHaveLength(0);
  });

  it('bulk-loads through COPY, keeping NULL apart from empty text and quoting commas, newlines and the quote', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [
      1000 + i,
      i % 2 ? `Улаанбаатар, "${i}"\nмөр` : '',
      i % 3 ? null : '1.5',
    ]);
    const n = await db.copyInto('items', ['id', 'label', 'amount'], rows);
    expect(n).toBe(5000);
    const back = await db.query<{ id: number; label: string | null; amount: string | null }>(
      sql`select id, label, amount from items where id in (1000, 1001, 1003) order by id`,
    );
    expect(back).toEqual([
      { id: 1000, label: '', amount: '1.5' },
      { id: 1001, label: 'Улаанбаатар, "1"\nмөр', amount: null },
      { id: 1003, label: 'Улаанбаатар, "3"\nмөр', amount: '1.5' },
    ]);
    // The quote character of Shilen's COPY in a value, alone and beside others, comes back as it was.
    const odd = ['\u0001', 'a\u0001\u0001b', '\u0001,\n"x"\\', ' space '];
    await db.copyInto(
      'items',
      ['id', 'label'],
      odd.map((label, i) => [80000 + i, label]),
    );
    const oddBack = await db.query<{ label: string }>(
      sql`select label from items where id >= 80000 and id < 80010 order by id`,
    );
    expect(oddBack.map((r) => r.label)).toEqual(odd);
  });

  it('leaves nothing behind when a COPY fails half way', async () => {
    const rows = [
      [90001, 'ok'],
      [90002, 'ok'],
      [90001, 'duplicate key'],
    ];
    await expect(db.copyInto('items', ['id', 'label'], rows)).rejects.toThrow();
    expect(await db.query(sql`select 1 from items where id >= 90000`)).toHaveLength(0);
  });

  it('sorts Mongolian text in alphabetical order (Ө after О, Ү after У)', async () => {
    // The alphabet: А Б В Г Д Е Ё Ж З И Й К Л М Н О Ө П Р С Т У Ү Ф Х Ц Ч Ш Щ Ъ Ы Ь Э Ю Я;
    // Ё is a letter of its own after Е, and case does not matter.
    const alphabetical = [
      'Агаар',
      'Еэ',
      'Ёс',
      'Олон',
      'өвөл',
      'Өндөр',
      'Пүрэв',
      'Улаан',
      'Үүр',
      'ямаа',
      'Яргуй',
    ];
    await db.exec('create table words (w text)');
    await db.copyInto(
      'words',
      ['w'],
      [...alphabetical].reverse().map((w) => [w]),
    );
    const sorted = await db.query<{ w: string }>(
      sql`select w from words order by mn_sort_key(w) collate "C"`,
    );
    expect(sorted.map((r) => r.w)).toEqual(alphabetical);
  });

  it('folds Cyrillic case on any locale', async () => {
    const [row] = await db.query<{ v: string }>(sql`select mn_lower('ӨНДӨР ҮЗҮҮЛЭЛТ Ulaanbaatar') as v`);
    expect(row?.v).toBe('өндөр үзүүлэлт ulaanbaatar');
  });
});

describe(`migrations on ${engine}`, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-migrations-'));
  fs.writeFileSync(path.join(dir, '001_first.sql'), 'create table m_one (id int);');
  fs.writeFileSync(
    path.join(dir, '002_broken.sql'),
    'create table m_two (id int); select * from no_such_table;',
  );

  it('applies each migration in its own transaction and never half of one', async () => {
    const all = readMigrations('test', dir);
    await expect(migrate(db, all)).rejects.toThrow(/no_such_table/);
    expect(await pendingMigrations(db, all)).toEqual(['test/002_broken.sql']);
    const [m2] = await db.query<{ t: string | null }>(sql`select to_regclass('m_two')::text as t`);
    expect(m2?.t).toBeNull();
  });

  it('refuses a migration changed after it was applied', async () => {
    const changed = readMigrations('test', dir)
      .slice(0, 1)
      .map((m) => ({ ...m, checksum: 'x' }));
    await expect(migrate(db, changed)).rejects.toThrow(/was changed after it was applied/);
  });

  it('rejects badly named migration files', () => {
    fs.writeFileSync(path.join(dir, 'oops.sql'), '');
    expect(() => readMigrations('test', dir)).toThrow(/001_name\.sql/);
  });
});
