import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { unitMap } from '../../../platform/places/map.ts';
import { downloads, emptyState, filterForm, selectField, table } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { isPhase, type Phase } from '../budget/dimensions.ts';
import { aimagFigures } from '../budget/people.ts';
import { budgetYears } from '../budget/queries.ts';
import {
  badQueryNotice,
  mnt,
  phaseChoices,
  phaseLabel,
  readYear,
  sendCsv,
  sourceNote,
  yearSelect,
} from './explorer-views.ts';

/** Per-person figures for each aimag and the capital, as a map with its table and download. */

export const aimagQuerySchema = {
  hide: true,
  querystring: Type.Record(Type.String(), Type.String({ maxLength: 200 })),
};

/** The year and phase asked for, leniently (what was not understood is named in `problems`). */
export async function yearAndPhase(ctx: ModuleContext, request: FastifyRequest) {
  const q = request.query as Record<string, string>;
  const years = await budgetYears(ctx.db);
  const { year, bad } = readYear(q.year, years);
  const problems = bad ? ['year'] : [];
  if (q.phase !== undefined && q.phase !== '' && !isPhase(q.phase)) problems.push('phase');
  const phase: Phase = isPhase(q.phase) ? q.phase : 'approved';
  return { years, year, phase, problems };
}

const perResident = (t: FastifyRequest['t'], v: number | null) => (v === null ? '—' : mnt(t, v));

export function aimagPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/fiscal/aimags',
    { schema: aimagQuerySchema, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const { years, year, phase, problems } = await yearAndPhase(ctx, request);
      const { rows, unplaced, population } = await aimagFigures(ctx.db, ctx.country.fiscal, year, phase);
      const title = t('fiscal.aimags.title');
      const csv = `/fiscal/aimags.csv?year=${year}&phase=${phase}`;
      const map = await unitMap(ctx.db, ctx.country, {
        id: 'per-resident',
        title: t('fiscal.aimags.mapTitle', { phase: phaseLabel(t, phase), year: String(year) }),
        t,
        locale,
        format: (v) => mnt(t, v),
        values: Object.fromEntries(rows.map((r) => [r.code, r.budgetPerResident])),
        valueLabel: t('fiscal.aimags.perResident'),
        categoryLabel: t('fiscal.aimags.aimag'),
      });
      return reply.sendPage({
        title,
        description: t('fiscal.aimags.lead'),
        breadcrumbs: [{ href: '/fiscal', label: t('fiscal.title') }, { label: title }],
        alternates: [{ href: csv, type: 'text/csv' }],
        main: html`<h1>${title}</h1>
<p class="lead">${t('fiscal.aimags.lead')}</p>
${badQueryNotice(request.page, problems)}
<div class="with-sidebar"><aside class="sidebar">
${filterForm(request.page, '/fiscal/aimags', [
  yearSelect(t, years, year),
  selectField('phase', t('fiscal.budget.phase'), phaseChoices(t), phase),
])}
${downloads(request.page, [{ href: csv, label: 'CSV' }])}
</aside><div class="results-panel">
${map}
${population ? sourceNote(t, population.source) : html`<p>${t('fiscal.aimags.noPopulation')}</p>`}
${population && population.year !== year ? html`<p class="meta">${t('fiscal.aimags.populationYear', { year: String(population.year) })}</p>` : ''}
</div></div>
${
  rows.every((r) => r.budget === 0 && r.paid === 0)
    ? emptyState(t('fiscal.aimags.empty', { year: String(year) }))
    : table(request.page, {
        caption: t('fiscal.aimags.tableTitle', { phase: phaseLabel(t, phase), year: String(year) }),
        columns: [
          { key: 'aimag', label: t('fiscal.aimags.aimag') },
          { key: 'population', label: t('fiscal.aimags.population'), numeric: true },
          { key: 'budget', label: phaseLabel(t, phase), numeric: true },
          { key: 'perResident', label: t('fiscal.aimags.perResident'), numeric: true },
          { key: 'paid', label: t('fiscal.aimags.paid'), numeric: true },
          { key: 'paidPerResident', label: t('fiscal.aimags.paidPerResident'), numeric: true },
        ],
        rows: rows.map((r) => [
          html`<a href="/fiscal/aimags/${r.code}?year=${year}&amp;phase=${phase}">${t.pick({ mn: r.nameMn, en: r.nameEn })}</a>`,
          r.population === null ? '—' : t.number(r.population),
          mnt(t, r.budget),
          perResident(t, r.budgetPerResident),
          mnt(t, r.paid),
          perResident(t, r.paidPerResident),
        ]),
      })
}
<p>${t('fiscal.aimags.unplaced', { budget: mnt(t, unplaced.budget), paid: mnt(t, unplaced.paid) })}</p>`,
      });
    },
  );

  app.get(
    '/fiscal/aimags.csv',
    { schema: aimagQuerySchema, config: { access: 'public' } },
    async (request, reply) => {
      const { year, phase } = await yearAndPhase(ctx, request);
      const { rows, population } = await aimagFigures(ctx.db, ctx.country.fiscal, year, phase);
      const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
      return sendCsv(
        reply,
        `per-resident-${year}-${phase}.csv`,
        [
          'fiscal_year',
          'aimag_code',
          'name_mn',
          'name_en',
          'population',
          'population_year',
          'phase',
          'budget',
          'budget_per_resident',
          'paid',
          'paid_per_resident',
        ],
        rows.map((r) => ({
          fiscal_year: year,
          aimag_code: r.code,
          name_mn: r.nameMn,
          name_en: r.nameEn,
          population: r.population,
          population_year: population?.year ?? null,
          phase,
          budget: r.budget,
          budget_per_resident: round(r.budgetPerResident),
          paid: r.paid,
          paid_per_resident: round(r.paidPerResident),
        })),
      );
    },
  );
}
