import { describe, expect, it } from 'vitest';
import { buildApiToken } from '../../../test/factories.ts';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { sql } from '../../platform/db/sql.ts';
import { loadProcurementDemo } from './demo.ts';
import { cleanSpec, releasesOf } from './test-support.ts';

const { app, ctx } = await createTestApp();
await loadProcurementDemo(ctx);

const ndjson = (releases: unknown[]) => releases.map((r) => JSON.stringify(r)).join('\n');

describe('procurement list', () => {
  it('lists processes in Mongolian by default and English on request, with filters that need no JavaScript', async () => {
    const mn = await app.inject({ url: '/procurement' });
    expect(mn.statusCode).toBe(200);
    expect(mn.body).toContain('Төрийн худалдан авалт');
    expect(mn.body).toContain('<form class="filters" method="get" action="/procurement"');
    const en = await app.inject({ url: '/procurement?lang=en&method=direct' });
    expect(en.body).toContain('Public procurement');
    const methods = [
      ...en.body.matchAll(
        /<td>(Open tender|Selective tender|Limited \(quotations\)|Direct contracting)<\/td>/g,
      ),
    ].map((m) => m[1]);
    expect(methods.length).toBeGreaterThan(0);
    expect(new Set(methods)).toEqual(new Set(['Direct contracting']));
  });

  it('filters by flag, buyer, value and dates, and ignores values it does not know', async () => {
    const split = await app.inject({ url: '/procurement?lang=en&flag=split' });
    expect(split.body).toContain('ocds-mn0001-2025-90001');
    expect(split.body).not.toContain('ocds-mn0001-2025-00001<');
    const odd = await app.inject({
      url: '/procurement?flag=%3Cx%3E&page=-3&sort=drop&valueMin=abc&from=2025-13-45',
    });
    expect(odd.statusCode).toBe(200);
    const api = (
      await app.inject({
        url: '/api/v1/procurement/processes?buyer=governor-darkhan-uul&valueMin=70000000&valueMax=80000000&from=2025-07-01&to=2025-12-31&limit=100',
      })
    ).json();
    expect(api.items.length).toBeGreaterThanOrEqual(3);
    for (const p of api.items) {
      expect(p.buyer.slug).toBe('governor-darkhan-uul');
      expect(p.contractValue).toBeGreaterThanOrEqual(70_000_000);
      expect(p.contractValue).toBeLessThanOrEqual(80_000_000);
      expect(p.date >= '2025-07-01').toBe(true);
    }
  });

  it('pages the API by keyset through links.next, in order, without repeating a process', async () => {
    const seen = new Set<string>();
    let url: string | undefined = '/api/v1/procurement/processes?sort=-value&limit=100';
    let last = Number.POSITIVE_INFINITY;
    while (url) {
      const body: { items: { ocid: string; contractValue: number | null }[]; links: { next?: string } } = (
        await app.inject({ url: url.replace('http://shilen.test', '') })
      ).json();
      for (const p of body.items) {
        expect(seen.has(p.ocid)).toBe(false);
        seen.add(p.ocid);
        expect(p.contractValue ?? 0).toBeLessThanOrEqual(last);
        last = p.contractValue ?? 0;
      }
      url = body.links.next;
    }
    expect(seen.size).toBe(803);
    const bad = await app.inject({ url: '/api/v1/procurement/processes?after=nonsense&method=auction' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toContain('query.method');
  });
  it('lists a red flag’s processes in either order, each once, with its dates in ISO 8601', async () => {
    const flagged = await ctx.db.query<{ ocid: string; date: Date; signed: Date | null }>(
      sql`select ocid, date, date_signed as signed from procurement_processes where 'split' = any(flags)`,
    );
    expect(flagged.length).toBeGreaterThan(2);
    const stored = new Map(flagged.map((p) => [p.ocid, p]));
    for (const sort of ['-date', 'date', '-value', 'value']) {
      const seen: { ocid: string; date: string; dateSigned: string | null; contractValue: number | null }[] =
        [];
      let url: string | undefined = `/api/v1/procurement/processes?flag=split&sort=${sort}&limit=2`;
      while (url) {
        const body: { items: typeof seen; links: { next?: string } } = (
          await app.inject({ url: url.replace('http://shilen.test', '') })
        ).json();
        seen.push(...body.items);
        url = body.links.next;
      }
      expect(seen.map((p) => p.ocid).sort()).toEqual([...stored.keys()].sort());
      const keys = seen.map((p) => (sort.endsWith('value') ? (p.contractValue ?? 0) : Date.parse(p.date)));
      const ordered = [...keys].sort((a, b) => (sort.startsWith('-') ? b - a : a - b));
      expect(keys).toEqual(ordered);
      for (const p of seen) {
        expect(p.date).toBe(stored.get(p.ocid)!.date.toISOString());
        expect(p.dateSigned).toBe(stored.get(p.ocid)!.signed?.toISOString() ?? null);
      }
    }
  });
});

describe('contract page and profiles', () => {
  it('shows the whole timeline and explains each flag in plain words, in both languages', async () => {
    const en = await app.inject({ url: '/procurement/processes/ocds-mn0001-2025-90002?lang=en' });
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('Contracts split under the disclosure threshold');
    expect(en.body).toMatch(/signed \d contracts just under the threshold/);
    for (const event of [
      'Submissions opened',
      'Submission deadline',
      'Bid received',
      'Awarded',
      'Contract signed',
    ])
      expect(en.body).toContain(event);
    const mn = await app.inject({ url: '/procurement/processes/ocds-mn0001-2025-90002' });
    expect(mn.body).toContain('Босгоос доогуур хуваасан гэрээнүүд');
    expect((await app.inject({ url: '/procurement/processes/ocds-none' })).statusCode).toBe(404);
  });

  it('buyer and supplier profiles draw their charts as SVG', async () => {
    const buyer = await app.inject({ url: '/procurement/buyers/governor-darkhan-uul?lang=en' });
    expect(buyer.statusCode).toBe(200);
    expect(buyer.body).toContain('<svg role="img"');
    expect(buyer.body).toContain('Top suppliers');
    const [s] = await ctx.db.query<{ id: number }>(
      sql`select supplier_id as id from procurement_processes where ocid = 'ocds-mn0001-2025-90001'`,
    );
    const supplier = await app.inject({ url: `/procurement/suppliers/${s!.id}?lang=en` });
    expect(supplier.statusCode).toBe(200);
    expect(supplier.body).toContain('Contract value by month');
    expect(supplier.body).toContain('<svg role="img"');
  });

  it('the disclosure view counts published, late and missing contracts per buyer', async () => {
    const page = await app.inject({ url: '/procurement/disclosure?lang=en' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Disclosure duty');
    const khovd = await app.inject({ url: '/procurement/buyers/governor-khovd?lang=en' });
    expect(khovd.body).toMatch(/, 2 missing\./);
  });

  it('downloads the list as CSV with the dataset’s header', async () => {
    const csv = await app.inject({ url: '/procurement.csv?method=direct' });
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\n')[0]).toContain('ocid,title,buyer_slug');
  });
});

describe('publishing', () => {
  it('a publisher uploads a file for their own organisation through the form; the file is kept and audited', async () => {
    const publisher = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: 'ministry-of-health',
    });
    const form = await publisher.get('/procurement/upload?lang=en');
    expect(form.statusCode).toBe(200);
    const releases = releasesOf(cleanSpec('ocds-test06-upload'));
    const res = await publisher.upload(
      '/procurement/upload',
      {},
      { file: { name: 'mine.ndjson', content: ndjson(releases) } },
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Published');
    const [audit] = await ctx.db.query<{ details: { added: number; file: string } }>(
      sql`select details from audit_log where action = 'procurement.import' order by seq desc limit 1`,
    );
    expect(audit!.details.added).toBe(3);
    const [file] = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from files where id = ${audit!.details.file}`,
    );
    expect(file!.n).toBe(1);
    // Another organisation's buyer: refused, naming the release.
    const other = releasesOf({
      ...cleanSpec('ocds-test06-other'),
      buyer: { slug: 'ministry-of-energy', name: 'Эрчим хүчний яам' },
    });
    await publisher.get('/procurement/upload?lang=en');
    const refused = await publisher.upload(
      '/procurement/upload',
      {},
      { file: { name: 'theirs.ndjson', content: ndjson(other) } },
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('you may publish only for your own organisation');
    expect(refused.body).toContain('line 1.buyer');
  });

  it('the upload form refuses a missing file and visitors without the right', async () => {
    const publisher = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: 'ministry-of-health',
    });
    await publisher.get('/procurement/upload?lang=en');
    const none = await publisher.upload('/procurement/upload', {}, {});
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain('href="#file"');
    const citizen = await signedInAs(app, ctx, { role: 'citizen' });
    expect((await citizen.get('/procurement/upload')).statusCode).toBe(403);
  });

  it('the API takes a release package with a scoped token and answers 422 with every problem otherwise', async () => {
    const admin = await signedInAs(app, ctx, {
      role: 'organization-administrator',
      organization: 'ministry-of-health',
    });
    const token = await buildApiToken(ctx, {
      userId: admin.userId,
      organization: 'ministry-of-health',
      name: 'ocds',
      scopes: ['procurement.publish'],
    });
    const post = (payload: unknown, query = '') =>
      app.inject({
        method: 'POST',
        url: `/api/v1/procurement/releases${query}`,
        headers: { authorization: `Bearer ${token.token}` },
        payload: payload as object,
      });
    const releases = releasesOf(cleanSpec('ocds-test07-api'));
    const pkg = {
      uri: 'https://moh.gov.mn/ocds/1.json',
      version: '1.1',
      publishedDate: '2025-05-01T00:00:00Z',
      publisher: { name: 'ЭМЯ' },
      releases,
    };
    const ok = await post(pkg);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ added: 3, unchanged: 0 });
    expect((await post(pkg)).json()).toMatchObject({ added: 0, unchanged: 3 });
    const bad = await post({ ...pkg, releases: [{ ...releases[0], id: 'x2', tag: ['auction'] }] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('releases[0].tag[0]');
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/procurement/releases', payload: pkg })).statusCode,
    ).toBe(401);
  });
});
