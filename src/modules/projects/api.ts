import { ok, type Result, refusedForApi } from '../../platform/commands/index.ts';
import { apiCommandRoute } from '../../platform/forms/index.ts';
import { notFound } from '../../platform/http/errors.ts';
import { ProblemSchema, problemResponses } from '../../platform/http/schemas.ts';
import type { App } from '../../platform/http/types.ts';
import { offsetLinks } from '../../platform/lists/paging.ts';
import { listQuerySchema, readApiQuery } from '../../platform/lists/query.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { addRevision } from './commands/add-revision.ts';
import { createProject, updateProject } from './commands/write-project.ts';
import { projectsList } from './lists.ts';
import { presentProject, presentProjectDetail } from './present.ts';
import { findProject, listProjects, type Project } from './queries.ts';
import {
  CreateProjectBody,
  EditProjectBody,
  ProjectDetailSchema,
  ProjectListSchema,
  RevisionBody,
  SlugParams,
} from './schemas.ts';

const WRITE_NOTE =
  'For the implementing body’s administrators and publishers (a session, or an API token with the `projects.write` scope). Checked as the form is: a problem names its field and nothing is stored. Recorded in the audit trail and the project’s change history.';

/** The projects' API: the list with the page's filters, one project, and writing one. */
export function projectsApi(app: App, ctx: ModuleContext): void {
  const { publicUrl } = ctx.config;
  const detail = async (slug: string) => {
    const found = await findProject(ctx.db, slug);
    if (!found) throw notFound(`no project "${slug}"`);
    return presentProjectDetail(ctx.db, found, publicUrl);
  };
  const withDetail = async (result: Result<Project>) =>
    result.ok ? ok(await presentProjectDetail(ctx.db, result.value, publicUrl)) : result;

  app.get(
    '/projects',
    {
      config: { access: 'public' },
      schema: {
        tags: ['projects'],
        summary: 'List projects',
        description:
          'Filter by text, implementing body, sector, stage, status, aimag, funding source or lender (a legal entity’s id); sorted by title by default, paged by `page`.',
        querystring: listQuerySchema(projectsList, { paging: 'offset' }),
        response: { 200: ProjectListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { filters, sort, page, pageSize } = readApiQuery(projectsList, request.query);
      const result = await listProjects(ctx.db, filters, { sort, page, pageSize, locale: 'en' });
      return {
        ...result,
        items: result.items.map((r) => presentProject(r, publicUrl)),
        links: offsetLinks(publicUrl, request.url, result),
      };
    },
  );

  app.get(
    '/projects/:slug',
    {
      config: { access: 'public' },
      schema: {
        tags: ['projects'],
        summary: 'One project',
        description:
          'With its places (GeoJSON), its funding sources and the revisions of its budget and schedule.',
        params: SlugParams,
        response: { 200: ProjectDetailSchema, ...problemResponses },
      },
    },
    (request) => detail(request.params.slug),
  );

  apiCommandRoute(app, {
    path: '/projects',
    access: { action: 'projects.write' },
    body: CreateProjectBody,
    command: async (input, request) =>
      withDetail(await createProject(ctx, request.actor, input, request.meta)),
    location: (project) => `${publicUrl}/api/v1/projects/${project.slug}`,
    response: { schema: ProjectDetailSchema, body: (project) => project },
    tags: ['projects'],
    summary: 'Add a project',
    description: `${WRITE_NOTE} The budget and planned dates given are its approved plan, its first revision.`,
  });

  app.put(
    '/projects/:slug',
    {
      config: { access: { action: 'projects.write' } },
      schema: {
        tags: ['projects'],
        summary: 'Change a project',
        description: `${WRITE_NOTE} Its places and funding are replaced by the ones sent; its budget and schedule change by a revision.`,
        params: SlugParams,
        body: EditProjectBody,
        response: { 200: ProjectDetailSchema, ...problemResponses, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => {
      const result = await updateProject(ctx, request.actor, request.params.slug, request.body, request.meta);
      if (!result.ok) throw refusedForApi(result.problems);
      return presentProjectDetail(ctx.db, result.value, publicUrl);
    },
  );

  apiCommandRoute(app, {
    path: '/projects/:slug/revisions',
    access: { action: 'projects.write' },
    params: SlugParams,
    body: RevisionBody,
    command: async (input, request) =>
      withDetail(await addRevision(ctx.db, request.actor, request.params.slug, input, request.meta)),
    location: (project) => `${publicUrl}/api/v1/projects/${project.slug}`,
    response: { schema: ProjectDetailSchema, body: (project) => project },
    tags: ['projects'],
    summary: 'Revise a project’s budget or schedule',
    description: `${WRITE_NOTE} Every revision needs its reason; the project then holds the latest values.`,
  });
}
