import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { askQuestionLink } from '../../../platform/questions/ask-link.ts';
import { downloads, emptyState, summaryList, table } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { type FlagCode, flagCodes } from '../flags.ts';
import type { Json, JsonObject } from '../ocds/merge.ts';
import { processQuestionSubject } from '../question-subject.ts';
import { findProcess, releasesOf } from '../service.ts';
import { amount, belowList, codeLabel, explainFlag, publicPage } from './shared.ts';

const obj = (v: Json | undefined): JsonObject => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const arr = (v: Json | undefined): JsonObject[] => (Array.isArray(v) ? v.map((x) => obj(x)) : []);
const str = (v: Json | undefined): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

interface Event {
  date: string;
  label: string;
  detail?: string;
}

/** The names of the organisations in an OCDS list (`tenderers`, `suppliers`, `signatories`), joined. */
const names = (list: Json | undefined): string =>
  arr(list)
    .map((x) => str(x.name))
    .join(', ');

/** An OCDS value (`{ amount, currency }`) as money, in `currency` when it names none. */
function money(t: Translator, v: Json | undefined, currency: string | null): string {
  const value = obj(v);
  return amount(t, typeof value.amount === 'number' ? value.amount : null, str(value.currency) || currency);
}

/** Everything that happened, in order: periods, bids, awards, signatures, amendments, milestones, payments. */
function timeline(t: Translator, c: JsonObject): Event[] {
  const events: Event[] = [];
  /** An event, when it has a date. */
  const add = (date: string, label: string, detail?: string) => {
    if (date) events.push(detail === undefined ? { date, label } : { date, label, detail });
  };
  const amended = (amendments: Json | undefined, label: string) => {
    for (const a of arr(amendments)) add(str(a.date), label, str(a.rationale) || str(a.description));
  };
  const tender = obj(c.tender);
  const period = obj(tender.tenderPeriod);
  add(str(period.startDate), t('procurement.event.tenderOpens'));
  add(str(period.endDate), t('procurement.event.tenderCloses'));
  amended(tender.amendments, t('procurement.event.tenderAmended'));
  for (const b of arr(obj(c.bids).details)) add(str(b.date), t('procurement.event.bid'), names(b.tenderers));
  for (const a of arr(c.awards)) add(str(a.date), t('procurement.event.award'), names(a.suppliers));
  for (const k of arr(c.contracts)) {
    add(str(k.dateSigned), t('procurement.event.signed'), str(k.title));
    amended(k.amendments, t('procurement.event.contractAmended'));
    const impl = obj(k.implementation);
    for (const m of arr(impl.milestones))
      add(
        str(m.dateMet) || str(m.dueDate),
        t('procurement.event.milestone'),
        `${str(m.title)} (${str(m.status)})`,
      );
    for (const x of arr(impl.transactions))
      add(
        str(x.date),
        t('procurement.event.payment'),
        money(t, obj(x.value).amount !== undefined ? x.value : x.amount, null),
      );
  }
  return events.sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}

function documentsList(docs: JsonObject[]): Html {
  if (docs.length === 0) return html``;
  return html`<ul class="link-list">${docs.map((d) => {
    const url = str(d.url);
    const title = str(d.title) || str(d.documentType) || str(d.id);
    return html`<li>${/^https?:\/\//.test(url) ? html`<a href="${url}" rel="external noopener">${title}</a>` : title}${d.documentType ? html` <span class="count">${str(d.documentType)}</span>` : ''}</li>`;
  })}</ul>`;
}

export function processPage(app: App, ctx: ModuleContext): void {
  publicPage(app, '/procurement/processes/:ocid', { ocid: 200 }, async (request, reply) => {
    const { t } = request;
    const p = await findProcess(ctx.db, request.params.ocid);
    if (!p) throw notFound();
    const releases = await releasesOf(ctx.db, p.id);
    const c = p.compiled;
    const tender = obj(c.tender);
    const title = p.title || p.ocid;
    const flags = p.flags.filter((f): f is FlagCode => (flagCodes as readonly string[]).includes(f));
    const bids = arr(obj(c.bids).details);
    const events = timeline(t, c);
    const api = `/api/v1/procurement/records/${encodeURIComponent(p.ocid)}`;
    return reply.sendPage({
      ...belowList(t, title),
      alternates: [{ href: api, type: 'application/json' }],
      main: html`<h1>${title}</h1>
