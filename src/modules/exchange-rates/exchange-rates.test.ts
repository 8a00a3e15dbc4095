import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../test/helpers.ts';
import { sql } from '../../platform/db/sql.ts';
import { rateOn, toNationalCurrency } from '../../platform/exchange-rates.ts';
import { readRates } from './import.ts';
import { exchangeRatesModule } from './module.ts';
import { importRateLines } from './test-support.ts';

const { app, ctx } = await createTestApp({ modules: [...baseModules, exchangeRatesModule] });
const national = ctx.country.currency;
const maxGap = ctx.country.exchangeRates.maxGapDays;
const count = async () =>
  (await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from exchange_rates`))[0]!.n;

beforeAll(async () => {
  // A week of dollar rates with a weekend between (2015-01-02 is a Friday), and yen per 100.
  const report = await importRateLines(ctx, [
    '2015-01-01,USD,1885.5,1',
    '2015-01-02,USD,1888.25,1',
    '2015-01-05,USD,1890,1',
    '2015-01-06,USD,1892.123456,1',
    '2015-01-05,JPY,1568.5,100',
    '2015-01-06,JPY,1570,100',
  ]);
  expect(report).toMatchObject({ added: 6, changed: 0, unchanged: 0, problems: [] });
});

describe('a file of rates with a mistake', () => {
  const cases: [string, string[], string, string][] = [
    ['an unknown column', ['2015-02-01,USD,1,1'], 'line 1, column 4', 'unknown column "price"'],
    [
      'a day that does not exist',
      ['2015-02-30,USD,1900,1'],
      'line 2, column date',
      '"2015-02-30" is not a date',
    ],
    ['a code that is no currency', ['2015-02-02,XYZ,1900,1'], 'line 2, column currency', 'not an ISO 4217'],
    [
      'the national currency',
      [`2015-02-02,${national},1,1`],
      'line 2, column currency',
      'the national currency',
    ],
    ['a negative rate', ['2015-02-02,USD,-1900,1'], 'line 2, column rate', 'must be above zero'],
    ['a zero rate', ['2015-02-02,USD,0.00,1'], 'line 2, column rate', 'must be above zero'],
    ['a rate with a comma', ['2015-02-02,USD,"1,900",1'], 'line 2, column rate', 'is not a rate such as'],
    [
      'too many decimals',
      ['2015-02-02,USD,1900.1234567,1'],
      'line 2, column rate',
      'at most 6 decimal places',
    ],
    ['units of zero', ['2015-02-02,USD,1900,0'], 'line 2, column units', 'above zero'],
    ['a day given twice', ['2015-02-02,USD,1900,1', '2015-02-02,USD,1901,1'], 'line 3', 'already on line 2'],
  ];
  it.each(cases)('names the line and column of %s, and stores nothing', async (_, lines, where, message) => {
    const before = await count();
    const header = where === 'line 1, column 4' ? 'date,currency,rate,price' : undefined;
    const report = await importRateLines(ctx, lines, header ? { header } : {});
    expect(report.problems).toContainEqual({ where, message: expect.stringContaining(message) });
    expect(report.added).toBe(0);
    expect(await count()).toBe(before);
  });

  it('names what the header lacks, and a file without rates', () => {
    expect(readRates('date,rate\n2015-01-01,1', 'MNT').problems).toEqual([
      { where: 'line 1', message: 'the header lacks currency' },
    ]);
    expect(readRates('date,currency,rate\n', 'MNT').problems).toEqual([
      { where: 'file', message: 'the file holds no rates' },
    ]);
    expect(readRates('', 'MNT').problems).toEqual([{ where: 'file', message: 'the file holds no rates' }]);
  });

  it('reads Mongolian headers, a BOM, and units left empty as 1', () => {
    const { rows, problems } = readRates('\uFEFFогноо,валют,ханш,нэгж\n2015-01-01,usd,1885.5,\n', 'MNT');
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ line: 2, date: '2015-01-01', currency: 'USD', rate: '1885.5', units: 1 }]);
  });

  it('refuses a gap longer than the country allows, in the file or next to a stored rate', async () => {
    const before = await count();
    const far = new Date(Date.parse('2015-02-02') + (maxGap + 1) * 86_400_000).toISOString().slice(0, 10);
    const inFile = await importRateLines(ctx, ['2015-02-02,EUR,2200,1', `${far},EUR,2210,1`]);
    expect(inFile.problems).toEqual([
      {
        where: 'line 3, column date',
        message: `EUR has no rate for ${maxGap} days between 2015-02-02 and ${far}: at most ${maxGap - 1} are allowed`,
      },
    ]);
    // The dollar's last stored rate is 2015-01-06: a file that starts too long after it is refused.
    const late = new Date(Date.parse('2015-01-06') + (maxGap + 1) * 86_400_000).toISOString().slice(0, 10);
    const afterStored = await importRateLines(ctx, [`${late},USD,1900,1`]);
    expect(afterStored.problems[0]).toMatchObject({
      where: 'line 2, column date',
      message: expect.stringContaining('between 2015-01-06 and'),
    });
    expect(afterStored.problems[0]?.message).toContain('(a rate already stored)');
    expect(await count()).toBe(before);
  });
});

describe('importing', () => {
  it('changes nothing when the same rates come again, and replaces a corrected one, versioned and audited', async () => {
    const again = await importRateLines(ctx, ['2015-01-01,USD,1885.5,1', '2015-01-02,USD,1888.25,1']);
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 2, problems: [] });
    const dry = await importRateLines(ctx, ['2015-01-02,USD,1888.3,1'], { dryRun: true });
    expect(dry).toMatchObject({ added: 0, changed: 1 });
    expect((await rateOn(ctx.db, ctx.country, 'USD', '2015-01-02'))?.rate).toBe('1888.250000');
    const corrected = await importRateLines(ctx, ['2015-01-02,USD,1888.3,1']);
    expect(corrected).toMatchObject({ added: 0, changed: 1, unchanged: 0 });
    expect((await rateOn(ctx.db, ctx.country, 'USD', '2015-01-02'))?.rate).toBe('1888.300000');
    const versions = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from record_versions where dataset = 'exchange-rates' and record_key = 'USD/2015-01-02'`,
    );
    expect(versions[0]?.n).toBe(2);
    const audit = await ctx.db.query<{ action: string; details: { added: number; changed: number } }>(
      sql`select action, details from audit_log where action = 'exchange-rates.import' order by seq`,
    );
    expect(audit.map((a) => a.details)).toEqual([
      expect.objectContaining({ added: 6, changed: 0 }),
      expect.objectContaining({ added: 0, changed: 1 }),
    ]);
  });

  it('runs as `shilen import exchange-rates FILE`, recording the country’s source and the file', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rates-'));
    const file = path.join(dir, 'official-2015-01.csv');
    await fs.writeFile(file, 'date,currency,rate\n2015-01-07,USD,1893\n');
    const importer = exchangeRatesModule.importers!.find((i) => i.name === 'exchange-rates')!;
    expect(await importer.run(ctx, file, { dryRun: false })).toMatchObject({ added: 1, problems: [] });
    const rate = await rateOn(ctx.db, ctx.country, 'USD', '2015-01-07');
    expect(rate?.source).toEqual({ ...ctx.country.exchangeRates.source });
    const [source] = await ctx.db.query<{ fileName: string; sha: string }>(
      sql`select file_name as "fileName", file_sha256 as sha from exchange_rate_sources order by id desc limit 1`,
    );
    expect(source).toMatchObject({
      fileName: 'official-2015-01.csv',
      sha: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    await fs.rm(dir, { recursive: true });
  });
});

