import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { auditRole, ok, type RequestMeta, type Result, refuse } from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { ModuleContext } from '../../platform/module.ts';

/**
 * Citizens' comments on commitments: held until a moderator publishes or rejects them, then shown
 * without the author's name (it is personal data; the author is kept for moderation only).
 */

/** A form's one-time key, when it is one (16–64 URL-safe characters). */
export const submissionKeyOf = (key: string | undefined) =>
  key && /^[A-Za-z0-9_-]{16,64}$/.test(key) ? key : null;

export async function submitComment(
  ctx: ModuleContext,
  actor: Actor,
  commitmentId: number,
  body: string,
  meta: Pick<RequestMeta, 'ip' | 'requestId'> & { submissionKey?: string },
): Promise<Result<{ id: number }>> {
  authorize(actor, 'plans.comment');
  const text = body.trim();
  if (!text) return refuse('comment', 'plans.comments.error.empty');
  if (text.length > 5000) return refuse('comment', 'plans.error.tooLong');
  return ctx.db.transaction(async (tx) => {
    const [c] = await tx.query(sql`select 1 from plan_commitments c join plans p on p.id = c.plan_id
      where c.id = ${commitmentId} and p.status = 'published'`);
    if (!c) throw notFound(`no published commitment ${commitmentId}`);
    const key = submissionKeyOf(meta.submissionKey);
    const [row] = await tx.query<{
      id: number;
    }>(sql`insert into plan_comments (commitment_id, user_id, body, submission_key)
      values (${commitmentId}, ${actor.userId}, ${text}, ${key}) on conflict (submission_key) do nothing returning id`);
    // The same form sent again: the comment it made stands, nothing new is recorded.
    if (!row) {
      const [done] = await tx.query<{ id: number }>(
        sql`select id from plan_comments where submission_key = ${key}`,
      );
      return ok({ id: done!.id });
    }
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, null, 'plans.comment'),
      action: 'plans.comment',
      subject: { type: 'comment', id: row!.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { commitment: commitmentId },
    });
    return ok({ id: row!.id });
  });
}

export async function moderateComment(
  ctx: ModuleContext,
  actor: Actor,
  commentId: number,
  decision: string,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<undefined>> {
  authorize(actor, 'plans.moderate');
  if (decision !== 'published' && decision !== 'rejected')
    return refuse('decision', 'plans.evaluate.error.choose');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.query<{ status: string }>(
      sql`select status from plan_comments where id = ${commentId} for update`,
    );
    if (!row) throw notFound(`no comment ${commentId}`);
    if (row.status === decision) return ok(undefined);
    await tx.query(sql`update plan_comments set status = ${decision}, moderated_by = ${actor.userId}, moderated_at = now()
      where id = ${commentId}`);
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, null, 'plans.moderate'),
      action: 'plans.moderate',
      subject: { type: 'comment', id: commentId },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { from: row.status, to: decision },
    });
    return ok(undefined);
  });
}

export interface CommentView {
  id: number;
  body: string;
  createdAt: Date;
  commitmentId: number;
  commitmentNumber: string | null;
}

export function publishedComments(db: Queryable, commitmentId: number): Promise<CommentView[]> {
  return db.query(sql`select c.id, c.body, c.created_at as "createdAt", c.commitment_id as "commitmentId", m.number as "commitmentNumber"
    from plan_comments c join plan_commitments m on m.id = c.commitment_id
    where c.commitment_id = ${commitmentId} and c.status = 'published' order by c.created_at, c.id`);
}

export function pendingComments(db: Queryable): Promise<CommentView[]> {
  return db.query(sql`select c.id, c.body, c.created_at as "createdAt", c.commitment_id as "commitmentId", m.number as "commitmentNumber"
    from plan_comments c join plan_commitments m on m.id = c.commitment_id
    where c.status = 'pending' order by c.created_at, c.id limit 200`);
}
