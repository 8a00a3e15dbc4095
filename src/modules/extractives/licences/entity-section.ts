import { sql } from '../../../platform/db/sql.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { EntityRef, EntitySection, ModuleContext } from '../../../platform/module.ts';
import { html } from '../../../platform/views/html.ts';

interface Held {
  slug: string;
  type: string;
  number: string;
  nameMn: string;
  nameEn: string;
  status: string;
  share: number;
  areaHa: number | null;
}

/** How many licences the section lists before linking to the rest. */
const SHOWN = 50;

/**
 * The licence register's part of a legal entity's page (`/legal-entities/:id`): the licences it
 * (or any entity merged into it) holds, with its share, kind, status and area, each linked; the
 * full list behind the register's holder filter. None when it holds no licence.
 */
export async function licencesEntitySection(
  ctx: Pick<ModuleContext, 'db' | 'country'>,
  entity: EntityRef,
  t: Translator,
): Promise<EntitySection | null> {
  const rows = await ctx.db.query<Held & { total: number }>(sql`
    select l.slug, l.licence_type as type, l.number, l.name_mn as "nameMn", l.name_en as "nameEn", l.status,
      sum(h.share)::float8 as share, l.area_ha as "areaHa", count(*) over ()::int as total
    from extractive_licence_holders h join extractive_licences l on l.id = h.licence_id
    where h.legal_entity_id = any(${[...entity.family]}::bigint[])
    group by l.id
    order by l.granted_on desc nulls last, l.number
    limit ${SHOWN}`);
  if (rows.length === 0) return null;
  const kinds = new Map(ctx.country.extractives.licenceTypes.map((k) => [k.code, k.name]));
  const count = rows[0]!.total;
  const href = `/extractives/licences?holder=${entity.id}`;
  const kind = (code: string) => (kinds.has(code) ? t.pick(kinds.get(code)!) : code);
  const caption = t('extractives.licences.entity.caption', { count });
  return {
    id: 'extractives-licences',
    title: t('extractives.licences.entity.title'),
    count,
    href,
    html: html`<div class="table-wrap" tabindex="0" role="region" aria-label="${caption}"><table class="data-table">
<caption>${caption}</caption>
<thead><tr><th scope="col">${t('extractives.licences.field.number')}</th><th scope="col">${t('extractives.licences.field.type')}</th><th scope="col">${t('extractives.licences.field.status')}</th><th scope="col" class="numeric">${t('extractives.licences.field.share')}</th><th scope="col" class="numeric">${t('extractives.licences.field.areaHa')}</th></tr></thead>
<tbody>${rows.map(
      (r) =>
        html`<tr><td><a href="/extractives/licences/${r.slug}">${r.number} ${t.pick({ mn: r.nameMn, en: r.nameEn })}</a></td><td>${kind(r.type)}</td><td>${t(`extractives.licences.status.${r.status}`)}</td><td class="numeric">${t.number(r.share)} %</td><td class="numeric">${r.areaHa === null ? '—' : t.number(Math.round(Number(r.areaHa)))}</td></tr>`,
    )}</tbody>
</table></div>
<p><a href="${href}">${t('extractives.licences.entity.all')}</a></p>`,
    data: rows.map((r) => ({
      number: r.number,
      type: r.type,
      name: { mn: r.nameMn, en: r.nameEn },
      status: r.status,
      share: r.share,
      areaHa: r.areaHa === null ? null : Number(r.areaHa),
      url: `/extractives/licences/${r.slug}`,
    })),
  };
}
