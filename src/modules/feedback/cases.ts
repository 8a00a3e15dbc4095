import type { Queryable } from '../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import { findFile } from '../../platform/files/index.ts';
import type { CaseKind, CaseStatus, Channel } from './kinds.ts';

/** A case as staff and its submitter see it (contacts apart, in `CaseContacts`). */
export interface FeedbackCase {
  id: number;
  number: string;
  kind: CaseKind;
  categoryCode: string;
  categoryMn: string;
  categoryEn: string;
  channel: Channel;
  organizationId: number;
  organizationSlug: string;
  organizationMn: string;
  organizationEn: string;
  aimagCode: string | null;
  aimagMn: string | null;
  aimagEn: string | null;
  soumCode: string | null;
  lat: number | null;
  lon: number | null;
  subject: string;
  body: string;
  status: CaseStatus;
  submittedAt: Date;
  deadlineAt: Date;
  extendedAt: Date | null;
  extensionDays: number | null;
  extensionReason: string | null;
  answer: string | null;
  answeredAt: Date | null;
  answeredOnTime: boolean | null;
  closedAt: Date | null;
  rating: number | null;
  ratingComment: string | null;
  ratedAt: Date | null;
  reopenedCount: number;
  escalatedAt: Date | null;
  assignedUserId: number | null;
  assignedName: string | null;
  submitterUserId: number | null;
  enteredByUserId: number | null;
  publishConsent: boolean;
  publishedText: string | null;
  publishedAnswer: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
}

export interface CaseContacts {
  name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  registerNumber: string | null;
}

export const CASE_SELECT = sql`
  select c.id, c.number, c.kind, c.category_code as "categoryCode", cat.name_mn as "categoryMn",
    cat.name_en as "categoryEn", c.channel, c.organization_id as "organizationId", o.slug as "organizationSlug",
    o.name_mn as "organizationMn", o.name_en as "organizationEn", c.aimag_code as "aimagCode",
    u.name_mn as "aimagMn", u.name_en as "aimagEn", c.soum_code as "soumCode", c.lat, c.lon, c.subject, c.body,
    c.status, c.submitted_at as "submittedAt", c.deadline_at as "deadlineAt", c.extended_at as "extendedAt",
    c.extension_days as "extensionDays", c.extension_reason as "extensionReason", c.answer,
    c.answered_at as "answeredAt", c.answered_on_time as "answeredOnTime", c.closed_at as "closedAt", c.rating,
    c.rating_comment as "ratingComment", c.rated_at as "ratedAt", c.reopened_count as "reopenedCount",
    c.escalated_at as "escalatedAt", c.assigned_user_id as "assignedUserId", au.display_name as "assignedName",
    c.submitter_user_id as "submitterUserId", c.entered_by_user_id as "enteredByUserId",
    c.publish_consent as "publishConsent", c.published_text as "publishedText",
    c.published_answer as "publishedAnswer", c.published_at as "publishedAt", c.updated_at as "updatedAt"
  from feedback_cases c
  join feedback_categories cat on cat.code = c.category_code
  join organizations o on o.id = c.organization_id
  left join admin_units u on u.code = c.aimag_code
  left join users au on au.id = c.assigned_user_id`;

async function findWhere(q: Queryable, where: SqlQuery): Promise<FeedbackCase | undefined> {
  const [row] = await q.query<FeedbackCase>(sql`${CASE_SELECT} where ${where}`);
  return row;
}

export const findCaseByNumber = (q: Queryable, number: string) => findWhere(q, sql`c.number = ${number}`);
export const findCaseById = (q: Queryable, id: number) => findWhere(q, sql`c.id = ${id}`);
export const findCaseByFollowHash = (q: Queryable, hash: string) =>
  findWhere(q, sql`c.follow_token_hash = ${hash}`);

/** Locks the case row for a change, so two responders' actions never interleave. */
export async function lockCase(tx: Queryable, id: number): Promise<FeedbackCase> {
  await tx.query(sql`select id from feedback_cases where id = ${id} for update`);
  return (await findCaseById(tx, id))!;
}

export async function caseContacts(q: Queryable, caseId: number): Promise<CaseContacts> {
  const [row] = await q.query<CaseContacts>(sql`select name, email, phone, address,
    register_number as "registerNumber" from feedback_contacts where case_id = ${caseId}`);
  return row ?? { name: null, email: null, phone: null, address: null, registerNumber: null };
}

export interface CaseEvent {
  id: number;
  at: Date;
  kind: string;
  public: boolean;
  actor: string;
  actorName: string | null;
  organizationMn: string | null;
  organizationEn: string | null;
  text: string | null;
  data: Record<string, unknown>;
}

/** The timeline; `publicOnly` for the submitter (internal notes never reach them). */
export async function caseEvents(q: Queryable, caseId: number, publicOnly: boolean): Promise<CaseEvent[]> {
  return q.query<CaseEvent>(sql`
    select e.id, e.at, e.kind, e.public, e.actor, u.display_name as "actorName", o.name_mn as "organizationMn",
      o.name_en as "organizationEn", e.text, e.data
    from feedback_events e left join users u on u.id = e.actor_user_id
    left join organizations o on o.id = e.organization_id
    where e.case_id = ${caseId} ${publicOnly ? sql`and e.public` : sql``}
    order by e.at, e.id`);
}

export async function addEvent(
  tx: Queryable,
  event: {
    caseId: number;
    at: Date;
    kind: string;
    public: boolean;
    actor: { label: string; userId: number | null };
    organizationId?: number | null;
    text?: string | null;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.query(sql`insert into feedback_events (case_id, at, kind, public, actor, actor_user_id, organization_id, text, data)
    values (${event.caseId}, ${event.at}, ${event.kind}, ${event.public}, ${event.actor.label}, ${event.actor.userId},
      ${event.organizationId ?? null}, ${event.text ?? null}, ${JSON.stringify(event.data ?? {})}::jsonb)`);
}

export interface Category {
  code: string;
  nameMn: string;
  nameEn: string;
  descriptionMn: string;
  descriptionEn: string;
}

export async function listCategories(q: Queryable): Promise<Category[]> {
  return q.query<Category>(sql`select code, name_mn as "nameMn", name_en as "nameEn",
    description_mn as "descriptionMn", description_en as "descriptionEn"
    from feedback_categories where active order by sort, code`);
}

export interface CaseAttachment {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
}

export async function caseAttachments(q: Queryable, caseId: number): Promise<CaseAttachment[]> {
  return q.query<CaseAttachment>(sql`select f.id, f.filename, f.media_type as "mediaType", f.size::int as size
    from feedback_attachments a join files f on f.id = a.file_id where a.case_id = ${caseId} order by f.created_at, f.id`);
}

/** One file attached to the case (`fileId` a uuid), or undefined: never a file of another case. */
export async function attachedFile(q: Queryable, caseId: number, fileId: string) {
  if (!/^[0-9a-f-]{36}$/.test(fileId)) return undefined;
  const [attached] = await q.query(
    sql`select 1 from feedback_attachments where case_id = ${caseId} and file_id = ${fileId}::uuid`,
  );
  return attached ? findFile(q, fileId) : undefined;
}

/** Every organisation by name, for choosing who answers (routing, transfer). */
export async function organizationNames(q: Queryable) {
  return q.query<{ slug: string; nameMn: string; nameEn: string }>(
    sql`select slug, name_mn as "nameMn", name_en as "nameEn" from organizations order by mn_sort_key(name_mn) collate "C"`,
  );
}
