import { Type } from 'typebox';
import { apiCommandRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { problemResponses } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';
import { offsetLinks } from '../../../platform/lists/paging.ts';
import { listQuerySchema, readApiQuery } from '../../../platform/lists/query.ts';
import { offsetPageSchema } from '../../../platform/lists/schemas.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { entityStatements, partyRecordId } from './bods.ts';
import { declareOwner, OWNERS_WRITE } from './declare.ts';
import { DeclareOwnerBody } from './forms.ts';
import { importBods } from './import.ts';
import { listOwnedEntities, ownersList } from './lists.ts';
import { EntityParams } from './pages.ts';
import { entityName, readEntities, readNetwork } from './store.ts';

const Bilingual = Type.Object({ mn: Type.String(), en: Type.String() });
const OwnedEntitySchema = Type.Object({
  id: Type.Integer(),
  name: Bilingual,
  owners: Type.Integer(),
  politicallyExposedOwner: Type.Boolean(),
  ownedByState: Type.Boolean(),
  updatedAt: Type.String({ format: 'date-time' }),
  url: Type.String(),
  bods: Type.String(),
});
const Share = Type.Union([Type.Number(), Type.Null()]);
const InterestSchema = Type.Object({
  type: Type.String(),
  direct: Type.String(),
  beneficial: Type.Boolean(),
  shareExact: Share,
  shareMin: Share,
  shareMax: Share,
  startsOn: Type.Union([Type.String(), Type.Null()]),
  endsOn: Type.Union([Type.String(), Type.Null()]),
});
/** The public facts of a network: entities, persons (name, nationality, residence, PEP — nothing else) and relationships. */
const NetworkSchema = Type.Object({
  entity: Type.Object({ id: Type.Integer(), name: Type.String() }),
  parties: Type.Array(
    Type.Object({
      recordId: Type.String(),
      kind: Type.String(),
      name: Type.String(),
      nationality: Type.Optional(Type.Union([Type.String(), Type.Null()])),
      residence: Type.Optional(Type.Union([Type.String(), Type.Null()])),
      pepStatus: Type.Optional(Type.String()),
      official: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    }),
  ),
  relationships: Type.Array(
    Type.Object({
      recordId: Type.String(),
      subject: Type.String(),
      interestedParty: Type.String(),
      interests: Type.Array(InterestSchema),
      sourceType: Type.String(),
      statementDate: Type.String(),
    }),
  ),
  bods: Type.String(),
});
const ImportApiBody = Type.Object({
  organization: Type.String({ maxLength: 100, description: 'Slug of the register keeper' }),
  statements: Type.Array(Type.Unknown(), { description: 'BODS 0.4 statements' }),
});

export function ownersApi(app: App, ctx: ModuleContext): void {
  const { publicUrl } = ctx.config;

  app.get(
    '/extractives/owners',
    {
      config: { access: 'public' },
      schema: {
        tags: ['extractives'],
        summary: 'Legal entities with declared beneficial owners',
        querystring: listQuerySchema(ownersList, { paging: 'offset' }),
        response: { 200: offsetPageSchema(OwnedEntitySchema), ...problemResponses },
      },
    },
    async (request) => {
      const { filters, sort, page, pageSize } = readApiQuery(ownersList, request.query);
      const result = await listOwnedEntities(ctx.db, filters, { sort, page, pageSize, locale: 'en' });
      return {
        ...result,
        items: result.items.map((r) => ({
          id: r.id,
          name: { mn: r.nameMn, en: r.nameEn },
          owners: r.owners,
          politicallyExposedOwner: r.pep,
          ownedByState: r.state,
          updatedAt: new Date(r.updatedAt).toISOString(),
          url: `${publicUrl}/extractives/owners/${r.id}`,
          bods: `${publicUrl}/extractives/owners/${r.id}/bods.json`,
        })),
        links: offsetLinks(publicUrl, request.url, result),
      };
    },
  );

  app.get(
    '/extractives/owners/:entityId',
    {
      config: { access: 'public' },
      schema: {
        tags: ['extractives'],
        summary: 'The ownership network of one legal entity (public facts only)',
        params: EntityParams,
        response: { 200: NetworkSchema, ...problemResponses },
      },
    },
    async (request) => {
      const id = Number(request.params.entityId);
      const [entity] = await readEntities(ctx.db, [id]);
      if (!entity) throw notFound(`no legal entity ${id}`);
      const n = await readNetwork(ctx.db, id);
      return {
        entity: { id, name: entityName(entity, 'en') },
        parties: [
          ...[...n.entities.values()].map((e) => ({
            recordId: `entity-${e.id}`,
            kind: 'entity',
            name: entityName(e, 'en'),
          })),
          ...[...n.persons.values()].map((p) => ({
            recordId: `person-${p.id}`,
            kind: 'person',
            name: p.nameEn ?? p.nameMn,
            nationality: p.nationality,
            residence: p.residence,
            pepStatus: p.pepStatus,
            official: p.official,
          })),
          ...[...new Set(n.ownerships.flatMap((o) => (o.party.kind === 'state' ? [o.party.code] : [])))].map(
            (code) => ({
              recordId: `state-${code}`,
              kind: 'state',
              name: code,
            }),
          ),
        ],
        relationships: n.ownerships.map((o) => ({
          recordId: `relationship-${o.id}`,
          subject: `entity-${o.subjectId}`,
          interestedParty: partyRecordId(o.party),
          interests: o.interests,
          sourceType: o.sourceType,
          statementDate: o.statementDate,
        })),
        bods: `${publicUrl}/extractives/owners/${id}/bods.json`,
      };
    },
  );

  app.get(
    '/extractives/owners/:entityId/statements',
    {
      config: { access: 'public' },
      schema: {
        tags: ['extractives'],
        summary: 'The ownership network of one legal entity as BODS 0.4 statements',
        params: EntityParams,
        response: { 200: Type.Array(Type.Record(Type.String(), Type.Unknown())), ...problemResponses },
      },
    },
    async (request) => {
      const id = Number(request.params.entityId);
      if ((await readEntities(ctx.db, [id])).length === 0) throw notFound(`no legal entity ${id}`);
      return entityStatements(ctx.db, id, { publicUrl, date: new Date().toISOString().slice(0, 10) });
    },
  );

  apiCommandRoute(app, {
    path: '/extractives/owners',
    access: { action: OWNERS_WRITE },
    body: DeclareOwnerBody,
    command: (input, request) => declareOwner(ctx.db, ctx.country, request.actor, input, request.meta),
    location: (r) => `${publicUrl}/api/v1/extractives/owners/${r.subjectId}`,
    response: {
      schema: Type.Object({ ownershipId: Type.Integer(), subjectId: Type.Integer() }),
      body: (r) => r,
    },
    tags: ['extractives'],
    summary: 'Declare an owner of a legal entity',
    description:
      'For the licence issuers’ administrators and publishers (`extractives.owners.write`). Audited.',
  });

  apiCommandRoute(app, {
    path: '/extractives/owners/import',
    access: { action: OWNERS_WRITE },
    body: ImportApiBody,
    command: (input, request) =>
      importBods(
        ctx.db,
        ctx.country,
        request.actor,
        input.organization,
        JSON.stringify(input.statements),
        request.meta,
      ),
    location: () => `${publicUrl}/api/v1/extractives/owners`,
    response: {
      schema: Type.Object({
        entities: Type.Integer(),
        persons: Type.Integer(),
        relationships: Type.Integer(),
        unspecified: Type.Integer(),
      }),
      body: (r) => r,
    },
    tags: ['extractives'],
    summary: 'Import BODS 0.4 statements (all or nothing)',
    description:
      'Each statement is checked against BODS 0.4; a failing one is named by its number and field. Audited.',
  });
}
