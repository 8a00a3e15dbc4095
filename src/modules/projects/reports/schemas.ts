import { Type } from 'typebox';
import { SlugSchema } from '../../../platform/patterns.ts';

const text = (maxLength: number, description: string) =>
  Type.Optional(Type.String({ maxLength, description }));
const NumberOrText = (description: string) =>
  Type.Union([Type.Number(), Type.String({ maxLength: 40 })], { description });

/**
 * What the form and the API send for a progress report. Every field is optional here so that the
 * command names each one missing (as the form shows it), and checks the project's organisation first.
 */
export const ProgressReportBody = Type.Object({
  periodStart: Type.Optional(
    Type.String({ maxLength: 10, description: 'First day of the period reported on, YYYY-MM-DD' }),
  ),
  periodEnd: Type.Optional(Type.String({ maxLength: 10, description: 'Last day of the period, YYYY-MM-DD' })),
  reportedOn: Type.Optional(Type.String({ maxLength: 10, description: 'The day of the report, YYYY-MM-DD' })),
  physicalPercent: Type.Optional(NumberOrText('Physical progress, 0 to 100, at most two decimals')),
  physicalBasisMn: text(2000, 'What the physical percentage is measured against, in Mongolian'),
  physicalBasisEn: Type.Optional(Type.String({ maxLength: 2000, description: 'The same, in English' })),
  financialPercent: Type.Optional(NumberOrText('Financial progress, 0 to 100, at most two decimals')),
  financialBasisMn: text(2000, 'What the financial percentage is measured against, in Mongolian'),
  financialBasisEn: Type.Optional(Type.String({ maxLength: 2000, description: 'The same, in English' })),
  spentAmount: Type.Optional(NumberOrText('Spent to the end of the period')),
  spentCurrency: text(20, 'ISO 4217 code of the amount spent; the budget’s currency when left out'),
  issuesMn: text(20000, 'Issues found, in Mongolian'),
  issuesEn: text(20000, 'Issues found, in English'),
  decreaseReasonMn: text(4000, 'Why progress is below the previous report’s (required then), in Mongolian'),
  decreaseReasonEn: text(4000, 'The same, in English'),
  officer: text(100, 'Slug of the reporting officer in the officials register'),
  links: Type.Optional(
    Type.Array(Type.String({ maxLength: 2000 }), {
      maxItems: 20,
      description: 'Addresses (http or https) of the report’s documents published elsewhere',
    }),
  ),
  milestones: Type.Optional(
    Type.Union(
      [
        Type.String({ maxLength: 20 }),
        Type.Array(Type.Union([Type.String({ maxLength: 20 }), Type.Integer()]), { maxItems: 200 }),
      ],
      {
        description: 'Ids of the project’s planned milestones this report records as done',
      },
    ),
  ),
});

/** The form's body: the report's fields, and its photos, files and links. */
export const ProgressReportFormBody = Type.Object({
  ...ProgressReportBody.properties,
  photos: Type.Optional(Type.Unknown()),
  files: Type.Optional(Type.Unknown()),
  links: text(44000, 'Addresses of the report’s documents, one a line'),
});

export const MilestoneBody = Type.Object({
  titleMn: Type.Optional(Type.String({ maxLength: 1000, description: 'What is to be done, in Mongolian' })),
  titleEn: Type.Optional(Type.String({ maxLength: 1000, description: 'The same, in English' })),
  dueOn: Type.Optional(Type.String({ maxLength: 10, description: 'The day it is due, YYYY-MM-DD' })),
});

export const ProjectParams = Type.Object({ slug: SlugSchema() });
export const ReportParams = Type.Object({
  slug: SlugSchema(),
  id: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }),
});

const Bilingual = Type.Object({ mn: Type.String(), en: Type.Union([Type.String(), Type.Null()]) });
const Progress = Type.Object({
  percent: Type.Number(),
  basis: Type.Object({ mn: Type.String(), en: Type.String() }),
});

export const ProgressReportSchema = Type.Object({
  id: Type.Integer(),
  project: Type.String(),
  periodStart: Type.String({ format: 'date' }),
  periodEnd: Type.String({ format: 'date' }),
  reportedOn: Type.String({ format: 'date' }),
  physical: Progress,
  financial: Progress,
  spent: Type.Union([Type.Object({ amount: Type.String(), currency: Type.String() }), Type.Null()]),
  issues: Type.Union([Bilingual, Type.Null()]),
  decreaseReason: Type.Union([Bilingual, Type.Null()]),
  officer: Type.Union([
    Type.Object({ slug: Type.String(), name: Bilingual, url: Type.String() }),
    Type.Null(),
  ]),
  url: Type.String(),
});

export const ProgressReportListSchema = Type.Object({ items: Type.Array(ProgressReportSchema) });

export const MilestoneSchema = Type.Object({
  id: Type.Integer(),
  title: Type.Object({ mn: Type.String(), en: Type.String() }),
  dueOn: Type.String({ format: 'date' }),
  completedOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
});
