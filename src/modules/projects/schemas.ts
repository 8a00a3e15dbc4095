import { Type } from 'typebox';
import { offsetPageSchema } from '../../platform/lists/schemas.ts';
import { SlugSchema } from '../../platform/patterns.ts';

const Bilingual = Type.Object({ mn: Type.String(), en: Type.String() });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Body = Type.Object({ slug: Type.String(), name: Bilingual });

/** A project as the API gives it: both languages side by side, links absolute. */
export const ProjectSchema = Type.Object({
  slug: Type.String(),
  title: Bilingual,
  description: Bilingual,
  sector: Type.String({ description: 'OC4IDS projectSector code' }),
  projectType: Nullable(Type.String()),
  stage: Type.String(),
  status: Type.String(),
  budget: Nullable(
    Type.Object({ amount: Type.String(), currency: Type.String(), approvedOn: Nullable(Type.String()) }),
  ),
  plannedStart: Nullable(Type.String()),
  plannedEnd: Nullable(Type.String()),
  actualStart: Nullable(Type.String()),
  actualEnd: Nullable(Type.String()),
  adminUnit: Nullable(Type.Object({ code: Type.String(), name: Bilingual })),
  organization: Body,
  supervisingOrganization: Nullable(Body),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  url: Type.String(),
});

/** One project with its places, funding and revisions. */
export const ProjectDetailSchema = Type.Object({
  ...ProjectSchema.properties,
  locations: Type.Array(
    Type.Object({
      geometry: Type.Object({ type: Type.String(), coordinates: Type.Array(Type.Unknown()) }),
      adminUnit: Nullable(Type.String()),
      description: Type.Object({ mn: Nullable(Type.String()), en: Nullable(Type.String()) }),
    }),
  ),
  funding: Type.Array(
    Type.Object({
      source: Type.String(),
      amount: Type.String(),
      currency: Type.String(),
      loan: Nullable(Type.String()),
      lender: Nullable(
        Type.Object({
          id: Type.Integer(),
          name: Type.Object({ mn: Nullable(Type.String()), en: Nullable(Type.String()) }),
        }),
      ),
      budgetLineRef: Nullable(Type.String()),
    }),
  ),
  revisions: Type.Array(
    Type.Object({
      revisedOn: Type.String(),
      budgetAmount: Nullable(Type.String()),
      budgetCurrency: Nullable(Type.String()),
      plannedStart: Nullable(Type.String()),
      plannedEnd: Nullable(Type.String()),
      reason: Type.Object({ mn: Type.String(), en: Nullable(Type.String()) }),
      decision: Nullable(Type.String()),
    }),
  ),
});

export const ProjectListSchema = offsetPageSchema(ProjectSchema);

const text = (maxLength: number, description: string) =>
  Type.Optional(Type.String({ maxLength, description }));
const date = (description: string) => text(10, `YYYY-MM-DD; ${description}`);
const amount = (description: string) =>
  Type.Optional(Type.Union([Type.String({ maxLength: 30 }), Type.Number()], { description }));

/** The fields a project has, on the form and in the API. */
const fields = {
  organization: Type.String({ maxLength: 100, description: 'Slug of the implementing body' }),
  supervisingOrganization: text(100, 'Slug of the supervising body'),
  titleMn: Type.String({ maxLength: 1000, description: 'Its title in Mongolian' }),
  titleEn: Type.String({ maxLength: 1000, description: 'Its title in English' }),
  descriptionMn: Type.String({ maxLength: 30000, description: 'What it is, in Mongolian' }),
  descriptionEn: Type.String({ maxLength: 30000, description: 'What it is, in English' }),
  sector: Type.String({ maxLength: 60, description: 'OC4IDS projectSector code, e.g. `transport.road`' }),
  projectType: text(
    30,
    'OC4IDS projectType: construction, rehabilitation, replacement, expansion or decommissioning',
  ),
  stage: Type.String({
    maxLength: 30,
    description: 'identification, preparation, implementation or completion',
  }),
  status: text(30, 'active (default), suspended, cancelled or closed'),
  actualStart: date('when the works started'),
  actualEnd: date('when they ended'),
  aimag: text(20, 'Code of the aimag or the capital (else found from the places)'),
  soum: text(20, 'Code of the soum or district, one of the aimag’s'),
};

const plan = {
  slug: Type.String({
    maxLength: 100,
    description: 'Its identifier in addresses, e.g. `airport-expressway`',
  }),
  budgetAmount: amount('The approved budget, e.g. `12500000000.00`'),
  budgetCurrency: text(3, 'ISO 4217 code of the budget, e.g. `MNT`'),
  budgetApprovedOn: date('when the budget was approved (the date of the first revision)'),
  plannedStart: date('planned start'),
  plannedEnd: date('planned end, after the start'),
  planDecision: text(300, 'The decision that approved the plan'),
};

const LOCATIONS_NOTE =
  'Its places as GeoJSON (WGS 84): a geometry, a Feature or a FeatureCollection of points, lines or areas inside the country; a feature’s properties may give `descriptionMn`, `descriptionEn` and `adminUnit`';
const FUNDING_LINES =
  'One source a line: source (budget, foreign-loan, grant, concession, ppp), amount, currency, then the loan’s slug for a loan or grant or the budget line for the budget';

/** What the form sends: places as GeoJSON text, funding one source a line. */
const formParts = {
  locations: text(2_000_000, LOCATIONS_NOTE),
  funding: text(10_000, FUNDING_LINES),
};

const FundingLine = Type.Object(
  {
    source: Type.String({ maxLength: 20 }),
    amount: Type.Union([Type.String({ maxLength: 30 }), Type.Number()]),
    currency: Type.String({ maxLength: 3 }),
    loan: Type.Optional(
      Type.String({ maxLength: 100, description: 'Slug of the loan or grant of the register' }),
    ),
    budgetLineRef: Type.Optional(
      Type.String({ maxLength: 100, description: 'The budget line, for `budget`' }),
    ),
    descriptionMn: Type.Optional(Type.String({ maxLength: 2000 })),
    descriptionEn: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

/** What the API takes: places as GeoJSON (object or text), funding as a list or as the form's lines. */
const apiParts = {
  locations: Type.Optional(
    Type.Union([Type.String({ maxLength: 2_000_000 }), Type.Object({}, { additionalProperties: true })], {
      description: LOCATIONS_NOTE,
    }),
  ),
  funding: Type.Optional(
    Type.Union([Type.Array(FundingLine, { maxItems: 100 }), Type.String({ maxLength: 10_000 })], {
      description: `The funding sources; as text: ${FUNDING_LINES}`,
    }),
  ),
};

export const CreateProjectForm = Type.Object({ ...plan, ...fields, ...formParts });
export const EditProjectForm = Type.Object({ ...fields, ...formParts });
export const CreateProjectBody = Type.Object({ ...plan, ...fields, ...apiParts });
export const EditProjectBody = Type.Object({ ...fields, ...apiParts });

/** A revision of the budget or schedule. */
export const RevisionBody = Type.Object({
  revisedOn: Type.String({ maxLength: 10, description: 'YYYY-MM-DD, no earlier than the last revision' }),
  budgetAmount: amount('The budget as revised'),
  budgetCurrency: text(3, 'Its currency'),
  plannedStart: date('the planned start as revised'),
  plannedEnd: date('the planned end as revised'),
  reasonMn: Type.String({ maxLength: 4000, description: 'Why, in Mongolian (required)' }),
  reasonEn: text(4000, 'Why, in English'),
  decision: text(300, 'The decision behind it'),
});

export const SlugParams = Type.Object({ slug: SlugSchema() });
