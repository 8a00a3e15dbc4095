import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';

/**
 * Citizens' comments on commitments: held until a moderator publishes or rejects them, then shown
 * without the author's name (it is personal data; the author is kept for moderation only).
 */

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
