import { Type } from 'typebox';
import { problemResponses } from '../http/schemas.ts';
import type { App } from '../http/types.ts';
import { translator } from '../i18n/index.ts';
import { withQuery } from '../views/context.ts';
import { highlight, matcher, snippet } from './highlight.ts';
import { ensureSearchIndex } from './index-documents.ts';
import { searchPage } from './page.ts';
import { labelledFacets, labels, readPageQuery } from './present.ts';
import { search } from './query.ts';
import { SearchQuerySchema, SearchResponseSchema } from './schemas.ts';

/**
 * The site search page `/search`, the search API `/api/v1/search`, and, when the app is ready,
 * the documents of any module the index does not have yet.
 */
export async function searchRoutes(app: App): Promise<void> {
  const { db, modules, config } = app.shilen;

  app.addHook('onReady', async () => {
    const built = await ensureSearchIndex(db, modules);
    if (Object.keys(built).length > 0) app.log.info({ built }, 'search index built');
  });

  app.get(
    '/search',
    {
      schema: { hide: true, querystring: Type.Object({}, { additionalProperties: true }) },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const query = readPageQuery(request.query as Record<string, unknown>);
      const result = await search(db, request.actor, query);
      return reply.sendPage(searchPage(request.page, query, result, labels(modules, request.t)));
    },
  );

  app.get(
    '/api/v1/search',
    {
      config: { access: 'public' },
      schema: {
        tags: ['search'],
        summary: 'Search every register',
        description:
          'One search over the records of every module: Cyrillic and Latin spellings find the same record ("Oyu Tolgoi" finds "Оюу Толгой"), small typos are forgiven. Facets count the matches by module, organisation, aimag and year; records you may not see are neither listed nor counted. Any `q` gives 200 with a list, empty if nothing matches.',
        querystring: SearchQuerySchema,
        response: { 200: SearchResponseSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { lang, ...input } = request.query;
      const t = lang ? translator(lang) : request.t;
      const result = await search(db, request.actor, input);
      const label = labels(modules, t);
      const isMatch = matcher(result.terms);
      const last = Math.max(1, Math.ceil(result.total / result.pageSize));
      const link = (page: number) => `${config.publicUrl}${withQuery(request.url, { page })}`;
      // Restricted records may be in the answer: only a visitor's answer may be shared by caches.
      if (request.actor.kind !== 'anonymous') reply.header('cache-control', 'private, no-cache');
      reply.header('vary', 'Authorization, Cookie, Accept-Encoding');
      return {
        q: result.q,
        total: result.total,
        capped: result.capped,
        page: result.page,
        pageSize: result.pageSize,
        items: result.items.map((item) => {
          const body = t.pick(item.body);
          return {
            module: item.module,
            kind: item.kind,
            kindLabel: label.kind(item),
            key: item.key,
            title: item.title,
            snippet: (body ? snippet(body, isMatch) : highlight(t.pick(item.title), isMatch)).value,
            url: `${config.publicUrl}${item.url}`,
            organization: item.organization,
            aimag: item.aimag,
            year: item.year,
            score: item.score,
          };
        }),
        facets: labelledFacets(result.facets, label),
        links: {
          self: `${config.publicUrl}${request.url}`,
          ...(result.page < last ? { next: link(result.page + 1) } : {}),
          ...(result.page > 1 ? { prev: link(result.page - 1) } : {}),
        },
      };
    },
  );
}
