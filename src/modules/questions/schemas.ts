import { Type } from 'typebox';
import { Nullable } from '../../platform/http/schemas.ts';
import { offsetPageSchema } from '../../platform/lists/schemas.ts';

const Bilingual = Type.Object({ mn: Type.String(), en: Type.String() });

/** A published question as the API gives it: the redacted question, the answer, never the asker. */
export const QuestionSchema = Type.Object({
  number: Type.Integer(),
  subject: Type.Object({
    kind: Type.String({ description: 'The kind of record, e.g. `procurement.process`' }),
    key: Type.String({ description: 'The record’s key in its module (an OCID, an id)' }),
    title: Bilingual,
    url: Type.String(),
  }),
  organization: Type.Object({ slug: Type.String(), name: Bilingual }),
  question: Type.String({ description: 'The question as published: redacted, and checked by a moderator' }),
  status: Type.Union([Type.Literal('open'), Type.Literal('answered')]),
  publishedAt: Type.String({ format: 'date-time' }),
  dueAt: Nullable(Type.String({ format: 'date-time' })),
  extension: Nullable(Type.Object({ days: Type.Integer(), reason: Type.String() })),
  answer: Nullable(Type.String()),
  answeredAt: Nullable(Type.String({ format: 'date-time' })),
  answeredOnTime: Nullable(Type.Boolean()),
  url: Type.String(),
});

export const QuestionListSchema = offsetPageSchema(QuestionSchema);

export const NumberParams = Type.Object({
  id: Type.String({ pattern: '^[1-9][0-9]{0,14}$', maxLength: 15, description: 'The question’s number' }),
});

/** The asking form's query: which record (from the record's "Ask a question" link). */
export const AskQuery = Type.Object({
  subject: Type.Optional(Type.String({ maxLength: 100 })),
  key: Type.Optional(Type.String({ maxLength: 200 })),
});

export const AskBody = Type.Object({
  subject: Type.String({ maxLength: 100 }),
  key: Type.String({ maxLength: 200 }),
  text: Type.String({ maxLength: 20_000 }),
});

export const ModerateBody = Type.Object({
  decision: Type.String({ maxLength: 20 }),
  publicText: Type.String({ maxLength: 20_000 }),
  reason: Type.String({ maxLength: 5000 }),
});

export const AnswerBody = Type.Object({ answer: Type.String({ maxLength: 40_000 }) });

export const ExtendBody = Type.Object({
  days: Type.String({ maxLength: 10 }),
  reason: Type.String({ maxLength: 5000 }),
});