describe('the rate on a date', () => {
  it('is the latest rate set on or before the day, within the country’s longest gap', async () => {
    expect(await rateOn(ctx.db, ctx.country, 'USD', '2015-01-05')).toMatchObject({
      setOn: '2015-01-05',
      rate: '1890.000000',
    });
    // Saturday takes Friday's rate.
    expect(await rateOn(ctx.db, ctx.country, 'USD', '2015-01-03')).toMatchObject({ setOn: '2015-01-02' });
    expect(await rateOn(ctx.db, ctx.country, 'JPY', '2015-01-06')).toMatchObject({
      units: 100,
      perUnit: '15.7',
    });
    expect(await rateOn(ctx.db, ctx.country, 'USD', '2014-12-31')).toBeUndefined();
    const stale = new Date(Date.parse('2015-01-07') + maxGap * 86_400_000).toISOString().slice(0, 10);
    expect(await rateOn(ctx.db, ctx.country, 'USD', stale)).toBeUndefined();
    expect(await rateOn(ctx.db, ctx.country, national, '1990-01-01')).toMatchObject({
      rate: '1',
      perUnit: '1',
    });
  });

  it('converts an amount to the national currency exactly, per unit for a rate of many units', async () => {
    expect(await toNationalCurrency(ctx.db, ctx.country, '1000000', 'USD', '2015-01-05')).toMatchObject({
      amount: '1890000000.00',
    });
    expect((await toNationalCurrency(ctx.db, ctx.country, 250, 'JPY', '2015-01-06'))?.amount).toBe('3925.00');
    expect(await toNationalCurrency(ctx.db, ctx.country, 1, 'USD', '2014-01-01')).toBeUndefined();
  });
});

