import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { submittedAs } from '../../../test/factories.ts';
import { baseModules, createTestApp } from '../../../test/helpers.ts';
import { sql } from '../../platform/db/sql.ts';

const { app, ctx } = await createTestApp({ modules: baseModules });

describe('catalogue pages', () => {
  it('lists every dataset with facets, in Mongolian and in English', async () => {
    const mn = await app.inject({ url: '/datasets' });
    expect(mn.statusCode).toBe(200);
    expect(mn.body).toContain('<html lang="mn">');
    expect(mn.body).toContain('Нээлттэй өгөгдлийн каталог');
    expect(mn.body).toContain('href="/datasets/organizations"');
    for (const facet of ['organization', 'theme', 'format', 'aimag'])
      expect(mn.body).toContain(`<select id="${facet}" name="${facet}">`);
    const en = await app.inject({ url: '/datasets?lang=en' });
    expect(en.body).toContain('Open data catalogue');
    expect(en.body).toContain('Public bodies');
    expect(en.body).toContain('Government and public sector (1)');
    expect(en.body).toContain('href="/catalog.ttl"');
  });

  it('filters by facet as a plain GET form, and ignores values it cannot know', async () => {
    const byTheme = await app.inject({ url: '/datasets?lang=en&theme=GOVE&format=XLSX&aimag=65' });
    expect(byTheme.body).toContain('1 dataset<');
    const none = await app.inject({ url: '/datasets?lang=en&theme=HEAL' });
    expect(none.body).toContain('No dataset matches these filters.');
    const odd = await app.inject({ url: '/datasets?theme=%3Cscript%3E&organization=..%2F&page=-3' });
    expect(odd.statusCode).toBe(200);
    expect(odd.body).not.toContain('<script>');
    const text = await app.inject({ url: `/datasets?lang=en&q=${encodeURIComponent('агентлаг')}` });
    expect(text.body).toContain('href="/datasets/organizations"');
  });

  it('shows a dataset: facts, distributions, chart, fields, a preview and recent changes', async () => {
    const res = await app.inject({ url: '/datasets/organizations?lang=en' });
    expect(res.statusCode).toBe(200);
    const body = res.body;
    expect(body).toContain('<h1>Public bodies</h1>');
    expect(body).toContain('href="/organizations/cabinet-secretariat"');
    expect(body).toContain('Creative Commons Attribution 4.0');
    expect(body).toContain('Irregular');
    for (const path of [
      'download.csv',
      'download.json',
      'download.ndjson',
      'download.xlsx',
      'datapackage.json',
      'changes.atom',
    ])
      expect(body).toContain(`/datasets/organizations/${path}`);
    expect(body).toContain('/api/v1/datasets/organizations/rows');
    expect(body).toMatch(/<svg[^>]+role="img"/);
    expect(body).toContain('Ministry');
    expect(body).toContain('<code>admin_unit_code</code>');
    expect(body).toContain('The first 20 rows');
    expect(body).toContain('action="/datasets/organizations/download"');
    expect(body).toContain('Added: ');
    const missing = await app.inject({ url: '/datasets/no-such-thing' });
    expect(missing.statusCode).toBe(404);
  });

  it('has a navigation item and a home card', async () => {
    const home = await app.inject({ url: '/?lang=en' });
    expect(home.body).toContain('href="/datasets"');
    expect(home.body).toContain('Open data');
  });
});

describe('change history', () => {
  it('records the seed once: starting again changes nothing and records nothing', async () => {
    const count = async () =>
      (
        await ctx.db.query<{ n: number }>(
          sql`select count(*)::int as n from record_versions where dataset = 'organizations'`,
        )
      )[0]?.n;
    const before = await count();
    expect(before).toBeGreaterThan(50);
    const catalogue = app.shilen.modules.find((m) => m.name === 'organizations');
    await catalogue?.seed?.(ctx);
    expect(await count()).toBe(before);
  });

  it('records a correction as a new version, in the feed, the changes API and the record’s history', async () => {
    // Just after the latest version so far (the seed's), so only this correction is newer.
    const [latest] = await ctx.db.query<{ at: Date }>(sql`select max(changed_at) as at from record_versions`);
    const since = new Date(new Date(latest!.at).getTime() + 1).toISOString();
    const { res: saved } = await submittedAs(
      app,
      ctx,
      { role: 'organization-administrator', organization: 'ministry-of-finance' },
      '/organizations/ministry-of-finance/edit',
      { nameMn: 'Сангийн яам', nameEn: 'Ministry of Finance', phone: '+976 51 260000' },
    );
    expect(saved.statusCode).toBe(303);

    const feed = await app.inject({ url: '/datasets/organizations/changes.atom' });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(XMLValidator.validate(feed.body)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(feed.body);
    const entries = [parsed.feed.entry].flat();
    expect(parsed.feed.title).toContain('Public bodies: changes');
    expect(parsed.feed.title).toContain('Төрийн байгууллагууд');
    expect(entries.length).toBeLessThanOrEqual(100);
    expect(entries[0].title).toContain('Updated: ministry-of-finance (v2)');
    expect(entries[0].content['#text']).toContain('+976 51 260000');
    expect(entries[0].link[0]['@_href']).toBe('http://shilen.test/organizations/ministry-of-finance');
    const times = entries.map((e: { updated: string }) => e.updated);
    expect([...times].sort().reverse()).toEqual(times);

    const changes = await app.inject({
      url: `/api/v1/datasets/organizations/changes?since=${encodeURIComponent(since)}`,
    });
    expect(changes.statusCode).toBe(200);
    const items = changes.json().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      key: 'ministry-of-finance',
      version: 2,
      operation: 'update',
      changedBy: 'user',
    });
    expect(items[0].data.phone).toBe('+976 51 260000');

    const history = await app.inject({
      url: '/api/v1/datasets/organizations/records/ministry-of-finance/versions',
    });
    expect(history.json().items.map((v: { operation: string }) => v.operation)).toEqual(['insert', 'update']);

    const page = await app.inject({ url: '/datasets/organizations?lang=en' });
    expect(page.body).toContain(
      'Updated: <a href="/organizations/ministry-of-finance">ministry-of-finance</a> (v2)',
    );
  });

  it('pages the changes API by keyset and refuses a bad since', async () => {
    const first = await app.inject({ url: '/api/v1/datasets/organizations/changes?limit=20' });
    const body = first.json();
    expect(body.items).toHaveLength(20);
    const second = await app.inject({ url: body.links.next.replace('http://shilen.test', '') });
    const next = second.json().items;
    expect(next[0].id).toBeGreaterThan(body.items[19].id);
    const bad = await app.inject({ url: '/api/v1/datasets/organizations/changes?since=yesterday' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('query.since');
    expect((await app.inject({ url: '/api/v1/datasets/nothing/changes' })).statusCode).toBe(404);
  });
});
