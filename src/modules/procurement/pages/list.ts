import { Type } from 'typebox';
import { topLevelUnits } from '../../../platform/admin-units.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import {
  downloads,
  emptyState,
  filterForm,
  pagination,
  selectField,
  table,
  textField,
} from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { flagCodes } from '../flags.ts';
import {
  countProcesses,
  isFlag,
  listProcesses,
  methods,
  type ProcessFilters,
  type ProcessSort,
  sortKeys,
  stages,
} from '../service.ts';
import { amount, codeLabel, flagBadges } from './shared.ts';

const PAGE_SIZE = 25;
/** Past this many matches the count says "more than"; counting a million rows is not worth it. */
const COUNT_CAP = 10000;
const statuses = [
  'planning',
  'active',
  'complete',
  'cancelled',
  'unsuccessful',
  'pending',
  'terminated',
] as const;

const PageQuery = Type.Record(Type.String(), Type.String({ maxLength: 2000 }));

/** Page filters are lenient: a value that is not allowed is ignored, never an error page. */
export function readFilters(q: Record<string, string | undefined>) {
  const f: ProcessFilters = {};
  if (q.q?.trim()) f.q = q.q.trim().slice(0, 200);
  if (q.buyer && /^[a-z0-9-]{1,100}$/.test(q.buyer)) f.buyer = q.buyer;
  if (q.supplier && /^\d{1,12}$/.test(q.supplier)) f.supplier = Number(q.supplier);
  if ((methods as readonly string[]).includes(q.method ?? '')) f.method = q.method!;
  if ((statuses as readonly string[]).includes(q.status ?? '')) f.status = q.status!;
  if ((stages as readonly string[]).includes(q.stage ?? '')) f.stage = q.stage!;
  if (q.aimag && /^[0-9A-Za-z-]{1,12}$/.test(q.aimag)) f.aimag = q.aimag;
  if (isFlag(q.flag)) f.flag = q.flag;
  const money = (v: string | undefined) =>
    v && /^\d{1,15}(\.\d+)?$/.test(v.replace(/[\s,]/g, '')) ? Number(v.replace(/[\s,]/g, '')) : undefined;
  const min = money(q.valueMin);
  const max = money(q.valueMax);
  if (min !== undefined) f.valueMin = min;
  if (max !== undefined) f.valueMax = max;
  const day = (v: string | undefined) =>
    v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined;
  if (day(q.from)) f.from = q.from!;
  if (day(q.to)) f.to = q.to!;
  const sort: ProcessSort = (sortKeys as readonly string[]).includes(q.sort ?? '')
    ? (q.sort as ProcessSort)
    : '-date';
  const page = Math.min(Math.max(1, Number.parseInt(q.page ?? '1', 10) || 1), COUNT_CAP / PAGE_SIZE);
  return { filters: f, sort, page };
}

