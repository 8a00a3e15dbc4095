import { ok } from '../../platform/commands/index.ts';
import { apiCommandRoute } from '../../platform/forms/index.ts';
import { notFound } from '../../platform/http/errors.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import type { App } from '../../platform/http/types.ts';
import { offsetLinks } from '../../platform/lists/paging.ts';
import { listQuerySchema, readApiQuery } from '../../platform/lists/query.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { addTerm } from './commands/add-term.ts';
import { officialsList } from './lists.ts';
import { findOfficial, listTerms, type Term, termsOf, termsOfMany } from './queries.ts';
import { AddTermBody, OfficialListSchema, OfficialSchema, SlugParams } from './schemas.ts';

/** A term as Popolo's membership. */
export function presentTerm(t: Term) {
  return {
    id: t.id,
    post: {
      label: { mn: t.postMn, en: t.postEn },
      organization: { slug: t.organization, name: { mn: t.organizationNameMn, en: t.organizationNameEn } },
      declaresAssets: t.declaresAssets,
      politicallyExposed: t.politicallyExposed,
    },
    role: t.role,
    startDate: t.startsOn,
    endDate: t.endsOn,
    source: t.source,
  };
}

/** A person as Popolo's person, with their terms. */
export function presentOfficial(
  person: { slug: string; nameMn: string; nameEn: string | null },
  terms: readonly Term[],
  publicUrl: string,
) {
  return {
    id: person.slug,
    name: { mn: person.nameMn, en: person.nameEn },
    memberships: terms.map(presentTerm),
    url: `${publicUrl}/officials/${person.slug}`,
  };
}

export function officialsApi(app: App, ctx: ModuleContext): void {
  const { publicUrl } = ctx.config;

  app.get(
    '/officials',
    {
      config: { access: 'public' },
      schema: {
        tags: ['officials'],
        summary: 'List public officials with their posts over time',
        description:
          'Popolo people, each with every membership (post, organisation, role, start and end). The filters (`q`, `organization`, `current`, `declares`) choose the terms; a person is listed once per page for the terms that match, paged by `page`.',
        querystring: listQuerySchema(officialsList, { paging: 'offset' }),
        response: { 200: OfficialListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { filters, sort, page, pageSize } = readApiQuery(officialsList, request.query);
      const result = await listTerms(ctx.db, filters, { sort, page, pageSize, locale: 'en' });
      const people = [...new Map(result.items.map((t) => [t.slug, t])).values()];
      const terms = await termsOfMany(
        ctx.db,
        people.map((p) => p.slug),
      );
      return {
        ...result,
        items: people.map((p) =>
          presentOfficial(
            p,
            terms.filter((t) => t.slug === p.slug),
            publicUrl,
          ),
        ),
        links: offsetLinks(publicUrl, request.url, result),
      };
    },
  );

  app.get(
    '/officials/:slug',
    {
      config: { access: 'public' },
      schema: {
        tags: ['officials'],
        summary: 'A public official with every post held',
        params: SlugParams,
        response: { 200: OfficialSchema, ...problemResponses },
      },
    },
    async (request) => {
      const person = await findOfficial(ctx.db, request.params.slug);
      if (!person) throw notFound(`no official with slug "${request.params.slug}"`);
      return presentOfficial(person, await termsOf(ctx.db, person.slug), publicUrl);
    },
  );

  apiCommandRoute(app, {
    path: '/officials',
    access: { action: 'officials.manage' },
    body: AddTermBody,
    command: async (input, request) => {
      const added = await addTerm(ctx.db, request.actor, input, request.meta);
      if (!added.ok) return added;
      const person = (await findOfficial(ctx.db, added.value.slug))!;
      return ok(presentOfficial(person, await termsOf(ctx.db, person.slug), publicUrl));
    },
    location: (official) => `${publicUrl}/api/v1/officials/${official.id}`,
    response: { schema: OfficialSchema, body: (official) => official },
    tags: ['officials'],
    summary: 'Record that an official holds a post',
    description:
      'For the organisation’s administrators (a session, or an API token with the `officials.manage` scope). The person is found by `slug` or added; the post by its Mongolian label in the organisation, or added. A post that ends before it starts, a slug of another person or the same term twice is a 422 naming the field. Audited.',
  });
}
