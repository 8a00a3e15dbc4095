import { apiCommandRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { problemResponses } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { findParentProject } from '../child-records.ts';
import { addStudy, STUDY_WRITE } from './commands.ts';
import { presentStudy } from './present.ts';
import { projectStudies } from './queries.ts';
import { ProjectParams, StudyBody, StudyListSchema, StudySchema } from './schemas.ts';

/** The studies' API: a project's studies, and adding one. */
export function studiesApi(app: App, ctx: ModuleContext): void {
  const { publicUrl } = ctx.config;
  app.get(
    '/projects/:slug/studies',
    {
      config: { access: 'public' },
      schema: {
        tags: ['projects'],
        summary: 'A project’s feasibility studies, ongoing ones first',
        params: ProjectParams,
        response: { 200: StudyListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const project = await findParentProject(ctx.db, request.params.slug);
      if (!project) throw notFound(`no project with slug "${request.params.slug}"`);
      return { items: (await projectStudies(ctx.db, project.id)).map(presentStudy) };
    },
  );

  apiCommandRoute(app, {
    path: '/projects/:slug/studies',
    access: { action: STUDY_WRITE },
    params: ProjectParams,
    body: StudyBody,
    command: (input, request) => addStudy(ctx, request.actor, request.params.slug, input, request.meta),
    location: (s) => `${publicUrl}/api/v1/projects/${s.projectSlug}/studies`,
    response: { schema: StudySchema, body: presentStudy },
    tags: ['projects'],
    summary: 'Add a feasibility study to a project',
    description:
      'For the implementing body’s administrators and publishers. Leave `completedOn` out while the study is ongoing. Recorded in the audit trail.',
  });
}
