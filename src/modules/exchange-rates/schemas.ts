import { Type } from 'typebox';
import { offsetPageSchema } from '../../platform/lists/schemas.ts';
import { IsoDateSchema } from '../../platform/patterns.ts';

const Decimal = (description: string) => Type.String({ pattern: '^\\d+(\\.\\d+)?$', description });

const Source = Type.Object({
  name: Type.Object({ mn: Type.String(), en: Type.String() }),
  url: Type.Union([Type.String(), Type.Null()]),
});

/** One official rate as the API gives it. */
export const RateSchema = Type.Object({
  currency: Type.String({ description: 'ISO 4217 code' }),
  date: Type.String({ format: 'date', description: 'The day the rate was set' }),
  rate: Decimal('National currency for `units` of the currency, exact'),
  units: Type.Integer({ minimum: 1 }),
  source: Type.Intersect([Source, Type.Object({ file: Type.String() })]),
});

export const RateListSchema = offsetPageSchema(RateSchema);

/** The rate that applied on a day: the latest set on or before it. */
export const RateOnDateSchema = Type.Object({
  currency: Type.String(),
  date: Type.String({ format: 'date', description: 'The day asked about' }),
  setOn: Type.String({ format: 'date', description: 'The day the applying rate was set' }),
  rate: Decimal('National currency for `units` of the currency, exact'),
  units: Type.Integer({ minimum: 1 }),
  perUnit: Decimal('National currency for one unit, to 10 decimal places'),
  source: Source,
});

export const RateOnParams = Type.Object({
  currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code, e.g. `USD`' }),
  date: IsoDateSchema(),
});

/** A currency's page: any short text, so that an address that is no code is a 404 page, not a 422. */
export const CurrencyParams = Type.Object({ currency: Type.String({ maxLength: 20 }) });
