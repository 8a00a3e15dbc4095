import { Type } from 'typebox';
import { Nullable } from '../../platform/http/schemas.ts';
import { maxPageSizeOf } from '../../platform/lists/paging.ts';
import { type ListFilterValues, listQuerySchema, readApiQuery } from '../../platform/lists/query.ts';
import { packagesList, processesList } from './lists.ts';

/**
 * The list API's query: the list's filters, `sort`, `after` and `limit` (lists.ts), with the
 * parameters its contract has always given a type other than text kept as they were: `supplier`
 * an integer, `valueMin` and `valueMax` numbers, and `after` at most 200 characters.
 */
const generated = listQuerySchema(processesList, { paging: 'keyset' });
export const ListQuerySchema = Type.Object(
  {
    ...generated.properties,
    supplier: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: 'Id of the supplier (its legal entity; the entities merged into it are included)',
      }),
    ),
    valueMin: Type.Optional(Type.Number({ minimum: 0 })),
    valueMax: Type.Optional(Type.Number({ minimum: 0 })),
    after: Type.Optional(Type.String({ maxLength: 200, description: 'Cursor from links.next' })),
  },
  { additionalProperties: false },
);

/** The filters of a list API query already checked by `ListQuerySchema`, as the list's text values. */
export function apiFilters(query: Readonly<Record<string, unknown>>): ListFilterValues {
  const filters: Record<string, string> = { ...readApiQuery(processesList, query).filters };
  for (const name of ['supplier', 'valueMin', 'valueMax'])
    if (typeof query[name] === 'number') filters[name] = String(query[name]);
  return filters;
}

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

/** The packages' query: keyset by release or process number, `limit` as `packagesList` declares it. */
export const PackageQuerySchema = Type.Object(
  {
    after: Type.Optional(Type.Integer({ minimum: 0, description: 'Cursor from links.next' })),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: maxPageSizeOf(packagesList), default: packagesList.pageSize }),
    ),
    ocid: Type.Optional(Type.String({ pattern: packagesList.filters[0].pattern.source })),
    year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100 })),
  },
  { additionalProperties: false },
);
