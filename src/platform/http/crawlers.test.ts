import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { publishCase } from '../../modules/feedback/publish.ts';
import { answerCase } from '../../modules/feedback/respond.ts';
import { submitCase } from '../../modules/feedback/submit.ts';
import { meta, sampleCase, staffActor } from '../../modules/feedback/test-support.ts';
import { loadPlansDemo } from '../../modules/plans/demo.ts';
import { anonymous } from '../auth/actor.ts';
import { sql } from '../db/sql.ts';
import { type SitemapSource, sitemapPart } from './crawlers.ts';

const { app, ctx } = await createTestApp();
await loadPlansDemo(ctx);
const base = ctx.config.publicUrl;
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

async function fileCase(subject: string): Promise<string> {
  const filed = await submitCase(
    ctx,
    anonymous,
    { ...sampleCase, subject, publishConsent: 'yes' },
    { channel: 'web', meta: meta(), locale: 'en' },
  );
  if (!filed.ok) throw new Error(JSON.stringify(filed.problems));
  return filed.value.number;
}

/** A sitemap file, checked to be well-formed XML in the sitemap namespace, parsed. */
async function sitemap(url: string): Promise<Record<string, Record<string, unknown>>> {
  const res = await app.inject({ url });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/xml/);
  expect(XMLValidator.validate(res.body)).toBe(true);
  const doc = parser.parse(res.body);
  const root = (doc.sitemapindex ?? doc.urlset) as Record<string, unknown>;
  expect(root['@xmlns']).toBe(SITEMAP_NS);
  return doc;
}

const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

describe('robots.txt', () => {
  test('shuts private and endlessly filtered URLs, keeps the English edition, points to the sitemap', async () => {
    const res = await app.inject({ url: '/robots.txt' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const lines = res.body.split('\n');
    for (const path of [
      '/admin',
      '/account',
      '/sign-in',
      '/sign-up',
      '/feedback/console',
      '/feedback/follow/',
      '/invitations/',
      '/reset-password',
      '/api/',
      '/*?',
    ])
      expect(lines).toContain(`Disallow: ${path}`);
    expect(lines).toContain('Allow: /*?lang=en$');
    expect(lines).toContain(`Sitemap: ${base}/sitemap.xml`);
    expect(lines.some((l) => /^Disallow: \/(organizations|datasets|plans|procurement)?$/.test(l))).toBe(
      false,
    );
  });
});

describe('sitemap.xml', () => {
  test('an index of every module’s parts, each part listing both editions with hreflang alternates', async () => {
    const index = await sitemap('/sitemap.xml');
    const parts = asList(index.sitemapindex!.sitemap as { loc: string }[]).map((s) => s.loc);
    for (const name of ['organizations', 'datasets', 'plans', 'procurement', 'feedback'])
      expect(parts).toContain(`${base}/sitemaps/${name}-1.xml`);

    const organizations = await sitemap('/sitemaps/organizations-1.xml');
    const urls = asList(organizations.urlset!.url as Record<string, unknown>[]);
    const [slug] = (
      await ctx.db.query<{ slug: string }>(sql`select slug from organizations order by slug limit 1`)
    ).map((r) => r.slug);
    const mn = urls.find((u) => u.loc === `${base}/organizations/${slug}`);
    const en = urls.find((u) => u.loc === `${base}/organizations/${slug}?lang=en`);
    expect(mn).toBeDefined();
    expect(en).toBeDefined();
    expect(mn!.lastmod).toMatch(/^\d{4}-\d\d-\d\dT/);
    const alternates = asList(mn!['xhtml:link'] as Record<string, string>[]).map((l) => [
      l['@hreflang'],
      l['@href'],
    ]);
    expect(alternates).toEqual([
      ['mn', `${base}/organizations/${slug}`],
      ['en', `${base}/organizations/${slug}?lang=en`],
      ['x-default', `${base}/organizations/${slug}`],
    ]);
    const [count] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from organizations`);
    // Each organisation and the list, in both languages.
    expect(urls.length).toBe(2 * (count!.n + 1));
  });

  test('a draft plan and an unpublished case never appear; the published ones do', async () => {
    await ctx.db.query(sql`insert into plans (slug, title_en) values ('draft-plan-2031', 'A draft')`);
    const published = await fileCase('Street light out on the corner');
    const unpublished = await fileCase('Bus stop shelter broken');
    const [routed] = await ctx.db.query<{ slug: string }>(sql`select o.slug from feedback_cases c
      join organizations o on o.id = c.organization_id where c.number = ${published}`);
    const responder = await staffActor(ctx, 'organization-responder', routed!.slug);
    for (const number of [published, unpublished])
      expect((await answerCase(ctx, responder, number, { text: 'Fixed.' }, meta())).ok).toBe(true);
    const moderator = await staffActor(ctx, 'moderator');
    const done = await publishCase(
      ctx,
      moderator,
      published,
      { text: 'A light is out.', answer: 'Fixed.' },
      meta(),
    );
    expect(done.ok).toBe(true);

    const plans = (await app.inject({ url: '/sitemaps/plans-1.xml' })).body;
    const [demo] = await ctx.db.query<{ slug: string }>(
      sql`select slug from plans where status = 'published'`,
    );
    expect(plans).toContain(`<loc>${base}/plans/${demo!.slug}</loc>`);
    expect(plans).not.toContain('draft-plan-2031');

    const feedback = (await app.inject({ url: '/sitemaps/feedback-1.xml' })).body;
    expect(feedback).toContain(`<loc>${base}/feedback/published/${published}</loc>`);
    // No case's time: the public pages tell none but the month it came in.
    expect(feedback).not.toContain('<lastmod>');
    expect(feedback).not.toContain(unpublished);
  });

  test('the catalogue lists every dataset; a part past the end or of no module is not found', async () => {
    const datasets = (await app.inject({ url: '/sitemaps/datasets-1.xml' })).body;
    expect(datasets).toContain(`<loc>${base}/datasets/organizations</loc>`);
    expect(datasets).toContain(`<loc>${base}/datasets/organizations?lang=en</loc>`);
    for (const url of [
      '/sitemaps/organizations-2.xml',
      '/sitemaps/nothing-1.xml',
      '/sitemaps/organizations.xml',
    ])
      expect((await app.inject({ url })).statusCode, url).toBe(404);
  });
});

describe('parts', () => {
  test('read in keyset batches, the parts together list every page once, in order, and stop at the last', async () => {
    const source: SitemapSource = {
      name: 'organizations',
      pages: sql`select '/organizations/' || slug as path, updated_at as modified from organizations`,
    };
    const slugs = (await ctx.db.query<{ slug: string }>(sql`select slug from organizations`)).map(
      (r) => r.slug,
    );
    const expected = slugs.map((slug) => `${base}/organizations/${slug}`).sort();
    const size = { perPart: 5, batch: 2 };
    expect(slugs.length).toBeGreaterThan(2 * size.perPart);
    const listed: string[] = [];
    for (let part = 1; ; part++) {
      const body = await sitemapPart(ctx.db, base, source, part, size);
      if (!body) break;
      let text = '';
      for await (const chunk of body) text += chunk;
      expect(XMLValidator.validate(text)).toBe(true);
      const locs = asList(parser.parse(text).urlset.url as { loc: string }[])
        .map((u) => u.loc)
        .filter((loc) => !loc.endsWith('?lang=en'));
      expect(locs.length).toBeLessThanOrEqual(size.perPart);
      listed.push(...locs);
    }
    expect(listed).toEqual(expected);
  });
});
