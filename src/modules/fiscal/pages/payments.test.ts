import { describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { sql } from '../../../platform/db/sql.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { fiscalModule } from '../module.ts';
import { buildBudgetLine, buildTransactions } from '../test-support.ts';

const { app, ctx } = await createTestApp({ modules: [...baseModules, legalEntitiesModule, fiscalModule] });

const drugs = { identifier: '5123456', name: 'Эм Хангамж ХХК' };
const roads = { identifier: '5654321', name: 'Зам Засвар ХХК' };
await buildBudgetLine(ctx.db, { ref: 'MOH-2025-22', executed: 30_000_000 });
await buildBudgetLine(ctx.db, {
  ref: 'MOH-2025-31',
  name: 'Тоног төхөөрөмж',
  economic: '31',
  executed: 450_000_000,
});
await buildTransactions(ctx, [
  { ref: 'MOH-1', paidOn: '2025-04-01', amount: 4_900_000, payee: drugs, line: 'MOH-2025-22' },
  { ref: 'MOH-2', paidOn: '2025-04-05', amount: 4_800_000, payee: drugs, line: 'MOH-2025-22' },
  { ref: 'MOH-3', paidOn: '2025-04-12', amount: 4_900_000, payee: drugs, line: 'MOH-2025-22' },
  {
    ref: 'MOH-4',
    paidOn: '2025-05-02',
    publishedOn: '2025-05-20',
    amount: 10_000,
    currency: 'USD',
    rate: 3450.5,
    payee: roads,
    purpose: 'Авто замын засвар',
    aimag: '65',
    ocid: 'ocds-mn0001-2025-00042',
  },
  { ref: 'MOH-5', paidOn: '2025-06-01', amount: 800_000, payee: 'individual', purpose: 'Томилолтын зардал' },
  { ref: 'MOF-1', body: 'ministry-of-finance', paidOn: '2025-06-03', amount: 7_000_000, payee: roads },
  {
    ref: 'MOH-R',
    paidOn: '2025-06-10',
    amount: -300_000,
    kind: 'refund',
    payee: drugs,
    purpose: 'Илүү төлсөн дүнгийн буцаалт',
  },
]);
const drugsId = (
  await ctx.db.query<{ id: number }>(sql`select id from legal_entities where identifier = '5123456'`)
)[0]!.id;

describe('transaction search', () => {
  it('lists transactions in Mongolian by default and English on request, an individual never named', async () => {
    const mn = await app.inject({ url: '/fiscal/transactions' });
    expect(mn.statusCode).toBe(200);
    expect(mn.body).toContain('<h1>Гүйлгээ</h1>');
    expect(mn.body).toContain('<form class="filters" method="get" action="/fiscal/transactions"');
    expect(mn.body).toContain('Хувь хүн');
    const en = await app.inject({ url: '/fiscal/transactions?lang=en&payee=individual' });
    expect(en.body).toContain('<h1>Transactions</h1>');
    expect(en.body).toContain('/fiscal/transactions/MOH-5');
    expect(en.body).not.toContain('/fiscal/transactions/MOH-1"');
    expect(en.body).toContain('An individual');
    expect(en.body).toContain('href="/fiscal/transactions.csv?payee=individual"');
  });

  it('filters by payer, year, amount, dates, codes, aimag, text, OCID and threshold, and ignores what it does not know', async () => {
    const refs = async (query: string) =>
      [
        ...(await app.inject({ url: `/fiscal/transactions?lang=en&${query}` })).body.matchAll(
          /href="\/fiscal\/transactions\/([A-Z0-9-]+)"/g,
        ),
      ]
        .map((m) => m[1])
        .sort();
    expect(await refs('payer=ministry-of-finance')).toEqual(['MOF-1']);
    expect(await refs(`payee=${drugsId}&min=4800000&max=4900000`)).toEqual(['MOH-1', 'MOH-2', 'MOH-3']);
    expect(await refs('from=2025-04-05&to=2025-04-12')).toEqual(['MOH-2', 'MOH-3']);
    expect(await refs('aimag=65&ocid=1')).toEqual(['MOH-4']);
    expect(await refs('q=%D0%B7%D0%B0%D0%BC%D1%8B%D0%BD')).toEqual(['MOH-4']);
    expect(await refs('threshold=above')).toEqual(['MOF-1', 'MOH-4']);
    expect(await refs('economic=22&year=2025&functional=07.3&funding=state')).toHaveLength(7);
    const odd = await app.inject({
      url: '/fiscal/transactions?year=abc&min=-3&from=2025-02-31&sort=drop&page=-1',
    });
    expect(odd.statusCode).toBe(200);
  });

  it('answers the API with the same filters, pages by cursor, and refuses a bad parameter naming it', async () => {
    const first = (await app.inject({ url: '/api/v1/fiscal/transactions?sort=-amount&limit=3' })).json();
    expect(first.items.map((x: { ref: string }) => x.ref)).toEqual(['MOH-4', 'MOF-1', 'MOH-3']);
    expect(first.items[0]).toMatchObject({ currency: 'USD', amount: '10000.00', amountMnt: '34505000.00' });
    const seen = new Set<string>(first.items.map((x: { ref: string }) => x.ref));
    let next: string | undefined = first.links.next;
    while (next) {
      const page = (await app.inject({ url: next.replace('http://shilen.test', '') })).json();
      for (const x of page.items) {
        expect(seen.has(x.ref)).toBe(false);
        seen.add(x.ref);
      }
      next = page.links.next;
    }
    expect(seen.size).toBe(7);
    const person = (await app.inject({ url: '/api/v1/fiscal/transactions?payee=individual' })).json();
    expect(person.items).toHaveLength(1);
    expect(person.items[0].payee).toEqual({ kind: 'individual' });
    const bad = await app.inject({ url: '/api/v1/fiscal/transactions?min=lots&colour=red' });
    expect(bad.statusCode).toBe(422);
    const fields = bad.json().errors.map((e: { field: string }) => e.field);
    expect(fields.some((f: string) => f.includes('min') || f.includes('colour'))).toBe(true);
  });

  it('downloads the filtered result as CSV and JSON', async () => {
    const csv = await app.inject({
      url: '/fiscal/transactions.csv?payer=ministry-of-health&threshold=below',
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toContain('ref,body,fiscal_year,paid_on');
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual(['MOH-1', 'MOH-2', 'MOH-3', 'MOH-5', 'MOH-R']);
    const json = (await app.inject({ url: '/fiscal/transactions.json?payee=individual' })).json();
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({ ref: 'MOH-5', payee_kind: 'individual', payee_name: null });
    const bad = await app.inject({ url: '/fiscal/transactions.csv?threshold=sideways' });
    expect(bad.statusCode).toBe(422);
  });
});

describe('a transaction’s page', () => {
  it('shows payer, payee, the tögrög at the rate of its day, lateness, codes in its year, and links', async () => {
    const en = (await app.inject({ url: '/fiscal/transactions/MOH-4?lang=en' })).body;
    expect(en).toContain('href="/fiscal/bodies/ministry-of-health"');
    expect(en).toMatch(/href="\/legal-entities\/\d+">Зам Засвар ХХК/);
    expect(en).toContain('3450.500000 tögrög per USD');
    expect(en).toContain('Late: 18 days after payment (the law allows 7 days)');
    expect(en).toContain('07.3 ');
    expect(en).toContain('ocds-mn0001-2025-00042');
    // Anyone may ask the payer about it, through the platform's question flow.
    expect(en).toContain('href="/questions/ask?subject=fiscal.transaction&amp;key=MOH-4"');
    // Procurement is not installed here: the OCID is shown, not linked.
    expect(en).not.toContain('/procurement/processes/');
    const mn = (await app.inject({ url: '/fiscal/transactions/MOH-1' })).body;
    expect(mn).toContain('Босгоос доош хуваасан байж болзошгүй');
    expect(mn).toContain('href="/fiscal/budget/lines/MOH-2025-22"');
    const person = (await app.inject({ url: '/fiscal/transactions/MOH-5?lang=en' })).body;
    expect(person).toContain('An individual (not named: no law requires the name)');
    expect((await app.inject({ url: '/fiscal/transactions/NOPE' })).statusCode).toBe(404);
    const api = (await app.inject({ url: '/api/v1/fiscal/transactions/MOH-2' })).json();
    expect(api.splitting).toMatchObject({ days: 12, total: '14600000.00' });
  });
});

describe('splitting, what if, compliance and the entity page', () => {
  it('explains the flagged group in plain words with the threshold, the window and their sources', async () => {
    const en = (await app.inject({ url: '/fiscal/splitting?lang=en' })).body;
    expect(en).toContain('paid Эм Хангамж ХХК MNT');
    expect(en).toContain('within 12 days; each just under the MNT');
    expect(en).toContain('Law on Glass Account');
    expect(en).toContain('Platform policy, not law');
    const mn = await app.inject({ url: '/fiscal/splitting' });
    expect(mn.body).toContain('хоногийн дотор');
    const whatIf = (await app.inject({ url: '/fiscal/splitting/what-if?lang=en&year=2025' })).body;
    expect(whatIf).toContain('What if the threshold were MNT');
    expect(whatIf).toContain('OGP commitment MN0030');
    expect((await app.inject({ url: '/fiscal/splitting/what-if' })).statusCode).toBe(200);
  });

  it('reports published, late and missing per body, and the lines whose totals differ, with downloads', async () => {
    const en = (await app.inject({ url: '/fiscal/compliance?lang=en&year=2025' })).body;
    // Money is written with a no-break space between the currency and the figure.
    expect(en).toMatch(
      /published 6 transactions, 1 late; 1 budget line reports MNT\s450,000,000 executed with no transactions; 1 line’s executed total differs from its transactions\./,
    );
    const csv = (await app.inject({ url: '/fiscal/compliance.csv?year=2025' })).body;
    expect(csv.split('\n')[0]).toContain('body,name_mn,name_en,year,published');
    expect(csv).toContain('ministry-of-health,');
    const body = (await app.inject({ url: '/fiscal/compliance/ministry-of-health?year=2025' })).body;
    expect(body).toContain('MOH-2025-31');
    const lines = (await app.inject({ url: '/fiscal/compliance/ministry-of-health/lines.csv?year=2025' }))
      .body;
    expect(lines).toContain('MOH-2025-22');
    expect(lines).toContain('15400000.00');
    expect((await app.inject({ url: '/fiscal/compliance/no-such-body' })).statusCode).toBe(404);
  });

  it('lists on an entity’s page what public bodies paid it, by body and year, linked to the search', async () => {
    const en = (await app.inject({ url: `/legal-entities/${drugsId}?lang=en` })).body;
    expect(en).toContain('Payments from public bodies');
    expect(en).toContain(`/fiscal/transactions?payee=${drugsId}&amp;payer=ministry-of-health&amp;year=2025`);
    expect(en).toMatch(/<dt>Total<\/dt><dd>MNT\s14,300,000<\/dd>/);
  });
});
