import { beforeAll, describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../../test/helpers.ts';
import { signedInAs } from '../../../../../test/support/actors.ts';
import { anonymous } from '../../../../platform/auth/actor.ts';
import { createApiToken } from '../../../../platform/auth/api-tokens.ts';
import { sql } from '../../../../platform/db/sql.ts';
import { rectangle } from '../../../../platform/places/test-support.ts';
import { search } from '../../../../platform/search/query.ts';
import { legalEntitiesModule } from '../../../legal-entities/module.ts';
import { extractivesModule } from '../../module.ts';
import { buildHolder } from '../test-support.ts';

const { app, ctx } = await createTestApp({
  modules: [...baseModules, legalEntitiesModule, extractivesModule],
});
const ISSUER = 'mineral-resources-authority';

let ot: { id: number; identifier: string };
let ett: { id: number; identifier: string };
let token: string;

const counts = async () =>
  (
    await ctx.db.query<{ licences: number; holders: number; events: number; audit: number }>(sql`
      select (select count(*)::int from extractive_licences) as licences,
        (select count(*)::int from extractive_licence_holders) as holders,
        (select count(*)::int from extractive_licence_events) as events,
        (select count(*)::int from audit_log where action like 'extractives.licences.%') as audit`)
  )[0]!;

const valid = (overrides: Record<string, unknown> = {}) => ({
  type: 'mineral-exploration',
  number: 'XV-000100',
  nameMn: 'Хүрэн толгой',
  nameEn: 'Khuren Tolgoi',
  status: 'granted',
  appliedOn: '2021-02-01',
  grantedOn: '2021-03-15',
  expiresOn: '2024-03-15',
  commodities: 'Copper, gold',
  holders: `${ot.identifier} 66\n#${ett.id} 34`,
  area: rectangle(46.5, 103, 0.05),
  decisionNumber: 'A/123',
  decisionBody: 'Mineral Resources and Petroleum Authority',
  decisionDate: '2021-03-15',
  fees: '2021 1500000 1500000\n2022 1500000',
  ...overrides,
});

const post = (payload: object) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/extractives/licences',
    headers: { authorization: `Bearer ${token}` },
    payload,
  });
const put = (slug: string, payload: object) =>
  app.inject({
    method: 'PUT',
    url: `/api/v1/extractives/licences/${slug}`,
    headers: { authorization: `Bearer ${token}` },
    payload,
  });

beforeAll(async () => {
  ot = await buildHolder(ctx.db, { name: 'Oyu Tolgoi LLC', identifier: '2646870' });
  ett = await buildHolder(ctx.db, { name: 'Erdenes Tavan Tolgoi JSC', identifier: '5309352' });
  const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: ISSUER });
  const [org] = await ctx.db.query<{ id: number }>(sql`select id from organizations where slug = ${ISSUER}`);
  ({ token } = await createApiToken(ctx.db, {
    userId: publisher.userId,
    organizationId: org!.id,
    name: 'licences',
    scopes: ['extractives.licences.write'],
    expiresAt: new Date(Date.now() + 3600_000),
    createdBy: publisher.userId,
  }));
});

