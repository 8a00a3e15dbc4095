import { refusedForApi } from '../../../platform/commands/index.ts';
import { apiCommandRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { ProblemSchema, problemResponses } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';
import { offsetLinks } from '../../../platform/lists/paging.ts';
import { listQuerySchema, readApiQuery } from '../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { createLicence, updateLicence } from './commands/write-licence.ts';
import { licencesList } from './lists.ts';
import { presentLicence } from './present.ts';
import { findLicence, listLicences } from './queries.ts';
import { LicenceApiBody, LicenceListSchema, LicenceSchema, SlugParams } from './schemas.ts';

const WRITE_NOTE =
  'For the issuing body’s administrators and publishers (a session, or an API token with the `extractives.licences.write` scope). Checked as the form is; recorded in the audit trail.';

/** The licence register's API: the list with the page's filters, one licence, and writing one. */
export function licencesApi(app: App, ctx: ModuleContext): void {
  const { publicUrl } = ctx.config;
  const kinds = ctx.country.extractives.licenceTypes;
  const present = (l: Parameters<typeof presentLicence>[0]) => presentLicence(l, kinds, publicUrl);

  app.get(
    '/extractives/licences',
    {
      config: { access: 'public' },
      schema: {
        tags: ['extractives'],
        summary: 'List licences',
        description:
          'Filter by kind, resource, status, aimag, holder, commodity or text; by number by default, paged by `page`.',
        querystring: listQuerySchema(licencesList, { paging: 'offset' }),
        response: { 200: LicenceListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { filters, sort, page, pageSize } = readApiQuery(licencesList, request.query);
      const result = await listLicences(ctx.db, filters, { sort, page, pageSize, locale: 'en' });
      const items = [];
      for (const row of result.items) items.push(present((await findLicence(ctx.db, Number(row.id)))!));
      return { ...result, items, links: offsetLinks(publicUrl, request.url, result) };
    },
  );

  app.get(
    '/extractives/licences/:slug',
    {
      config: { access: 'public' },
      schema: {
        tags: ['extractives'],
        summary: 'One licence',
        description:
          'With its holders and shares, its status history with the decisions, its fees and its area (GeoJSON).',
        params: SlugParams,
        response: { 200: LicenceSchema, ...problemResponses },
      },
    },
    async (request) => {
      const found = await findLicence(ctx.db, request.params.slug);
      if (!found) throw notFound(`no licence "${request.params.slug}"`);
      return present(found);
    },
  );

  apiCommandRoute(app, {
    path: '/extractives/licences',
    access: { action: 'extractives.licences.write' },
    body: LicenceApiBody,
    command: (input, request) => createLicence(ctx, request.actor, input, request.meta),
    location: (licence) => `${publicUrl}/api/v1/extractives/licences/${licence.slug}`,
    response: { schema: LicenceSchema, body: present },
    tags: ['extractives'],
    summary: 'Add a licence',
    description: WRITE_NOTE,
  });

  app.put(
    '/extractives/licences/:slug',
    {
      config: { access: { action: 'extractives.licences.write' } },
      schema: {
        tags: ['extractives'],
        summary: 'Change a licence',
        description: `${WRITE_NOTE} A change of status needs the decision behind it.`,
        params: SlugParams,
        body: LicenceApiBody,
        response: { 200: LicenceSchema, ...problemResponses, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => {
      const result = await updateLicence(ctx, request.actor, request.params.slug, request.body, request.meta);
      if (!result.ok) throw refusedForApi(result.problems);
      return present(result.value);
    },
  );
}
