import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { barChart } from '../../../platform/views/charts/index.ts';
import { downloads, emptyState, textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { aimagByFunction, splitTax } from '../budget/people.ts';
import { breakdown } from '../budget/queries.ts';
import { yearAndPhase } from './aimags.ts';
import { mnt, mntShort, percent, phaseLabel, rowName, sendCsv, sourceNote } from './explorer-views.ts';

/** "Where does my tax go" for an aimag: its spending by function per resident, and a calculator. */

const schema = {
  hide: true,
  params: Type.Object({ code: Type.String({ maxLength: 12 }) }),
  querystring: Type.Record(Type.String(), Type.String({ maxLength: 200 })),
};

/** An amount of tax as typed ("1 200 000", "1,200,000 ₮"): the number, or an error key. */
export function parsePaid(given: string | undefined): { paid: number | null; error: string | null } {
  if (given === undefined || given.trim() === '') return { paid: null, error: null };
  const cleaned = given.replace(/[\s,₮]|MNT|төг(рөг)?/gi, '');
  if (!/^\d{1,15}(\.\d{1,2})?$/.test(cleaned)) return { paid: null, error: 'fiscal.aimag.paidInvalid' };
  const paid = Number(cleaned);
  return paid > 0 ? { paid, error: null } : { paid: null, error: 'fiscal.aimag.paidInvalid' };
}

async function load(ctx: ModuleContext, request: FastifyRequest) {
  const { code } = request.params as { code: string };
  const [unit] = await ctx.db.query<{ code: string; name_mn: string; name_en: string }>(
    sql`select code, name_mn, name_en from admin_units where code = ${code} and kind in ('capital', 'aimag')`,
  );
  if (!unit) throw notFound(request.t('fiscal.aimag.none', { code }));
  const { year, phase } = await yearAndPhase(ctx, request);
  const [local, national] = await Promise.all([
    aimagByFunction(ctx.db, ctx.country.fiscal, unit.code, year, phase),
    breakdown(ctx.db, 'functional', { year, direction: 'expenditure' }, null, phase),
  ]);
  const { paid, error } = parsePaid((request.query as Record<string, string>).paid);
  return {
    unit,
    year,
    phase,
    local,
    paid,
    error,
    shares: paid === null ? [] : splitTax(paid, national, phase),
  };
}

export function aimagPage(app: App, ctx: ModuleContext): void {
  app.get('/fiscal/aimags/:code', { schema, config: { access: 'public' } }, async (request, reply) => {
    const { t } = request;
    const { unit, year, phase, local, paid, error, shares } = await load(ctx, request);
    const name = t.pick({ mn: unit.name_mn, en: unit.name_en });
    const title = t('fiscal.aimag.title', { name });
    const y = String(year);
    const population = ctx.country.fiscal.population.source;
    const given = (request.query as Record<string, string>).paid;
    const functionsCsv = `/fiscal/aimags/${unit.code}/functions.csv?year=${year}&phase=${phase}`;
    const taxCsv = `/fiscal/aimags/${unit.code}/tax.csv?year=${year}&phase=${phase}&paid=${paid ?? ''}`;
    const rows = local.rows;
    return reply.sendPage({
      title,
      description: t('fiscal.aimag.lead', { name }),
      breadcrumbs: [
        { href: '/fiscal', label: t('fiscal.title') },
        { href: `/fiscal/aimags?year=${year}`, label: t('fiscal.aimags.title') },
        { label: name },
      ],
      main: html`<h1>${title}</h1>
<p class="lead">${t('fiscal.aimag.lead', { name })}</p>
<h2>${t('fiscal.aimag.calculator')}</h2>
<form class="fiscal-calculator" method="get" action="/fiscal/aimags/${unit.code}">
<input type="hidden" name="year" value="${y}"><input type="hidden" name="phase" value="${phase}">
${textField('paid', t('fiscal.aimag.paid'), given ?? '', {
  inputmode: 'numeric',
  hint: t('fiscal.aimag.paidHint'),
  ...(error ? { error: t(error) } : {}),
})}
<button type="submit" class="button">${t('fiscal.aimag.split')}</button>
</form>
${
  paid !== null && shares.length === 0
    ? html`<p>${t('fiscal.aimag.noShares', { year: y })}</p>`
    : paid !== null
      ? html`<div class="fiscal-plain" aria-live="polite">
<p>${t('fiscal.aimag.splitLead', { paid: mnt(t, paid), year: y, phase: phaseLabel(t, phase) })}</p>
<ul class="fiscal-plain-list">${shares.slice(0, 5).map((s) => html`<li>${t('fiscal.aimag.shareSentence', { amount: mnt(t, s.amount), name: rowName(t, 'functional', { ...s, kind: 'node' }), share: percent(t, s.share) })}</li>`)}</ul>
</div>
${barChart({
  id: 'tax',
  className: 'fiscal-chart',
  title: t('fiscal.aimag.taxTitle', { paid: mnt(t, paid) }),
  t,
  format: (v) => mntShort(t, v),
  bars: shares.map((s) => ({ label: rowName(t, 'functional', { ...s, kind: 'node' }), value: s.amount })),
  categoryLabel: t('fiscal.budget.by.functional'),
  valueLabel: t('fiscal.aimag.yourPart'),
})}
${downloads(request.page, [{ href: taxCsv, label: 'CSV' }])}`
      : ''
}
<h2>${t('fiscal.aimag.spending', { name, year: y })}</h2>
${
  rows.length === 0
    ? emptyState(t('fiscal.aimag.noSpending', { name, year: y }))
    : html`${barChart({
        id: 'functions',
        className: 'fiscal-chart',
        title: t('fiscal.aimag.perResidentTitle', { name, phase: phaseLabel(t, phase), year: y }),
        t,
        format: (v) => mntShort(t, v),
        bars: rows.map((r) => ({ label: rowName(t, 'functional', r), value: r.perResident ?? 0 })),
        categoryLabel: t('fiscal.budget.by.functional'),
        valueLabel: t('fiscal.aimags.perResident'),
        emptyText: t('fiscal.aimags.noPopulation'),
      })}
<p>${local.residents === null ? t('fiscal.aimags.noPopulation') : t('fiscal.aimag.residents', { count: local.residents, name })}</p>
${downloads(request.page, [{ href: functionsCsv, label: 'CSV' }])}`
}
${sourceNote(t, population)}
<p>${t('fiscal.aimag.honest')}</p>`,
    });
  });

  app.get(
    '/fiscal/aimags/:code/functions.csv',
    { schema, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const { unit, year, phase, local } = await load(ctx, request);
      return sendCsv(
        reply,
        `aimag-${unit.code}-${year}-${phase}.csv`,
        [
          'fiscal_year',
          'aimag_code',
          'functional_code',
          'name',
          'phase',
          'amount',
          'residents',
          'per_resident',
        ],
        local.rows.map((r) => ({
          fiscal_year: year,
          aimag_code: unit.code,
          functional_code: r.key,
          name: rowName(t, 'functional', r),
          phase,
          amount: r[phase],
          residents: local.residents,
          per_resident: r.perResident === null ? null : Math.round(r.perResident * 100) / 100,
        })),
      );
    },
  );

  app.get(
    '/fiscal/aimags/:code/tax.csv',
    { schema, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const { unit, year, phase, paid, shares } = await load(ctx, request);
      return sendCsv(
        reply,
        `tax-split-${unit.code}-${year}.csv`,
        ['fiscal_year', 'phase', 'paid', 'functional_code', 'name', 'share', 'amount'],
        shares.map((s) => ({
          fiscal_year: year,
          phase,
          paid,
          functional_code: s.key,
          name: rowName(t, 'functional', { ...s, kind: 'node' }),
          share: Math.round(s.share * 1_000_000) / 1_000_000,
          amount: s.amount,
        })),
      );
    },
  );
}
