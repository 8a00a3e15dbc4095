import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { downloads, emptyState, summaryList, table } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import {
  allCommitments,
  type Commitment,
  isOverdue,
  listPlans,
  type PlanTree,
  planTree,
  progressOf,
  responsibleOrganizations,
  todayIn,
} from '../service.ts';
import { progressChart } from '../views/charts.ts';
import {
  commitmentNumber,
  completionTag,
  dateText,
  evidenceTag,
  organizationName,
  pick,
  planCrumbs,
  planTitle,
  visiblePlan,
} from './shared.ts';

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
const LangQuery = Type.Object({ lang: Type.Optional(Type.String({ maxLength: 10 })) });

/** Commitments grouped by each organisation responsible for them (matched to the registry). */
export function byOrganization(tree: PlanTree) {
  const groups = new Map<
    number,
    { slug: string; nameMn: string | null; nameEn: string | null; commitments: Commitment[]; lead: number }
  >();
  for (const c of allCommitments(tree)) {
    for (const link of responsibleOrganizations(c)) {
      const g = groups.get(link.organizationId!) ?? {
        slug: link.slug!,
        nameMn: link.nameMn,
        nameEn: link.nameEn,
        commitments: [],
        lead: 0,
      };
      g.commitments.push(c);
      if (link.role === 'lead') g.lead += 1;
      groups.set(link.organizationId!, g);
    }
  }
  return [...groups.values()].sort(
    (a, b) => b.commitments.length - a.commitments.length || a.slug.localeCompare(b.slug),
  );
}

function commitmentRows(t: Translator, commitments: readonly Commitment[]) {
  return commitments.map((c) => {
    const lead = responsibleOrganizations(c)[0] ?? c.organizations[0];
    return [
      html`<a href="/plans/commitments/${c.id}">${commitmentNumber(t, c)}</a>`,
      html`<a href="/plans/commitments/${c.id}">${pick(t, c)}</a>${c.starred ? html` <span class="tag plans-star">★ ${t('plans.starred')}</span>` : ''}`,
      lead ? organizationName(t, lead) : '—',
      dateText(t, c.due),
      completionTag(t, c.completion),
      evidenceTag(t, c),
    ];
  });
}

function commitmentTable(
  request: { page: Parameters<typeof table>[0]; t: Translator },
  caption: string,
  commitments: readonly Commitment[],
): Html {
  const { t } = request;
  return table(request.page, {
    caption,
    columns: [
      { key: 'number', label: t('plans.col.number') },
      { key: 'title', label: t('plans.col.commitment') },
      { key: 'lead', label: t('plans.col.lead') },
      { key: 'due', label: t('plans.col.due') },
      { key: 'completion', label: t('plans.col.completion') },
      { key: 'evidence', label: t('plans.col.evidence') },
    ],
    rows: commitmentRows(t, commitments),
  });
}

/** A plan the reader may see with all of it (areas, commitments, milestones): what the pages about a whole plan show. */
async function visiblePlanTree(ctx: ModuleContext, request: FastifyRequest, slug: string) {
  const plan = await visiblePlan(ctx, request, slug);
  return { plan, tree: await planTree(ctx.db, plan) };
}

