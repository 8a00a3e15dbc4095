import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import { UNIDENTIFIED } from '../../../platform/legal-entities/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { barChart } from '../../../platform/views/charts/index.ts';
import { emptyState, summaryList, table } from '../../../platform/views/components.ts';
import type { PageContext } from '../../../platform/views/context.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { buyerProfile, disclosureByBuyer, findSupplier, type Profile, supplierProfile } from '../profiles.ts';
import { belowList, codeLabel, publicPage, tableOrEmpty } from './shared.ts';

function compact(t: Translator, value: number): string {
  if (value >= 1e9) return `${t.number(Math.round(value / 1e8) / 10)} ${t('procurement.billion')}`;
  if (value >= 1e6) return `${t.number(Math.round(value / 1e5) / 10)} ${t('procurement.million')}`;
  return t.number(Math.round(value));
}

function sections(
  page: PageContext,
  t: Translator,
  p: Profile,
  top: { title: string; href: (id: string | number) => string },
): Html {
  if (p.contracts === 0) return emptyState(t('procurement.profile.empty'));
  return html`${summaryList([
    { key: t('procurement.profile.contracts'), value: t.number(p.contracts) },
    { key: t('procurement.profile.total'), value: t.money(p.total) },
  ])}
<h2>${t('procurement.profile.overTime')}</h2>
${barChart({ id: 'chart-time', title: t('procurement.profile.overTime'), t, bars: p.byMonth.map((m) => ({ label: m.month.slice(2), value: m.value })), format: (v) => compact(t, v), orientation: 'vertical', colour: 'navy', className: 'procurement-chart' })}
<h2>${t('procurement.profile.methods')}</h2>
${barChart({ id: 'chart-methods', orientation: 'horizontal', title: t('procurement.profile.methods'), t, bars: p.byMethod.map((m) => ({ label: codeLabel(t, 'method', m.method) ?? m.method, value: m.count })), format: (v) => t.number(v), colour: 'navy', className: 'procurement-chart' })}
<h2>${t('procurement.profile.flags')}</h2>
${
  p.flags.length === 0
    ? html`<p>${t('procurement.flags.none')}</p>`
    : barChart({
        id: 'chart-flags',
        orientation: 'horizontal',
        title: t('procurement.profile.flags'),
        t,
        bars: p.flags.map((f) => ({ label: t(`procurement.flag.${f.flag}.short`), value: f.count })),
        format: (v) => t.number(v),
        colour: 'navy',
        className: 'procurement-chart',
      })
}
<h2>${top.title}</h2>
${table(page, {
  caption: top.title,
  columns: [
    { key: 'n', label: t('procurement.col.name') },
    { key: 'c', label: t('procurement.profile.contracts'), numeric: true },
    { key: 'v', label: t('procurement.col.value'), numeric: true },
  ],
  rows: p.top.map((s) => [
    html`<a href="${top.href(s.id)}">${s.name}</a>`,
    t.number(s.count),
    t.money(s.value),
  ]),
})}`;
}

export function profilePages(app: App, ctx: ModuleContext): void {
  publicPage(app, '/procurement/buyers/:slug', { slug: 100 }, async (request, reply) => {
    const { t } = request;
    const [org] = await ctx.db.query<{ id: number; slug: string; nameMn: string; nameEn: string }>(sql`
        select id, slug, name_mn as "nameMn", name_en as "nameEn" from organizations where slug = ${request.params.slug}`);
    if (!org) throw notFound();
    const name = t.pick({ mn: org.nameMn, en: org.nameEn });
    const [p, duty] = await Promise.all([buyerProfile(ctx, org.id), disclosureByBuyer(ctx, org.id)]);
    const d = duty[0];
    return reply.sendPage({
      ...belowList(t, `${name} — ${t('procurement.buyer')}`, name),
      main: html`<h1>${name}</h1>
<p class="lead">${t('procurement.buyer')} · <a href="/organizations/${org.slug}">${t('procurement.profile.registry')}</a> · <a href="/procurement?buyer=${org.slug}">${t('procurement.profile.allProcesses')}</a></p>
${d ? html`<p>${t('procurement.disclosure.summary', { required: d.required, onTime: d.onTime, late: d.late, missing: d.missing })}</p>` : ''}
${sections(request.page, t, p, { title: t('procurement.profile.topSuppliers'), href: (id) => `/procurement/suppliers/${id}` })}`,
    });
  });

  // A supplier is an entity of the register of legal entities: its procurement figures here (its
  // family's, under the entity a person merged it into), everything else on the entity's page.
  publicPage(app, '/procurement/suppliers/:id', { id: 20 }, async (request, reply) => {
    const { t } = request;
    const id = /^\d{1,12}$/.test(request.params.id) ? Number(request.params.id) : 0;
    const s = id ? await findSupplier(ctx.db, id) : undefined;
    if (!s) throw notFound();
    // A merge can be undone: the address of the merged entity stays its own.
    if (s.mergedInto !== null) return reply.redirect(`/procurement/suppliers/${s.mergedInto}`, 302);
    const name = t.pick({ mn: s.nameMn, en: s.nameEn });
    const p = await supplierProfile(ctx, s.id);
    return reply.sendPage({
      ...belowList(t, `${name} — ${t('procurement.supplier')}`, name),
      main: html`<h1>${name}</h1>
<p class="lead">${t('procurement.supplier')} · <a href="/legal-entities/${s.id}">${t('procurement.profile.entity')}</a> · <a href="/procurement?supplier=${s.id}">${t('procurement.profile.allProcesses')}</a></p>
${summaryList([
  {
    key: t('procurement.profile.identifier'),
    value: s.scheme === UNIDENTIFIED ? t('procurement.profile.unidentified') : `${s.scheme} ${s.identifier}`,
  },
  { key: t('procurement.profile.registered'), value: s.registeredOn ? t.date(s.registeredOn) : null },
])}
${sections(request.page, t, p, { title: t('procurement.profile.topBuyers'), href: (slug) => `/procurement/buyers/${slug}` })}`,
    });
  });

  publicPage(app, '/procurement/disclosure', {}, async (request, reply) => {
    const { t } = request;
    const rows = await disclosureByBuyer(ctx);
    return reply.sendPage({
      ...belowList(t, t('procurement.disclosure.title')),
      main: html`<h1>${t('procurement.disclosure.title')}</h1>
<p class="lead">${t('procurement.disclosure.lead', { threshold: t.money(ctx.country.procurement.disclosureThreshold), days: ctx.country.procurement.disclosureDays })}</p>
${tableOrEmpty(request.page, t('procurement.disclosure.empty'), {
  caption: t('procurement.disclosure.title'),
  columns: [
    { key: 'b', label: t('procurement.col.buyer') },
    { key: 'r', label: t('procurement.disclosure.required'), numeric: true },
    { key: 'o', label: t('procurement.disclosure.onTime'), numeric: true },
    { key: 'l', label: t('procurement.disclosure.late'), numeric: true },
    { key: 'm', label: t('procurement.disclosure.missing'), numeric: true },
  ],
  rows: rows.map((r) => [
    html`<a href="/procurement/buyers/${r.slug}">${t.pick({ mn: r.nameMn, en: r.nameEn })}</a>`,
    t.number(r.required),
    t.number(r.onTime),
    t.number(r.late),
    t.number(r.missing),
  ]),
})}`,
    });
  });
}
