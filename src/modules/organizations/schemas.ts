import { Type } from 'typebox';
import { Bilingual, Nullable } from '../../platform/http/schemas.ts';
import { organizationKinds, sortKeys } from './service.ts';

export const OrganizationKindSchema = Type.Enum([...organizationKinds]);

export const ListQuerySchema = Type.Object(
  {
    q: Type.Optional(
      Type.String({ maxLength: 200, description: 'Text in the name or abbreviation, in either language' }),
    ),
    kind: Type.Optional(OrganizationKindSchema),
    aimag: Type.Optional(
      Type.String({
        pattern: '^[0-9A-Za-z-]{1,12}$',
        description: 'Administrative unit code; includes units beneath it',
      }),
    ),
    parent: Type.Optional(
      Type.String({ pattern: '^[a-z0-9-]{1,100}$', description: 'Slug of the parent organisation' }),
    ),
    sort: Type.Optional(Type.Enum([...sortKeys], { default: 'name' })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    lang: Type.Optional(
      Type.Union([Type.Literal('mn'), Type.Literal('en')], { description: 'Language of sorting' }),
    ),
  },
  { additionalProperties: false },
);

export const OrganizationSchema = Type.Object(
  {
    slug: Type.String(),
    name: Bilingual,
    abbreviation: Nullable(Type.String()),
    kind: OrganizationKindSchema,
    parent: Type.Union([Type.Object({ slug: Type.String(), name: Bilingual }), Type.Null()]),
    adminUnit: Type.Union([Type.Object({ code: Type.String(), name: Bilingual }), Type.Null()]),
    website: Nullable(Type.String()),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    address: Nullable(Type.String()),
    updatedAt: Type.String({ format: 'date-time' }),
    url: Type.String({ description: 'The organisation’s page on the portal' }),
  },
  { $id: 'Organization' },
);

export const OrganizationListSchema = Type.Object({
  items: Type.Array(OrganizationSchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  links: Type.Object({
    self: Type.String(),
    next: Type.Optional(Type.String()),
    prev: Type.Optional(Type.String()),
  }),
});

const optionalText = (maxLength: number, description: string) =>
  Type.Optional(Type.Union([Type.String({ maxLength, description }), Type.Null()]));

export const OrganizationChangesSchema = Type.Object(
  {
    nameMn: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    nameEn: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    abbreviation: optionalText(30, 'Common abbreviation'),
    website: optionalText(300, 'http(s) address of the body’s website'),
    email: optionalText(320, 'Public contact address of the body (not a person’s)'),
    phone: optionalText(50, 'Public telephone number'),
    address: optionalText(500, 'Postal address'),
  },
  { additionalProperties: false, minProperties: 1 },
);