export function plansOverviewPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/plans',
    { schema: { hide: true, querystring: LangQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const manager = can(request.actor, 'plans.manage');
      const plans = await listPlans(ctx.db, { drafts: manager });
      const items = plans.map(
        (p) => html`<li><a href="/plans/${p.slug}">${planTitle(t, p)}</a>
        ${p.periodStart && p.periodEnd ? html`<span class="meta">${p.periodStart.slice(0, 4)}–${p.periodEnd.slice(0, 4)}</span>` : ''}
        ${p.status === 'draft' ? html` <span class="tag">${t('plans.status.draft')}</span>` : ''}
        <span class="meta">${t('plans.count.commitments', { count: p.commitments })}</span></li>`,
      );
      return reply.sendPage({
        title: t('plans.title'),
        breadcrumbs: [{ label: t('plans.title') }],
        main: html`<h1>${t('plans.title')}</h1><p class="lead">${t('plans.lead')}</p>
${manager ? html`<p><a class="button" href="/plans/import">${t('plans.import.link')}</a></p>` : ''}
${plans.length > 0 ? html`<ul class="link-list">${items}</ul>` : emptyState(t('plans.empty'))}
<h2>${t('plans.more')}</h2>
<ul class="link-list">
<li><a href="/plans/committee">${t('plans.committee.title')}</a></li>
<li><a href="/plans/indicators">${t('plans.indicators.title')}</a></li>
${can(request.actor, 'plans.moderate') ? html`<li><a href="/plans/moderation">${t('plans.moderation.title')}</a></li>` : ''}
</ul>`,
      });
    },
  );

  app.get(
    '/plans/:slug',
    { schema: { hide: true, params: SlugParams, querystring: LangQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const { plan, tree } = await visiblePlanTree(ctx, request, request.params.slug);
      const commitments = allCommitments(tree);
      const today = todayIn(ctx.country.timeZone);
      const overdue = commitments.filter((c) => isOverdue(c, today));
      const progress = progressOf(commitments);
      const reported = commitments.length - progress['not-reported'];
      const noEvidence = commitments.filter((c) => c.evidence === 0).length;
      const starred = commitments.filter((c) => c.starred).length;
      const title = planTitle(t, plan);
      const orgs = byOrganization(tree).slice(0, 15);
      const manager = can(request.actor, 'plans.manage');
      return reply.sendPage({
        title,
        breadcrumbs: [{ href: '/plans', label: t('plans.title') }, { label: title }],
        alternates: [{ href: `/api/v1/plans/${plan.slug}`, type: 'application/json' }],
        main: html`${plan.status === 'draft' ? html`<div class="notice"><p>${t('plans.draft.notice')}</p>${manager ? html`<p><a href="/plans/${plan.slug}/review">${t('plans.review.link')}</a></p>` : ''}</div>` : ''}
<h1>${title}</h1>
${plan.periodStart && plan.periodEnd ? html`<p class="lead">${t('plans.period', { start: t.date(plan.periodStart), end: t.date(plan.periodEnd) })}</p>` : ''}
${manager && plan.status === 'published' ? html`<p><a href="/plans/${plan.slug}/review">${t('plans.review.link')}</a></p>` : ''}
<ul class="plans-figures">
  <li><strong>${t.number(commitments.length)}</strong> ${t('plans.figure.commitments')}</li>
  <li><strong>${t.number(reported)}</strong> ${t('plans.figure.reported')}</li>
  <li><strong>${t.number(progress.complete)}</strong> ${t('plans.figure.complete')}</li>
  <li><a href="/plans/${plan.slug}/overdue"><strong>${t.number(overdue.length)}</strong> ${t('plans.figure.overdue')}</a></li>
  <li><strong>${t.number(noEvidence)}</strong> ${t('plans.figure.noEvidence')}</li>
  <li><strong>${t.number(starred)}</strong> ${t('plans.figure.starred')}</li>
</ul>
<h2>${t('plans.progress.byPriority')}</h2>
${progressChart(t, {
  id: 'progress-priority',
  title: t('plans.progress.byPriority'),
  rows: tree.priorities.map((p) => ({
    label: `${p.number}. ${pick(t, p) || ''}`,
    counts: progressOf(p.commitments),
  })),
})}
<h2>${t('plans.progress.byOrganization')}</h2>
${progressChart(t, {
  id: 'progress-organization',
  title: t('plans.progress.byOrganization'),
  rows: orgs.map((o) => ({
    label: t.pick({ mn: o.nameMn, en: o.nameEn }),
    counts: progressOf(o.commitments),
  })),
})}
<p><a href="/plans/${plan.slug}/organizations">${t('plans.scorecards.link')}</a></p>
${tree.priorities.map(
  (p) => html`<section class="plans-priority" aria-labelledby="priority-${p.id}">
<h2 id="priority-${p.id}">${p.number}. ${pick(t, p) || t('plans.priority.untitled')}${p.code ? html` <span class="meta">(${p.code})</span>` : ''}</h2>
${p.commitments.length > 0 ? commitmentTable(request, t('plans.priority.caption', { number: p.number }), p.commitments) : emptyState(t('plans.priority.empty'))}
</section>`,
)}
${plan.status === 'published' ? planDownloads(request, plan.slug) : ''}`,
      });
    },
  );

  app.get(
    '/plans/:slug/overdue',
    { schema: { hide: true, params: SlugParams, querystring: LangQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const { plan, tree } = await visiblePlanTree(ctx, request, request.params.slug);
      const today = todayIn(ctx.country.timeZone);
      const overdue = allCommitments(tree)
        .filter((c) => isOverdue(c, today))
        .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
      const title = t('plans.overdue.title');
      return reply.sendPage({
        title: `${title}: ${planTitle(t, plan)}`,
        breadcrumbs: planCrumbs(t, plan, [{ label: title }]),
        main: html`<h1>${title}</h1><p class="lead">${t('plans.overdue.lead', { date: t.date(today) })}</p>
${overdue.length > 0 ? commitmentTable(request, title, overdue) : emptyState(t('plans.overdue.empty'))}`,
      });
    },
  );

  app.get(
    '/plans/:slug/organizations',
    { schema: { hide: true, params: SlugParams, querystring: LangQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const { plan, tree } = await visiblePlanTree(ctx, request, request.params.slug);
      const today = todayIn(ctx.country.timeZone);
      const groups = byOrganization(tree);
      const title = t('plans.scorecards.title');
      return reply.sendPage({
        title: `${title}: ${planTitle(t, plan)}`,
        breadcrumbs: planCrumbs(t, plan, [{ label: title }]),
        main: html`<h1>${title}</h1><p class="lead">${t('plans.scorecards.lead')}</p>
${table(request.page, {
  caption: title,
  columns: [
    { key: 'organization', label: t('plans.col.organization') },
    { key: 'commitments', label: t('plans.col.commitments'), numeric: true },
    { key: 'lead', label: t('plans.col.leads'), numeric: true },
    { key: 'complete', label: t('plans.completion.complete'), numeric: true },
    { key: 'overdue', label: t('plans.col.overdue'), numeric: true },
    { key: 'noEvidence', label: t('plans.col.noEvidence'), numeric: true },
  ],
  rows: groups.map((g) => [
    html`<a href="/plans/${plan.slug}/organizations/${g.slug}">${t.pick({ mn: g.nameMn, en: g.nameEn })}</a>`,
    t.number(g.commitments.length),
    t.number(g.lead),
    t.number(g.commitments.filter((c) => c.completion === 'complete').length),
    t.number(g.commitments.filter((c) => isOverdue(c, today)).length),
    t.number(g.commitments.filter((c) => c.evidence === 0).length),
  ]),
})}`,
      });
    },
  );

  app.get(
    '/plans/:slug/organizations/:organization',
    {
      schema: {
        hide: true,
        params: Type.Object({
          slug: Type.String({ maxLength: 100 }),
          organization: Type.String({ maxLength: 100 }),
        }),
        querystring: LangQuery,
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const { t } = request;
      const { plan, tree } = await visiblePlanTree(ctx, request, request.params.slug);
      const group = byOrganization(tree).find((g) => g.slug === request.params.organization);
      if (!group)
        throw notFound(`organisation "${request.params.organization}" has no commitment in this plan`);
      const today = todayIn(ctx.country.timeZone);
      const name = t.pick({ mn: group.nameMn, en: group.nameEn });
      const progress = progressOf(group.commitments);
      return reply.sendPage({
        title: `${name}: ${planTitle(t, plan)}`,
        breadcrumbs: planCrumbs(t, plan, [
          { href: `/plans/${plan.slug}/organizations`, label: t('plans.scorecards.title') },
          { label: name },
        ]),
        main: html`<h1>${name}</h1><p class="lead">${t('plans.scorecard.lead')}</p>
${summaryList([
  { key: t('plans.col.commitments'), value: t.number(group.commitments.length) },
  { key: t('plans.col.leads'), value: t.number(group.lead) },
  { key: t('plans.completion.complete'), value: t.number(progress.complete) },
  {
    key: t('plans.col.overdue'),
    value: t.number(group.commitments.filter((c) => isOverdue(c, today)).length),
  },
  {
    key: t('plans.col.noEvidence'),
    value: t.number(group.commitments.filter((c) => c.evidence === 0).length),
  },
])}
${progressChart(t, { id: 'scorecard', title: t('plans.progress.title'), rows: [{ label: name, counts: progress }] })}
${commitmentTable(request, t('plans.scorecard.caption', { name }), group.commitments)}
<p><a href="/organizations/${group.slug}">${t('plans.scorecard.organization')}</a></p>`,
      });
    },
  );
}

function planDownloads(
  request: { page: Parameters<typeof downloads>[0]; t: Translator },
  slug: string,
): Html {
  const { t } = request;
  const q = `?plan=${slug}`;
  return downloads(request.page, [
    { href: `/api/v1/plans/${slug}`, label: t('plans.download.plan') },
    { href: `/datasets/plan-commitments/download.csv${q}`, label: t('plans.download.commitmentsCsv') },
    { href: `/datasets/plan-commitments/download.json${q}`, label: t('plans.download.commitmentsJson') },
    { href: `/datasets/plan-milestones/download.csv${q}`, label: t('plans.download.milestonesCsv') },
    { href: `/datasets/plan-ratings/download.csv${q}`, label: t('plans.download.ratingsCsv') },
    { href: `/datasets/plan-ratings/download.json${q}`, label: t('plans.download.ratingsJson') },
  ]);
}
