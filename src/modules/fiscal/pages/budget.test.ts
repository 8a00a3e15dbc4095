import { describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { fiscalModule } from '../module.ts';
import { buildBudgetLine, buildTransactions } from '../test-support.ts';

const { app, ctx } = await createTestApp({ modules: [...baseModules, legalEntitiesModule, fiscalModule] });

await buildBudgetLine(ctx.db, {
  ref: 'moh-2025-hospitals',
  name: 'Эмнэлгийн үйлчилгээ',
  functional: '07.3',
  proposed: 1_000_000_000,
  approved: 950_000_000,
  revised: 1_100_000_000,
  executed: 1_000_000_000,
});
await buildBudgetLine(ctx.db, { functional: '07.1', approved: 300_000_000, executed: 250_000_000 });
await buildBudgetLine(ctx.db, {
  body: 'general-police-department',
  functional: '03.1',
  economic: '21',
  unit: '21',
  approved: 500_000_000,
  executed: 480_000_000,
});
await buildBudgetLine(ctx.db, {
  body: 'ministry-of-finance',
  direction: 'revenue',
  functional: null,
  economic: '111',
  approved: 2_000_000_000,
  executed: 2_100_000_000,
});
await buildBudgetLine(ctx.db, { year: 2024, functional: '07.3', approved: 800_000_000 });
await buildTransactions(ctx, [
  { ref: 'tx-hosp-1', line: 'moh-2025-hospitals', amount: 600_000_000, ocid: 'ocds-abc123-2025-001' },
  { ref: 'tx-hosp-2', line: 'moh-2025-hospitals', amount: 296_000_000, payee: 'individual' },
  { ref: 'tx-hosp-3', line: 'moh-2025-hospitals', amount: 4_000_000 },
]);

const get = (url: string) => app.inject({ url });

describe('the fiscal front page', () => {
  it('shows the year’s totals by phase in both languages, with a year chooser and the ways in', async () => {
    const mn = await get('/fiscal');
    expect(mn.statusCode).toBe(200);
    expect(mn.body).toContain('<form class="fiscal-year-form" method="get" action="/fiscal"');
    expect(mn.body).toContain('<option value="2025" selected>');
    expect(mn.body).toContain('Зарлага');
    const en = await get('/fiscal?lang=en&year=2025');
    expect(en.body).toContain('Totals for 2025');
    for (const href of [
      '/fiscal/transactions',
      '/fiscal/funds',
      '/fiscal/compliance',
      '/fiscal/citizens-budget/2025',
    ])
      expect(en.body).toContain(`href="${href}`);
    const csv = await get('/fiscal/totals.csv?year=2025');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('2025,expenditure,3,3000000000,1750000000,1900000000,1730000000');
    expect((await get('/fiscal?year=soon')).body).toContain('year');
  });
});

describe('the budget explorer', () => {
  it('breaks down by function with a treemap whose boxes drill down, bars, and tables', async () => {
    const res = await get(
      '/fiscal/budget?lang=en&year=2025&direction=expenditure&phase=approved&by=functional',
    );
    expect(res.statusCode).toBe(200);
    const health =
      '/fiscal/budget?year=2025&amp;direction=expenditure&amp;phase=approved&amp;by=functional&amp;node=07';
    expect(res.body).toContain(`<a href="${health}" aria-label="07 Health`);
    expect(res.body).toContain('07 Health');
    expect(res.body).toContain('03 Public order and safety');
    expect(res.body).toContain('Planned against executed');
    expect(res.body).toContain('Year on year');
    expect(res.body).toContain(
      'href="/fiscal/budget.csv?year=2025&amp;direction=expenditure&amp;phase=approved&amp;by=functional"',
    );
  });

  it('goes one level down with a path back up, and lists the lines there', async () => {
    const res = await get('/fiscal/budget?lang=en&year=2025&by=functional&node=07');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('aria-label="Drill-down path"');
    expect(res.body).toContain(
      'href="/fiscal/budget?year=2025&amp;direction=expenditure&amp;phase=approved&amp;by=functional">Everything',
    );
    expect(res.body).toContain('07.3 Hospital services');
    expect(res.body).toContain('href="/fiscal/budget/lines/moh-2025-hospitals"');
    const deeper = await get('/fiscal/budget?lang=en&year=2025&by=functional&node=07.3');
    expect(deeper.body).toContain('node=07">07 Health</a>');
  });

  it('puts approved, revised and executed side by side with the execution rate, and the year before', async () => {
    const res = await get('/fiscal/budget?lang=en&year=2025&by=functional&node=07');
    // 07.3: executed 1,000,000,000 of 1,100,000,000 revised = 90.9%.
    expect(res.body).toMatch(
      /07\.3 Hospital services<\/a><\/td><td class="numeric">MNT\s1,000,000,000<\/td><td class="numeric">MNT\s950,000,000<\/td><td class="numeric">MNT\s1,100,000,000<\/td><td class="numeric">MNT\s1,000,000,000<\/td><td class="numeric">90\.9%/,
    );
    // Year on year: 800,000,000 in 2024, 950,000,000 in 2025: +150,000,000, 18.8%.
    expect(res.body).toMatch(
      /<td>07\.3 Hospital services<\/td><td class="numeric">MNT\s800,000,000<\/td><td class="numeric">MNT\s950,000,000<\/td><td class="numeric">\+MNT\s150,000,000<\/td><td class="numeric">18\.8%/,
    );
  });

  it('downloads the same breakdown as CSV', async () => {
    const csv = await get('/fiscal/budget.csv?lang=en&year=2025&by=functional&node=07');
    expect(csv.statusCode).toBe(200);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'code,name,kind,lines,proposed,approved,revised,executed,plan,execution_rate,previous_year,previous_year_amount,change',
    );
    expect(lines).toContain(
      '07.3,07.3 Hospital services,node,1,1000000000,950000000,1100000000,1000000000,1100000000,0.9091,2024,800000000,150000000',
    );
  });

  it('says which value it did not understand, and answers 404 for a code the year does not have', async () => {
    const odd = await get('/fiscal/budget?lang=en&phase=soon&by=colour&year=2025');
    expect(odd.statusCode).toBe(200);
    expect(odd.body).toContain('These values were not understood and their defaults are shown: phase, by.');
    expect((await get('/fiscal/budget?year=2025&by=functional&node=99.9')).statusCode).toBe(404);
    expect((await get('/fiscal/budget?year=2025&node=%3Cscript%3E')).statusCode).toBe(200);
  });

  it('breaks revenue down by economic category, and the administrative tree by body', async () => {
    const revenue = await get('/fiscal/budget?lang=en&year=2025&direction=revenue&by=economic');
    expect(revenue.body).toContain('1 Revenue');
    const bodies = await get('/fiscal/budget?lang=en&year=2025&by=administrative');
    expect(bodies.body).toContain('Government of Mongolia');
  });
});

