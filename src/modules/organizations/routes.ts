import { Type } from 'typebox';
import { refusedForApi } from '../../platform/commands/index.ts';
import { notFound } from '../../platform/http/errors.ts';
import { ProblemSchema, problemResponses } from '../../platform/http/schemas.ts';
import type { App } from '../../platform/http/types.ts';
import { offsetLinks } from '../../platform/lists/paging.ts';
import { readApiQuery } from '../../platform/lists/query.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { updateOrganization } from './commands/update-organization.ts';
import { organizationsList } from './list.ts';
import {
  ListQuerySchema,
  OrganizationChangesSchema,
  OrganizationListSchema,
  OrganizationSchema,
} from './schemas.ts';
import { findOrganization, listOrganizations, type Organization } from './service.ts';

/** The API's view of an organisation: both languages side by side, links absolute. */
export function presentOrganization(o: Organization, publicUrl: string) {
  return {
    slug: o.slug,
    name: { mn: o.nameMn, en: o.nameEn },
    abbreviation: o.abbreviation,
    kind: o.kind,
    parent: o.parentSlug
      ? { slug: o.parentSlug, name: { mn: o.parentNameMn ?? '', en: o.parentNameEn ?? '' } }
      : null,
    adminUnit: o.adminUnitCode
      ? { code: o.adminUnitCode, name: { mn: o.adminUnitNameMn ?? '', en: o.adminUnitNameEn ?? '' } }
      : null,
    website: o.website,
    email: o.email,
    phone: o.phone,
    address: o.address,
    updatedAt: new Date(o.updatedAt).toISOString(),
    url: `${publicUrl}/organizations/${o.slug}`,
  };
}

export async function organizationsApi(app: App, ctx: ModuleContext): Promise<void> {
  app.get(
    '/organizations',
    {
      config: { access: 'public' },
      schema: {
        tags: ['organizations'],
        summary: 'List public bodies',
        description:
          'Filter by text, kind, administrative unit or parent; sorted in Mongolian alphabetical order by default.',
        querystring: ListQuerySchema,
        response: { 200: OrganizationListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { filters, sort, page, pageSize } = readApiQuery(organizationsList, request.query);
      const locale = request.query.lang === 'en' ? 'en' : 'mn';
      const result = await listOrganizations(ctx.db, filters, { sort, page, pageSize, locale });
      return {
        ...result,
        items: result.items.map((o) => presentOrganization(o, ctx.config.publicUrl)),
        links: offsetLinks(ctx.config.publicUrl, request.url, result),
      };
    },
  );

  app.get(
    '/organizations/:slug',
    {
      config: { access: 'public' },
      schema: {
        tags: ['organizations'],
        summary: 'One public body',
        params: Type.Object({ slug: Type.String({ maxLength: 100, pattern: '^[a-z0-9-]{1,100}$' }) }),
        response: { 200: OrganizationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const found = await findOrganization(ctx.db, request.params.slug);
      if (!found) throw notFound(`no organisation with slug "${request.params.slug}"`);
      return presentOrganization(found, ctx.config.publicUrl);
    },
  );

  app.patch(
    '/organizations/:slug',
    {
      config: { access: { action: 'organizations.update' } },
      schema: {
        tags: ['organizations'],
        summary: 'Correct a public body’s names and contact details',
        description:
          'For the body’s own administrators and publishers (API token with the `organizations.update` scope, or a session). Empty strings clear optional fields. Every change is recorded in the audit trail.',
        params: Type.Object({ slug: Type.String({ maxLength: 100, pattern: '^[a-z0-9-]{1,100}$' }) }),
        body: OrganizationChangesSchema,
        response: { 200: OrganizationSchema, ...problemResponses, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => {
      const result = await updateOrganization(
        ctx,
        request.actor,
        request.params.slug,
        request.body,
        request.meta,
      );
      if (!result.ok) throw refusedForApi(result.problems);
      return presentOrganization(result.value, ctx.config.publicUrl);
    },
  );
}
