import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { loadOrganizationsDemo } from './demo.ts';
import { countOrganizations } from './service.ts';

const { app, ctx } = await createTestApp();

describe('organizations API', () => {
  it('lists the seeded registry in Mongolian alphabetical order', async () => {
    const res = await app.inject({ url: '/api/v1/organizations?pageSize=500' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBeGreaterThanOrEqual(60);
    const names: string[] = body.items.map((o: { name: { mn: string } }) => o.name.mn);
    const sorted = [...names].sort(new Intl.Collator('mn').compare);
    expect(names.map((n) => n[0])).toEqual(sorted.map((n) => n[0]));
  });

  it('filters by aimag, kind and text in either script', async () => {
    const byAimag = (await app.inject({ url: '/api/v1/organizations?aimag=65' })).json();
    expect(byAimag.items.length).toBeGreaterThan(0);
    for (const o of byAimag.items) expect(o.adminUnit.code).toBe('65');
    const ministries = (await app.inject({ url: '/api/v1/organizations?kind=ministry' })).json();
    expect(ministries.total).toBeGreaterThanOrEqual(10);
    const cyrillic = (
      await app.inject({ url: `/api/v1/organizations?q=${encodeURIComponent('сангийн яам')}` })
    ).json();
    expect(cyrillic.items.map((o: { slug: string }) => o.slug)).toContain('ministry-of-finance');
    const latin = (await app.inject({ url: '/api/v1/organizations?q=FINANCE' })).json();
    expect(latin.items.map((o: { slug: string }) => o.slug)).toContain('ministry-of-finance');
  });

  it('pages with links', async () => {
    const body = (await app.inject({ url: '/api/v1/organizations?pageSize=10&page=2' })).json();
    expect(body.items).toHaveLength(10);
    expect(body.links.prev).toContain('page=1');
    expect(body.links.next).toContain('page=3');
  });

  it('names each bad query field in a 422 problem', async () => {
    const res = await app.inject({ url: '/api/v1/organizations?pageSize=abc&kind=bank' });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['query.pageSize', 'query.kind']));
  });

  it('answers an unknown body with a 404 problem', async () => {
    const res = await app.inject({ url: '/api/v1/organizations/no-such-body' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ status: 404, code: 'not-found', type: '/problems/not-found' });
  });
});

describe('organizations pages', () => {
  it('renders the list in Mongolian by default and English on request', async () => {
    const mn = await app.inject({ url: '/organizations' });
    expect(mn.statusCode).toBe(200);
    expect(mn.body).toContain('<html lang="mn">');
    expect(mn.body).toContain('Төрийн байгууллагууд');
    const en = await app.inject({ url: '/organizations?lang=en' });
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Public bodies');
    expect(en.headers['set-cookie']).toContain('lang=en');
  });

  it('ignores filter values it does not know instead of failing', async () => {
    const res = await app.inject({ url: '/organizations?kind=%3Cscript%3E&page=-4&sort=drop' });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>');
  });

  it('shows an organisation with its parent and subordinate bodies', async () => {
    const res = await app.inject({ url: '/organizations/government?lang=en' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Subordinate bodies');
  });

  it('downloads CSV with the dataset header and JSON', async () => {
    const csv = await app.inject({ url: '/organizations.csv?kind=ministry' });
    expect(csv.headers['content-type']).toContain('text/csv');
    const [header, ...lines] = csv.body.trim().split('\n');
    expect(header).toBe(
      'slug,name_mn,name_en,abbreviation,kind,parent_slug,admin_unit_code,website,email,phone,address,updated_at',
    );
    expect(lines.length).toBeGreaterThanOrEqual(10);
    const bom = await app.inject({ url: '/organizations.csv?bom=1' });
    expect(bom.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const json = await app.inject({ url: '/organizations.json' });
    expect(Array.isArray(json.json())).toBe(true);
  });
});

describe('organizations demo data', () => {
  it('adds five bodies per aimag under its governor, and adds nothing the second time', async () => {
    const before = await countOrganizations(ctx.db);
    expect(await loadOrganizationsDemo(ctx)).toEqual({ organizations: 105 });
    expect(await countOrganizations(ctx.db)).toBe(before + 105);
    await loadOrganizationsDemo(ctx);
    expect(await countOrganizations(ctx.db)).toBe(before + 105);
    const body = (await app.inject({ url: '/api/v1/organizations?parent=governor-arkhangai' })).json();
    expect(body.total).toBe(4);
    expect(body.items[0].adminUnit.code).toBe('65');
  });
});
