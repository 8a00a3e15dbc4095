import { sql } from '../../../platform/db/sql.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { EntityRef, EntitySection, ModuleContext } from '../../../platform/module.ts';
import { summaryList } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';

interface ByBodyYear {
  slug: string;
  nameMn: string;
  nameEn: string;
  year: number;
  count: number;
  total: string;
}

/**
 * The fiscal module's section of a legal entity's page: what public bodies paid the entity and
 * every entity merged into it (its family shares one root, `payee_root_id`), by body and fiscal
 * year, with the totals and a link to those transactions in the search. None when it was paid nothing.
 */
export async function fiscalEntitySection(
  ctx: Pick<ModuleContext, 'db'>,
  entity: EntityRef,
  t: Translator,
): Promise<EntitySection | null> {
  const rows = await ctx.db.query<ByBodyYear>(sql`
    select o.slug, o.name_mn as "nameMn", o.name_en as "nameEn", t.fiscal_year as year,
      count(*)::int as count, sum(t.amount_mnt)::text as total
    from fiscal_transactions t join organizations o on o.id = t.organization_id
    where t.payee_root_id = any(array(
      select distinct coalesce(e.merged_into, e.id) from legal_entities e where e.id = any(${[...entity.family]}::bigint[])))
    group by o.slug, o.name_mn, o.name_en, t.fiscal_year
    order by t.fiscal_year desc, sum(t.amount_mnt) desc, o.slug`);
  if (rows.length === 0) return null;
  const count = rows.reduce((n, r) => n + r.count, 0);
  const total = rows.reduce((n, r) => n + Number(r.total), 0);
  const href = `/fiscal/transactions?payee=${entity.id}`;
  const caption = t('fiscal.entity.caption', { count });
  return {
    id: 'fiscal-payments',
    title: t('fiscal.entity.title'),
    count,
    href,
    html: html`${summaryList([
      { key: t('fiscal.entity.count'), value: t.number(count) },
      { key: t('fiscal.entity.total'), value: t.money(total, 'MNT') },
    ])}
${byBodyTable(t, entity.id, rows, caption)}
<p><a href="${href}">${t('fiscal.entity.all')}</a></p>`,
    data: rows.map((r) => ({
      payer: { slug: r.slug, name: { mn: r.nameMn, en: r.nameEn } },
      fiscalYear: r.year,
      transactions: r.count,
      amountMnt: r.total,
      url: searchLink(entity.id, r),
    })),
  };
}

/** The figures by year and body, each count linked to those transactions in the search. */
function byBodyTable(t: Translator, entityId: number, rows: readonly ByBodyYear[], caption: string) {
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${caption}"><table class="data-table">
  <caption>${caption}</caption>
  <thead><tr><th scope="col">${t('fiscal.transaction.year')}</th><th scope="col">${t('fiscal.transactions.col.payer')}</th><th scope="col" class="numeric">${t('fiscal.entity.count')}</th><th scope="col" class="numeric">${t('fiscal.entity.total')}</th></tr></thead>
  <tbody>${rows.map(
    (r) =>
      html`<tr><td>${r.year}</td><td><a href="/fiscal/bodies/${r.slug}">${t.pick({ mn: r.nameMn, en: r.nameEn })}</a></td><td class="numeric"><a href="${searchLink(entityId, r)}">${t.number(r.count)}</a></td><td class="numeric">${t.money(r.total, 'MNT')}</td></tr>`,
  )}</tbody>
</table></div>`;
}

const searchLink = (entityId: number, r: ByBodyYear) =>
  `/fiscal/transactions?payee=${entityId}&payer=${r.slug}&year=${r.year}`;
