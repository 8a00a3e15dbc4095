import { ok } from '../../platform/commands/index.ts';
import { apiCommandRoute } from '../../platform/forms/index.ts';
import { notFound } from '../../platform/http/errors.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import type { App } from '../../platform/http/types.ts';
import { translator } from '../../platform/i18n/index.ts';
import { entityFamily, UNIDENTIFIED } from '../../platform/legal-entities/index.ts';
import { offsetLinks } from '../../platform/lists/paging.ts';
import { listQuerySchema, readApiQuery } from '../../platform/lists/query.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { saveEntity } from './commands/save-entity.ts';
import { entitiesList } from './lists.ts';
import { publicSource } from './pages/views.ts';
import { type Entity, findEntity, listEntities, otherNames, searchable, sourcesOf } from './queries.ts';
import { EntityDetailSchema, EntityListSchema, EntitySchema, IdParams, SaveEntityBody } from './schemas.ts';
import { entitySections } from './sections.ts';

/** An entity's public facts, its identifier as OCDS and BODS write one. */
export function presentEntity(e: Entity, publicUrl: string) {
  const url = `${publicUrl}/legal-entities/${e.id}`;
  const identified = e.scheme !== UNIDENTIFIED;
  return {
    id: e.id,
    identifier: {
      scheme: identified ? e.scheme : null,
      id: identified ? e.identifier : null,
      legalName: e.nameEn ?? e.nameMn,
      uri: url,
    },
    identified,
    name: { mn: e.nameMn, en: e.nameEn },
    commonName: { mn: e.commonNameMn, en: e.commonNameEn },
    kind: e.kind,
    status: e.status,
    address: { adminUnit: e.adminUnitCode, aimag: e.aimag },
    registeredOn: e.registeredOn,
    organization: e.organization
      ? { slug: e.organization, url: `${publicUrl}/api/v1/organizations/${e.organization}` }
      : null,
    url,
  };
}

export function legalEntitiesApi(app: App, ctx: ModuleContext): void {
  const { publicUrl } = ctx.config;
  const pack = ctx.country.legalEntities;

  /** The entity with its sources, other names and every module's section (public fields only). */
  const detail = async (id: number) => {
    const entity = await findEntity(ctx.db, id);
    if (!entity) throw notFound(`no legal entity ${id}`);
    const family = await entityFamily(ctx.db, entity.id);
    const t = translator('en');
    const [sources, names, sections] = await Promise.all([
      sourcesOf(ctx.db, entity.id),
      otherNames(ctx.db, entity, family),
      entitySections(app.shilen.modules, ctx, { id: entity.id, family }, t),
    ]);
    return {
      ...presentEntity(entity, publicUrl),
      sources: sources.map((s) => ({
        ...s,
        source: publicSource(s.source),
        recordedAt: s.recordedAt.toISOString(),
      })),
      otherNames: names,
      sections: sections.map((s) => ({
        id: s.id,
        title: s.title,
        count: s.count,
        href: s.href ? `${publicUrl}${s.href}` : null,
        data: [...s.data],
      })),
    };
  };

  app.get(
    '/legal-entities',
    {
      config: { access: 'public' },
      schema: {
        tags: ['legal-entities'],
        summary: 'List legal entities',
        description:
          'Root entities of the register (an entity merged into another is found through it), filtered by `q` (a name in either script, matched after transliteration on every name the entity is known by, or a register number), `kind`, `status`, `aimag` and `scheme`; sorted by `sort`, paged by `page`.',
        querystring: listQuerySchema(entitiesList, { paging: 'offset' }),
        response: { 200: EntityListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { filters, sort, page, pageSize } = readApiQuery(entitiesList, request.query);
      const result = await listEntities(ctx.db, searchable(filters, pack), {
        sort,
        page,
        pageSize,
        locale: 'en',
      });
      return {
        ...result,
        items: result.items.map((e) => presentEntity(e, publicUrl)),
        links: offsetLinks(publicUrl, request.url, result),
      };
    },
  );

  app.get(
    '/legal-entities/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['legal-entities'],
        summary: 'A legal entity with everything the platform knows about it',
        description:
          'Its public facts, where each came from, the other names it is known by, and every module’s section (`data`: the records, public fields only). An entity merged into another answers with the entity it was merged into (its `id` says which).',
        params: IdParams,
        response: { 200: EntityDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const entity = await findEntity(ctx.db, request.params.id);
      if (!entity) throw notFound(`no legal entity ${request.params.id}`);
      return detail(entity.mergedInto ?? entity.id);
    },
  );

  apiCommandRoute(app, {
    path: '/legal-entities',
    access: { action: 'legal-entities.manage' },
    body: SaveEntityBody,
    command: async (input, request) => {
      const saved = await saveEntity(ctx.db, request.actor, input, request.meta, pack);
      if (!saved.ok) return saved;
      return ok(presentEntity((await findEntity(ctx.db, saved.value.id))!, publicUrl));
    },
    location: (entity) => `${publicUrl}/api/v1/legal-entities/${entity.id}`,
    response: { schema: EntitySchema, body: (entity) => entity },
    tags: ['legal-entities'],
    summary: 'Record a legal entity',
    description:
      'For organisation administrators and platform administrators (a session, or an API token with the `legal-entities.manage` scope). The identifier is checked against its scheme (the state register number by the country’s rule); a taken identifier, an unknown kind, unit or date, or a public body linked to another entity or not administered by the caller is a 422 naming the field. Each fact is sourced to the caller; audited.',
  });
}
