import { describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { apiTokenOf, signedInAs } from '../../../../test/support/actors.ts';
import { sql } from '../../../platform/db/sql.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { buildEntity } from '../../legal-entities/test-support.ts';
import { fiscalModule } from '../module.ts';

const { app, ctx } = await createTestApp({ modules: [...baseModules, legalEntitiesModule, fiscalModule] });
const body = 'ministry-of-roads-and-transportation';
const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: body });
const contractor = await buildEntity(ctx, { nameMn: 'Хурд Зам ХХК', nameEn: 'Khurd Road LLC' });
const stored = async (table: 'fiscal_fund_flows' | 'fiscal_donations') =>
  (await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from ${sql.raw(table)}`))[0]?.n;

const flow = {
  organization: body,
  year: '2025',
  ref: 'road-2025-001',
  date: '2025-04-10',
  amount: '125 000 000',
  purpose: 'Улаанбаатар–Дархан замын засвар',
  fund: 'state-road',
  direction: 'spending',
  counterparty: String(contractor),
};

describe('recording a fund flow', () => {
  it('names each field in error, refuses another body, and stores nothing', async () => {
    await publisher.get('/fiscal/funds/record?lang=en');
    const bad = await publisher.submit('/fiscal/funds/record?lang=en', {
      ...flow,
      organization: 'ministry-of-health',
      fund: 'human-development',
      date: '10.04.2025',
      amount: '-5',
      counterparty: '999999',
    });
    expect(bad.statusCode).toBe(422);
    for (const field of ['organization', 'fund', 'date', 'amount', 'counterparty'])
      expect(bad.body).toContain(`href="#${field}"`);
    expect(bad.body).toContain('Choose a fund that was in force in 2025');
    expect(await stored('fiscal_fund_flows')).toBe(0);
  });

  it('records a good one, shown on the fund’s page with its counterparty; its number once only', async () => {
    expect((await publisher.get('/fiscal/funds?lang=en')).body).toContain('href="/fiscal/funds/record"');
    expect((await app.inject({ url: '/fiscal/funds?lang=en' })).body).not.toContain(
      'href="/fiscal/funds/record"',
    );
    await publisher.get('/fiscal/funds/record');
    const good = await publisher.submit('/fiscal/funds/record', flow);
    expect(good.statusCode).toBe(303);
    expect(good.headers.location).toBe('/fiscal/funds/state-road?year=2025');
    const page = await app.inject({ url: '/fiscal/funds/state-road?year=2025&lang=en' });
    expect(page.body).toContain(`<a href="/legal-entities/${contractor}">Khurd Road LLC</a>`);
    await publisher.get('/fiscal/funds/record?lang=en');
    const again = await publisher.submit('/fiscal/funds/record?lang=en', flow);
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('road-2025-001 is already recorded');
  });

  it('has an API twin', async () => {
    const token = await apiTokenOf(ctx, publisher.userId, ['fiscal.publish']);
    const post = (payload: object) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/fiscal/fund-flows',
        headers: { authorization: `Bearer ${token}` },
        payload,
      });
    const base = { ...flow, ref: 'road-2025-002', year: 2025, amount: 5_000_000, counterparty: contractor };
    const created = await post(base);
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toContain('/fiscal/funds/state-road?year=2025');
    const refused = await post({ ...base, ref: 'road-2025-003', fund: 'no-such-fund' });
    expect(refused.statusCode).toBe(422);
    expect(JSON.stringify(refused.json())).toContain('body.fund');
  });
});

describe('recording a donation', () => {
  const gift = {
    organization: body,
    year: '2025',
    ref: 'gift-2025-001',
    date: '2025-02-01',
    amount: '3000000',
    purpose: 'Замын тэмдэг',
    kind: 'donation',
    donorType: 'citizen',
    donor: String(contractor),
  };

  it('never links a citizen donor to an entity, and records the donation without one', async () => {
    await publisher.get('/fiscal/donations/record?lang=en');
    const named = await publisher.submit('/fiscal/donations/record?lang=en', gift);
    expect(named.statusCode).toBe(422);
    expect(named.body).toContain('href="#donor"');
    expect(named.body).toContain('A citizen is never named');
    expect(await stored('fiscal_donations')).toBe(0);
    await publisher.get('/fiscal/donations/record');
    const good = await publisher.submit('/fiscal/donations/record', { ...gift, donor: '', inKind: '1' });
    expect(good.statusCode).toBe(303);
    const [row] = await ctx.db.query<{ donor: number | null; inKind: boolean }>(
      sql`select donor_entity_id as donor, in_kind as "inKind" from fiscal_donations where ref = 'gift-2025-001'`,
    );
    expect(row).toEqual({ donor: null, inKind: true });
  });

  it('has an API twin that links an organisation donor', async () => {
    const token = await apiTokenOf(ctx, publisher.userId, ['fiscal.publish']);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/fiscal/donations',
      headers: { authorization: `Bearer ${token}` },
      payload: {
        ...gift,
        ref: 'gift-2025-002',
        year: 2025,
        amount: 7_000_000,
        donorType: 'company',
        donor: contractor,
      },
    });
    expect(res.statusCode).toBe(201);
    const page = await app.inject({ url: `/fiscal/donations?year=2025&body=${body}&lang=en` });
    expect(page.body).toContain(`<a href="/legal-entities/${contractor}">Khurd Road LLC</a>`);
  });
});
