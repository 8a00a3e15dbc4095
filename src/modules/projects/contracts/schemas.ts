import { type Static, Type } from 'typebox';

const Bilingual = Type.Object({
  mn: Type.Union([Type.String(), Type.Null()]),
  en: Type.Union([Type.String(), Type.Null()]),
});

/** What the form and the API send to link a project to a procurement process. */
export const LinkContractBody = Type.Object({
  ocid: Type.String({
    maxLength: 200,
    description: 'The Open Contracting ID of a process the procurement module publishes',
  }),
  loan: Type.Optional(
    Type.String({
      maxLength: 100,
      description: 'Slug of the project’s loan that finances it (empty for none)',
    }),
  ),
  generalConditionsMn: Type.Optional(
    Type.String({ maxLength: 20000, description: 'The general conditions of contract, in Mongolian' }),
  ),
  generalConditionsEn: Type.Optional(
    Type.String({ maxLength: 20000, description: 'The general conditions of contract, in English' }),
  ),
});
export type LinkContractInput = Static<typeof LinkContractBody>;

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** A link as the API gives it, with what the procurement module publishes of the process. */
export const ContractLinkSchema = Type.Object({
  id: Type.Integer(),
  project: Type.String(),
  ocid: Type.String(),
  loan: Nullable(Type.String()),
  generalConditions: Bilingual,
  process: Nullable(
    Type.Object({
      title: Nullable(Type.String()),
      buyer: Nullable(Type.String()),
      supplier: Nullable(Type.String()),
      value: Nullable(Type.String()),
      currency: Nullable(Type.String()),
      status: Nullable(Type.String()),
      url: Nullable(Type.String()),
    }),
  ),
});

export const ContractLinkListSchema = Type.Object({ items: Type.Array(ContractLinkSchema) });
