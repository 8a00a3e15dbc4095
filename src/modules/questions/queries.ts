import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { fetchPage, type OffsetPage } from '../../platform/lists/fetch.ts';
import type { ListFilterValues } from '../../platform/lists/query.ts';
import { questionsList } from './lists.ts';

/** The request clock's kind of a question (table `requests`, keyed by the question's id). */
export const QUESTION_REQUEST = 'questions.question';

export type QuestionStatus = 'submitted' | 'rejected' | 'published' | 'answered';

/** A question as anyone may see it once published: never who asked, never what they wrote unredacted. */
/** A published question's state as the public sees it. */
export type PublicStatus = 'open' | 'answered';

export interface PublicQuestion {
  id: number;
  subjectKind: string;
  subjectKey: string;
  subjectTitleMn: string;
  subjectTitleEn: string;
  subjectHref: string;
  organization: string;
  organizationNameMn: string;
  organizationNameEn: string;
  question: string;
  status: PublicStatus;
  publishedAt: Date;
  dueAt: Date | null;
  extendedDays: number | null;
  extensionReason: string | null;
  answer: string | null;
  answeredAt: Date | null;
}

/**
 * Every published question with what the list filters and sorts on: the rows `d` of the list, the
 * API and the dataset. **Invariant:** only the public columns (the redacted text, the answer, the
 * record, the organisation, the clock) — not `asked_by`, not `text`, not `asked_at`.
 */
export const publicQuestionRows = sql`
  select q.id, q.subject_kind, q.subject_key, q.subject_title_mn, q.subject_title_en, q.subject_href,
    o.slug as organization, o.name_mn as organization_name_mn, o.name_en as organization_name_en,
    q.public_text as question,
    case q.status when 'answered' then 'answered' else 'open' end as status, q.published_at, r.due_at, r.extended_days, r.extension_reason,
    q.answer, q.answered_at, (q.answered_at is not null and q.answered_at <= r.due_at) as answered_on_time,
    q.updated_at
  from questions q join organizations o on o.id = q.organization_id
  left join requests r on r.kind = ${QUESTION_REQUEST} and r.subject_key = q.id::text
  where q.status in ('published', 'answered')`;

const COLUMNS = sql`d.id, d.subject_kind as "subjectKind", d.subject_key as "subjectKey",
  d.subject_title_mn as "subjectTitleMn", d.subject_title_en as "subjectTitleEn",
  d.subject_href as "subjectHref", d.organization, d.organization_name_mn as "organizationNameMn",
  d.organization_name_en as "organizationNameEn", d.question, d.status, d.published_at as "publishedAt",
  d.due_at as "dueAt", d.extended_days as "extendedDays", d.extension_reason as "extensionReason",
  d.answer, d.answered_at as "answeredAt"`;

/** One page of the public list, filtered and sorted as `questionsList` declares. */
export function listQuestions(
  db: Queryable,
  filters: ListFilterValues,
  options: { sort: string; page: number; pageSize: number; locale: Locale },
): Promise<OffsetPage<PublicQuestion>> {
  return fetchPage<PublicQuestion>(db, questionsList, {
    rows: publicQuestionRows,
    select: COLUMNS,
    filters,
    ...options,
  });
}

/** A published question by its number, or undefined. */
export async function findPublicQuestion(db: Queryable, id: number): Promise<PublicQuestion | undefined> {
  const [found] = await db.query<PublicQuestion>(
    sql`select ${COLUMNS} from (${publicQuestionRows}) d where d.id = ${id}`,
  );
  return found;
}

/** A question with its private parts, for its asker, the moderators and the organisation's staff. */
export interface Question
  extends Omit<PublicQuestion, 'publishedAt' | 'question' | 'organization' | 'status'> {
  status: QuestionStatus;
  organizationId: number;
  organization: string;
  askedBy: number;
  text: string;
  publicText: string;
  askedAt: Date;
  rejectionReason: string | null;
  publishedAt: Date | null;
}

/** A question in any state, with its private parts; `lock` holds its row for the caller's transaction. */
export async function findQuestion(
  db: Queryable,
  id: number,
  options: { lock?: boolean } = {},
): Promise<Question | undefined> {
  const [found] = await db.query<Question>(sql`
    select q.id, q.subject_kind as "subjectKind", q.subject_key as "subjectKey",
      q.subject_title_mn as "subjectTitleMn", q.subject_title_en as "subjectTitleEn",
      q.subject_href as "subjectHref", q.organization_id as "organizationId", o.slug as organization,
      o.name_mn as "organizationNameMn", o.name_en as "organizationNameEn", q.asked_by as "askedBy",
      q.text, q.public_text as "publicText", q.status, q.asked_at as "askedAt",
      q.rejection_reason as "rejectionReason", q.published_at as "publishedAt", q.answer,
      q.answered_at as "answeredAt", r.due_at as "dueAt", r.extended_days as "extendedDays",
      r.extension_reason as "extensionReason"
    from questions q join organizations o on o.id = q.organization_id
    left join requests r on r.kind = ${QUESTION_REQUEST} and r.subject_key = q.id::text
    where q.id = ${id} ${options.lock ? sql`for update of q` : sql.empty}`);
  return found;
}

/** Questions waiting for a moderator, oldest first (the moderators' queue). */
export function moderationQueue(db: Queryable): Promise<Question[]> {
  return db.query<Question>(sql`
    select q.id, q.subject_title_mn as "subjectTitleMn", q.subject_title_en as "subjectTitleEn",
      o.name_mn as "organizationNameMn", o.name_en as "organizationNameEn", q.asked_at as "askedAt"
    from questions q join organizations o on o.id = q.organization_id
    where q.status = 'submitted' order by q.asked_at, q.id limit 200`);
}

/** The questions one person asked, newest first, for their own page. */
export function questionsAskedBy(db: Queryable, userId: number): Promise<Question[]> {
  return db.query<Question>(sql`
    select q.id, q.subject_title_mn as "subjectTitleMn", q.subject_title_en as "subjectTitleEn",
      q.subject_href as "subjectHref", q.status, q.asked_at as "askedAt"
    from questions q where q.asked_by = ${userId} order by q.asked_at desc, q.id desc limit 500`);
}

/** How many questions are published, for the home page. */
export async function countPublicQuestions(db: Queryable): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    sql`select count(*)::int as count from questions where status in ('published', 'answered')`,
  );
  return row?.count ?? 0;
}
