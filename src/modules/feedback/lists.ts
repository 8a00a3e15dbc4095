import type { Actor } from '../../platform/auth/actor.ts';
import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import { defineList, type ListFilter } from '../../platform/lists/define.ts';
import { CASE_SELECT } from './cases.ts';
import { openStatuses, statuses } from './kinds.ts';
import { responderReach } from './queue.ts';

/** A case's category, chosen among the active ones; the rows `d` name it `categoryCode`. */
export const categoryFilter: ListFilter = {
  name: 'category',
  control: 'select',
  label: 'feedback.field.category',
  options: async (db) =>
    (
      await db.query<{ code: string; nameMn: string; nameEn: string }>(
        sql`select code, name_mn as "nameMn", name_en as "nameEn" from feedback_categories where active order by sort, code`,
      )
    ).map((c) => ({ value: c.code, label: { mn: c.nameMn, en: c.nameEn } })),
  pattern: /^[a-z0-9-]{1,60}$/,
  where: (code) => sql`d."categoryCode" = ${code}`,
};

const open = sql`d.status in (${sql.join(openStatuses.map((s) => sql`${s}`))})`;
const statusLabel = (status: string, t: (key: string) => string) => t(`feedback.status.${status}`);

/** The responders' queue (`/feedback/console`): open cases first by deadline, on `queueRows`. */
export const queueList = defineList({
  id: 'feedback-queue',
  pageSize: 50,
  filters: [
    {
      name: 'status',
      control: 'select',
      label: 'feedback.col.status',
      options: ['open', ...statuses],
      optionLabel: (s, t) => (s === 'open' ? t('feedback.console.open') : statusLabel(s, t)),
      default: 'open',
      where: (s) => (s === 'open' ? open : sql`d.status = ${s}`),
    },
    categoryFilter,
    {
      name: 'overdue',
      control: 'checkbox',
      label: 'feedback.console.overdueOnly',
      where: () => sql`d."deadlineAt" <= now() and ${open}`,
    },
    {
      name: 'mine',
      control: 'checkbox',
      label: 'feedback.console.mineOnly',
      where: () => sql`d."assignedUserId" = d.viewer`,
    },
  ],
  sort: {
    default: 'due',
    tieBreaker: sql`d.id`,
    keys: { due: () => ({ by: sql`d."deadlineAt"` }), number: () => ({ by: sql`d.number` }) },
  },
});

/** The cases of the organisations the actor works on, with who is looking (`viewer`, for `mine`). */
export function queueRows(actor: Actor): SqlQuery {
  const reach = responderReach(actor);
  const where = reach ? sql`where c.organization_id = any(${reach}::bigint[])` : sql.empty;
  return sql`select r.*, ${actor.userId}::bigint as viewer from (${CASE_SELECT} ${where}) r`;
}

/** The published cases (`/feedback/published`): only what a moderator published, newest first. */
export const publishedList = defineList({
  id: 'feedback-published',
  pageSize: 25,
  filters: [categoryFilter],
  sort: {
    default: '-published',
    // Newest first among cases published at the same instant too, as before.
    tieBreaker: sql`(-d.id)`,
    keys: { published: () => ({ by: sql`d."publishedAt"` }) },
  },
});

export const PUBLISHED_ROWS = sql`select c.id, c.number, c.category_code as "categoryCode",
  cat.name_mn as "categoryMn", cat.name_en as "categoryEn",
  o.name_mn as "organizationMn", o.name_en as "organizationEn", c.published_text as text,
  c.published_answer as answer, c.published_at as "publishedAt", c.status
  from feedback_cases c join feedback_categories cat on cat.code = c.category_code
  join organizations o on o.id = c.organization_id where c.published_at is not null`;

/** A signed-in citizen's own cases (`/feedback/mine`), newest first. */
export const mineList = defineList({
  id: 'feedback-mine',
  pageSize: 50,
  filters: [
    {
      name: 'status',
      control: 'select',
      label: 'feedback.col.status',
      options: statuses,
      optionLabel: statusLabel,
      where: (s) => sql`d.status = ${s}`,
    },
  ],
  sort: {
    default: '-submitted',
    tieBreaker: sql`d.id`,
    keys: { submitted: () => ({ by: sql`d."submittedAt"` }) },
  },
});

export const mineRows = (userId: number | null) => sql`select id, number, subject, status,
  submitted_at as "submittedAt", deadline_at as "deadlineAt" from feedback_cases where submitter_user_id = ${userId}`;
