import path from 'node:path';
import { sql } from '../../platform/db/sql.ts';
import type { ShilenModule } from '../../platform/module.ts';
import { homeCard } from '../../platform/views/components.ts';
import { oversightApi } from './api/oversight.ts';
import { plansApi } from './api/plans.ts';
import { planDatasets } from './dataset.ts';
import { loadPlansDemo } from './demo.ts';
import { actionPlanImporter } from './import/importer.ts';
import { messages } from './messages.ts';
import { commitmentPages } from './pages/commitment.ts';
import { committeePages } from './pages/committee.ts';
import { evaluatePages } from './pages/evaluate.ts';
import { importPages } from './pages/import.ts';
import { indicatorPages } from './pages/indicators.ts';
import { moderationPages } from './pages/moderation.ts';
import { plansOverviewPages } from './pages/overview.ts';
import { reportPages } from './pages/report.ts';
import { reviewPages } from './pages/review.ts';
import { titlePages } from './pages/review-titles.ts';
import { plansPermissions } from './permissions.ts';
import { commitmentQuestionSubject } from './question-subject.ts';
import { plansSearch } from './search.ts';
import { currentPlan } from './service.ts';

/** The action plan tracker: plans, commitments, progress reports, evaluations and their public pages. */
export const plansModule: ShilenModule = {
  name: 'plans',
  dependsOn: ['organizations'],
  migrationsDir: path.join(import.meta.dirname, 'migrations'),
  messages,
  navigation: [{ href: '/plans', label: 'nav.plans', group: 'plan', order: 10 }],
  importers: [actionPlanImporter],
  api: (app, ctx) => {
    plansApi(app, ctx);
    oversightApi(app, ctx);
  },
  pages: (app, ctx) => {
    importPages(app, ctx);
    reviewPages(app, ctx);
    titlePages(app, ctx);
    commitmentPages(app, ctx);
    reportPages(app, ctx);
    evaluatePages(app, ctx);
    committeePages(app, ctx);
    indicatorPages(app, ctx);
    moderationPages(app, ctx);
    plansOverviewPages(app, ctx);
  },
  datasets: planDatasets,
  questionSubjects: [commitmentQuestionSubject],
  searchDocuments: plansSearch,
  // Published plans and their commitments only: a draft has no public page.
  sitemap: () => [
    {
      name: 'plans',
      pages: sql`select '/plans/' || slug as path, updated_at as modified from plans where status = 'published'
        union all select '/plans/commitments/' || c.id, c.updated_at from plan_commitments c
          join plans p on p.id = c.plan_id where p.status = 'published'
        union all select '/plans', (select max(updated_at) from plans where status = 'published')`,
    },
  ],
  demo: loadPlansDemo,
  permissions: plansPermissions,
  homeCard: async ({ db }, t) => {
    const plan = await currentPlan(db);
    if (!plan) return homeCard({ href: '/plans', title: t('plans.title'), text: t('plans.card.none') });
    const [row] = await db.query<{ n: number; done: number }>(sql`select count(*)::int as n,
      count(*) filter (where completion = 'complete')::int as done from plan_commitments where plan_id = ${plan.id}`);
    const count = row?.n ?? 0;
    return homeCard({
      href: `/plans/${plan.slug}`,
      title: t('plans.title'),
      text: t('plans.card', { count, done: row?.done ?? 0 }),
      figure: { value: t.number(count), label: t('plans.cardFigure', { count }) },
    });
  },
  publishedBy: async ({ db }, organization, t) => {
    const rows = await db.query<{
      slug: string;
      n: number;
    }>(sql`select p.slug, count(distinct l.commitment_id)::int as n
      from plan_item_organizations l join plans p on p.id = l.plan_id
      where l.organization_id = ${organization.id} and p.status = 'published' group by p.slug order by p.slug`);
    const [indicators] = await db.query<{ n: number }>(sql`select count(*)::int as n from plan_indicators
      where organization_id = ${organization.id}`);
    return [
      ...rows.map((r) => ({
        title: t('plans.published.commitments', { plan: r.slug }),
        count: r.n,
        href: `/plans/${r.slug}/organizations/${organization.slug}`,
      })),
      ...(indicators && indicators.n > 0
        ? [
            {
              title: t('plans.published.indicators'),
              count: indicators.n,
              href: `/plans/indicators?organization=${organization.slug}`,
            },
          ]
        : []),
    ];
  },
};
