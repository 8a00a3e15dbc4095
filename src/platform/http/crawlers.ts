import { Readable } from 'node:stream';
import { Type } from 'typebox';
import type { Queryable } from '../db/database.ts';
import { type SqlQuery, sql } from '../db/sql.ts';
import type { ShilenModule } from '../module.ts';
import { notFound } from './errors.ts';
import type { App } from './types.ts';

/**
 * Public pages a module offers to search engines (`sitemap` in its manifest): a query giving one
 * row per page, `path` (text, unique: the keyset the part is read by) and `modified` (timestamptz,
 * or null where unknown). Only what anyone may see: never a draft, never an unpublished record.
 */
export interface SitemapSource {
  /** kebab-case; its parts are `/sitemaps/<name>-<n>.xml`. */
  name: string;
  pages: SqlQuery;
}

/** The sitemap protocol's bound is 50,000 URLs a file; each page is two (Mongolian, English). */
export const PAGES_PER_PART = 25_000;
// Each batch filters and sorts the source's paths again (a path made by the query has no index),
// so a part is read in few, large batches: five of 5,000 pages, a few MB at most.
const BATCH = 5_000;
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** Pages with no row behind them (a register's list), as a `pages` query; `modified` unknown. */
export function listPages(paths: readonly string[]): SqlQuery {
  const rows = paths.map((path) => sql`(${path}::text, null::timestamptz)`);
  return sql`select * from (values ${sql.join(rows)}) as v(path, modified)`;
}

/**
 * What crawlers may read. Everything private (accounts, administration, the feedback console, a
 * follower's token link, invitation and reset links) is shut, as are the machine endpoints under
 * /api/ and every URL with a query string (filtered and sorted lists are endless) except the
 * English edition of a page, which the sitemap lists.
 */
export function robotsTxt(publicUrl: string): string {
  const disallow = [
    '/admin',
    '/account',
    '/sign-in',
    '/sign-up',
    '/sign-out',
    '/reset-password',
    '/confirm-email/',
    '/invitations/',
    '/feedback/console',
    '/feedback/follow/',
    '/feedback/mine',
    '/feedback/moderation',
    '/feedback/operator',
    '/plans/moderation',
    '/api/',
    '/*?',
  ];
  return [
    'User-agent: *',
    'Allow: /*?lang=en$',
    ...disallow.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${publicUrl}/sitemap.xml`,
    '',
  ].join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sitemapSources(modules: readonly ShilenModule[]): SitemapSource[] {
  return modules.flatMap((m) => m.sitemap?.(modules) ?? []);
}

async function pageCount(db: Queryable, source: SitemapSource): Promise<number> {
  const [row] = await db.query<{ n: number }>(sql`select count(*)::bigint as n from (${source.pages}) as s`);
  return Number(row?.n ?? 0);
}

/** The index: one entry per part of every source, a source with no pages still has its (empty) first part. */
async function sitemapIndex(
  db: Queryable,
  publicUrl: string,
  sources: readonly SitemapSource[],
): Promise<string> {
  const entries: string[] = [];
  for (const source of sources) {
    const parts = Math.max(1, Math.ceil((await pageCount(db, source)) / PAGES_PER_PART));
    for (let n = 1; n <= parts; n++)
      entries.push(
        `<sitemap><loc>${escapeXml(`${publicUrl}/sitemaps/${source.name}-${n}.xml`)}</loc></sitemap>`,
      );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${SITEMAP_NS}">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

/** Both editions of a page, each naming the other (and the Mongolian one as the default). */
function urlEntries(publicUrl: string, row: { path: string; modified: Date | string | null }): string {
  const mn = escapeXml(`${publicUrl}${row.path}`);
  const en = escapeXml(`${publicUrl}${row.path}${row.path.includes('?') ? '&' : '?'}lang=en`);
  const lastmod = row.modified === null ? '' : `<lastmod>${new Date(row.modified).toISOString()}</lastmod>`;
  const alternates =
    `<xhtml:link rel="alternate" hreflang="mn" href="${mn}"/>` +
    `<xhtml:link rel="alternate" hreflang="en" href="${en}"/>` +
    `<xhtml:link rel="alternate" hreflang="x-default" href="${mn}"/>`;
  return `<url><loc>${mn}</loc>${lastmod}${alternates}</url>\n<url><loc>${en}</loc>${lastmod}${alternates}</url>\n`;
}

/**
 * Part `part` (from 1) of a source, written as it is read: its first path is found by its offset,
 * then the rows come in keyset batches by path, so no part is ever held in memory whole.
 * Undefined past the last part (the first part always exists, empty when the source is).
 */
export async function sitemapPart(
  db: Queryable,
  publicUrl: string,
  source: SitemapSource,
  part: number,
  size: { perPart: number; batch: number } = { perPart: PAGES_PER_PART, batch: BATCH },
): Promise<AsyncIterable<string> | undefined> {
  const [start] = await db.query<{ path: string }>(
    sql`select s.path from (${source.pages}) as s order by s.path collate "C"
      offset ${(part - 1) * size.perPart} limit 1`,
  );
  if (!start && part > 1) return undefined;
  return (async function* () {
    yield `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">\n`;
    let remaining = start ? size.perPart : 0;
    let after = sql`s.path collate "C" >= ${start?.path}`;
    while (remaining > 0) {
      const take = Math.min(size.batch, remaining);
      const rows = await db.query<{ path: string; modified: Date | string | null }>(
        sql`select s.path, s.modified from (${source.pages}) as s where ${after}
          order by s.path collate "C" limit ${take}`,
      );
      yield rows.map((row) => urlEntries(publicUrl, row)).join('');
      if (rows.length < take) break;
      remaining -= rows.length;
      after = sql`s.path collate "C" > ${rows[rows.length - 1]!.path}`;
    }
    yield '</urlset>\n';
  })();
}

/** `/robots.txt`, the sitemap index and its parts, read from the database at each request. */
export function crawlerRoutes(app: App): void {
  const { db, modules, config } = app.shilen;
  const sources = sitemapSources(modules);
  const publicUrl = config.publicUrl;

  app.get('/robots.txt', { schema: { hide: true }, config: { access: 'public' } }, async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').send(robotsTxt(publicUrl)),
  );

  app.get('/sitemap.xml', { schema: { hide: true }, config: { access: 'public' } }, async (_request, reply) =>
    reply.type('application/xml; charset=utf-8').send(await sitemapIndex(db, publicUrl, sources)),
  );

  app.get(
    '/sitemaps/:file',
    {
      schema: { hide: true, params: Type.Object({ file: Type.String({ maxLength: 100 }) }) },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const match = /^([a-z0-9-]+)-([1-9][0-9]{0,5})\.xml$/.exec(request.params.file);
      const source = match && sources.find((s) => s.name === match[1]);
      if (!match || !source) throw notFound();
      const body = await sitemapPart(db, publicUrl, source, Number(match[2]));
      if (!body) throw notFound();
      return reply.type('application/xml; charset=utf-8').send(Readable.from(body));
    },
  );
}
