import { type Static, Type } from 'typebox';
import { offsetPageSchema } from '../../../platform/lists/schemas.ts';
import type { Step } from './stages.ts';

const text = (maxLength: number, description: string) => Type.String({ maxLength, description });
const optional = (maxLength: number, description: string) => Type.Optional(text(maxLength, description));
const date = (description: string) => text(20, `${description}, YYYY-MM-DD`);

/** What the keeper sends to open a case on an inspection (form and API alike: strings, checked by the command). */
export const OpenCaseBody = Type.Object({
  company: text(20, 'Id of the legal entity in the platform’s register (as in /legal-entities/{id})'),
  findingMn: text(4000, 'What the inspection found, in Mongolian'),
  findingEn: text(4000, 'What the inspection found, in English'),
  unit: optional(12, 'Code of the aimag, soum or district where it was found'),
  licences: optional(1000, 'Numbers of the licences whose areas it concerns, separated by commas'),
  inspectedOn: date('The day of the inspection'),
  inspector: text(100, 'Slug of the organisation that inspected'),
  reportReference: text(200, 'The inspection report’s number or reference'),
});
export type OpenCaseInput = Static<typeof OpenCaseBody>;

/** Every field a step may take; each step's body is a part of it. */
export interface StepInput {
  date: string;
  text?: string;
  language?: string;
  listed?: string;
  penaltyMnt?: string;
  remedyMn?: string;
  remedyEn?: string;
  remedyDue?: string;
  outcome?: string;
  note?: string;
}

const note = optional(4000, 'A note for the record');

/** The body of each step of due process. */
export const STEP_BODIES = {
  notice: Type.Object({ date: date('The day the company was notified') }),
  reply: Type.Object({
    date: date('The day the company’s written reply was received'),
    text: text(8000, 'The company’s reply, in its own words'),
    language: text(2, '`mn` or `en`: the language the company wrote in'),
  }),
  decision: Type.Object({
    date: date('The day of the decision'),
    listed: text(3, '`yes` to put the company on the list, `no` not to'),
    penaltyMnt: optional(30, 'The penalty in tögrögs (MNT), if any'),
    remedyMn: optional(4000, 'The remedy ordered, in Mongolian'),
    remedyEn: optional(4000, 'The remedy ordered, in English'),
    remedyDue: optional(20, 'The day by which the remedy is due, YYYY-MM-DD'),
  }),
  appeal: Type.Object({ date: date('The day the appeal was filed'), note }),
  'appeal-outcome': Type.Object({
    date: date('The day of the ruling on the appeal'),
    outcome: text(10, '`upheld`, `overturned` or `varied`'),
    penaltyMnt: optional(30, 'The penalty as varied, in tögrögs (MNT)'),
    note,
  }),
  'remedy-verified': Type.Object({ date: date('The day the remedy was verified'), note }),
  delisted: Type.Object({ date: date('The day the company was taken off the list'), note }),
} as const satisfies Record<Step, unknown>;

const Bilingual = Type.Object({ mn: Type.String(), en: Type.String() });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const EventSchema = Type.Object({
  kind: Type.String(),
  date: Type.String(),
  deadline: Nullable(Type.String({ description: 'The last day of the period this step started' })),
  details: Type.Record(Type.String(), Type.Unknown()),
  recordedBy: Type.String(),
  recordedAt: Type.String({ format: 'date-time' }),
});

/** A case as the API gives it: both languages side by side, links absolute. */
export const CaseSchema = Type.Object({
  id: Type.Integer(),
  company: Type.Object({ id: Type.Integer(), name: Bilingual, url: Type.String() }),
  finding: Bilingual,
  place: Nullable(Type.String({ description: 'Code of the admin unit' })),
  aimag: Nullable(Type.String()),
  licences: Type.Array(Type.Object({ number: Type.String(), url: Type.String() })),
  inspection: Type.Object({ date: Type.String(), inspector: Type.String(), reportReference: Type.String() }),
  stage: Type.String(),
  listed: Type.Boolean(),
  noticedOn: Nullable(Type.String()),
  replyLastDay: Nullable(Type.String()),
  decidedOn: Nullable(Type.String()),
  appealLastDay: Nullable(Type.String()),
  penaltyMnt: Type.Union([Type.Number(), Type.Null()]),
  remedy: Type.Union([Type.Object({ text: Bilingual, due: Nullable(Type.String()) }), Type.Null()]),
  history: Type.Optional(Type.Array(EventSchema)),
  url: Type.String(),
});

export const CaseListSchema = offsetPageSchema(CaseSchema);

export const CaseParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }) });