describe('adding a licence by the API', () => {
  it('stores the licence, its holders and shares, history, fees, hectares; audited, versioned, searchable', async () => {
    const res = await post(valid());
    expect(res.statusCode).toBe(201);
    expect(res.headers.location).toBe(
      'http://shilen.test/api/v1/extractives/licences/mineral-exploration-xv-000100',
    );
    const body = res.json();
    expect(body).toMatchObject({
      number: 'XV-000100',
      status: 'granted',
      commodities: ['copper', 'gold'],
      issuer: { slug: ISSUER },
      fees: [
        { year: 2021, due: '1500000.00', paid: '1500000.00' },
        { year: 2022, due: '1500000.00', paid: '0.00' },
      ],
    });
    expect(body.holders.map((h: { id: number; share: number }) => [h.id, h.share])).toEqual([
      [ot.id, 66],
      [ett.id, 34],
    ]);
    expect(body.events.map((e: { status: string }) => e.status)).toEqual(['applied', 'granted']);
    expect(body.events[1]).toMatchObject({ decisionNumber: 'A/123', occurredOn: '2021-03-15' });
    expect(body.areaHa).toBeGreaterThan(8000);
    const [audit] = await ctx.db.query<{ role: string }>(
      sql`select role from audit_log where action = 'extractives.licences.create'`,
    );
    expect(audit?.role).toBe('organization-publisher');
    const [version] = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from record_versions where dataset = 'extractives-licences'`,
    );
    expect(version?.n).toBe(1);
    const [doc] = await ctx.db.query<{ key: string }>(
      sql`select key from search_documents where module = 'extractives' and kind = 'licence'`,
    );
    expect(doc?.key).toBe('mineral-exploration-xv-000100');
    // Found in the site search by a holder's name, linking to the licence's page.
    const found = await search(ctx.db, anonymous, { q: 'Erdenes Tavan Tolgoi' });
    expect(found.items.map((i) => i.url)).toContain('/extractives/licences/mineral-exploration-xv-000100');
  });

  it('refuses each bad input with a 422 naming the licence and the field, storing nothing', async () => {
    const before = await counts();
    const open = rectangle(46.5, 103, 0.05);
    open.coordinates[0]![4] = [103.2, 46.6];
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { area: open },
        'body.area',
        'Licence XV-9: ring 1 of polygon 1 does not close: its last position must repeat its first',
      ],
      [
        {
          area: {
            type: 'Polygon',
            coordinates: [
              [
                [103, 46],
                [103.2, 46.2],
                [103.2, 46],
                [103, 46.2],
                [103, 46],
              ],
            ],
          },
        },
        'body.area',
        'Licence XV-9: the area’s boundary crosses itself (near [103.1, 46.1])',
      ],
      [
        { area: rectangle(39.9, 116.4, 0.05) },
        'body.area',
        'Licence XV-9: the area’s position [116.35, 39.85] lies outside the country',
      ],
      [
        { holders: `${ot.identifier} 60\n${ett.identifier} 30` },
        'body.holders',
        'Licence XV-9: the holders’ shares must add up to 100, not 90: Oyu Tolgoi LLC (60%), Erdenes Tavan Tolgoi JSC (30%)',
      ],
      [
        { appliedOn: '2021-04-01', grantedOn: '2021-03-15' },
        'body.grantedOn',
        'Licence XV-9: it cannot be granted (2021-03-15) before it was applied for (2021-04-01)',
      ],
      [
        { expiresOn: '2035-03-16' },
        'body.expiresOn',
        'Licence XV-9: the law allows 12 years from the grant with every extension, so it cannot expire after 2033-03-15',
      ],
      [
        { holders: '7777777 100' },
        'body.holders',
        'Licence XV-9, holder line 1: “7777777” is not in the register of legal entities',
      ],
      [
        { area: rectangle(46.5, 103, 0.002) },
        'body.area',
        'Licence XV-9: the area is 13.62 ha; this kind needs at least 25 ha',
      ],
    ];
    for (const [change, field, message] of cases) {
      const res = await post(valid({ number: 'XV-9', ...change }));
      expect(res.statusCode, JSON.stringify(change)).toBe(422);
      expect(res.json().errors).toContainEqual({ field, message });
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a number already used for the kind, and a kind it does not know', async () => {
    const taken = await post(valid());
    expect(taken.statusCode).toBe(422);
    expect(taken.json().errors).toEqual([
      {
        field: 'body.number',
        message: 'Licence XV-000100: a licence of this kind with this number is already in the register',
      },
    ]);
    const kind = await post(valid({ type: 'gold-panning' }));
    expect(kind.json().errors).toEqual([
      { field: 'body.type', message: 'There is no kind of licence “gold-panning”: choose one from the list' },
    ]);
  });

  it('is forbidden for a kind another body issues (an oil block), nothing stored', async () => {
    const before = await counts();
    const res = await post(valid({ type: 'petroleum-psc-block', number: 'XIX' }));
    expect(res.statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });
});

describe('changing a licence', () => {
  it('needs the decision for a change of status, then adds it to the history', async () => {
    const slug = 'mineral-exploration-xv-000100';
    const missing = await put(
      slug,
      valid({ status: 'suspended', decisionNumber: '', decisionBody: '', decisionDate: '' }),
    );
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'body.decisionNumber',
      'body.decisionBody',
      'body.decisionDate',
    ]);
    const res = await put(
      slug,
      valid({ status: 'suspended', decisionNumber: 'B/7', decisionDate: '2022-06-01' }),
    );
    expect(res.statusCode).toBe(200);
    expect(
      res.json().events.map((e: { status: string; decisionNumber: string }) => [e.status, e.decisionNumber]),
    ).toEqual([
      ['applied', null],
      ['granted', 'A/123'],
      ['suspended', 'B/7'],
    ]);
    const [versions] = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from record_versions where dataset = 'extractives-licences' and record_key = ${slug}`,
    );
    expect(versions?.n).toBe(2);
  });

  it('shows the status history with its decision and the change history on the licence’s page', async () => {
    const res = await app.inject({ url: '/extractives/licences/mineral-exploration-xv-000100?lang=en' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<td>Suspended<\/td>\s*<td>B\/7<\/td>/);
    expect(res.body).toContain('Change history');
    expect(res.body).toMatch(/<td>Added<\/td>/);
    expect(res.body).toMatch(/<td>Status<\/td>/);
    // The audit trail: added, then changed once (the refused change left nothing), in the publisher's role.
    expect(res.body.match(/<td>Organisation publisher<\/td>/g)).toHaveLength(2);
    expect(res.body).toMatch(/<td>Changed<\/td>/);
  });

  it('by the form: a publisher of the issuer adds one (303 to its page)', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: ISSUER });
    const form = await publisher.get('/extractives/licences/new?lang=en');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<option value="mining">Mining licence</option>');
    expect(form.body).not.toContain('value="petroleum-psc-block"');
    const res = await publisher.submit('/extractives/licences/new', {
      ...(valid({ number: 'MV-000300', type: 'mining', expiresOn: '2051-03-15' }) as Record<string, unknown>),
      area: JSON.stringify(valid().area),
    } as Record<string, string>);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/extractives/licences/mining-mv-000300');
  });

  it('by the form: a publisher of the issuer changes it; others are forbidden', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: ISSUER });
    const form = await publisher.get('/extractives/licences/mineral-exploration-xv-000100/edit?lang=en');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(`#${ot.id} 66`);
    const bad = await publisher.submit('/extractives/licences/mineral-exploration-xv-000100/edit', {
      ...(valid({ status: 'suspended', holders: `#${ot.id} 50` }) as Record<string, unknown>),
      area: JSON.stringify(valid().area),
    } as Record<string, string>);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain(
      '<a href="#holders">Licence XV-000100: the holders’ shares must add up to 100, not 50: Oyu Tolgoi LLC (50%)</a>',
    );
    const other = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: 'petroleum-authority',
    });
    expect((await other.get('/extractives/licences/mineral-exploration-xv-000100/edit')).statusCode).toBe(
      403,
    );
  });
});