describe('the API', () => {
  it('lists rates with the list’s filters, newest first, with offset paging', async () => {
    const res = await app.inject(
      '/api/v1/exchange-rates?currency=USD&from=2015-01-02&to=2015-01-05&pageSize=1',
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(2); // the 2nd and the 5th: no rate is set on the weekend between
    expect(body.items).toEqual([
      {
        currency: 'USD',
        date: '2015-01-05',
        rate: '1890.000000',
        units: 1,
        source: {
          name: { mn: expect.any(String), en: expect.any(String) },
          url: ctx.country.exchangeRates.source.url,
          file: expect.stringMatching(/\.csv$/),
        },
      },
    ]);
    expect(body.links.next).toContain('page=2');
    const bad = await app.inject('/api/v1/exchange-rates?currency=usd');
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('currency');
  });

  it('gives the rate on a day, a 404 where none applies and a 422 for a day that does not exist', async () => {
    const ok = await app.inject('/api/v1/exchange-rates/USD/2015-01-04');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      currency: 'USD',
      date: '2015-01-04',
      setOn: '2015-01-02',
      perUnit: '1888.3',
    });
    const none = await app.inject('/api/v1/exchange-rates/EUR/2015-01-04');
    expect(none.statusCode).toBe(404);
    expect(none.json().detail).toBe('no official rate of EUR applies on 2015-01-04');
    const impossible = await app.inject('/api/v1/exchange-rates/USD/2015-02-30');
    expect(impossible.statusCode).toBe(422);
    expect(impossible.json().errors).toEqual([
      { field: 'params.date', message: '"2015-02-30" is not a day of the calendar' },
    ]);
  });
});

describe('the pages', () => {
  it('show the latest rate of each currency and every rate, filtered, in the singular for one', async () => {
    const res = await app.inject('/exchange-rates?lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h2>Latest rates</h2>');
    expect(res.body).toContain('<a href="/exchange-rates/USD">US Dollar (USD)</a>');
    expect(res.body).toContain('href="/exchange-rates.csv"');
    expect(res.body).toMatch(/<select id="currency" name="currency">/);
    const one = await app.inject('/exchange-rates?lang=en&currency=USD&from=2015-01-07');
    expect(one.body).toContain('<p class="result-count" role="status">1 rate</p>');
    // A filter value it cannot read is ignored, never an error page.
    const lenient = await app.inject('/exchange-rates?lang=en&from=yesterday');
    expect(lenient.statusCode).toBe(200);
  });

  it('show a currency with its chart, its table and its source, and a 404 for one without rates', async () => {
    const res = await app.inject('/exchange-rates/USD?lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>US Dollar (USD)</h1>');
    expect(res.body).toContain('<svg');
    expect(res.body).toContain('Latest rates of USD');
    expect(res.body).toContain(`href="${ctx.country.exchangeRates.source.url}"`);
    expect((await app.inject('/exchange-rates/EUR')).statusCode).toBe(404);
    const lower = await app.inject('/exchange-rates/usd');
    expect([lower.statusCode, lower.headers.location]).toEqual([301, '/exchange-rates/USD']);
    expect((await app.inject('/exchange-rates/us-dollar')).statusCode).toBe(404);
  });

  it('download the dataset with the same filters', async () => {
    const csv = await app.inject('/exchange-rates.csv?currency=JPY');
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\n')[0]).toContain('currency,date,rate,units');
    expect(csv.body).toContain('JPY,2015-01-05,1568.5');
    expect(csv.body).not.toContain('USD');
  });
});

describe('demo rates', () => {
  it('are working days only, inside the allowed gap, and say they are not official', async () => {
    const { demoRatesCsv } = await import('./demo.ts');
    const { rows, problems } = readRates(demoRatesCsv('2016-01-01', '2016-01-31'), 'MNT');
    expect(problems).toEqual([]);
    expect(new Set(rows.map((r) => new Date(r.date).getUTCDay()))).not.toContain(0);
    expect(rows.filter((r) => r.currency === 'USD')).toHaveLength(21);
  });
});
