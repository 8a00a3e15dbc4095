import { Type } from 'typebox';
import { notFound } from '../../../platform/http/errors.ts';
import { documentedRoute } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';
import { listQuerySchema, readApiQuery } from '../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { withQuery } from '../../../platform/views/context.ts';
import { transactionsList } from './list.ts';
import { findTransaction, searchTransactions, type TransactionItem } from './search.ts';
import { splitGroups, splittingRule } from './splitting.ts';

const Money = (description: string) => Type.String({ pattern: '^-?\\d+(\\.\\d+)?$', description });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(s: T) => Type.Union([s, Type.Null()]);

/** A transaction as the API gives it: a person who was paid is `individual`, never named. */
const TransactionSchema = Type.Object({
  ref: Type.String(),
  url: Type.String({ description: 'The transaction’s page' }),
  fiscalYear: Type.Integer(),
  paidOn: Type.String({ format: 'date' }),
  publishedOn: Nullable(Type.String({ format: 'date' })),
  kind: Type.Union([Type.Literal('payment'), Type.Literal('refund')]),
  payer: Type.Object({ slug: Type.String(), name: Type.Object({ mn: Type.String(), en: Type.String() }) }),
  payee: Type.Union([
    Type.Object({
      kind: Type.Literal('entity'),
      id: Nullable(Type.Integer({ description: 'Legal entity id (`/api/v1/legal-entities/{id}`)' })),
      name: Nullable(Type.Object({ mn: Type.String(), en: Type.String() })),
    }),
    Type.Object({ kind: Type.Literal('individual') }),
  ]),
  amount: Money('Amount in its currency, exact'),
  currency: Type.String({ description: 'ISO 4217' }),
  rate: Money('Tögrög per unit of the currency on the day paid'),
  amountMnt: Money('Tögrög equivalent, exact'),
  purpose: Type.String(),
  functionalCode: Nullable(Type.String()),
  economicCode: Type.String(),
  fundingCode: Type.String(),
  aimagCode: Nullable(Type.String()),
  ocid: Nullable(Type.String()),
});

const SplitSchema = Type.Object({
  payer: Type.String(),
  payee: Type.Integer(),
  first: Type.String({ format: 'date' }),
  last: Type.String({ format: 'date' }),
  days: Type.Integer(),
  total: Money('Sum of the group’s payments in tögrög'),
  payments: Type.Array(Type.Object({ ref: Type.String(), paidOn: Type.String(), amountMnt: Type.String() })),
});

const ListSchema = Type.Object({
  items: Type.Array(TransactionSchema),
  links: Type.Object({ self: Type.String(), next: Type.Optional(Type.String()) }),
});

const OneSchema = Type.Intersect([
  TransactionSchema,
  Type.Object({
    programmeCode: Nullable(Type.String()),
    fundCode: Nullable(Type.String()),
    budgetLineRef: Nullable(Type.String()),
    adminUnitCode: Nullable(Type.String()),
    projectRef: Nullable(Type.String()),
    splitting: Nullable(SplitSchema),
  }),
]);

export function presentTransaction(x: TransactionItem, publicUrl: string) {
  return {
    ref: x.ref,
    url: `${publicUrl}/fiscal/transactions/${encodeURIComponent(x.ref)}`,
    fiscalYear: x.fiscalYear,
    paidOn: x.paidOn,
    publishedOn: x.publishedOn,
    kind: x.kind,
    payer: { slug: x.payerSlug, name: { mn: x.payerNameMn, en: x.payerNameEn } },
    payee:
      x.payeeKind === 'individual'
        ? { kind: 'individual' as const }
        : {
            kind: 'entity' as const,
            id: x.payeeEntityId,
            name: x.payeeNameMn === null ? null : { mn: x.payeeNameMn, en: x.payeeNameEn ?? x.payeeNameMn },
          },
    amount: x.amount,
    currency: x.currency,
    rate: x.rate,
    amountMnt: x.amountMnt,
    purpose: x.purpose,
    functionalCode: x.functionalCode,
    economicCode: x.economicCode,
    fundingCode: x.fundingCode,
    aimagCode: x.aimagCode,
    ocid: x.ocid,
  };
}

export function transactionsApi(app: App, ctx: ModuleContext): void {
  const { publicUrl } = ctx.config;
  app.get(
    '/fiscal/transactions',
    {
      config: { access: 'public' },
      schema: documentedRoute('fiscal', 'Search the glass account’s transactions', ListSchema, {
        description:
          'Filter by fiscal year, payer, payee (a legal entity with the entities merged into it, or `individual`), amount range in tögrög, dates paid, functional, economic and funding codes, aimag, text in the purpose, a procurement contract (`ocid=1`) and the glass-account threshold; newest first by default (`sort=amount`, `-amount`, `date`). Keyset pagination: follow `links.next`.',
        querystring: listQuerySchema(transactionsList, { paging: 'keyset' }),
      }),
    },
    async (request) => {
      const { filters, sort, limit, after } = readApiQuery(transactionsList, request.query);
      const result = await searchTransactions(ctx.db, { filters, sort, limit, ...(after ? { after } : {}) });
      return {
        items: result.items.map((x) => presentTransaction(x, publicUrl)),
        links: {
          self: `${publicUrl}${request.url}`,
          ...(result.next ? { next: `${publicUrl}${withQuery(request.url, { after: result.next })}` } : {}),
        },
      };
    },
  );

  app.get(
    '/fiscal/transactions/:ref',
    {
      config: { access: 'public' },
      schema: documentedRoute('fiscal', 'One transaction, with the split group it belongs to', OneSchema, {
        params: Type.Object({ ref: Type.String({ maxLength: 200 }) }),
      }),
    },
    async (request) => {
      const x = await findTransaction(ctx.db, request.params.ref);
      if (!x) throw notFound(`no transaction "${request.params.ref}"`);
      const groups =
        x.kind === 'payment' && x.payeeKind === 'entity'
          ? await splitGroups(ctx.db, splittingRule(ctx.country.fiscal), { ref: x.ref })
          : [];
      const group = groups.find((g) => g.payments.some((p) => p.ref === x.ref));
      return {
        ...presentTransaction(x, publicUrl),
        programmeCode: x.programmeCode,
        fundCode: x.fundCode,
        budgetLineRef: x.budgetLineRef,
        adminUnitCode: x.adminUnitCode,
        projectRef: x.projectRef,
        splitting: group
          ? {
              payer: group.payerSlug,
              payee: group.payeeId,
              first: group.first,
              last: group.last,
              days: group.days,
              total: group.total,
              payments: group.payments,
            }
          : null,
      };
    },
  );
}
