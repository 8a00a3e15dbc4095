import { Type } from 'typebox';
import { ADMIN_UNIT_CODE } from '../../../platform/admin-units.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import {
  allUnits,
  type BoundaryRecord,
  boundaryRecords,
  type PlaceUnit,
} from '../../../platform/places/boundaries.ts';
import { shapesMap, unitMap } from '../../../platform/places/map.ts';
import { notice, summaryList, table } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';

/** A unit's code in the path (anything else is a 404, never a 400). */
const PlaceParams = Type.Object({ code: Type.String({ maxLength: 100 }) });

/** A unit's name in the reader's language, linked to its page. */
const link = (t: Translator, u: PlaceUnit): Html =>
  html`<a href="/places/${u.code}">${t.pick({ mn: u.nameMn, en: u.nameEn })}</a>`;

/** An area in km² as shown: to one decimal place under 100, whole above (the map's classes too). */
const rounded = (area: number) => (area < 100 ? Math.round(area * 10) / 10 : Math.round(area));
const km2 = (t: Translator, area: number) => t.number(rounded(area));

/** The columns a table of units shares (each row: the unit and its boundary, if imported). */
function unitTable(
  request: { t: Translator; page: Parameters<typeof table>[0] },
  caption: string,
  units: readonly PlaceUnit[],
  boundaries: ReadonlyMap<string, BoundaryRecord>,
  byCode: ReadonlyMap<string, PlaceUnit>,
): Html {
  const { t } = request;
  return table(request.page, {
    caption,
    columns: [
      { key: 'code', label: t('places.col.code') },
      { key: 'name', label: t('places.col.name') },
      { key: 'kind', label: t('places.col.kind') },
      { key: 'parent', label: t('places.col.parent') },
      { key: 'boundary', label: t('places.col.boundary') },
      { key: 'area', label: t('places.col.area'), numeric: true },
      { key: 'source', label: t('places.col.source') },
      { key: 'licence', label: t('places.col.licence') },
    ],
    rows: units.map((u) => {
      const b = boundaries.get(u.code);
      const parent = u.parentCode ? byCode.get(u.parentCode) : undefined;
      return [
        u.code,
        link(t, u),
        t(`places.kind.${u.kind}`),
        parent ? link(t, parent) : '—',
        t(b ? 'places.boundary.imported' : 'places.boundary.none'),
        b ? km2(t, b.areaKm2) : '—',
        b?.source ?? '—',
        b?.licence ?? '—',
      ];
    }),
  });
}

/** `/places` (every unit with its boundary's status, a map) and `/places/:code` (a unit). */
export function placesPages(app: App, ctx: ModuleContext): void {
  app.get('/places', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const { t, locale } = request;
    const [units, boundaries] = await Promise.all([allUnits(ctx.db), boundaryRecords(ctx.db)]);
    const byCode = new Map(units.map((u) => [u.code, u]));
    const map = await unitMap(ctx.db, ctx.country, {
      id: 'places-map',
      title: t('places.map.title'),
      t,
      locale,
      format: (v) => km2(t, v),
      values: Object.fromEntries([...boundaries].map(([code, b]) => [code, rounded(b.areaKm2)])),
      valueLabel: t('places.map.value'),
      categoryLabel: t('places.col.name'),
    });
    return reply.sendPage({
      title: t('places.title'),
      main: html`<h1>${t('places.title')}</h1>
<p class="lead">${t('places.lead')}</p>
${boundaries.size === 0 ? notice(request, { tone: 'inset', body: t('places.noBoundaries') }) : ''}
${map}
${unitTable(request, t('places.caption'), units, boundaries, byCode)}`,
    });
  });

  app.get(
    '/places/:code',
    { schema: { hide: true, params: PlaceParams }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const { code } = request.params;
      if (!ADMIN_UNIT_CODE.test(code)) throw notFound();
      const units = await allUnits(ctx.db);
      const unit = units.find((u) => u.code === code);
      if (!unit) throw notFound();
      const byCode = new Map(units.map((u) => [u.code, u]));
      const children = units.filter((u) => u.parentCode === code);
      const boundaries = await boundaryRecords(ctx.db, [code, ...children.map((c) => c.code)]);
      const own = boundaries.get(code);
      const name = t.pick({ mn: unit.nameMn, en: unit.nameEn });
      const parent = unit.parentCode ? byCode.get(unit.parentCode) : undefined;
      // Its children's shapes when they have them, else its own.
      const drawn = children.some((c) => boundaries.has(c.code)) ? children : [unit];
      const map = await shapesMap(ctx.db, ctx.country, {
        id: 'place-map',
        title: t('places.map.unitTitle', { name }),
        t,
        format: (v) => km2(t, v),
        units: drawn.map((u) => ({
          code: u.code,
          name: t.pick({ mn: u.nameMn, en: u.nameEn }),
          lat: u.lat,
          lon: u.lon,
        })),
        values: Object.fromEntries(
          drawn.map((u) => {
            const area = boundaries.get(u.code)?.areaKm2;
            return [u.code, area === undefined ? null : rounded(area)];
          }),
        ),
        valueLabel: t('places.map.value'),
        categoryLabel: t('places.col.name'),
      });
      return reply.sendPage({
        title: name,
        breadcrumbs: [
          { href: '/places', label: t('places.title') },
          ...(parent
            ? [{ href: `/places/${parent.code}`, label: t.pick({ mn: parent.nameMn, en: parent.nameEn }) }]
            : []),
          { label: name },
        ],
        main: html`<h1>${name}</h1>
${summaryList([
  { key: t('places.col.kind'), value: t(`places.kind.${unit.kind}`) },
  { key: t('places.col.code'), value: unit.code },
  { key: t('places.col.iso'), value: unit.iso3166_2 ?? '—' },
  { key: t('places.col.parent'), value: parent ? link(t, parent) : '—' },
  {
    key: t('places.col.centre'),
    value:
      unit.centreMn || unit.centreEn ? t.pick({ mn: unit.centreMn ?? '', en: unit.centreEn ?? '' }) : '—',
  },
  { key: t('places.col.coordinates'), value: `${unit.lat.toFixed(4)}, ${unit.lon.toFixed(4)}` },
  { key: t('places.col.boundary'), value: t(own ? 'places.boundary.imported' : 'places.boundary.none') },
  ...(own
    ? [
        { key: t('places.col.area'), value: km2(t, own.areaKm2) },
        { key: t('places.col.source'), value: own.source },
        { key: t('places.col.licence'), value: own.licence },
        { key: t('places.col.importedAt'), value: t.date(own.importedAt) },
      ]
    : []),
])}
${own ? '' : notice(request, { tone: 'inset', body: t('places.boundary.missing') })}
${map ?? ''}
${children.length > 0 ? unitTable(request, t('places.childrenCaption', { name }), children, boundaries, byCode) : html`<p>${t('places.noChildren')}</p>`}`,
      });
    },
  );
}
