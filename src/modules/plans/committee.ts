import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import {
  auditRole,
  type FieldProblem,
  ok,
  problem,
  type RequestMeta,
  type Result,
  refuse,
} from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { isIsoDate } from '../../platform/patterns.ts';
import { submissionKeyOf } from './comments.ts';

/**
 * The OGP national committee (section II.2 of the plan): its members, its meetings with agenda
 * and minutes, and the decisions it takes, each linked to the commitment it concerns.
 */

export const memberRoles = ['chair', 'secretary', 'member'] as const;
export const sectors = ['government', 'civil-society', 'private-sector', 'academia', 'other'] as const;

const text = (v: string | undefined) => (v ?? '').trim();

export interface MemberInput {
  name: string;
  positionMn?: string;
  positionEn?: string;
  organization?: string;
  memberRole: string;
  sector: string;
  startsOn: string;
}

export async function addCommitteeMember(
  ctx: ModuleContext,
  actor: Actor,
  input: MemberInput,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<{ id: number }>> {
  authorize(actor, 'plans.committee');
  const problems: FieldProblem[] = [];
  const name = text(input.name);
  if (!name || name.length > 200) problems.push(problem('name', 'plans.committee.error.name'));
  if (!(memberRoles as readonly string[]).includes(input.memberRole))
    problems.push(problem('memberRole', 'plans.evaluate.error.choose'));
  if (!(sectors as readonly string[]).includes(input.sector))
    problems.push(problem('sector', 'plans.evaluate.error.choose'));
  if (!isIsoDate(text(input.startsOn))) problems.push(problem('startsOn', 'plans.error.date'));
  let organizationId: number | null = null;
  if (text(input.organization)) {
    const [org] = await ctx.db.query<{ id: number }>(
      sql`select id from organizations where slug = ${text(input.organization)}`,
    );
    if (!org) problems.push(problem('organization', 'plans.error.organization'));
    organizationId = org?.id ?? null;
  }
  if (problems.length > 0) return refuse(problems);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(sql`insert into plan_committee_members
      (name, position_mn, position_en, organization_id, member_role, sector, starts_on)
      values (${name}, ${text(input.positionMn) || null}, ${text(input.positionEn) || null}, ${organizationId},
        ${input.memberRole}, ${input.sector}, ${text(input.startsOn)}) returning id`);
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, null, 'plans.committee'),
      action: 'plans.committee-member',
      subject: { type: 'committee-member', id: row!.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { memberRole: input.memberRole, sector: input.sector },
    });
    return ok({ id: row!.id });
  });
}

export interface MeetingInput {
  heldOn: string;
  titleMn?: string;
  titleEn?: string;
  place?: string;
  agenda: string;
  minutes?: string;
  /** Decisions, one a line: `number: text` or `text`, with `#<commitment number>` naming the commitment. */
  decisions?: string;
  /** The form's one-time key: a retried form records no second meeting. */
  submissionKey?: string;
}

export interface ParsedDecision {
  number: string | null;
  text: string;
  commitmentNumber: string | null;
}

/** Decisions as the secretary types them, a line each: "3: Ask the Ministry of Finance to report #3.3.1.3". */
export function readDecisions(source: string): ParsedDecision[] {
  return source
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const numbered = /^([0-9A-Za-z.]{1,20})[:)]\s+(.+)$/.exec(line);
      const body = numbered ? numbered[2]! : line;
      const ref = /#([0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)/.exec(body);
      return { number: numbered ? numbered[1]! : null, text: body, commitmentNumber: ref ? ref[1]! : null };
    });
}

