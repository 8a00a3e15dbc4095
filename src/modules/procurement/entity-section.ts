import { sql } from '../../platform/db/sql.ts';
import type { Translator } from '../../platform/i18n/index.ts';
import type { EntityRef, EntitySection, ModuleContext } from '../../platform/module.ts';
import { summaryList } from '../../platform/views/components.ts';
import { html } from '../../platform/views/html.ts';

/** How many of an entity's contracts its page shows; the supplier's profile has the rest. */
export const ENTITY_SECTION_CONTRACTS = 10;

interface Won {
  ocid: string;
  contractId: string;
  title: string;
  buyerName: string;
  buyerSlug: string | null;
  amount: string | null;
  currency: string | null;
  date: string | null;
}

/** The figures of the contracts the family won, by currency (amounts in different currencies are never added). */
export const ENTITY_TOTALS = (family: readonly number[]) => sql`
  select c.currency, count(*)::int as contracts, sum(c.value) as total
  from procurement_contracts c where c.supplier_id = any(${family}::bigint[])
  group by 1 order by 2 desc, 1`;

/** The family's latest contracts with their processes and buyers: signed, else awarded, newest first. */
export const ENTITY_CONTRACTS = (family: readonly number[], limit: number) => sql`
  select p.ocid, c.contract_id as "contractId", p.title, p.buyer_name as "buyerName", o.slug as "buyerSlug",
    c.value::text as amount, c.currency, to_char(coalesce(c.date_signed, c.award_date) at time zone 'UTC', 'YYYY-MM-DD') as date
  from procurement_contracts c join procurement_processes p on p.id = c.process_id
  left join organizations o on o.id = c.buyer_id
  where c.supplier_id = any(${family}::bigint[])
  order by coalesce(c.date_signed, c.award_date) desc nulls last, c.process_id desc, c.contract_id
  limit ${limit}`;

/**
 * Procurement's section of a legal entity's page: the contracts the entity (and every entity
 * merged into it) won, how many, their total per currency, the latest with OCID, buyer, value and
 * date, each linked to its process; the same latest as data for the entity's API. None when it
 * won nothing.
 */
export async function procurementEntitySection(
  ctx: Pick<ModuleContext, 'db'>,
  entity: EntityRef,
  t: Translator,
): Promise<EntitySection | null> {
  const [totals, latest] = await Promise.all([
    ctx.db.query<{ currency: string | null; contracts: number; total: string | null }>(
      ENTITY_TOTALS(entity.family),
    ),
    ctx.db.query<Won>(ENTITY_CONTRACTS(entity.family, ENTITY_SECTION_CONTRACTS)),
  ]);
  const count = totals.reduce((n, r) => n + r.contracts, 0);
  if (count === 0) return null;
  const money = (amount: string | null, currency: string | null) =>
    amount === null ? '—' : t.money(amount, currency ?? undefined);
  const caption = t('procurement.entity.latest', { shown: latest.length, count });
  return {
    id: 'procurement-awards',
    title: t('procurement.entity.title'),
    count,
    href: `/procurement/suppliers/${entity.id}`,
    html: html`${summaryList([
      { key: t('procurement.profile.contracts'), value: t.number(count) },
      ...totals
        .filter((r) => r.total !== null)
        .map((r) => ({
          key: t('procurement.entity.total', { currency: r.currency ?? '—' }),
          value: money(r.total, r.currency),
        })),
    ])}
<div class="table-wrap" tabindex="0" role="region" aria-label="${caption}"><table class="data-table">
  <caption>${caption}</caption>
  <thead><tr><th scope="col">OCID</th><th scope="col">${t('procurement.col.title')}</th><th scope="col">${t('procurement.col.buyer')}</th><th scope="col" class="numeric">${t('procurement.col.value')}</th><th scope="col">${t('procurement.col.date')}</th></tr></thead>
  <tbody>${latest.map(
    (w) =>
      html`<tr><td><a href="/procurement/processes/${encodeURIComponent(w.ocid)}">${w.ocid}</a></td><td>${w.title}</td><td>${w.buyerSlug ? html`<a href="/procurement/buyers/${w.buyerSlug}">${w.buyerName}</a>` : w.buyerName}</td><td class="numeric">${money(w.amount, w.currency)}</td><td>${w.date ? t.date(w.date) : '—'}</td></tr>`,
  )}</tbody>
</table></div>
<p><a href="/procurement/suppliers/${entity.id}">${t('procurement.entity.all')}</a></p>`,
    data: latest.map((w) => ({
      ocid: w.ocid,
      contractId: w.contractId,
      title: w.title,
      buyer: { name: w.buyerName, slug: w.buyerSlug },
      value: w.amount === null ? null : { amount: Number(w.amount), currency: w.currency },
      date: w.date,
      url: `/procurement/processes/${encodeURIComponent(w.ocid)}`,
    })),
  };
}
