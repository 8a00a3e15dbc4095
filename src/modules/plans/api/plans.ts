import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import { apiCommandRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { Nullable } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { reportProgress } from '../commands/report-progress.ts';
import { evaluationsOf } from '../evaluations.ts';
import { findCommitment, reportsOf } from '../reports.ts';
import {
  allCommitments,
  type Commitment,
  findPlan,
  listPlans,
  type OrganizationLink,
  type PlanRow,
  planTree,
} from '../service.ts';
import { publicRead } from './read.ts';

/** The plans API: every entity readable, progress reports writable by the responsible organisations' tokens. */

const Text = Type.Object({ mn: Nullable(Type.String()), en: Nullable(Type.String()) });
const DateOrNull = Nullable(Type.String({ format: 'date' }));
const OrganizationSchema = Type.Object({
  slug: Nullable(Type.String()),
  name: Text,
  nameAsWritten: Type.String(),
  role: Type.String(),
  milestone: Nullable(Type.String()),
});
/** What a commitment and a milestone both have. */
const ItemFields = {
  id: Type.Integer(),
  number: Nullable(Type.String()),
  title: Text,
  startDate: DateOrNull,
  dueDate: DateOrNull,
  timeline: Nullable(Type.String()),
};
const MilestoneSchema = Type.Object({
  ...ItemFields,
  completion: Nullable(Type.String()),
  organizations: Type.Array(OrganizationSchema),
});
const CommitmentSummarySchema = Type.Object({
  ...ItemFields,
  ogpValues: Type.Array(Type.String()),
  completion: Nullable(Type.String()),
  reports: Type.Integer(),
  evidence: Type.Integer(),
  starred: Nullable(Type.Boolean()),
  organizations: Type.Array(OrganizationSchema),
  milestones: Type.Array(MilestoneSchema),
  url: Type.String(),
});
const PlanSummarySchema = Type.Object({
  slug: Type.String(),
  title: Text,
  periodStart: DateOrNull,
  periodEnd: DateOrNull,
  status: Type.String(),
  publishedAt: Nullable(Type.String({ format: 'date-time' })),
  url: Type.String(),
});
const PlanSchema = Type.Object({
  ...PlanSummarySchema.properties,
  priorities: Type.Array(
    Type.Object({
      number: Type.String(),
      code: Nullable(Type.String()),
      title: Text,
      commitments: Type.Array(CommitmentSummarySchema),
    }),
  ),
});
const EvidenceSchema = Type.Object({
  kind: Type.String(),
  title: Text,
  url: Type.String(),
  module: Nullable(Type.String()),
  available: Type.Boolean(),
});
const ReportSchema = Type.Object({
  id: Type.Integer(),
  completion: Type.String(),
  narrative: Type.String(),
  reportedOn: Type.String({ format: 'date' }),
  createdAt: Type.String({ format: 'date-time' }),
  milestone: Nullable(Type.String()),
  organization: Type.Object({ slug: Type.String(), name: Text }),
  evidence: Type.Array(EvidenceSchema),
});
const EvaluationSchema = Type.Object({
  id: Type.Integer(),
  verifiable: Type.Boolean(),
  relevance: Type.Array(Type.String()),
  potentialImpact: Type.String(),
  completion: Type.String(),
  earlyResults: Nullable(Type.String()),
  justification: Type.String(),
  starred: Type.Boolean(),
  publishedAt: Nullable(Type.String({ format: 'date-time' })),
});
const CommitmentSchema = Type.Object({
  ...CommitmentSummarySchema.properties,
  plan: Type.String(),
  reportHistory: Type.Array(ReportSchema),
  evaluations: Type.Array(EvaluationSchema),
});
const ReportBody = Type.Object({
  organization: Type.String({
    maxLength: 100,
    description: 'Slug of a responsible organisation the token acts for',
  }),
  completion: Type.Union(
    ['not-started', 'limited', 'substantial', 'complete', 'withdrawn'].map((v) => Type.Literal(v)),
  ),
  narrative: Type.String({ minLength: 1, maxLength: 20000 }),
  reportedOn: Type.String({ format: 'date' }),
  milestoneId: Type.Optional(Type.Integer()),
  records: Type.Optional(
    Type.Array(Type.String({ maxLength: 400 }), {
      maxItems: 50,
      description: '`module:kind:key` of records in the search index, or their site addresses',
    }),
  ),
  links: Type.Optional(Type.Array(Type.String({ maxLength: 2000 }), { maxItems: 50 })),
  submissionKey: Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9_-]{16,64}$',
      description: 'Repeat it on a retry: no second report is made',
    }),
  ),
});

const text = (item: { titleMn: string | null; titleEn: string | null }) => ({
  mn: item.titleMn,
  en: item.titleEn,
});
const organization = (l: OrganizationLink, milestones: Map<number, string | null>) => ({
  slug: l.slug,
  name: { mn: l.nameMn, en: l.nameEn },
  nameAsWritten: l.nameAsWritten,
  role: l.role,
  milestone: l.milestoneId === null ? null : (milestones.get(l.milestoneId) ?? null),
});

