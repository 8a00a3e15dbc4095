import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize } from '../../../platform/auth/permissions.ts';
import {
  auditRole,
  type FieldProblem,
  ok,
  problem,
  type RequestMeta,
  type Result,
  refuse,
} from '../../../platform/commands/index.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { ModuleContext, QuestionSubject } from '../../../platform/module.ts';
import { redactPersonalData } from '../../../platform/redaction.ts';

/** What the form sends: the record asked about (its kind and key) and the question. */
export interface AskQuestionInput {
  subject: string;
  key: string;
  text: string;
}

export const TEXT_MAX = 5000;

/** The asker's name as their account gives it: redaction takes it out of what they wrote. */
export async function askerName(q: Queryable, userId: number): Promise<string | null> {
  const [row] = await q.query<{ name: string | null }>(
    sql`select display_name as name from users where id = ${userId}`,
  );
  return row?.name ?? null;
}

/**
 * A signed-in citizen asks a question about a public record that a module declares
 * (`questionSubjects`): the record is found by its module (its organisation answers), the text is
 * kept as written (private) and redacted automatically (register numbers, e-mail addresses, phone
 * numbers, the asker's name) for the moderator, who decides what is published. Audited without
 * the text. Nothing is routed yet: a question reaches its organisation once a moderator publishes it.
 */
export async function askQuestion(
  ctx: ModuleContext,
  subjects: readonly QuestionSubject[],
  actor: Actor,
  input: AskQuestionInput,
  meta: RequestMeta,
): Promise<Result<{ id: number }>> {
  authorize(actor, 'questions.ask');
  const text = input.text.trim();
  const problems: FieldProblem[] = [];
  const kind = subjects.find((s) => s.kind === input.subject);
  const record = kind ? await kind.resolve(ctx, input.key.trim()) : null;
  if (!record) problems.push(problem('subject', 'questions.error.subject'));
  if (text === '') problems.push(problem('text', 'questions.error.textMissing'));
  else if (text.length > TEXT_MAX)
    problems.push(problem('text', 'questions.error.tooLong', { max: TEXT_MAX }));
  if (problems.length > 0 || !record || actor.userId === null) return refuse(problems);
  const redacted = redactPersonalData(text, [await askerName(ctx.db, actor.userId)]).text;
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(sql`
      insert into questions (subject_kind, subject_key, subject_title_mn, subject_title_en, subject_href,
        organization_id, asked_by, text, public_text, asked_at, updated_at)
      values (${input.subject}, ${input.key.trim()}, ${record.title.mn}, ${record.title.en || record.title.mn},
        ${record.href}, ${record.organizationId}, ${actor.userId}, ${text}, ${redacted}, ${meta.now}, ${meta.now})
      returning id`);
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, null, 'questions.ask'),
      action: 'questions.ask',
      subject: { type: 'question', id: row!.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { subject: input.subject, key: input.key.trim(), organizationId: record.organizationId },
    });
    return row!.id;
  });
  return ok({ id });
}
