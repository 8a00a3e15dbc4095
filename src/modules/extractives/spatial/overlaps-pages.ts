import { Type } from 'typebox';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { notice, table } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { type Area, allOverlaps, overlapsOf } from './overlaps.ts';

/** The most pairs the report of all overlaps lists (largest first). */
export const MAX_PAIRS = 1000;

const OverlapsQuery = Type.Object({ licence: Type.Optional(Type.String({ maxLength: 200 })) });

const licenceLink = (
  t: Translator,
  l: { slug: string; number: string; nameMn: string; nameEn: string },
): Html =>
  html`<a href="/extractives/licences/${l.slug}">${l.number}</a> ${t.pick({ mn: l.nameMn, en: l.nameEn })}`;

/** `/extractives/overlaps` (every overlap, computed now) and `?licence=<slug>` (one licence's). */
export function overlapsPages(app: App, ctx: ModuleContext): void {
  const layerName = (t: Translator, layer: string) => {
    const found = ctx.country.extractives.restrictedLayers.find((l) => l.layer === layer);
    return found ? t.pick(found.name) : layer;
  };
  const hasLayers = async () =>
    ((await ctx.db.query(sql`select 1 from extractive_restricted_areas limit 1`)).length ?? 0) > 0;

  app.get(
    '/extractives/overlaps',
    { schema: { hide: true, querystring: OverlapsQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const slug = request.query.licence;
      const layersNotice = (await hasLayers())
        ? ''
        : notice(request, { tone: 'inset', body: t('extractives.overlaps.noLayers') });
      if (slug !== undefined) {
        const [licence] = await ctx.db.query<{
          id: number;
          slug: string;
          number: string;
          nameMn: string;
          nameEn: string;
          areaHa: number | null;
          geometry: Area | null;
        }>(sql`
          select id::int as id, slug, number, name_mn as "nameMn", name_en as "nameEn", area_ha as "areaHa", geometry
          from extractive_licences where slug = ${slug}`);
        if (!licence) throw notFound();
        const title = t('extractives.overlaps.licenceTitle', { number: licence.number });
        const found = licence.geometry
          ? await overlapsOf(ctx.db, licence.geometry, { excludeLicenceId: licence.id })
          : null;
        const share = (ha: number) => t.number(Math.round((ha / (licence.areaHa || 1)) * 1000) / 10);
        const body = !found
          ? notice(request, { tone: 'inset', body: t('extractives.overlaps.noArea') })
          : html`<p>${t('extractives.overlaps.count', { count: found.licences.length + found.restricted.length })}</p>
${table(request.page, {
  caption: t('extractives.overlaps.withLicences'),
  columns: [
    { key: 'licence', label: t('extractives.overlaps.licence') },
    { key: 'status', label: t('extractives.map.status') },
    { key: 'hectares', label: t('extractives.overlaps.hectares'), numeric: true },
    { key: 'share', label: t('extractives.overlaps.share'), numeric: true },
  ],
  rows: found.licences.map((o) => [
    licenceLink(t, o),
    t(`extractives.spatialStatus.${o.status}`),
    t.number(o.hectares),
    share(o.hectares),
  ]),
})}
${found.licences.length === 0 ? html`<p>${t('extractives.overlaps.none')}</p>` : ''}
${table(request.page, {
  caption: t('extractives.overlaps.withRestricted'),
  columns: [
    { key: 'layer', label: t('extractives.overlaps.layer') },
    { key: 'name', label: t('extractives.overlaps.name') },
    { key: 'hectares', label: t('extractives.overlaps.hectares'), numeric: true },
    { key: 'share', label: t('extractives.overlaps.share'), numeric: true },
  ],
  rows: found.restricted.map((o) => [layerName(t, o.layer), o.name, t.number(o.hectares), share(o.hectares)]),
})}
${found.restricted.length === 0 ? html`<p>${t('extractives.overlaps.none')}</p>` : ''}`;
        return reply.sendPage({
          title,
          breadcrumbs: [
            { href: '/extractives/overlaps', label: t('extractives.overlaps.all') },
            { label: licence.number },
          ],
          main: html`<h1>${title}</h1>
<p>${licenceLink(t, licence)}</p>
${layersNotice}
${body}`,
        });
      }
      const pairs = await allOverlaps(ctx.db);
      const shown = pairs.slice(0, MAX_PAIRS);
      return reply.sendPage({
        title: t('extractives.overlaps.title'),
        main: html`<h1>${t('extractives.overlaps.title')}</h1>
<p class="lead">${t('extractives.overlaps.lead')}</p>
${layersNotice}
<p>${
          pairs.length > MAX_PAIRS
            ? t('extractives.overlaps.truncated', { count: pairs.length, shown: t.number(MAX_PAIRS) })
            : t('extractives.overlaps.count', { count: pairs.length })
        }</p>
${
  shown.length === 0
    ? html`<p>${t('extractives.overlaps.none')}</p>`
    : table(request.page, {
        caption: t('extractives.overlaps.title'),
        columns: [
          { key: 'licence', label: t('extractives.overlaps.licence') },
          { key: 'other', label: t('extractives.overlaps.other') },
          { key: 'layer', label: t('extractives.overlaps.layer') },
          { key: 'hectares', label: t('extractives.overlaps.hectares'), numeric: true },
        ],
        rows: shown.map((p) => [
          html`${licenceLink(t, p.licence)} (<a href="/extractives/overlaps?licence=${p.licence.slug}">${t('extractives.overlaps.all')}</a>)`,
          p.other.kind === 'licence' ? licenceLink(t, p.other) : p.other.name,
          p.other.kind === 'licence' ? t('extractives.overlaps.licence') : layerName(t, p.other.layer),
          t.number(p.hectares),
        ]),
      })
}`,
      });
    },
  );
}
