import { apiCommandRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { problemResponses } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { findParentProject } from '../child-records.ts';
import { planMilestone, REPORT_WRITE, recordProgressReport } from './commands.ts';
import { presentMilestone, presentReport } from './present.ts';
import { findReport, projectReports } from './queries.ts';
import {
  MilestoneBody,
  MilestoneSchema,
  ProgressReportBody,
  ProgressReportListSchema,
  ProgressReportSchema,
  ProjectParams,
  ReportParams,
} from './schemas.ts';

/** The reports' API: a project's reports, one report, and writing a report or a milestone. */
export function reportsApi(app: App, ctx: ModuleContext): void {
  const { publicUrl } = ctx.config;
  app.get(
    '/projects/:slug/reports',
    {
      config: { access: 'public' },
      schema: {
        tags: ['projects'],
        summary: 'A project’s progress reports, oldest period first',
        params: ProjectParams,
        response: { 200: ProgressReportListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const project = await findParentProject(ctx.db, request.params.slug);
      if (!project) throw notFound(`no project with slug "${request.params.slug}"`);
      const reports = await projectReports(ctx.db, project.id);
      return { items: reports.map((r) => presentReport(r, publicUrl)) };
    },
  );

  app.get(
    '/projects/:slug/reports/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['projects'],
        summary: 'One progress report of a project',
        params: ReportParams,
        response: { 200: ProgressReportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const report = await findReport(ctx.db, request.params.slug, request.params.id);
      if (!report) throw notFound(`no report ${request.params.id} of "${request.params.slug}"`);
      return presentReport(report, publicUrl);
    },
  );

  apiCommandRoute(app, {
    path: '/projects/:slug/reports',
    access: { action: REPORT_WRITE },
    params: ProjectParams,
    body: ProgressReportBody,
    command: (input, request) =>
      recordProgressReport(ctx, request.actor, request.params.slug, input, request.meta),
    location: (r) => `${publicUrl}/api/v1/projects/${r.projectSlug}/reports/${r.id}`,
    response: { schema: ProgressReportSchema, body: (r) => presentReport(r, publicUrl) },
    tags: ['projects'],
    summary: 'Record a progress report of a project',
    description:
      'For the implementing body’s administrators and publishers. Refused naming the field: a percentage outside 0–100, progress below the previous report’s without `decreaseReasonMn`, a period overlapping or before the previous report’s. Recorded in the audit trail.',
  });

  apiCommandRoute(app, {
    path: '/projects/:slug/milestones',
    access: { action: REPORT_WRITE },
    params: ProjectParams,
    body: MilestoneBody,
    command: (input, request) =>
      planMilestone(ctx.db, request.actor, request.params.slug, input, request.meta),
    location: (_m, request) => `${publicUrl}/projects/${request.params.slug}#milestones`,
    response: { schema: MilestoneSchema, body: presentMilestone },
    tags: ['projects'],
    summary: 'Plan a milestone of a project, with its due date',
    description:
      'For the implementing body’s administrators and publishers; a progress report records it done.',
  });
}
