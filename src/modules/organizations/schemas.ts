import { Type } from 'typebox';
import { Bilingual, Nullable } from '../../platform/http/schemas.ts';
import { listQuerySchema } from '../../platform/lists/query.ts';
import { offsetPageSchema } from '../../platform/lists/schemas.ts';
import { organizationKinds } from './kinds.ts';
import { organizationsList } from './list.ts';

export const OrganizationKindSchema = Type.Enum([...organizationKinds]);

/** The list's API query: its filters, `sort`, `page` and `pageSize` from `organizationsList`. */
export const ListQuerySchema = listQuerySchema(organizationsList, {
  paging: 'offset',
  extra: {
    lang: Type.Optional(
      Type.Union([Type.Literal('mn'), Type.Literal('en')], { description: 'Language of sorting' }),
    ),
  },
});

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

export const OrganizationListSchema = offsetPageSchema(OrganizationSchema);

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
