import { Type } from 'typebox';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { emptyState, notice, summaryList, table } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { type Dimension, type Phase, phases } from '../budget/dimensions.ts';
import {
  type BudgetLine,
  budgetLine,
  type LineCode,
  lineTransactions,
  type Mismatch,
  mismatchOf,
} from '../budget/line.ts';
import { askLink } from '../question-subjects.ts';
import { budgetHref, mnt, percent, phaseLabel, signedMnt } from './explorer-views.ts';

/** A budget line's page: its way from proposal to execution, its transactions and what does not add up. */

/** A code with its name, linked to the explorer drilled into it in the line's year. */
function codeLink(t: Translator, line: BudgetLine, by: Dimension, c: LineCode | null): Html | null {
  if (!c) return null;
  const name = t.pick({ mn: c.labelMn, en: c.labelEn }) || t('fiscal.line.unknownCode');
  const href = budgetHref({
    year: line.year,
    direction: line.direction,
    phase: 'approved',
    by,
    node: c.code,
  });
  return html`<a href="${href}">${by === 'place' || by === 'funding' ? name : `${c.code} ${name}`}</a>`;
}

/** The four phases in order, each with its figure and its change from the phase before it. */
function cycle(t: Translator, line: BudgetLine): Html {
  let before: { phase: Phase; amount: number } | null = null;
  const steps = phases.map((phase) => {
    const amount = line[phase];
    const change =
      amount !== null && before
        ? t('fiscal.line.changeFrom', {
            change: signedMnt(t, amount - before.amount),
            phase: phaseLabel(t, before.phase),
          })
        : '';
    if (amount !== null) before = { phase, amount };
    return html`<li class="${amount === null ? 'fiscal-step fiscal-step-missing' : 'fiscal-step'}"><span class="fiscal-step-name">${phaseLabel(t, phase)}</span>
<strong>${amount === null ? t('fiscal.line.notPublished') : mnt(t, amount)}</strong>${change ? html`<span class="meta">${change}</span>` : ''}</li>`;
  });
  return html`<ol class="fiscal-cycle" aria-label="${t('fiscal.line.cycle')}">${steps}</ol>`;
}

/** The report of execution that the published transactions do not account for (or that they exceed). */
function mismatchReport(t: Translator, m: Mismatch, threshold: number): Html {
  const params = {
    executed: mnt(t, m.executed),
    transactions: mnt(t, m.transactions),
    difference: mnt(t, Math.abs(m.uncovered)),
    share: percent(t, m.executed > 0 ? Math.abs(m.uncovered) / m.executed : null),
    threshold: mnt(t, threshold),
  };
  return notice(
    { t },
    {
      tone: 'warning',
      body: html`${t(m.uncovered > 0 ? 'fiscal.line.uncovered' : 'fiscal.line.exceeded', params)} ${
        m.uncovered > 0 ? t('fiscal.line.thresholdNote', params) : ''
      }`,
    },
  );
}

