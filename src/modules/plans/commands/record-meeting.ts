import type { Static } from 'typebox';
import { problem } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { isIsoDate } from '../../../platform/patterns.ts';
import { plansCommand, submissionKeyOf, text, textFields, unchanged, wrote } from './frame.ts';

/** What the meeting form sends; decisions one a line, `#<commitment number>` naming the commitment. */
export const MeetingBody = textFields({
  heldOn: 100,
  titleMn: 1000,
  titleEn: 1000,
  place: 1000,
  agenda: 40000,
  minutes: 200000,
  decisions: 200000,
  /** The form's one-time key: a retried form records no second meeting. */
  submissionKey: 100,
});
export type MeetingInput = Static<typeof MeetingBody>;

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

/** Records a committee meeting with its agenda, minutes and decisions, once per form. */
export const recordMeeting = plansCommand('plans.committee', (ctx, actor, input: MeetingInput) => ({
  check: async (problems) => {
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
    return { agenda, decisions, commitments };
  },
  write: async (tx, { agenda, decisions, commitments }) => {
    const key = submissionKeyOf(input.submissionKey);
    const [row] = await tx.query<{ id: number }>(sql`insert into plan_committee_meetings
      (held_on, title_mn, title_en, place, agenda, minutes, created_by, submission_key)
      values (${text(input.heldOn)}, ${text(input.titleMn) || null}, ${text(input.titleEn) || null},
        ${text(input.place) || null}, ${agenda}, ${text(input.minutes) || null}, ${actor.userId}, ${key})
      on conflict (submission_key) do nothing returning id`);
    if (!row) {
      const [done] = await tx.query<{ id: number }>(
        sql`select id from plan_committee_meetings where submission_key = ${key}`,
      );
      return unchanged({ id: done!.id });
    }
    for (const d of decisions) {
      await tx.query(sql`insert into plan_committee_decisions (meeting_id, number, text, commitment_id)
        values (${row.id}, ${d.number}, ${d.text}, ${d.commitmentNumber ? (commitments.get(d.commitmentNumber) ?? null) : null})`);
    }
    return wrote(
      { id: row.id },
      {
        action: 'plans.committee-meeting',
        subject: { type: 'committee-meeting', id: row.id },
        details: { heldOn: text(input.heldOn), decisions: decisions.length },
      },
    );
  },
}));
