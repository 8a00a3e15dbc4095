import { beforeAll, describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../../test/helpers.ts';
import { rectangle } from '../../../../platform/places/test-support.ts';
import { legalEntitiesModule } from '../../../legal-entities/module.ts';
import { extractivesModule } from '../../module.ts';
import { buildHolder, buildLicence } from '../test-support.ts';

const { app, ctx } = await createTestApp({
  modules: [...baseModules, legalEntitiesModule, extractivesModule],
});

let ot: { id: number };
let mak: { id: number };

beforeAll(async () => {
  ot = await buildHolder(ctx.db, { name: 'Oyu Tolgoi LLC' });
  mak = await buildHolder(ctx.db, { name: 'Mongolyn Alt (MAK) LLC' });
  await buildLicence(ctx.db, {
    type: 'mining',
    number: 'MV-006709',
    name: 'Oyu Tolgoi',
    commodities: ['copper', 'gold'],
    geometry: rectangle(43.0, 106.85, 0.08),
    areaHa: 8490,
    adminUnit: '46',
    holders: [{ entityId: ot.id, share: 100 }],
    expiresOn: '2040-05-01',
  });
  await buildLicence(ctx.db, {
    number: 'XV-000001',
    name: 'Tsagaan Suvarga',
    status: 'revoked',
    commodities: ['copper'],
    holders: [
      { entityId: mak.id, share: 60 },
      { entityId: ot.id, share: 40 },
    ],
  });
  await buildLicence(ctx.db, {
    number: 'XV-000002',
    name: 'Khar Tolgoi',
    geometry: null,
    status: 'applied',
    grantedOn: null,
  });
});

describe('the overview', () => {
  it('counts licences by kind beside the cadastre’s reported counts and their source, with links to every register', async () => {
    const res = await app.inject({ url: '/extractives?lang=en' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<a href="/extractives/licences?type=mining">Mining licence</a>');
    expect(res.body).toContain('1,571');
    expect(res.body).toContain(
      'Mineral Resources and Petroleum Authority, cadastre figures at the end of 2016',
    );
    for (const href of [
      '/extractives/licences',
      '/extractives/map',
      '/extractives/contracts',
      '/extractives/owners',
    ])
      expect(res.body).toContain(`href="${href}"`);
  });
});

describe('the list', () => {
  it('lists the licences with holders, and filters by kind, status, holder, commodity and text', async () => {
    const all = await app.inject({ url: '/extractives/licences?lang=en' });
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('3 licences');
    expect(all.body).toContain('<a href="/extractives/licences/mining-mv-006709">MV-006709</a>');
    const count = async (query: string) =>
      /(\d+) licences?<\/p>/.exec(
        (await app.inject({ url: `/extractives/licences?lang=en&${query}` })).body,
      )?.[1];
    expect(await count('type=mining')).toBe('1');
    expect(await count('status=revoked')).toBe('1');
    expect(await count(`holder=${ot.id}`)).toBe('2');
    expect(await count(`holder=${mak.id}`)).toBe('1');
    expect(await count('commodity=Gold')).toBe('1');
    // Text finds the name and the holders: Tsagaan Suvarga is held in part by Oyu Tolgoi LLC.
    expect(await count('q=tolgoi')).toBe('3');
    expect(await count('q=suvarga')).toBe('1');
    expect(await count('resource=mineral')).toBe('3');
    expect(await count('aimag=46')).toBe('1');
  });

  it('downloads the rows as CSV with the list’s filters, holders by name and no person’s data', async () => {
    const res = await app.inject({ url: '/extractives/licences.csv?status=revoked' });
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(header!.split(',').slice(0, 4)).toEqual(['slug', 'licence_type', 'resource', 'number']);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Mongolyn Alt (MAK) LLC (60%); Oyu Tolgoi LLC (40%)');
  });

  it('answers the API with the list’s filters, and one licence with its area', async () => {
    const list = await app.inject({ url: '/api/v1/extractives/licences?type=mining' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { number: string }) => i.number)).toEqual(['MV-006709']);
    const one = await app.inject({ url: '/api/v1/extractives/licences/mining-mv-006709' });
    expect(one.json()).toMatchObject({
      number: 'MV-006709',
      geometry: { type: 'Polygon' },
      holders: [{ id: ot.id, share: 100, url: `http://shilen.test/legal-entities/${ot.id}` }],
    });
    expect((await app.inject({ url: '/api/v1/extractives/licences/no-such' })).statusCode).toBe(404);
  });
});

describe('a licence’s page', () => {
  it('shows its holders linked, its status history with decisions, and its area drawn without JavaScript', async () => {
    const res = await app.inject({ url: '/extractives/licences/mineral-exploration-xv-000001?lang=en' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`<a href="/legal-entities/${mak.id}">Mongolyn Alt (MAK) LLC</a>`);
    expect(res.body).toContain('Revoked');
    expect(res.body).toMatch(/<svg[^>]*>/);
    expect(res.body).not.toContain('<script');
    const none = await app.inject({ url: '/extractives/licences/mineral-exploration-xv-000002?lang=en' });
    expect(none.body).toContain('No area is recorded for this licence.');
    expect((await app.inject({ url: '/extractives/licences/no-such' })).statusCode).toBe(404);
  });
});

describe('a holder’s page', () => {
  it('lists the licences it holds with its share, linked, and all of them behind the holder filter', async () => {
    const res = await app.inject({ url: `/legal-entities/${ot.id}?lang=en` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('The 2 licences it holds');
    expect(res.body).toContain('<a href="/extractives/licences/mining-mv-006709">MV-006709 Oyu Tolgoi</a>');
    expect(res.body).toContain('40 %');
    expect(res.body).toContain(`href="/extractives/licences?holder=${ot.id}"`);
  });
});