describe('the admin unit', () => {
  it('is found by point-in-polygon once boundaries are imported, when not entered', async () => {
    const [imported] = await ctx.db.query<{ id: number }>(sql`
      insert into boundary_imports (file_name, file_sha256, source, licence, unit_property, features, added, replaced, unchanged)
      values ('fixture.geojson', ${'0'.repeat(64)}, 'Test fixture: a rectangle, not a real boundary', 'CC0-1.0', 'code', 1, 1, 0, 0)
      returning id`);
    const box = rectangle(46.5, 103, 0.5);
    await ctx.db.query(sql`
      insert into admin_unit_boundaries (unit_code, geometry, min_lon, min_lat, max_lon, max_lat, area_km2, import_id, source, licence)
      values ('64', ${JSON.stringify(box)}::jsonb, 102.5, 46, 103.5, 47, 8500, ${imported!.id}, 'Test fixture', 'CC0-1.0')`);
    const found = await post(valid({ number: 'XV-000200', adminUnit: '' }));
    expect(found.statusCode).toBe(201);
    expect(found.json().adminUnit).toMatchObject({ code: '64' });
    const entered = await post(valid({ number: 'XV-000201', adminUnit: '46' }));
    expect(entered.json().adminUnit).toMatchObject({ code: '46' });
    const unknown = await post(valid({ number: 'XV-000202', adminUnit: '9999' }));
    expect(unknown.json().errors).toEqual([
      { field: 'body.adminUnit', message: 'Licence XV-000202: there is no admin unit with code “9999”' },
    ]);
  });
});
