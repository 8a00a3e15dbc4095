import { Type } from 'typebox';
import { notFound } from '../../platform/http/errors.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import type { App } from '../../platform/http/types.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { withQuery } from '../../platform/views/context.ts';
import { ListQuerySchema, OrganizationListSchema, OrganizationSchema } from './schemas.ts';
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
      const { sort = 'name', page = 1, pageSize = 50, lang = 'mn', ...filters } = request.query;
      const result = await listOrganizations(ctx.db, filters, { sort, page, pageSize, locale: lang });
      const self = `${ctx.config.publicUrl}${request.url}`;
      const last = Math.max(1, Math.ceil(result.total / pageSize));
      return {
        ...result,
        items: result.items.map((o) => presentOrganization(o, ctx.config.publicUrl)),
        links: {
          self,
          ...(page < last
            ? { next: `${ctx.config.publicUrl}${withQuery(request.url, { page: page + 1 })}` }
            : {}),
          ...(page > 1
            ? { prev: `${ctx.config.publicUrl}${withQuery(request.url, { page: page - 1 })}` }
            : {}),
        },
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
        params: Type.Object({ slug: Type.String({ pattern: '^[a-z0-9-]{1,100}$' }) }),
        response: { 200: OrganizationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const found = await findOrganization(ctx.db, request.params.slug);
      if (!found) throw notFound(`no organisation with slug "${request.params.slug}"`);
      return presentOrganization(found, ctx.config.publicUrl);
    },
  );
}
