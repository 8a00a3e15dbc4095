import { apiCommandRoute } from '../../platform/forms/index.ts';
import { notFound } from '../../platform/http/errors.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import type { App } from '../../platform/http/types.ts';
import { offsetLinks } from '../../platform/lists/paging.ts';
import { listQuerySchema, readApiQuery } from '../../platform/lists/query.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { createProject } from './commands/create-project.ts';
import { projectsList } from './lists.ts';
import { findProject, listProjects, type Project } from './queries.ts';
import { CreateProjectBody, ProjectListSchema, ProjectSchema, SlugParams } from './schemas.ts';

/** The API's view of a record: both languages side by side, links absolute. */
export function presentProject(r: Project, publicUrl: string) {
  return {
    slug: r.slug,
    title: { mn: r.titleMn, en: r.titleEn },
    organization: { slug: r.organization, name: { mn: r.organizationNameMn, en: r.organizationNameEn } },
    createdAt: new Date(r.createdAt).toISOString(),
    updatedAt: new Date(r.updatedAt).toISOString(),
    url: `${publicUrl}/projects/${r.slug}`,
  };
}

export function projectsApi(app: App, ctx: ModuleContext): void {
  const { publicUrl } = ctx.config;

  app.get(
    '/projects',
    {
      config: { access: 'public' },
      schema: {
        tags: ['projects'],
        summary: 'List Projects and foreign loans',
        description: 'Filter by text or organisation; sorted by name by default, paged by `page`.',
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
        summary: 'One record of Projects and foreign loans',
        params: SlugParams,
        response: { 200: ProjectSchema, ...problemResponses },
      },
    },
    async (request) => {
      const found = await findProject(ctx.db, request.params.slug);
      if (!found) throw notFound(`no record with slug "${request.params.slug}"`);
      return presentProject(found, publicUrl);
    },
  );

  apiCommandRoute(app, {
    path: '/projects',
    access: { action: 'projects.create' },
    body: CreateProjectBody,
    command: (input, request) => createProject(ctx.db, request.actor, input, request.meta),
    location: (record) => `${publicUrl}/api/v1/projects/${record.slug}`,
    response: { schema: ProjectSchema, body: (record) => presentProject(record, publicUrl) },
    tags: ['projects'],
    summary: 'Add a record of Projects and foreign loans',
    description:
      'For the organisation’s administrators and publishers (a session, or an API token with the `projects.create` scope). Recorded in the audit trail.',
  });
}
