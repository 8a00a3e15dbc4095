import { Type } from 'typebox';
import type { Dataset } from '../../platform/datasets/dataset.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { App } from '../../platform/http/types.ts';
import { type Bilingual, translator } from '../../platform/i18n/index.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { loadCatalog } from './catalog.ts';
import { dataJson } from './datajson.ts';
import { type CatalogAbout, catalogGraph } from './dcat.ts';
import { toJsonLd, toTurtle } from './rdf.ts';

export async function unitNames(db: Queryable): Promise<Map<string, Bilingual>> {
  const rows = await db.query<{ code: string; mn: string; en: string }>(
    sql`select code, name_mn as mn, name_en as en from admin_units`,
  );
  return new Map(rows.map((r) => [r.code, { mn: r.mn, en: r.en }]));
}

/** The catalogue's own title and description in both languages, from its messages. */
export function siteText(key: string): Bilingual {
  return { mn: translator('mn')(key), en: translator('en')(key) };
}

/**
 * What harvesters fetch: `/catalog.jsonld` and `/catalog.ttl` (DCAT-AP 3, one graph in two
 * syntaxes) and `/data.json` (Project Open Data v1.1). The app's ETags let them revalidate.
 */
export function harvestRoutes(app: App, ctx: ModuleContext, datasets: readonly Dataset[]): void {
  const { publicUrl } = ctx.config;
  const graph = async () => {
    const [entries, units] = await Promise.all([loadCatalog(ctx.db, datasets), unitNames(ctx.db)]);
    const about: CatalogAbout = {
      publicUrl,
      title: siteText('catalog.dcat.title'),
      description: siteText('catalog.lead'),
      country: { code: ctx.country.code, name: ctx.country.name },
      unitNames: units,
    };
    return catalogGraph(entries, about);
  };

  app.get(
    '/catalog.jsonld',
    { schema: { hide: true }, config: { access: 'public' } },
    async (_request, reply) =>
      reply.type('application/ld+json; charset=utf-8').send(JSON.stringify(toJsonLd(await graph()), null, 1)),
  );

  app.get('/catalog.ttl', { schema: { hide: true }, config: { access: 'public' } }, async (_request, reply) =>
    reply.type('text/turtle; charset=utf-8').send(await toTurtle(await graph())),
  );

  app.get(
    '/data.json',
    {
      schema: {
        hide: true,
        querystring: Type.Object({ lang: Type.Optional(Type.String({ maxLength: 10 })) }),
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const [entries, units] = await Promise.all([loadCatalog(ctx.db, datasets), unitNames(ctx.db)]);
      const body = dataJson(entries, {
        publicUrl,
        locale: request.query.lang === 'mn' ? 'mn' : 'en',
        country: ctx.country.name,
        unitNames: units,
        today: new Date(),
      });
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(body));
    },
  );
}