export async function recordMeeting(
  ctx: ModuleContext,
  actor: Actor,
  input: MeetingInput,
  meta: Pick<RequestMeta, 'ip' | 'requestId'>,
): Promise<Result<{ id: number }>> {
  authorize(actor, 'plans.committee');
  const problems: FieldProblem[] = [];
  if (!isIsoDate(text(input.heldOn))) problems.push(problem('heldOn', 'plans.error.date'));
  if (!text(input.titleMn) && !text(input.titleEn))
    problems.push(problem('titleEn', 'plans.error.titleMissing'));
  const agenda = text(input.agenda);
  if (!agenda) problems.push(problem('agenda', 'plans.committee.error.agenda'));
  if (agenda.length > 20000 || text(input.minutes).length > 100000)
    problems.push(problem('minutes', 'plans.error.tooLong'));
  const decisions = readDecisions(input.decisions ?? '');
  // A decision names a commitment of a published plan by its number, or it is refused.
  const commitments = new Map<string, number>();
  for (const d of decisions) {
    if (!d.commitmentNumber || commitments.has(d.commitmentNumber)) continue;
    const [c] = await ctx.db.query<{
      id: number;
    }>(sql`select c.id from plan_commitments c join plans p on p.id = c.plan_id
      where c.number = ${d.commitmentNumber} and p.status = 'published' order by p.period_start desc nulls last limit 1`);
    if (!c) problems.push(problem('decisions', 'plans.committee.error.commitment'));
    else commitments.set(d.commitmentNumber, c.id);
  }
  if (decisions.some((d) => d.text.length > 10000))
    problems.push(problem('decisions', 'plans.error.tooLong'));
  if (problems.length > 0) return refuse(problems);
  const key = submissionKeyOf(input.submissionKey);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(sql`insert into plan_committee_meetings
      (held_on, title_mn, title_en, place, agenda, minutes, created_by, submission_key)
      values (${text(input.heldOn)}, ${text(input.titleMn) || null}, ${text(input.titleEn) || null},
        ${text(input.place) || null}, ${agenda}, ${text(input.minutes) || null}, ${actor.userId}, ${key})
      on conflict (submission_key) do nothing returning id`);
    if (!row) {
      const [done] = await tx.query<{ id: number }>(
        sql`select id from plan_committee_meetings where submission_key = ${key}`,
      );
      return ok({ id: done!.id });
    }
    for (const d of decisions) {
      await tx.query(sql`insert into plan_committee_decisions (meeting_id, number, text, commitment_id)
        values (${row!.id}, ${d.number}, ${d.text}, ${d.commitmentNumber ? (commitments.get(d.commitmentNumber) ?? null) : null})`);
    }
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, null, 'plans.committee'),
      action: 'plans.committee-meeting',
      subject: { type: 'committee-meeting', id: row!.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { heldOn: text(input.heldOn), decisions: decisions.length },
    });
    return ok({ id: row!.id });
  });
}

export interface Member {
  id: number;
  name: string;
  positionMn: string | null;
  positionEn: string | null;
  memberRole: string;
  sector: string;
  startsOn: string;
  endsOn: string | null;
  slug: string | null;
  nameMn: string | null;
  nameEn: string | null;
}

export async function committeeMembers(db: Queryable): Promise<Member[]> {
  return db.query<Member>(sql`select m.id, m.name, m.position_mn as "positionMn", m.position_en as "positionEn",
      m.member_role as "memberRole", m.sector, m.starts_on as "startsOn", m.ends_on as "endsOn",
      o.slug, o.name_mn as "nameMn", o.name_en as "nameEn"
    from plan_committee_members m left join organizations o on o.id = m.organization_id
    where m.ends_on is null or m.ends_on >= current_date
    order by array_position(array['chair', 'secretary', 'member'], m.member_role), m.name`);
}

export interface Meeting {
  id: number;
  heldOn: string;
  titleMn: string | null;
  titleEn: string | null;
  place: string | null;
  agenda: string;
  minutes: string | null;
  decisions: number;
}

export async function committeeMeetings(db: Queryable): Promise<Meeting[]> {
  return db.query<Meeting>(sql`select m.id, m.held_on as "heldOn", m.title_mn as "titleMn", m.title_en as "titleEn",
      m.place, m.agenda, m.minutes, (select count(*)::int from plan_committee_decisions d where d.meeting_id = m.id) as decisions
    from plan_committee_meetings m order by m.held_on desc, m.id desc`);
}

export interface Decision {
  id: number;
  number: string | null;
  text: string;
  commitmentId: number | null;
  commitmentNumber: string | null;
  meetingId: number;
  heldOn: string;
}

export async function findMeeting(
  db: Queryable,
  id: number,
): Promise<(Meeting & { list: Decision[] }) | undefined> {
  const [meeting] = (await committeeMeetings(db)).filter((m) => m.id === id);
  if (!meeting) return undefined;
  return { ...meeting, list: await decisions(db, sql`d.meeting_id = ${id}`) };
}

async function decisions(db: Queryable, where: ReturnType<typeof sql>): Promise<Decision[]> {
  return db.query<Decision>(sql`select d.id, d.number, d.text, d.commitment_id as "commitmentId", c.number as "commitmentNumber",
      d.meeting_id as "meetingId", m.held_on as "heldOn"
    from plan_committee_decisions d join plan_committee_meetings m on m.id = d.meeting_id
    left join plan_commitments c on c.id = d.commitment_id where ${where} order by m.held_on desc, d.id`);
}

export function decisionsOn(db: Queryable, commitmentId: number): Promise<Decision[]> {
  return decisions(db, sql`d.commitment_id = ${commitmentId}`);
}

export async function requireMeeting(db: Queryable, id: number) {
  const meeting = await findMeeting(db, id);
  if (!meeting) throw notFound(`no meeting ${id}`);
  return meeting;
}
