import { Type } from 'typebox';
import { SlugSchema } from '../../../platform/patterns.ts';

const NumberOrText = (description: string) =>
  Type.Union([Type.Number(), Type.String({ maxLength: 40 })], { description });
const optional = (maxLength: number, description: string) =>
  Type.Optional(Type.String({ maxLength, description }));

/** What the form and the API send for a feasibility study; the command names each field missing. */
export const StudyBody = Type.Object({
  titleMn: Type.Optional(Type.String({ maxLength: 1000, description: 'Its title in Mongolian' })),
  titleEn: Type.Optional(Type.String({ maxLength: 1000, description: 'Its title in English' })),
  summaryMn: Type.Optional(Type.String({ maxLength: 40000, description: 'Its summary in Mongolian' })),
  summaryEn: Type.Optional(Type.String({ maxLength: 40000, description: 'Its summary in English' })),
  author: Type.Optional(
    Type.String({ maxLength: 1000, description: 'Who wrote it: a firm, a body, a consultant' }),
  ),
  startedOn: optional(10, 'The day it started, YYYY-MM-DD'),
  completedOn: optional(10, 'The day it was completed, YYYY-MM-DD; empty while it is ongoing'),
  costEstimate: Type.Optional(NumberOrText('The cost of the project it estimated')),
  costCurrency: Type.Optional(Type.String({ maxLength: 20, description: 'ISO 4217 code of the estimate' })),
  durationMonths: Type.Optional(NumberOrText('The duration of the works it estimated, in months')),
  expectedBenefitsMn: Type.Optional(
    Type.String({ maxLength: 20000, description: 'The benefits it expects, in Mongolian' }),
  ),
  expectedBenefitsEn: Type.Optional(Type.String({ maxLength: 20000, description: 'The same, in English' })),
  economicIrr: Type.Optional(NumberOrText('Economic internal rate of return, in percent')),
  benefitCostRatio: Type.Optional(NumberOrText('Benefit–cost ratio')),
  links: Type.Optional(
    Type.Array(Type.String({ maxLength: 2000 }), {
      maxItems: 20,
      description: 'Addresses (http or https) of the study’s documents published elsewhere',
    }),
  ),
});

/** The form's body: the study's fields, and its documents uploaded or linked. */
export const StudyFormBody = Type.Object({
  ...StudyBody.properties,
  files: Type.Optional(Type.Unknown()),
  links: optional(44000, 'Addresses of the study’s documents, one a line'),
});

/** The edit form's body: the study (its id, a hidden field) and its fields. */
export const StudyEditBody = Type.Object({
  ...StudyFormBody.properties,
  study: Type.Optional(Type.String({ maxLength: 20, description: 'Id of the study changed' })),
});
export const EditQuery = Type.Object({ study: Type.Optional(Type.String({ maxLength: 20 })) });

export const ProjectParams = Type.Object({ slug: SlugSchema() });

const Text = Type.Object({ mn: Type.String(), en: Type.String() });

export const StudySchema = Type.Object({
  id: Type.Integer(),
  project: Type.String(),
  title: Text,
  summary: Text,
  author: Type.String(),
  startedOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  completedOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  ongoing: Type.Boolean(),
  costEstimate: Type.Object({ amount: Type.String(), currency: Type.String() }),
  durationMonths: Type.Union([Type.Integer(), Type.Null()]),
  expectedBenefits: Text,
  economicIrr: Type.Union([Type.String(), Type.Null()]),
  benefitCostRatio: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const StudyListSchema = Type.Object({ items: Type.Array(StudySchema) });