<p class="lead"><span class="ocid">${p.ocid}</span></p>
<section aria-labelledby="flags-title" class="procurement-flags">
<h2 id="flags-title">${t('procurement.flags.title')}</h2>
${
  flags.length === 0
    ? html`<p>${t('procurement.flags.none')}</p>`
    : html`<ul class="flag-list">${flags.map((f) => html`<li class="flag-item"><h3>${t(`procurement.flag.${f}.title`)}</h3><p>${explainFlag(t, f, p.flagDetails)}</p><p class="hint">${t(`procurement.flag.${f}.why`)}</p></li>`)}</ul>`
}
</section>
<h2>${t('procurement.summary')}</h2>
${summaryList([
  {
    key: t('procurement.col.buyer'),
    value: p.buyerSlug
      ? html`<a href="/procurement/buyers/${p.buyerSlug}">${t.pick({ mn: p.buyerNameMn, en: p.buyerNameEn })}</a>`
      : p.buyerName,
  },
  {
    key: t('procurement.col.supplier'),
    value: p.supplierId ? html`<a href="/procurement/suppliers/${p.supplierId}">${p.supplierName}</a>` : null,
  },
  { key: t('procurement.col.method'), value: codeLabel(t, 'method', p.method) },
  { key: t('procurement.col.category'), value: codeLabel(t, 'category', p.category) },
  { key: t('procurement.col.stage'), value: t(`procurement.stage.${p.stage}`) },
  { key: t('procurement.col.status'), value: codeLabel(t, 'status', p.status) },
  { key: t('procurement.col.tenderValue'), value: amount(t, p.tenderValue, p.currency) },
  { key: t('procurement.col.value'), value: amount(t, p.contractValue, p.currency) },
  {
    key: t('procurement.col.tenderPeriod'),
    value: p.tenderStart && p.tenderEnd ? `${t.dateTime(p.tenderStart)} — ${t.dateTime(p.tenderEnd)}` : null,
  },
  { key: t('procurement.col.bids'), value: p.bidCount },
  {
    key: t('procurement.col.published'),
    value: `${t.dateTime(p.firstRelease)} · ${t('procurement.releases', { count: p.releaseCount })}`,
  },
])}
${str(tender.description) ? html`<p>${str(tender.description)}</p>` : ''}
${p.buyerSlug ? askQuestionLink(t, processQuestionSubject.kind, p.ocid) : ''}
<h2>${t('procurement.timeline')}</h2>
${
  events.length === 0
    ? emptyState(t('procurement.timelineEmpty'))
    : html`<ol class="procurement-timeline">${events.map((e) => html`<li><time datetime="${e.date}">${t.dateTime(e.date)}</time> <strong>${e.label}</strong>${e.detail ? html` — ${e.detail}` : ''}</li>`)}</ol>`
}
${
  arr(tender.items).length > 0
    ? html`<h2>${t('procurement.items')}</h2>${table(request.page, {
        caption: t('procurement.items'),
        columns: [
          { key: 'd', label: t('procurement.col.description') },
          { key: 'q', label: t('procurement.col.quantity'), numeric: true },
          { key: 'u', label: t('procurement.col.unit') },
        ],
        rows: arr(tender.items).map((i) => [str(i.description), str(i.quantity), str(obj(i.unit).name)]),
      })}`
    : ''
}
${
  bids.length > 0
    ? html`<h2>${t('procurement.bids')}</h2>${table(request.page, {
        caption: t('procurement.bids'),
        columns: [
          { key: 'b', label: t('procurement.col.bidder') },
          { key: 'd', label: t('procurement.col.date') },
          { key: 'v', label: t('procurement.col.value'), numeric: true },
          { key: 's', label: t('procurement.col.status') },
        ],
        rows: bids.map((b) => [
          names(b.tenderers),
          str(b.date) ? t.dateTime(str(b.date)) : '—',
          money(t, b.value, p.currency),
          codeLabel(t, 'bidStatus', str(b.status)) ?? '—',
        ]),
      })}`
    : ''
}
${arr(c.contracts).map(
  (k) => html`<h2>${t('procurement.contract')}: ${str(k.title) || str(k.id)}</h2>
${summaryList([
  {
    key: t('procurement.col.value'),
    value: money(t, k.value, null),
  },
  { key: t('procurement.col.status'), value: codeLabel(t, 'status', str(k.status)) },
  { key: t('procurement.col.signed'), value: str(k.dateSigned) ? t.dateTime(str(k.dateSigned)) : null },
  {
    key: t('procurement.col.period'),
    value: str(obj(k.period).startDate)
      ? `${t.date(str(obj(k.period).startDate))} — ${str(obj(k.period).endDate) ? t.date(str(obj(k.period).endDate)) : ''}`
      : null,
  },
  {
    key: t('procurement.col.signatories'),
    value: names(k.signatories) || null,
  },
])}
${documentsList(arr(k.documents))}`,
)}
${arr(tender.documents).length > 0 ? html`<h2>${t('procurement.documents')}</h2>${documentsList(arr(tender.documents))}` : ''}
<h2>${t('procurement.releaseHistory')}</h2>
${table(request.page, {
  caption: t('procurement.releaseHistory'),
  columns: [
    { key: 'id', label: t('procurement.col.release') },
    { key: 'date', label: t('procurement.col.date') },
    { key: 'tag', label: t('procurement.col.tag') },
  ],
  rows: releases.map((r) => [r.releaseId, t.dateTime(r.date), r.tags.join(', ')]),
})}
${downloads(request.page, [
  { href: api, label: t('procurement.download.record') },
  {
    href: `/api/v1/procurement/releases?ocid=${encodeURIComponent(p.ocid)}`,
    label: t('procurement.download.releases'),
  },
])}`,
    });
  });
}
