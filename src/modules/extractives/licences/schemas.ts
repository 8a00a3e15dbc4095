import { Type } from 'typebox';
import { offsetPageSchema } from '../../../platform/lists/schemas.ts';
import { SlugSchema } from '../../../platform/patterns.ts';

const Bilingual = Type.Object({ mn: Type.String(), en: Type.String() });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** A licence as the API gives it: both languages side by side, holders linked, links absolute. */
export const LicenceSchema = Type.Object({
  slug: Type.String(),
  type: Type.Object({ code: Type.String(), name: Bilingual }),
  resource: Type.String(),
  number: Type.String(),
  name: Bilingual,
  status: Type.String(),
  appliedOn: Nullable(Type.String()),
  grantedOn: Nullable(Type.String()),
  expiresOn: Nullable(Type.String()),
  commodities: Type.Array(Type.String()),
  areaHa: Nullable(Type.Number()),
  adminUnit: Nullable(Type.Object({ code: Type.String(), name: Bilingual })),
  issuer: Type.Object({ slug: Type.String(), name: Bilingual }),
  holders: Type.Array(
    Type.Object({
      id: Type.Integer(),
      name: Type.Object({ mn: Nullable(Type.String()), en: Nullable(Type.String()) }),
      scheme: Type.String(),
      identifier: Type.String(),
      share: Type.Number(),
      url: Type.String(),
    }),
  ),
  events: Type.Array(
    Type.Object({
      status: Type.String(),
      occurredOn: Type.String(),
      decisionNumber: Nullable(Type.String()),
      decisionBody: Nullable(Type.String()),
    }),
  ),
  fees: Type.Array(Type.Object({ year: Type.Integer(), due: Type.String(), paid: Type.String() })),
  geometry: Nullable(Type.Object({ type: Type.String(), coordinates: Type.Array(Type.Unknown()) })),
  updatedAt: Type.String({ format: 'date-time' }),
  url: Type.String(),
});

export const LicenceListSchema = offsetPageSchema(LicenceSchema);

const text = (maxLength: number, description: string) =>
  Type.Optional(Type.String({ maxLength, description }));

/** The fields of the form (all text), shared with the API's body. */
const fields = {
  type: Type.String({
    maxLength: 60,
    description: 'Code of the kind of licence (the country pack’s), e.g. `mining`',
  }),
  number: Type.String({ maxLength: 100, description: 'The number as issued, e.g. `MV-016869`' }),
  nameMn: Type.String({ maxLength: 1000, description: 'Name of the area in Mongolian' }),
  nameEn: Type.String({ maxLength: 1000, description: 'Name of the area in English' }),
  status: Type.String({
    maxLength: 30,
    description: 'applied, granted, transferred, suspended, revoked, expired or relinquished',
  }),
  appliedOn: text(10, 'YYYY-MM-DD'),
  grantedOn: text(10, 'YYYY-MM-DD; not before `appliedOn`'),
  expiresOn: text(10, 'YYYY-MM-DD; within the kind’s term and extensions from the grant'),
  commodities: text(2000, 'Commodities separated by commas, e.g. `copper, gold`'),
  holders: Type.String({
    maxLength: 5000,
    description:
      'One holder a line: its register number (or `#id` of the register), then its share in per cent; shares add up to 100',
  }),
  adminUnit: text(
    20,
    'Code of the admin unit; found from the area when left out and boundaries are imported',
  ),
  decisionNumber: text(200, 'Number of the decision behind the status (required when the status changes)'),
  decisionBody: text(600, 'Body that took the decision'),
  decisionDate: text(10, 'Date of the decision, YYYY-MM-DD'),
  note: text(4000, 'A note on the decision'),
  fees: text(5000, 'Fees one year a line: year, amount due, amount paid (e.g. `2024 1500000 1500000`)'),
};

/** What the form sends: the area as GeoJSON text. */
export const LicenceFormBody = Type.Object({
  ...fields,
  area: text(2_000_000, 'The area as GeoJSON (Polygon, MultiPolygon or a Feature of one), WGS 84'),
});

/** What the API takes: the area as GeoJSON, as an object or as its text. */
export const LicenceApiBody = Type.Object({
  ...fields,
  area: Type.Optional(
    Type.Union([Type.String({ maxLength: 2_000_000 }), Type.Object({}, { additionalProperties: true })], {
      description: 'The area as GeoJSON (Polygon, MultiPolygon or a Feature of one), WGS 84',
    }),
  ),
});

export const SlugParams = Type.Object({ slug: SlugSchema() });
