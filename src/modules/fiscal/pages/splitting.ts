import type { FiscalSource } from '../../../country/fiscal-pack.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { emptyState, table } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { type SplitGroup, splitGroups, splittingRule, thresholdFigures } from '../transactions/splitting.ts';
import { readYear, YearQuery, yearLinks } from './years.ts';

const PUBLIC = { access: 'public' } as const;

/** "4.9, 4.8 and 4.9 million" in the reader's language: the amounts of a group, joined. */
function amounts(t: Translator, group: SplitGroup): string {
  const list = new Intl.ListFormat(t.locale === 'mn' ? 'mn' : 'en-GB', { type: 'conjunction' });
  return list.format(group.payments.map((p) => t.money(p.amountMnt, 'MNT')));
}

/** A group in plain words: who paid whom what, within how many days, against the threshold. */
export function explainGroup(t: Translator, group: SplitGroup, threshold: number): string {
  return t('fiscal.splitting.explain', {
    payer: t.pick({ mn: group.payerNameMn, en: group.payerNameEn }),
    payee: t.pick({
      mn: group.payeeNameMn ?? group.payeeNameEn ?? '',
      en: group.payeeNameEn ?? group.payeeNameMn ?? '',
    }),
    amounts: amounts(t, group),
    days: group.days,
    threshold: t.money(threshold, 'MNT'),
    total: t.money(group.total, 'MNT'),
  });
}

/** A fact of the pack with its source, linked where it has an address, and marked when unconfirmed. */
export function sourceNote(t: Translator, source: FiscalSource): Html {
  const name = t.pick(source);
  return html`<span class="source">${t('fiscal.splitting.source')}: ${source.url ? html`<a href="${source.url}" rel="external noopener">${name}</a>` : name}${source.confirmed ? '' : html` (${t('fiscal.splitting.unconfirmed')})`}</span>`;
}

/** The groups as a table: payer, payee, payments, days, total, the explanation. */
function groupsTable(
  request: { page: Parameters<typeof table>[0]; t: Translator },
  groups: readonly SplitGroup[],
  threshold: number,
  caption: string,
): Html {
  const { t } = request;
  if (groups.length === 0) return emptyState(t('fiscal.splitting.none'));
  return table(request.page, {
    caption,
    columns: [
      { key: 'payer', label: t('fiscal.transactions.col.payer') },
      { key: 'payee', label: t('fiscal.transactions.col.payee') },
      { key: 'payments', label: t('fiscal.splitting.col.payments') },
      { key: 'total', label: t('fiscal.splitting.col.total'), numeric: true },
      { key: 'explain', label: t('fiscal.splitting.col.explain') },
    ],
    rows: groups.map((g) => [
      html`<a href="/fiscal/bodies/${g.payerSlug}">${t.pick({ mn: g.payerNameMn, en: g.payerNameEn })}</a>`,
      html`<a href="/legal-entities/${g.payeeId}">${t.pick({ mn: g.payeeNameMn ?? '', en: g.payeeNameEn ?? '' })}</a>`,
      html`<ul class="plain">${g.payments.map((p) => html`<li><a href="/fiscal/transactions/${encodeURIComponent(p.ref)}">${t.date(p.paidOn)}</a> ${t.money(p.amountMnt, 'MNT')}</li>`)}</ul>`,
      t.money(g.total, 'MNT'),
      explainGroup(t, g, threshold),
    ]),
  });
}

