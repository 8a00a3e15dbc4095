import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { table } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { STAGES, sectorByCode } from '../codes.ts';
import { SlugParams } from '../schemas.ts';

/** `/projects/agencies/:slug`: an implementing body's projects, how many at each stage, their budgets by currency. */
export function agencyPage(app: App, ctx: ModuleContext): void {
  app.get(
    '/projects/agencies/:slug',
    { schema: { hide: true, params: SlugParams }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, page } = request;
      const [body] = await ctx.db.query<{ id: number; slug: string; nameMn: string; nameEn: string }>(
        sql`select id, slug, name_mn as "nameMn", name_en as "nameEn" from organizations where slug = ${request.params.slug}`,
      );
      if (!body) throw notFound();
      const [projects, byStage, budgets] = await Promise.all([
        ctx.db.query<{
          slug: string;
          titleMn: string;
          titleEn: string;
          sector: string;
          stage: string;
          amount: string | null;
          currency: string | null;
        }>(sql`
          select slug, title_mn as "titleMn", title_en as "titleEn", sector, stage, budget_amount::text as amount,
            budget_currency as currency
          from projects where organization_id = ${body.id} order by planned_start nulls last, slug`),
        ctx.db.query<{ stage: string; count: number }>(sql`
          select stage, count(*)::int as count from projects where organization_id = ${body.id} group by stage`),
        ctx.db.query<{ currency: string; total: string; count: number }>(sql`
          select budget_currency as currency, sum(budget_amount)::text as total, count(*)::int as count
          from projects where organization_id = ${body.id} and budget_amount is not null
          group by budget_currency order by budget_currency`),
      ]);
      const name = t.pick({ mn: body.nameMn, en: body.nameEn });
      const counts = new Map(byStage.map((s) => [s.stage, s.count]));
      return reply.sendPage({
        title: name,
        breadcrumbs: [{ href: '/projects', label: t('projects.title') }, { label: name }],
        main: html`<h1>${name}</h1>
<p class="lead">${t('projects.agency.lead', { count: projects.length })}</p>
<p><a href="/organizations/${body.slug}">${t('projects.agency.organization')}</a> · <a href="/projects?organization=${body.slug}">${t('projects.agency.list')}</a> · <a href="/projects/map?organization=${body.slug}">${t('projects.map.link')}</a></p>
<h2>${t('projects.agency.stages')}</h2>
${table(page, {
  caption: t('projects.agency.stages'),
  columns: [
    { key: 'stage', label: t('projects.field.stage') },
    { key: 'count', label: t('projects.agency.count'), numeric: true },
  ],
  rows: STAGES.map((s) => [t(`projects.stage.${s}`), t.number(counts.get(s) ?? 0)]),
})}
<h2>${t('projects.agency.budgets')}</h2>
${
  budgets.length === 0
    ? html`<p>${t('projects.agency.noBudgets')}</p>`
    : table(page, {
        caption: t('projects.agency.budgets'),
        columns: [
          { key: 'currency', label: t('projects.field.currency') },
          { key: 'total', label: t('projects.field.budget'), numeric: true },
          { key: 'count', label: t('projects.agency.count'), numeric: true },
        ],
        rows: budgets.map((b) => [b.currency, t.money(Number(b.total), b.currency), t.number(b.count)]),
      })
}
<h2>${t('projects.agency.projects')}</h2>
${
  projects.length === 0
    ? html`<p>${t('projects.empty')}</p>`
    : table(page, {
        caption: t('projects.agency.projects'),
        columns: [
          { key: 'name', label: t('projects.field.name') },
          { key: 'sector', label: t('projects.field.sector') },
          { key: 'stage', label: t('projects.field.stage') },
          { key: 'budget', label: t('projects.field.budget'), numeric: true },
        ],
        rows: projects.map((p) => [
          html`<a href="/projects/${p.slug}">${t.pick({ mn: p.titleMn, en: p.titleEn })}</a>`,
          sectorByCode.has(p.sector) ? t.pick(sectorByCode.get(p.sector)!.name) : p.sector,
          t(`projects.stage.${p.stage}`),
          p.amount && p.currency ? t.money(Number(p.amount), p.currency) : '—',
        ]),
      })
}`,
      });
    },
  );
}
