import { Type } from 'typebox';
import { Bilingual, Nullable } from '../http/schemas.ts';
import { CANDIDATE_LIMIT, MAX_PAGE_SIZE } from './query.ts';
import { MAX_QUERY_CHARS } from './terms.ts';

export const FILTER_PATTERNS = {
  module: '^[a-z][a-z0-9-]{0,63}$',
  organization: '^[a-z0-9-]{1,100}$',
  aimag: '^[0-9A-Za-z-]{1,12}$',
} as const;

export const SearchQuerySchema = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 2000,
        description: `Words to find, in Cyrillic or Latin letters, in either language; spelling variants and small typos are forgiven. Any text is accepted: the first ${MAX_QUERY_CHARS} characters are read.`,
      }),
    ),
    module: Type.Optional(
      Type.String({ pattern: FILTER_PATTERNS.module, description: 'Only this module’s records' }),
    ),
    organization: Type.Optional(
      Type.String({
        pattern: FILTER_PATTERNS.organization,
        description: 'Only records of this organisation (slug)',
      }),
    ),
    aimag: Type.Optional(
      Type.String({
        pattern: FILTER_PATTERNS.aimag,
        description: 'Only records of this aimag or the capital (code)',
      }),
    ),
    year: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 9999, description: 'Only records of this year' }),
    ),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: CANDIDATE_LIMIT, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })),
    lang: Type.Optional(
      Type.Union([Type.Literal('mn'), Type.Literal('en')], {
        description: 'Language of snippets and labels',
      }),
    ),
  },
  { additionalProperties: false },
);

const FacetSchema = Type.Array(
  Type.Object({
    value: Type.String({ description: 'The filter value: module name, organisation slug, aimag code, year' }),
    label: Type.String(),
    count: Type.Integer(),
  }),
);

export const SearchItemSchema = Type.Object({
  module: Type.String(),
  kind: Type.String(),
  kindLabel: Type.String(),
  key: Type.String({ description: 'The record’s id within its module and kind' }),
  title: Bilingual,
  snippet: Type.String({
    description:
      'Part of the record’s text around the first match, as HTML: all text escaped, matches in <mark> (the only element)',
  }),
  url: Type.String({ description: 'The record’s page on the portal' }),
  organization: Nullable(Type.Object({ slug: Type.String(), name: Bilingual })),
  aimag: Nullable(Type.Object({ code: Type.String(), name: Bilingual })),
  year: Nullable(Type.Integer()),
  score: Type.Number({ description: 'Relevance; higher first' }),
});

export const SearchResponseSchema = Type.Object({
  q: Type.String({ description: 'The query as read' }),
  total: Type.Integer({ description: 'Matches you may see (counted up to the first 1,000 found)' }),
  capped: Type.Boolean({ description: 'More than 1,000 matched: narrow the search with filters' }),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  items: Type.Array(SearchItemSchema),
  facets: Type.Object({
    module: FacetSchema,
    organization: FacetSchema,
    aimag: FacetSchema,
    year: FacetSchema,
  }),
  links: Type.Object({
    self: Type.String(),
    next: Type.Optional(Type.String()),
    prev: Type.Optional(Type.String()),
  }),
});
