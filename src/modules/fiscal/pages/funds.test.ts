import { describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { buildEntity } from '../../legal-entities/test-support.ts';
import { fiscalModule } from '../module.ts';
import { buildDonations, buildFundFlows, buildTransactions } from '../test-support.ts';

const { app, ctx } = await createTestApp({ modules: [...baseModules, legalEntitiesModule, fiscalModule] });
// Pages with the no-break spaces of formatted money as plain spaces.
const get = async (url: string) => {
  const res = await app.inject({ url });
  return Object.assign(res, { body: res.body.replace(/\u00a0|\u202f/g, ' ') });
};
const contractor = await buildEntity(ctx, { nameMn: 'Зам Засвар ХХК', nameEn: 'Road Repair LLC' });
const employer = await buildEntity(ctx, { nameMn: 'Говь Хувьцаат Компани', nameEn: 'Gobi JSC' });
// The Social Insurance Fund: 2024 leaves 70 million; 2025 collects 70 million and spends 40 million.
await buildFundFlows(ctx.db, [
  { ref: 'si-2024-in', on: '2024-05-01', amount: 100_000_000, counterparty: employer },
  { ref: 'si-2024-out', on: '2024-06-01', direction: 'spending', amount: 30_000_000 },
  { ref: 'si-2025-in-1', on: '2025-01-20', amount: 50_000_000, counterparty: employer },
  { ref: 'si-2025-in-2', on: '2025-03-20', amount: 20_000_000 },
  {
    ref: 'si-2025-out',
    on: '2025-03-25',
    direction: 'spending',
    amount: 40_000_000,
    purpose: 'Тэтгэврийн байрны засвар',
    counterparty: contractor,
  },
]);

describe('the special funds', () => {
  it('lists every fund the pack has in force that year, with the balance carried from the years before', async () => {
    const en = await get('/fiscal/funds?year=2025&lang=en');
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('<a href="/fiscal/funds/social-insurance?year=2025">Social Insurance Fund</a>');
    expect(en.body).toContain('Law on Government Special Funds');
    for (const f of ctx.country.fiscal.specialFunds.funds) {
      const listed = en.body.includes(`href="/fiscal/funds/${f.code}?year=2025"`);
      expect(listed, f.code).toBe(f.from <= 2025 && (f.until === null || f.until >= 2025));
    }
    expect(en.body).toContain('MNT 70,000,000');
    expect(en.body).toContain('MNT 100,000,000');
    expect(en.body).toContain('legalinfo.mn');
    const mn = await get('/fiscal/funds?year=2025');
    expect(mn.body).toContain('Нийгмийн даатгалын сан');
    const csv = await get('/fiscal/funds.csv?year=2025');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('social-insurance,2025,70000000,70000000,40000000,100000000');
    expect(csv.body).toContain('health-insurance,2025,0,0,0,0');
  });

  it('has a page per fund: monthly chart with its table and download, its flows, its years, a question link', async () => {
    const res = await get('/fiscal/funds/social-insurance?year=2025&lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Social Insurance Fund, 2025</h1>');
    expect(res.body).toContain('<svg');
    expect(res.body).toContain('Social Insurance Fund by month, 2025 (MNT)');
    // January to March, February with nothing.
    expect(res.body).toMatch(/<td>2025-02<\/td><td class="numeric">MNT 0<\/td>/);
    expect(res.body).toContain(`<a href="/legal-entities/${contractor}">Road Repair LLC</a>`);
    expect(res.body).toContain(`<a href="/legal-entities/${employer}">Gobi JSC</a>`);
    expect(res.body).toContain('Тэтгэврийн байрны засвар');
    expect(res.body).toContain('href="/fiscal/funds/social-insurance?year=2024"');
    expect(res.body).toContain('href="/fiscal/funds/social-insurance/months.csv?year=2025"');
    expect(res.body).toContain('href="/questions/ask?subject=fiscal.fund&amp;key=social-insurance%3A2025"');
    const mn = await get('/fiscal/funds/social-insurance?year=2025');
    expect(mn.body).toContain('Нийгмийн даатгалын сан, 2025');
    expect(mn.body).toContain('Зам Засвар ХХК');
    const months = await get('/fiscal/funds/social-insurance/months.csv?year=2025');
    expect(months.body.trim().split('\n')).toEqual([
      'month,collected_mnt,spent_mnt',
      '2025-01,50000000,0',
      '2025-02,0,0',
      '2025-03,20000000,40000000',
    ]);
    const flows = await get('/fiscal/funds/social-insurance/flows.csv?year=2025');
    expect(flows.body).toContain(
      `si-2025-out,2025-03-25,ministry-of-finance,spending,40000000,Тэтгэврийн байрны засвар,${contractor},Зам Засвар ХХК`,
    );
  });

  it('says when a fund was not in force, has no one to ask without flows, and 404s an unknown fund', async () => {
    const old = await get('/fiscal/funds/human-development?year=2025&lang=en');
    expect(old.statusCode).toBe(200);
    expect(old.body).toContain('This fund was not in force in 2025.');
    expect(old.body).toContain('No body recorded flows this year');
    expect(old.body).not.toContain('subject=fiscal.fund');
    expect((await get('/fiscal/funds/no-such-fund')).statusCode).toBe(404);
    expect((await get('/fiscal/funds/no-such-fund/months.csv')).statusCode).toBe(404);
  });
});

describe('non-budgetary income', async () => {
  const company = await buildEntity(ctx, { nameMn: 'Эрдэнэ Трейд ХХК', nameEn: 'Erdene Trade LLC' });
  // A citizen's donation stored with an entity by mistake: still shown as "a citizen" only.
  const person = await buildEntity(ctx, { nameMn: 'Болд Батын', nameEn: 'Bold Batyn', kind: 'other' });
  await buildDonations(ctx.db, [
    { ref: 'gift-1', donorType: 'company', donor: company, amount: 30_000_000, purpose: 'Рентген аппарат' },
    {
      ref: 'gift-2',
      donorType: 'citizen',
      donor: person,
      amount: 2_000_000,
      kind: 'charity',
      purpose: 'Хүүхдийн тасаг',
    },
    { ref: 'gift-3', donorType: 'staff', amount: 1_500_000, inKind: true, purpose: 'Хувцас' },
  ]);
  await buildTransactions(ctx, [
    { funding: 'non-budgetary', amount: 12_000_000, purpose: 'Рентген аппаратын суурилуулалт' },
    { funding: 'state', amount: 99_000_000 },
  ]);

  it('shows received against spent by body, by donor type, and each donation without naming a citizen', async () => {
    const en = await get('/fiscal/donations?year=2025&lang=en');
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('Non-budgetary income');
    expect(en.body).toContain('MNT 33,500,000');
    expect(en.body).toContain('MNT 12,000,000');
    expect(en.body).not.toContain('MNT 111,000,000');
    expect(en.body).toContain(`<a href="/legal-entities/${company}">Erdene Trade LLC</a>`);
    expect(en.body).toContain('Citizen (never named)');
    expect(en.body).toContain('Staff&#39;s donations');
    expect(en.body).toContain('Charity');
    expect(en.body).toContain('Donation (In kind)');
    expect(en.body).not.toContain('Bold');
    expect(en.body).not.toContain(`/legal-entities/${person}"`);
    const mn = await get('/fiscal/donations?year=2025&body=ministry-of-health');
    expect(mn.body).toContain('Төсвийн бус орлого');
    expect(mn.body).not.toContain('Болд');
    const csv = await get('/fiscal/donations.csv?year=2025');
    expect(csv.body).toContain(
      `gift-1,2025-04-01,ministry-of-health,donation,company,${company},Эрдэнэ Трейд ХХК,false,30000000,Рентген аппарат`,
    );
    expect(csv.body).toContain(
      'gift-2,2025-04-01,ministry-of-health,charity,citizen,,,false,2000000,Хүүхдийн тасаг',
    );
    expect(csv.body).not.toContain('Болд');
  });

  it('says when a year has none', async () => {
    const res = await get('/fiscal/donations?year=2019&lang=en');
    expect(res.body).toContain('No non-budgetary income was recorded this year.');
  });
});
