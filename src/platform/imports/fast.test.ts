import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../test/helpers.ts';
import { resolveDataset } from '../datasets/dataset.ts';
import { sql } from '../db/sql.ts';
import type { DatasetDeclaration, ModuleContext } from '../module.ts';
import { fastEligible, stageCsvFast } from './fast.ts';
import { createStaging, dropStaging, stagingTables } from './merge.ts';
import { importPlan } from './plan.ts';
import { type StageOptions, stageRows } from './stage.ts';
import { bi, itemFields } from './test-support.ts';
import type { ImportEncoding } from './types.ts';

const declaration: DatasetDeclaration = {
  id: 'fast-test-items',
  title: bi('Items'),
  description: bi('Items of the fast-path tests'),
  publisher: 'government',
  themes: ['GOVE'],
  key: ['code'],
  fields: [
    ...itemFields,
    { name: 'region', type: 'string', title: bi('Region'), values: ['north', 'south'] },
  ],
  source: sql`select code, amount, count, active, issued, seen_at, region from fast_test_items`,
  import: {
    table: 'fast_test_items',
    action: 'fast-test.import',
    columns: { code: { maxLength: 6 } },
  },
};
const dataset = resolveDataset(declaration, 'fast-test');
const plan = importPlan(dataset)!;

let ctx: ModuleContext;
let next = 900_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-fast-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  ctx = await createTestContext();
});

const HEADER = 'code,amount,count,active,issued,seen_at,region';

/**
 * Stages a file both ways: by the fast path (or not, when it gives up) and by the row-by-row
 * reader. Returns whether the fast path took it and the staged rows of each.
 */
/** Stages `content` as a CSV file by the fast path alone, in staging tables of its own, dropped after. */
async function stageFast(
  p: typeof plan,
  name: string,
  content: string,
  onProgress: (done: number) => Promise<void> = async () => {},
) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  const tables = stagingTables(next++);
  await createStaging(ctx.db, p, tables);
  try {
    const options = {
      format: 'csv',
      encoding: 'utf-8',
      size: fs.statSync(file).size,
      mapping: {},
      onProgress,
    } as const;
    return await stageCsvFast(ctx.db, p, file, tables, options);
  } finally {
    await dropStaging(ctx.db, tables);
  }
}

async function both(content: string | Uint8Array, encoding: ImportEncoding = 'utf-8') {
  const file = path.join(dir, `f${next}.csv`);
  fs.writeFileSync(file, content);
  const options: StageOptions = {
    format: 'csv',
    encoding,
    size: fs.statSync(file).size,
    mapping: {},
    onProgress: async () => {},
  };
  const fast = stagingTables(next++);
  const slow = stagingTables(next++);
  await createStaging(ctx.db, plan, fast);
  await createStaging(ctx.db, plan, slow);
  try {
    const byFast = await stageCsvFast(ctx.db, plan, file, fast, options);
    const byReader = await stageRows(ctx.db, plan, file, slow, options);
    const rows = async (table: string) => ctx.db.query(sql`select * from ${sql.id(table)} order by line`);
    return {
      took: byFast !== undefined,
      fast: byFast,
      reader: byReader,
      fastRows: await rows(fast.rows),
      readerRows: await rows(slow.rows),
    };
  } finally {
    await dropStaging(ctx.db, fast);
    await dropStaging(ctx.db, slow);
  }
}

