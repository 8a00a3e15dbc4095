import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { notFound } from '../../platform/http/errors.ts';

/**
 * The OGP national committee (section II.2 of the plan): its members, its meetings with agenda
 * and minutes, and the decisions it takes, each linked to the commitment it concerns.
 */

export const memberRoles = ['chair', 'secretary', 'member'] as const;
export const sectors = ['government', 'civil-society', 'private-sector', 'academia', 'other'] as const;

/**
 * The post every member holds in the committee's organisation (the country pack's
 * `plans.committeeSlug`), in the platform's register of officials; migration 003 names it the same.
 */
export const COMMITTEE_POST = {
  mn: 'Үндэсний хорооны гишүүн',
  en: 'Member of the national committee',
} as const;

/**
 * A member: the official's term in the committee's post (name in both languages, role, dates) and
 * what is the committee's own (the body represented, the position there, the sector).
 */
export interface Member {
  id: number;
  official: string;
  officialNameMn: string;
  officialNameEn: string | null;
  postMn: string;
  postEn: string | null;
  committeeSlug: string;
  committeeNameMn: string;
  committeeNameEn: string;
  role: string | null;
  positionMn: string | null;
  positionEn: string | null;
  sector: string;
  startsOn: string;
  endsOn: string | null;
  slug: string | null;
  nameMn: string | null;
  nameEn: string | null;
}

/** The members whose term has not ended (chair, secretary, then members, by name), from the register of officials. */
export async function committeeMembers(db: Queryable): Promise<Member[]> {
  return db.query<Member>(sql`select m.id, f.slug as official, f.name_mn as "officialNameMn", f.name_en as "officialNameEn",
      p.label_mn as "postMn", p.label_en as "postEn", c.slug as "committeeSlug", c.name_mn as "committeeNameMn",
      c.name_en as "committeeNameEn", t.role, m.position_mn as "positionMn", m.position_en as "positionEn", m.sector,
      t.starts_on as "startsOn", t.ends_on as "endsOn", o.slug, o.name_mn as "nameMn", o.name_en as "nameEn"
    from plan_committee_members m
    join official_memberships t on t.id = m.membership_id
    join officials f on f.id = t.official_id
    join official_posts p on p.id = t.post_id
    join organizations c on c.id = p.organization_id
    left join organizations o on o.id = m.organization_id
    where t.ends_on is null or t.ends_on >= current_date
    order by array_position(array['chair', 'secretary', 'member'], t.role), mn_sort_key(f.name_mn) collate "C", m.id`);
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
