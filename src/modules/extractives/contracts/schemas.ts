import { Type } from 'typebox';
import { offsetPageSchema } from '../../../platform/lists/schemas.ts';
import { SlugSchema } from '../../../platform/patterns.ts';

const Bilingual = Type.Object({ mn: Type.String(), en: Type.String() });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const Link = Type.Object({
  slug: Type.String(),
  title: Bilingual,
  date: Nullable(Type.String()),
  url: Type.String(),
});

/** A contract in a list: its metadata, and where the search matched it when `q` was given. */
export const ContractSummarySchema = Type.Object({
  slug: Type.String(),
  type: Type.Object({ code: Type.String(), name: Bilingual }),
  title: Bilingual,
  signedOn: Nullable(Type.String({ format: 'date' })),
  termYears: Nullable(Type.Integer()),
  extensionYears: Nullable(Type.Integer()),
  resources: Type.Array(Type.String()),
  parties: Bilingual,
  publisher: Type.Object({ slug: Type.String(), name: Bilingual }),
  url: Type.String(),
  match: Type.Optional(
    Type.Object({
      source: Type.Union([Type.Literal('text'), Type.Literal('annotation'), Type.Literal('metadata')]),
      page: Nullable(Type.Integer()),
      snippet: Type.String({ description: 'The matched text around the first word found, as plain text' }),
    }),
  ),
});

export const ContractListSchema = offsetPageSchema(ContractSummarySchema);

export const AnnotationSchema = Type.Object({
  id: Type.Integer(),
  contract: Type.String(),
  page: Nullable(Type.Integer()),
  article: Nullable(Type.String()),
  category: Type.Object({ code: Type.String(), cluster: Type.String(), name: Bilingual }),
  summary: Bilingual,
  author: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

/** One contract with everything about it. */
export const ContractSchema = Type.Object({
  ...ContractSummarySchema.properties,
  partyList: Type.Array(
    Type.Object({
      position: Type.Integer(),
      name: Bilingual,
      legalEntity: Nullable(Type.Integer()),
      organization: Nullable(Type.String()),
      url: Type.String(),
    }),
  ),
  licences: Type.Array(Link),
  amends: Type.Array(Link),
  amendedBy: Type.Array(Link),
  documents: Type.Array(
    Type.Object({
      title: Bilingual,
      sha256: Type.String(),
      pageCount: Type.Integer(),
      pagesWithoutText: Type.Array(Type.Integer(), {
        description: 'Pages that are scans without a text layer',
      }),
      file: Type.String(),
    }),
  ),
  annotations: Type.Array(AnnotationSchema),
});

/** What the form and the API send to add a contract. */
export const CreateContractBody = Type.Object({
  slug: Type.String({
    maxLength: 100,
    description: 'Its identifier in addresses, e.g. `oyu-tolgoi-investment-agreement`',
  }),
  contractType: Type.String({ maxLength: 60, description: 'Kind of contract: a code of the country pack' }),
  titleMn: Type.String({ maxLength: 1000 }),
  titleEn: Type.String({ maxLength: 1000 }),
  signedOn: Type.Optional(Type.String({ maxLength: 20, description: '`YYYY-MM-DD`' })),
  termYears: Type.Optional(Type.Union([Type.Integer(), Type.String({ maxLength: 5 })])),
  extensionYears: Type.Optional(Type.Union([Type.Integer(), Type.String({ maxLength: 5 })])),
  resources: Type.Optional(Type.Array(Type.String({ maxLength: 20 }), { maxItems: 4 })),
  parties: Type.Array(Type.String({ maxLength: 120 }), {
    maxItems: 60,
    description:
      'In order: `organization:<slug>` for the state side, `entity:<id>` for a legal entity of the register',
  }),
  licences: Type.Optional(
    Type.Array(Type.String({ maxLength: 100 }), { maxItems: 200, description: 'Slugs of licences covered' }),
  ),
  amends: Type.Optional(Type.String({ maxLength: 100, description: 'Slug of the contract it amends' })),
  amendedOn: Type.Optional(Type.String({ maxLength: 20 })),
});

export const AnnotationBody = Type.Object({
  category: Type.String({ maxLength: 60, description: 'A category code of the taxonomy (e.g. `royalties`)' }),
  page: Type.Optional(Type.Union([Type.Integer(), Type.String({ maxLength: 10 })])),
  article: Type.Optional(Type.String({ maxLength: 200 })),
  summaryMn: Type.String({ maxLength: 8000 }),
  summaryEn: Type.String({ maxLength: 8000 }),
});

export const SlugParams = Type.Object({ slug: SlugSchema() });
export const PageParams = Type.Object({
  slug: SlugSchema(),
  n: Type.Integer({ minimum: 1, maximum: 10000 }),
});
