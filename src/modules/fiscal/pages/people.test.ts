import { describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { sql } from '../../../platform/db/sql.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { fiscalModule } from '../module.ts';
import { buildBudgetLine, buildTransactions } from '../test-support.ts';

const { app, ctx } = await createTestApp({ modules: [...baseModules, legalEntitiesModule, fiscalModule] });

await buildBudgetLine(ctx.db, {
  body: 'general-police-department',
  functional: '03.1',
  economic: '21',
  unit: '21',
  approved: 500_000_000,
  executed: 450_000_000,
});
await buildBudgetLine(ctx.db, { functional: '07.3', approved: 300_000_000, revised: 350_000_000 });
await buildBudgetLine(ctx.db, { functional: '09.1', unit: '1101', approved: 200_000_000 });
await buildBudgetLine(ctx.db, {
  direction: 'revenue',
  functional: null,
  economic: '111',
  approved: 700_000_000,
});
await buildBudgetLine(ctx.db, {
  direction: 'revenue',
  functional: null,
  economic: '141',
  approved: 300_000_000,
});
await buildBudgetLine(ctx.db, {
  body: 'oyu-tolgoi',
  economic: '22',
  approved: 90_000_000,
  executed: 80_000_000,
});
await ctx.db.query(
  sql`insert into fiscal_assumptions (fiscal_year, indicator, value) values (2025, 'copper-price', 9100)`,
);
await buildTransactions(ctx, [
  { body: 'oyu-tolgoi', amount: 30_000_000, payee: { identifier: '5123456', name: 'Эм Хангамж ХХК' } },
  { body: 'oyu-tolgoi', amount: 6_000_000, payee: 'individual' },
]);

const get = (url: string) => app.inject({ url });

describe('a reporting body’s page', () => {
  it('shows its basis, state share, budget planned against executed, payees and links, in both languages', async () => {
    const en = await get('/fiscal/bodies/oyu-tolgoi?lang=en');
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('Company with a state share');
    expect(en.body).toContain('34%');
    expect(en.body).toMatch(/22 Use of goods and services<\/span><\/td><td class="numeric">MNT\s90,000,000/);
    expect(en.body).toContain('Individuals (never named)');
    expect(en.body).toContain('href="/fiscal/transactions?payer=oyu-tolgoi&amp;year=2025"');
    expect(en.body).toContain('href="/fiscal/compliance?body=oyu-tolgoi"');
    expect(en.body).toMatch(/href="\/legal-entities\/\d+">Эм Хангамж ХХК/);
    const mn = await get('/fiscal/bodies/oyu-tolgoi');
    expect(mn.body).toContain('Төрийн өмчийн оролцоотой компани');
    const csv = await get('/fiscal/bodies/oyu-tolgoi/budget.csv?year=2025');
    expect(csv.body).toContain(
      '2025,22,"22 Бараа, үйлчилгээний хэрэглээ",2,90000000,90000000,80000000,90000000,0.8889',
    );
    expect((await get('/fiscal/bodies/all-ministries')).statusCode).toBe(404);
  });
});

describe('the citizens’ budget', () => {
  it('says where money comes from and goes, the assumptions and the revision, in short sentences', async () => {
    const en = await get('/fiscal/citizens-budget/2025?lang=en');
    expect(en.statusCode).toBe(200);
    expect(en.body).toMatch(
      /For 2025, the state approved collecting MNT\s1,000,000,000 and spending MNT\s1,090,000,000\./,
    );
    expect(en.body).toMatch(/The largest source is 11 Taxes: MNT\s700,000,000 \(70%\)\./);
    expect(en.body).toMatch(/Most money goes to 03 Public order and safety: MNT\s500,000,000/);
    expect(en.body).toContain('Copper price: 9,100 USD per tonne.');
    expect(en.body).toMatch(/07 Health: \+MNT\s50,000,000\./);
    expect(en.body).toContain(
      'href="/fiscal/budget.csv?year=2025&amp;direction=revenue&amp;phase=approved&amp;by=economic&amp;node=1"',
    );
    const mn = await get('/fiscal/citizens-budget/2025');
    expect(mn.body).toContain('2025 оны иргэдийн төсөв');
    expect((await get('/fiscal/citizens-budget/next')).statusCode).toBe(404);
    expect((await get('/fiscal/citizens-budget/2019?lang=en')).body).toContain(
      'No budget has been published for 2019.',
    );
  });
});

describe('per-person figures', () => {
  it('maps spending per resident for every aimag, with its source, table and CSV', async () => {
    const en = await get('/fiscal/aimags?lang=en&year=2025');
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('Spending per resident (Approved, 2025)');
    expect(en.body).toContain('Approximate, not confirmed.');
    // Dornod: 500,000,000 / 84,199 residents = MNT 5,938.
    expect(en.body).toMatch(
      /href="\/fiscal\/aimags\/21\?year=2025&amp;phase=approved">Dornod<\/a><\/td><td class="numeric">84,199<\/td><td class="numeric">MNT\s500,000,000<\/td><td class="numeric">MNT\s5,938/,
    );
    const csv = await get('/fiscal/aimags.csv?year=2025');
    expect(csv.body).toContain('2025,21,Дорнод,Dornod,84199,2025,approved,500000000,5938.31,0,0');
    const mn = await get('/fiscal/aimags?phase=nope');
    expect(mn.statusCode).toBe(200);
    expect(mn.body).toContain('phase');
  });

  it('splits a tax payment by function for an aimag, in sentences, a chart and a table', async () => {
    const en = await get('/fiscal/aimags/21?lang=en&year=2025&paid=1%20000%20000');
    expect(en.statusCode).toBe(200);
    // National expenditure 1,090,000,000: 03 500M (45.9%), 07 390M (35.8%), 09 200M (18.3%).
    expect(en.body).toMatch(/MNT\s458,716 goes to 03 Public order and safety \(45\.9%\)/);
    expect(en.body).toContain(
      'href="/fiscal/aimags/21/tax.csv?year=2025&amp;phase=approved&amp;paid=1000000"',
    );
    expect(en.body).toMatch(/Dornod: spending per resident by function/);
    const bad = await get('/fiscal/aimags/21?lang=en&paid=lots');
    expect(bad.statusCode).toBe(200);
    expect(bad.body).toContain('Enter an amount in tögrög as a number');
    const csv = await get('/fiscal/aimags/21/tax.csv?year=2025&paid=1000000');
    const rows = csv.body.trim().split('\n').slice(1);
    expect(rows.reduce((sum, r) => sum + Number(r.split(',').at(-1)), 0)).toBe(1_000_000);
    expect((await get('/fiscal/aimags/1101')).statusCode).toBe(404);
    const mn = await get('/fiscal/aimags/11');
    expect(mn.body).toContain('миний татвар хаашаа явдаг вэ');
  });
});
