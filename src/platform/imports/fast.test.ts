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
import {
  brokenRules,
  createStaging,
  dropStaging,
  missingReferences,
  type StagingTables,
  stagingTables,
} from './merge.ts';
import { importPlan } from './plan.ts';
import { type StageOptions, stageRows } from './stage.ts';
import { bi, itemFields, paymentFields, paymentRules, tableDataset } from './test-support.ts';
import type { DatasetImport, ImportEncoding } from './types.ts';

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
  await ctx.db.exec(`create table fast_test_codes (year integer not null, code text not null, primary key (year, code));
    insert into fast_test_codes values (2025, '2110'), (2026, '2110'), (2026, '2210')`);
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

/** The whole-file checks of references and rules over a staging table, as run.ts runs them. */
async function wholeFile(p: typeof plan, table: StagingTables, headers: ReadonlyMap<string, string>) {
  const refs = await missingReferences(ctx.db, p, table, headers, 100);
  const rules = await brokenRules(ctx.db, p, table, headers, 100);
  return [...refs.problems, ...rules.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

async function both(content: string | Uint8Array, encoding: ImportEncoding = 'utf-8', p = plan) {
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
  await createStaging(ctx.db, p, fast);
  await createStaging(ctx.db, p, slow);
  try {
    const byFast = await stageCsvFast(ctx.db, p, file, fast, options);
    const byReader = await stageRows(ctx.db, p, file, slow, options);
    const rows = async (table: string) => ctx.db.query(sql`select * from ${sql.id(table)} order by line`);
    return {
      took: byFast !== undefined,
      fast: byFast,
      reader: byReader,
      fastRows: await rows(fast.rows),
      readerRows: await rows(slow.rows),
      fastChecks: byFast ? await wholeFile(p, fast, byFast.headers) : undefined,
      readerChecks: await wholeFile(p, slow, byReader.headers),
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

const paymentPlan = importPlan(
  resolveDataset(
    tableDataset('fast_test_payments', paymentFields, 'fast-test.import', paymentRules('fast_test_codes')),
    'fast-test',
  ),
)!;
const PAY = 'code,fiscal_year,economic_code,kind,amount,payee_kind,payee_name';

describe('the fast path with composite references and rules', () => {
  it('is taken: the references and rules are judged over the whole file after staging', () => {
    expect(fastEligible(paymentPlan)).toBe(true);
    const jsPattern = importPlan(
      resolveDataset(
        tableDataset('fast_test_payments', paymentFields, 'fast-test.import', {
          columns: { economic_code: { pattern: { regex: /^\d{4}$/, message: bi('Four digits') } } },
        }),
        'fast-test',
      ),
    )!;
    expect(fastEligible(jsPattern)).toBe(false);
  });

  it('stages a right file as the reader does, and finds nothing wrong in it', async () => {
    const r = await both(
      [
        PAY,
        'P-1,2026,2110,payment,100.50,entity,Эрдэнэт ХХК',
        'P-2,2025,2110,refund,-20,individual,',
        'P-3,2026,2210,payment,0,,',
        'P-4,2026,,payment,5,entity,Б.Батболдын сан ХХК',
        '',
      ].join('\n'),
      'utf-8',
      paymentPlan,
    );
    expect(r.took).toBe(true);
    expect(r.fastRows).toEqual(r.readerRows);
    expect(r.reader.problemCount).toBe(0);
    expect(r.fastChecks).toEqual([]);
    expect(r.readerChecks).toEqual([]);
  });

  it('reports codes of another year and broken rules the same either way, by line and column', async () => {
    const r = await both(
      [
        'Code,Fiscal year,Economic code,kind,amount,payee_kind,Payee name',
        'P-1,2025,2210,payment,100,entity,Эрдэнэт ХХК',
        'P-2,2026,2110,payment,-0.5,entity,',
        'P-3,2026,2110,payment,1,individual,Дорж',
        'P-4,2026,2110,payment,1,entity,Б.Батболд',
        'P-5,2027,2110,refund,,entity,',
        '',
      ].join('\n'),
      'utf-8',
      paymentPlan,
    );
    expect(r.took).toBe(true);
    expect(r.fastChecks).toEqual(r.readerChecks);
    expect(r.readerChecks.map((p) => `${p.line} ${p.column} ${p.message.en}`)).toEqual([
      '2 Economic code Code 2210 is not in the classification of 2025',
      '3 amount Negative unless a refund',
      '4 Payee name An individual is not named',
      '5 Payee name A person’s name',
      '6 Economic code Code 2110 is not in the classification of 2027',
      '6 amount A refund has an amount',
    ]);
    expect(r.readerChecks[0]?.message.mn).toBe('2210 код 2025 оны ангилалд алга');
  });

  it('leaves a pattern’s break to the reader, which judges no rule on a line with a wrong cell', async () => {
    const r = await both(
      `${PAY}\nP-1,2026,21100,payment,1,entity,\nP-2,2026,2110,refund,x,entity,\n`,
      'utf-8',
      paymentPlan,
    );
    expect(r.took).toBe(false);
    expect(r.reader.problems.map((p) => `${p.line} ${p.column} ${p.message.en}`)).toEqual([
      '2 economic_code Four digits: "21100"',
      '3 amount Not a number: "x"',
    ]);
    expect(r.readerChecks).toEqual([]);
  });

  it('says by default which value is unknown for which other value', async () => {
    const plain = importPlan(
      resolveDataset(
        tableDataset('fast_test_payments', paymentFields, 'fast-test.import', {
          columns: {
            economic_code: {
              references: { table: 'fast_test_codes', column: 'code', with: { fiscal_year: 'year' } },
            },
          },
        }),
        'fast-test',
      ),
    )!;
    const r = await both(`${PAY}\nP-1,2025,2210,payment,1,entity,\n`, 'utf-8', plain);
    expect(r.took).toBe(true);
    expect(r.fastChecks).toEqual(r.readerChecks);
    expect(r.readerChecks.map((p) => p.message)).toEqual([
      {
        mn: '"2210" гэсэн утга Төсвийн жил "2025"-тай хослолоор бүртгэлд алга',
        en: '"2210" is not a known fast test codes code for Fiscal year "2025"',
      },
    ]);
  });

  it('refuses a declaration whose references or rules name what is not imported', () => {
    const plan = (rules: Partial<DatasetImport>) =>
      importPlan(
        resolveDataset(
          tableDataset('fast_test_payments', paymentFields, 'fast-test.import', rules),
          'fast-test',
        ),
      );
    const ref = (extra: object) => ({
      columns: { economic_code: { references: { table: 'fast_test_codes', column: 'code', ...extra } } },
    });
    expect(() => plan({ ...ref({ with: { year: 'year' } }), fields: undefined })).toThrow(
      /is with "year", not another imported field/,
    );
    expect(() => plan(ref({ with: { fiscal_year: 'Year' } }))).toThrow(/"Year" is not a SQL identifier/);
    expect(() => plan(ref({ with: { fiscal_year: 'year' }, message: bi('{value} in {year}') }))).toThrow(
      /names \{year\}/,
    );
    expect(() => plan({ rules: [{ field: 'total', holds: sql`true`, message: bi('x') }] })).toThrow(
      /rule 1 names "total"/,
    );
  });
});
