import { Type } from 'typebox';
import { Nullable } from '../../platform/http/schemas.ts';
import { flagCodes } from './flags.ts';
import { methods, sortKeys, stages } from './service.ts';

const date = (description: string) =>
  Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description }));

export const ListQuerySchema = Type.Object(
  {
    buyer: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{1,100}$', description: 'Slug of the buyer' })),
    supplier: Type.Optional(Type.Integer({ minimum: 1, description: 'Id of the supplier' })),
    method: Type.Optional(
      Type.Enum([...methods], { description: 'Procurement method (OCDS method codelist)' }),
    ),
    status: Type.Optional(
      Type.String({ pattern: '^[a-zA-Z]{1,40}$', description: 'Tender, award or contract status' }),
    ),
    stage: Type.Optional(Type.Enum([...stages])),
    aimag: Type.Optional(
      Type.String({ pattern: '^[0-9A-Za-z-]{1,12}$', description: 'Aimag or capital code of the buyer' }),
    ),
    flag: Type.Optional(
      Type.Enum([...flagCodes], { description: 'Only processes that raise this red flag' }),
    ),
    valueMin: Type.Optional(Type.Number({ minimum: 0 })),
    valueMax: Type.Optional(Type.Number({ minimum: 0 })),
    from: date('Date from (signed, else awarded, else tender start), inclusive'),
    to: date('Date to, inclusive'),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Text in the title, or an OCID' })),
    sort: Type.Optional(Type.Enum([...sortKeys], { default: '-date' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    after: Type.Optional(Type.String({ maxLength: 200, description: 'Cursor from links.next' })),
  },
  { additionalProperties: false },
);

const Money = Nullable(Type.Number());
const DateTime = Nullable(Type.String({ format: 'date-time' }));

export const ProcessSummarySchema = Type.Object({
  ocid: Type.String(),
  title: Type.String(),
  buyer: Type.Object({ slug: Nullable(Type.String()), name: Type.String() }),
  supplier: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
  aimag: Nullable(Type.String()),
  method: Nullable(Type.String()),
  category: Nullable(Type.String()),
  stage: Type.String(),
  status: Nullable(Type.String()),
  currency: Nullable(Type.String()),
  tenderValue: Money,
  contractValue: Money,
  date: Type.String({ format: 'date-time' }),
  dateSigned: DateTime,
  bids: Nullable(Type.Integer()),
  flags: Type.Array(Type.String()),
  url: Type.String(),
});

export const ProcessListSchema = Type.Object({
  items: Type.Array(ProcessSummarySchema),
  links: Type.Object({ self: Type.String(), next: Type.Optional(Type.String()) }),
});

/** An OCDS package: validated against the official schema in the tests, passed through as is. */
export const OcdsPackageSchema = Type.Object(
  {},
  { additionalProperties: true, description: 'An OCDS 1.1 package' },
);

export const PackageQuerySchema = Type.Object(
  {
    after: Type.Optional(Type.Integer({ minimum: 0, description: 'Cursor from links.next' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
    ocid: Type.Optional(Type.String({ pattern: '^ocds-[A-Za-z0-9-]{1,200}$' })),
    year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100 })),
  },
  { additionalProperties: false },
);
