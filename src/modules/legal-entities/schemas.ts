import { Type } from 'typebox';
import { offsetPageSchema } from '../../platform/lists/schemas.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Bilingual = Type.Object({ mn: Nullable(Type.String()), en: Nullable(Type.String()) });

/** An entity's id in a path: a positive whole number, as the register numbers its entities. */
export const IdParams = Type.Object({
  id: Type.String({
    pattern: '^[1-9][0-9]{0,17}$',
    maxLength: 18,
    description: 'The entity’s id in the register',
  }),
});

/** The identifier as OCDS and BODS write one: the register's scheme, the number in it, the legal name. */
export const IdentifierSchema = Type.Object({
  scheme: Nullable(
    Type.String({
      description: 'org-id.guide scheme (`MN-SRN`, `XI-IATI`); null for a party known by name only',
    }),
  ),
  id: Nullable(Type.String({ description: 'The identifier in that scheme; null with the scheme' })),
  legalName: Nullable(Type.String({ description: 'The name as registered' })),
  uri: Type.String({ description: 'The entity’s page in this register' }),
});

/** A legal entity's public facts. */
const entityFields = {
  id: Type.Integer(),
  identifier: IdentifierSchema,
  identified: Type.Boolean({ description: 'false: the party came with a name only' }),
  name: Bilingual,
  commonName: Type.Object(
    { mn: Nullable(Type.String()), en: Nullable(Type.String()) },
    {
      description: 'The name as commonly written (a brand, a short form)',
    },
  ),
  kind: Type.String(),
  status: Type.String(),
  address: Type.Object({
    adminUnit: Nullable(Type.String({ description: 'Code of the aimag, district or soum' })),
    aimag: Nullable(Type.String({ description: 'Code of the aimag or the capital' })),
  }),
  registeredOn: Nullable(Type.String({ format: 'date' })),
  organization: Nullable(
    Type.Object(
      { slug: Type.String(), url: Type.String() },
      { description: 'The public body this entity is' },
    ),
  ),
  url: Type.String(),
};

export const EntitySchema = Type.Object(entityFields);

const SourceSchema = Type.Object({
  field: Type.String(),
  source: Type.String({
    description: '`import:legal-entities`, a module (`procurement`), a person (`user:12`)',
  }),
  reference: Nullable(Type.String({ description: 'The document: a file, an OCID, a URL' })),
  recordedAt: Type.String({ format: 'date-time' }),
});

/** An entity with where its facts came from, its other names and every module's section. */
export const EntityDetailSchema = Type.Object({
  ...entityFields,
  sources: Type.Array(SourceSchema),
  otherNames: Type.Array(Type.String()),
  sections: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      count: Type.Integer(),
      href: Nullable(Type.String()),
      data: Type.Array(Type.Record(Type.String(), Type.Unknown())),
    }),
  ),
});

export const EntityListSchema = offsetPageSchema(EntitySchema);

const text = (description: string, maxLength = 300) => Type.String({ maxLength, description });
const optional = (description: string, maxLength = 300) => Type.Optional(text(description, maxLength));

/** What the form and the API send to record or correct an entity. */
export const SaveEntityBody = Type.Object({
  scheme: text('Identifier scheme, e.g. `MN-SRN` (the state register), `GB-COH`, `XI-IATI`', 60),
  identifier: text(
    'The identifier in that scheme; the state register number is checked by the country’s rule',
    200,
  ),
  nameMn: text('The name as registered, in Mongolian (this or `nameEn`)'),
  nameEn: text('The name as registered, in English'),
  commonNameMn: optional('The name as commonly written, in Mongolian'),
  commonNameEn: optional('The name as commonly written, in English'),
  kind: text('Kind: company, state-owned-enterprise, ngo, foreign-company…', 60),
  status: text('Status: active, suspended, in-liquidation, dissolved, unknown', 60),
  adminUnit: optional('Code of the aimag, district or soum of the address', 12),
  registeredOn: optional('Day of registration, YYYY-MM-DD', 20),
  organization: optional('Slug of the public body this entity is (one entity per body)', 100),
});