export function budgetLinePages(app: App, ctx: ModuleContext): void {
  app.get(
    '/fiscal/budget/lines/:ref',
    {
      schema: { hide: true, params: Type.Object({ ref: Type.String({ maxLength: 100 }) }) },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const { t } = request;
      const { ref } = request.params as { ref: string };
      const line = await budgetLine(ctx.db, ref);
      if (!line) throw notFound(t('fiscal.line.none', { ref }));
      const threshold = ctx.country.fiscal.glassAccount.threshold;
      const paid = await lineTransactions(ctx.db, line.ref, threshold);
      const mismatch =
        line.direction === 'expenditure' || paid.count > 0 ? mismatchOf(line.executed, paid.total) : null;
      const name = t.pick({ mn: line.nameMn, en: line.nameEn });
      const body = t.pick({ mn: line.body.nameMn, en: line.body.nameEn });
      return reply.sendPage({
        title: `${name} (${line.ref})`,
        description: t('fiscal.line.lead', { body, year: String(line.year) }),
        breadcrumbs: [
          { href: '/fiscal', label: t('fiscal.title') },
          {
            href: budgetHref({
              year: line.year,
              direction: line.direction,
              phase: 'approved',
              by: 'functional',
              node: null,
            }),
            label: t('fiscal.budget.title'),
          },
          { label: line.ref },
        ],
        main: html`<span class="tag">${t(`fiscal.budget.direction.${line.direction}`)} · ${line.year}</span>
<h1>${name}</h1>
<p class="lead">${t('fiscal.line.lead', { body, year: String(line.year) })}</p>
<h2>${t('fiscal.line.cycle')}</h2>
${cycle(t, line)}
${
  line.executed !== null && (line.revised ?? line.approved)
    ? html`<p>${t('fiscal.line.rate', { rate: percent(t, line.executed / ((line.revised ?? line.approved) as number)) })}</p>`
    : ''
}
<h2>${t('fiscal.line.classification')}</h2>
${summaryList([
  {
    key: t('fiscal.budget.by.administrative'),
    value: html`<a href="/fiscal/bodies/${line.body.slug}">${body}</a>`,
  },
  { key: t('fiscal.budget.by.functional'), value: codeLink(t, line, 'functional', line.functional) },
  { key: t('fiscal.budget.by.economic'), value: codeLink(t, line, 'economic', line.economic) },
  { key: t('fiscal.budget.by.programme'), value: codeLink(t, line, 'programme', line.programme) },
  { key: t('fiscal.budget.by.funding'), value: codeLink(t, line, 'funding', line.funding) },
  {
    key: t('fiscal.budget.by.place'),
    value: codeLink(t, line, 'place', line.place) ?? t('fiscal.line.national'),
  },
  { key: t('fiscal.line.updated'), value: t.dateTime(line.updatedAt) },
])}
<h2>${t('fiscal.line.transactions', { count: paid.count })}</h2>
${mismatch ? mismatchReport(t, mismatch, threshold) : paid.count > 0 ? notice({ t }, { tone: 'success', body: t('fiscal.line.agrees', { total: mnt(t, paid.total) }) }) : ''}
${
  paid.count === 0
    ? emptyState(t('fiscal.line.noTransactions'))
    : html`${table(request.page, {
        caption: t('fiscal.line.transactions', { count: paid.count }),
        columns: [
          { key: 'ref', label: t('fiscal.line.txRef') },
          { key: 'date', label: t('fiscal.line.paidOn') },
          { key: 'payee', label: t('fiscal.line.payee') },
          { key: 'purpose', label: t('fiscal.line.purpose') },
          { key: 'amount', label: t('fiscal.line.amount'), numeric: true },
          { key: 'contract', label: t('fiscal.line.contract') },
        ],
        rows: paid.items.map((x) => [
          html`<a href="/fiscal/transactions/${encodeURIComponent(x.ref)}">${x.ref}</a>`,
          t.date(x.paidOn),
          x.payeeKind === 'individual'
            ? t('fiscal.line.individual')
            : x.payeeEntityId !== null
              ? html`<a href="/legal-entities/${x.payeeEntityId}">${x.payeeName}</a>`
              : (x.payeeName ?? '—'),
          x.purpose,
          html`${mnt(t, x.amountMnt)}${x.currency === 'MNT' ? '' : html`<br><span class="meta">${t.money(x.amount, x.currency)}</span>`}`,
          x.ocid ? html`<a href="/procurement/processes/${encodeURIComponent(x.ocid)}">${x.ocid}</a>` : '—',
        ]),
      })}
${paid.count > paid.items.length ? html`<p class="meta">${t('fiscal.budget.linesShown', { shown: paid.items.length, count: paid.count })} <a href="/fiscal/transactions?line=${encodeURIComponent(line.ref)}">${t('fiscal.line.allTransactions')}</a></p>` : ''}`
}
${askLink(t, 'line', line.ref)}`,
      });
    },
  );
}