describe('the fast path of a CSV import', () => {
  it('is for datasets whose rules SQL can judge', () => {
    expect(fastEligible(plan)).toBe(true);
    const checked = importPlan(
      resolveDataset({ ...declaration, import: { ...declaration.import!, check: () => [] } }, 'fast-test'),
    )!;
    expect(fastEligible(checked)).toBe(false);
  });

  it('stages exactly what the reader stages, in every plain spelling', async () => {
    const csv = [
      HEADER,
      'A-1,12.50,3,yes,2024-03-01,2024-03-01T10:00:00Z,north',
      'A-2,-0.1,-7,FALSE,2024.12.31,2024-03-01 10:00:00.5+08:00,south',
      '"A,3",1234567890.123,0,Тийм,2000-02-29,2024-03-01T23:59:59.123-05:30,',
      'Б-4,,,,,,',
      'Б-6,007.50,-0,0,2024-01-31,2024-01-31T00:00:00.000Z,south',
      'Б-7,-0.0,0012,True,2024-04-30,2024-04-30T12:00:00-00:00,north',
      '"A ""5""",0.000001,123456789012345,n,1999-01-01,2024-01-01T00:00:00+14:00,north',
    ].join('\r\n');
    const r = await both(`${csv}\r\n`);
    expect(r.took).toBe(true);
    expect(r.reader.problemCount).toBe(0);
    expect(r.fastRows).toEqual(r.readerRows);
    expect(r.fast?.rows).toBe(r.reader.rows);
    expect(r.fast?.mapping).toEqual(r.reader.mapping);
  });

  it('reads a BOM, semicolons, Windows-1251 and UTF-16 as the reader does', async () => {
    const csv = `${HEADER.replaceAll(',', ';')}\nА-1;1,5;2;үгүй;2024-01-02;2024-01-02T03:04:05Z;south\nА-2;3;4;1;2024-01-03;2024-01-03T03:04:05Z;north\n`;
    for (const [bytes, encoding] of [
      [Buffer.from(`\uFEFF${csv}`), 'utf-8'],
      [iconv.encode(csv.replace('үгүй', 'no'), 'win1251'), 'windows-1251'],
      [iconv.encode(`\uFEFF${csv}`, 'utf-16le'), 'utf-16le'],
    ] as const) {
      const r = await both(bytes, encoding);
      // "1,5" is a spelling only the reader turns into a number.
      expect(r.took).toBe(false);
      expect(r.reader.problemCount).toBe(0);
      expect(r.fastRows).toEqual([]);
    }
    const plain = `${HEADER.replaceAll(',', ';')}\nА-1;1.5;2;no;2024-01-02;2024-01-02T03:04:05Z;south\n`;
    for (const [bytes, encoding] of [
      [Buffer.from(`\uFEFF${plain}`), 'utf-8'],
      [iconv.encode(plain, 'win1251'), 'windows-1251'],
      [iconv.encode(`\uFEFF${plain}`, 'utf-16le'), 'utf-16le'],
    ] as const) {
      const r = await both(bytes, encoding);
      expect(r.took).toBe(true);
      expect(r.fastRows).toEqual(r.readerRows);
    }
  });

  it('leaves to the reader every file it cannot judge exactly, and stages nothing then', async () => {
    const row = 'A-1,1,2,yes,2024-01-01,2024-01-01T00:00:00Z,north';
    const cases = {
      'a problem in a cell': `${HEADER}\nA-1,x,2,yes,2024-01-01,2024-01-01T00:00:00Z,north\n`,
      'a value not in the code list': `${HEADER}\nA-1,1,2,yes,2024-01-01,2024-01-01T00:00:00Z,east\n`,
      'too long': `${HEADER}\nA-1234567,1,2,yes,2024-01-01,2024-01-01T00:00:00Z,north\n`,
      'not yes or no': `${HEADER}\nA-1,1,2,maybe,2024-01-01,2024-01-01T00:00:00Z,north\n`,
      'a required value empty': `${HEADER}\n,1,2,yes,2024-01-01,2024-01-01T00:00:00Z,north\n`,
      'no such day': `${HEADER}\nA-1,1,2,yes,2024-02-30,2024-01-01T00:00:00Z,north\n`,
      'a date before year 1000': `${HEADER}\nA-1,1,2,yes,0999-01-01,2024-01-01T00:00:00Z,north\n`,
      'a time without a zone': `${HEADER}\nA-1,1,2,yes,2024-01-01,2024-01-01T00:00,north\n`,
      'spaces around a value': `${HEADER}\n A-1 ,1,2,yes,2024-01-01,2024-01-01T00:00:00Z,north\n`,
      'a no-break space at the end': `${HEADER}\nA-1\u00a0,1,2,yes,2024-01-01,2024-01-01T00:00:00Z,north\n`,
      'a line break in quotes': `${HEADER}\n"A\n1",1,2,yes,2024-01-01,2024-01-01T00:00:00Z,north\n`,
      'a blank line': `${HEADER}\n${row}\n\n${row.replace('A-1', 'A-2')}\n`,
      'a short row': `${HEADER}\n${row}\nA-2,1\n`,
      'a long row': `${HEADER}\n${row},extra\n`,
      'a quote inside a value': `${HEADER}\nA"1,1,2,yes,2024-01-01,2024-01-01T00:00:00Z,north\n`,
      'an unclosed quote': `${HEADER}\n"A-1,1,2,yes,2024-01-01,2024-01-01T00:00:00Z,north\n`,
      'a quoted number': `${HEADER}\nA-1,"1",2,yes,2024-01-01,2024-01-01T00:00:00Z,north\n`,
      'a number of 16 significant digits': `${HEADER}\nA-1,1234567890.123456,2,yes,2024-01-01,2024-01-01T00:00:00Z,north\n`,
      'a number in exponent form': `${HEADER}\nA-1,1e3,2,yes,2024-01-01,2024-01-01T00:00:00Z,north\n`,
      'an end-of-data line': `code\nA-1\n\\.\nA-2\n`,
      'an unknown header': `${HEADER},colour\n${row},red\n`,
      'a header only': `${HEADER}\n`,
      'bytes not UTF-8': Buffer.concat([
        Buffer.from(`${HEADER}\nA-`),
        Buffer.from([0xff]),
        Buffer.from(row.slice(3)),
      ]),
    };
    for (const [what, content] of Object.entries(cases)) {
      const r = await both(content);
      expect(r.took, what).toBe(false);
      expect(r.fastRows, what).toEqual([]);
    }
  });

  it('has the reader report a quote inside a value by its line, not throw', async () => {
    const r = await both(
      `${HEADER}\nA-1,1,2,yes,2024-01-01,2024-01-01T00:00:00Z,north\nA"2,1,2,yes,2024-01-01,,\n`,
    );
    expect(r.took).toBe(false);
    expect(r.reader.problemCount).toBe(1);
    expect(r.reader.problems[0]).toMatchObject({
      line: 3,
      message: { en: /^The CSV file cannot be read: Invalid Opening Quote/ },
    });
  });

  it('records progress in the database while it copies a file of several chunks', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 120_000; i++)
      lines.push(`${i},${i}.5,${i},yes,2024-01-01,2024-01-01T00:00:00Z,north`);
    const seen: number[] = [];
    // As the import does: the history's progress written while reading (one connection on PGlite).
    const staged = await stageFast(plan, 'large.csv', `${lines.join('\n')}\n`, async (done) => {
      const [row] = await ctx.db.query<{ n: number }>(sql`select ${done}::int as n`);
      seen.push(Number(row?.n));
    });
    expect(staged?.rows).toBe(120_000);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(120_000);
  });

  it('leaves a record of empty values to the reader when no required field would catch it', async () => {
    const optional = importPlan(
      resolveDataset(
        {
          ...declaration,
          fields: declaration.fields.map((f) => ({ ...f, required: false })),
        },
        'fast-test',
      ),
    )!;
    const staged = await stageFast(
      optional,
      'empty-values.csv',
      `${HEADER}\nA-1,1,2,yes,2024-01-01,2024-01-01T00:00:00Z,north\n,,,,,,\n`,
    );
    expect(staged).toBeUndefined();
  });
});