function presentCommitment(c: Commitment, publicUrl: string) {
  const numbers = new Map(c.milestones.map((m) => [m.id, m.number]));
  return {
    id: c.id,
    number: c.number,
    title: text(c),
    startDate: c.start,
    dueDate: c.due,
    timeline: c.timelineText,
    ogpValues: c.ogpValues,
    completion: c.completion,
    reports: c.reports,
    evidence: c.evidence,
    starred: c.starred,
    organizations: c.organizations.map((l) => organization(l, numbers)),
    milestones: c.milestones.map((m) => ({
      id: m.id,
      number: m.number,
      title: text(m),
      startDate: m.startDate,
      dueDate: m.endDate,
      timeline: m.timelineText,
      completion: m.completion,
      organizations: m.organizations.map((l) => organization(l, numbers)),
    })),
    url: `${publicUrl}/plans/commitments/${c.id}`,
  };
}

const presentPlanSummary = (p: PlanRow, publicUrl: string) => ({
  slug: p.slug,
  title: text(p),
  periodStart: p.periodStart,
  periodEnd: p.periodEnd,
  status: p.status,
  publishedAt: p.publishedAt ? new Date(p.publishedAt).toISOString() : null,
  url: `${publicUrl}/plans/${p.slug}`,
});

export async function plansApi(app: App, ctx: ModuleContext): Promise<void> {
  const visible = async (slug: string, actor: Parameters<typeof can>[0]) => {
    const plan = await findPlan(ctx.db, slug);
    if (!plan || (plan.status === 'draft' && !can(actor, 'plans.manage')))
      throw notFound(`no plan "${slug}"`);
    return plan;
  };

  publicRead(
    app,
    '/plans',
    { summary: 'Action plans', response: Type.Object({ items: Type.Array(PlanSummarySchema) }) },
    async (request) => ({
      items: (await listPlans(ctx.db, { drafts: can(request.actor, 'plans.manage') })).map((p) =>
        presentPlanSummary(p, ctx.config.publicUrl),
      ),
    }),
  );

  publicRead(
    app,
    '/plans/:slug',
    {
      summary: 'One action plan: priority areas, commitments, milestones and organisations',
      params: Type.Object({ slug: Type.String({ pattern: '^[a-z0-9-]{1,100}$' }) }),
      response: PlanSchema,
    },
    async (request) => {
      const plan = await visible(request.params.slug, request.actor);
      const tree = await planTree(ctx.db, plan);
      return {
        ...presentPlanSummary(plan, ctx.config.publicUrl),
        priorities: tree.priorities.map((p) => ({
          number: p.number,
          code: p.code,
          title: text(p),
          commitments: p.commitments.map((c) => presentCommitment(c, ctx.config.publicUrl)),
        })),
      };
    },
  );

  publicRead(
    app,
    '/plans/commitments/:id',
    {
      summary: 'One commitment with its milestones, progress reports (with evidence) and published ratings',
      params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
      response: CommitmentSchema,
    },
    async (request) => {
      const context = await findCommitment(ctx.db, request.params.id);
      if (!context) throw notFound(`no commitment ${request.params.id}`);
      const plan = await visible(context.planSlug, request.actor);
      const c = allCommitments(await planTree(ctx.db, plan, { commitmentId: context.id }))[0]!;
      const [reports, evaluations] = await Promise.all([
        reportsOf(ctx.db, c.id),
        evaluationsOf(ctx.db, c.id, { drafts: false }),
      ]);
      return {
        ...presentCommitment(c, ctx.config.publicUrl),
        plan: plan.slug,
        reportHistory: reports.map((r) => ({
          id: r.id,
          completion: r.completion,
          narrative: r.narrative,
          reportedOn: r.reportedOn,
          createdAt: new Date(r.createdAt).toISOString(),
          milestone: r.milestoneNumber,
          organization: {
            slug: r.organization.slug,
            name: { mn: r.organization.nameMn, en: r.organization.nameEn },
          },
          evidence: r.evidence.map((e) => ({
            kind: e.kind,
            title: { mn: e.titleMn, en: e.titleEn },
            url: e.url.startsWith('/') ? `${ctx.config.publicUrl}${e.url}` : e.url,
            module: e.module,
            available: e.live,
          })),
        })),
        evaluations: evaluations.map((e) => ({
          id: e.id,
          verifiable: e.verifiable,
          relevance: e.relevance,
          potentialImpact: e.potentialImpact,
          completion: e.completion,
          earlyResults: e.earlyResults,
          justification: e.justification,
          starred: e.starred,
          publishedAt: e.publishedAt ? new Date(e.publishedAt).toISOString() : null,
        })),
      };
    },
  );

  apiCommandRoute(app, {
    path: '/plans/commitments/:id/reports',
    access: { action: 'plans.report' },
    params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
    body: ReportBody,
    command: (input, request) => reportProgress(ctx, request.actor, request.params.id, input, request.meta),
    location: (_report, request) => `${ctx.config.publicUrl}/plans/commitments/${request.params.id}`,
    response: {
      schema: Type.Object({ id: Type.Integer(), url: Type.String() }),
      body: (report, request) => ({
        id: report.reportId,
        url: `${ctx.config.publicUrl}/plans/commitments/${request.params.id}`,
      }),
    },
    tags: ['plans'],
    summary: 'Report progress on a commitment',
    description:
      'For members of a responsible organisation (an API token with the `plans.report` scope, or a session). Evidence: records of other modules, by `module:kind:key` or site address, and web links. Audited.',
  });
}