export function splittingPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/fiscal/splitting',
    { schema: { hide: true, querystring: YearQuery }, config: PUBLIC },
    async (request, reply) => {
      const { t } = request;
      const pack = ctx.country.fiscal;
      const { years, year } = await readYear(ctx.db, request.query.year);
      const rule = splittingRule(pack);
      const groups = year === undefined ? [] : await splitGroups(ctx.db, rule, { year });
      const title = t('fiscal.splitting.title');
      return reply.sendPage({
        title,
        breadcrumbs: [{ href: '/fiscal', label: t('fiscal.title') }, { label: title }],
        main: html`<h1>${title}</h1>
<p class="lead">${t('fiscal.splitting.lead')}</p>
${yearLinks(t, '/fiscal/splitting', years, year)}
<h2>${t('fiscal.splitting.rule')}</h2>
<ul>
<li>${t('fiscal.splitting.ruleThreshold', { threshold: t.money(rule.threshold, 'MNT') })} ${sourceNote(t, pack.glassAccount.source)}</li>
<li>${t('fiscal.splitting.ruleWindow', { payments: rule.minPayments, days: rule.windowDays, band: Math.round(rule.band * 100), floor: t.money(rule.band * rule.threshold, 'MNT') })} ${sourceNote(t, pack.splitting.source)}</li>
</ul>
<p class="hint">${t('fiscal.splitting.caveat')}</p>
<p><a href="/fiscal/splitting/what-if${year === undefined ? '' : `?year=${year}`}">${t('fiscal.whatIf.title', { threshold: t.money(pack.glassAccount.proposedThreshold, 'MNT') })}</a></p>
<h2>${t('fiscal.splitting.groups', { count: groups.length })}</h2>
${groupsTable(request, groups, rule.threshold, t('fiscal.splitting.caption', { year: String(year ?? '—') }))}`,
      });
    },
  );

  app.get(
    '/fiscal/splitting/what-if',
    { schema: { hide: true, querystring: YearQuery }, config: PUBLIC },
    async (request, reply) => {
      const { t } = request;
      const pack = ctx.country.fiscal;
      const { years, year } = await readYear(ctx.db, request.query.year);
      const current = pack.glassAccount.threshold;
      const proposed = pack.glassAccount.proposedThreshold;
      const [figures, groups] =
        year === undefined
          ? [[], []]
          : await Promise.all([
              thresholdFigures(ctx.db, { current, proposed }, year),
              splitGroups(ctx.db, splittingRule(pack, proposed), { year }),
            ]);
      const sum = (pick: (f: (typeof figures)[number]) => { count: number; amount: string }) => ({
        count: figures.reduce((n, f) => n + pick(f).count, 0),
        amount: figures.reduce((n, f) => n + Number(pick(f).amount), 0),
      });
      const now = sum((f) => f.current);
      const then = sum((f) => f.proposed);
      const all = sum((f) => f.all);
      const title = t('fiscal.whatIf.title', { threshold: t.money(proposed, 'MNT') });
      return reply.sendPage({
        title,
        breadcrumbs: [
          { href: '/fiscal', label: t('fiscal.title') },
          { href: '/fiscal/splitting', label: t('fiscal.splitting.title') },
          { label: title },
        ],
        main: html`<h1>${title}</h1>
<p class="lead">${t('fiscal.whatIf.lead', { current: t.money(current, 'MNT'), proposed: t.money(proposed, 'MNT') })}</p>
<p>${sourceNote(t, pack.glassAccount.source)}<br>${sourceNote(t, pack.glassAccount.proposedSource)}</p>
${yearLinks(t, '/fiscal/splitting/what-if', years, year)}
<p>${t('fiscal.whatIf.summary', {
          all: all.count,
          allAmount: t.money(all.amount, 'MNT'),
          now: now.count,
          nowAmount: t.money(now.amount, 'MNT'),
          lower: then.count,
          lowerAmount: t.money(then.amount, 'MNT'),
          current: t.money(current, 'MNT'),
          proposed: t.money(proposed, 'MNT'),
        })}</p>
${
  figures.length === 0
    ? emptyState(t('fiscal.splitting.noPayments'))
    : table(request.page, {
        caption: t('fiscal.whatIf.caption', { year: String(year ?? '—') }),
        columns: [
          { key: 'body', label: t('fiscal.transactions.col.payer') },
          { key: 'all', label: t('fiscal.whatIf.col.all'), numeric: true },
          {
            key: 'now',
            label: t('fiscal.whatIf.col.above', { threshold: t.money(current, 'MNT') }),
            numeric: true,
          },
          {
            key: 'then',
            label: t('fiscal.whatIf.col.above', { threshold: t.money(proposed, 'MNT') }),
            numeric: true,
          },
        ],
        rows: figures.map((f) => [
          html`<a href="/fiscal/bodies/${f.slug}">${t.pick({ mn: f.nameMn, en: f.nameEn })}</a>`,
          html`${t.number(f.all.count)}<br>${t.money(f.all.amount, 'MNT')}`,
          html`${t.number(f.current.count)}<br>${t.money(f.current.amount, 'MNT')}`,
          html`${t.number(f.proposed.count)}<br>${t.money(f.proposed.amount, 'MNT')}`,
        ]),
      })
}
<h2>${t('fiscal.whatIf.groups', { count: groups.length, threshold: t.money(proposed, 'MNT') })}</h2>
${groupsTable(request, groups, proposed, t('fiscal.whatIf.groupsCaption', { threshold: t.money(proposed, 'MNT') }))}`,
      });
    },
  );
}