export function listPage(app: App, ctx: ModuleContext): void {
  app.get(
    '/procurement',
    { schema: { hide: true, querystring: PageQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const page = request.page;
      const { filters, sort, page: pageNo } = readFilters(request.query);
      const [result, total, units, buyers] = await Promise.all([
        listProcesses(ctx.db, filters, { sort, limit: PAGE_SIZE, offset: (pageNo - 1) * PAGE_SIZE }),
        countProcesses(ctx.db, filters, COUNT_CAP),
        topLevelUnits(ctx.db, locale),
        ctx.db.query<{ slug: string; nameMn: string; nameEn: string }>(sql`
          select o.slug, o.name_mn as "nameMn", o.name_en as "nameEn" from organizations o
          where exists (select 1 from procurement_processes p where p.buyer_id = o.id)
          order by ${locale === 'mn' ? sql`mn_sort_key(o.name_mn) collate "C"` : sql`lower(o.name_en) collate "C"`}`),
      ]);
      const apiQuery = new URLSearchParams(
        Object.entries(filters).map(([k, v]): [string, string] => [k, String(v)]),
      ).toString();
      const rows = result.items.map((p) => [
        html`<a href="/procurement/processes/${encodeURIComponent(p.ocid)}">${p.title || p.ocid}</a><br><span class="ocid">${p.ocid}</span>`,
        p.buyerSlug
          ? html`<a href="/procurement/buyers/${p.buyerSlug}">${t.pick({ mn: p.buyerNameMn, en: p.buyerNameEn })}</a>`
          : p.buyerName,
        p.supplierId ? html`<a href="/procurement/suppliers/${p.supplierId}">${p.supplierName}</a>` : '—',
        codeLabel(t, 'method', p.method) ?? '—',
        amount(t, p.contractValue ?? p.tenderValue, p.currency),
        t.date(p.date),
        flagBadges(t, p.flags),
      ]);
      const countText =
        total > COUNT_CAP
          ? t('procurement.countMore', { count: t.number(COUNT_CAP) })
          : t('procurement.count', { count: t.number(total) });
      return reply.sendPage({
        title: t('procurement.title'),
        description: t('procurement.lead'),
        breadcrumbs: [{ label: t('procurement.title') }],
        alternates: [
          {
            href: `/api/v1/procurement/processes${apiQuery ? `?${apiQuery}` : ''}`,
            type: 'application/json',
          },
        ],
        main: html`<h1>${t('procurement.title')}</h1>
<p class="lead">${t('procurement.lead')}</p>
<p class="procurement-links"><a href="/procurement/disclosure">${t('procurement.disclosure.title')}</a> · <a href="/procurement/ocds">${t('procurement.ocds.title')}</a> · <a href="/procurement/upload">${t('procurement.upload.title')}</a></p>
<div class="with-sidebar">
<aside class="sidebar">
${filterForm(page, '/procurement', [
  textField('q', t('procurement.filter.q'), filters.q),
  selectField(
    'buyer',
    t('procurement.filter.buyer'),
    buyers.map((b) => ({ value: b.slug, label: t.pick({ mn: b.nameMn, en: b.nameEn }) })),
    filters.buyer,
    t('filters.any'),
  ),
  selectField(
    'method',
    t('procurement.filter.method'),
    methods.map((m) => ({ value: m, label: t(`procurement.method.${m}`) })),
    filters.method,
    t('filters.any'),
  ),
  selectField(
    'stage',
    t('procurement.filter.stage'),
    stages.map((s) => ({ value: s, label: t(`procurement.stage.${s}`) })),
    filters.stage,
    t('filters.any'),
  ),
  selectField(
    'status',
    t('procurement.filter.status'),
    statuses.map((s) => ({ value: s, label: t(`procurement.status.${s}`) })),
    filters.status,
    t('filters.any'),
  ),
  selectField(
    'aimag',
    t('procurement.filter.aimag'),
    units.map((u) => ({ value: u.code, label: t.pick({ mn: u.nameMn, en: u.nameEn }) })),
    filters.aimag,
    t('filters.any'),
  ),
  selectField(
    'flag',
    t('procurement.filter.flag'),
    flagCodes.map((f) => ({ value: f, label: t(`procurement.flag.${f}.title`) })),
    filters.flag,
    t('filters.any'),
  ),
  textField('valueMin', t('procurement.filter.valueMin'), filters.valueMin?.toString(), {
    inputmode: 'numeric',
  }),
  textField('valueMax', t('procurement.filter.valueMax'), filters.valueMax?.toString(), {
    inputmode: 'numeric',
  }),
  textField('from', t('procurement.filter.from'), filters.from, { type: 'date' }),
  textField('to', t('procurement.filter.to'), filters.to, { type: 'date' }),
  filters.supplier ? html`<input type="hidden" name="supplier" value="${filters.supplier}">` : html``,
])}
${downloads(page, [
  { href: `/procurement.csv${apiQuery ? `?${apiQuery}` : ''}`, label: 'CSV' },
  { href: `/api/v1/procurement/processes${apiQuery ? `?${apiQuery}` : ''}`, label: 'API (JSON)' },
  { href: '/procurement/ocds', label: 'OCDS' },
])}
</aside>
<div class="results-panel">
<p class="result-count" role="status">${countText}</p>
${
  result.items.length === 0
    ? emptyState(t('procurement.empty'), t('procurement.emptyHint'))
    : html`${table(page, {
        caption: t('procurement.caption'),
        sort,
        columns: [
          { key: 'title', label: t('procurement.col.title') },
          { key: 'buyer', label: t('procurement.col.buyer') },
          { key: 'supplier', label: t('procurement.col.supplier') },
          { key: 'method', label: t('procurement.col.method') },
          { key: 'value', label: t('procurement.col.value'), sortable: true, numeric: true },
          { key: 'date', label: t('procurement.col.date'), sortable: true },
          { key: 'flags', label: t('procurement.col.flags') },
        ],
        rows,
      })}
${pagination(page, { page: pageNo, pageSize: PAGE_SIZE, total: Math.min(total, COUNT_CAP) })}`
}
</div>
</div>`,
      });
    },
  );
}