describe('a budget line', () => {
  it('follows the line from proposal to execution, to its transactions and the contract behind one', async () => {
    const res = await get('/fiscal/budget/lines/moh-2025-hospitals?lang=en');
    expect(res.body).toContain('href="/questions/ask?subject=fiscal.line&amp;key=moh-2025-hospitals"');
    // Its transactions are one filter of the search away.
    const list = await get('/fiscal/transactions.json?line=moh-2025-hospitals');
    expect(list.statusCode).toBe(200);
    const rows = list.json() as { budget_line_ref: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.budget_line_ref === 'moh-2025-hospitals')).toBe(true);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Budget cycle');
    expect(res.body).toMatch(/Proposed<\/span>\s*<strong>MNT\s1,000,000,000/);
    expect(res.body).toMatch(
      /Revised<\/span>\s*<strong>MNT\s1,100,000,000<\/strong><span class="meta">\+MNT\s150,000,000 from Approved/,
    );
    expect(res.body).toContain('href="/fiscal/transactions/tx-hosp-1"');
    expect(res.body).toContain('href="/procurement/processes/ocds-abc123-2025-001"');
    expect(res.body).toContain('An individual (never named)');
    expect(res.body).toContain('href="/fiscal/bodies/ministry-of-health"');
    const mn = await get('/fiscal/budget/lines/moh-2025-hospitals');
    expect(mn.body).toContain('Төсвийн мөчлөг');
  });

  it('reports execution that the transactions do not cover, with the threshold', async () => {
    const res = await get('/fiscal/budget/lines/moh-2025-hospitals?lang=en');
    // Executed 1,000,000,000; transactions 600,000,000 + 296,000,000 + 4,000,000 = 900,000,000.
    expect(res.body).toMatch(
      /Executed MNT\s1,000,000,000, published transactions MNT\s900,000,000: MNT\s100,000,000 \(10%\) of execution is not covered/,
    );
    expect(res.body).toMatch(/Transactions of MNT\s5,000,000 or less need not be published one by one/);
  });

  it('answers 404 for a line that does not exist', async () => {
    expect((await get('/fiscal/budget/lines/no-such-line')).statusCode).toBe(404);
  });
});
