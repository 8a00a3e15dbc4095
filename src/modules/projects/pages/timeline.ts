import { recordHistory } from '../../../platform/datasets/versions.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import type { Project, ProjectRevision } from '../queries.ts';

/** One dated thing in a project's life. */
export interface TimelineEvent {
  on: string;
  text: string;
  /** A planned date still to come (a milestone due, the planned end), drawn as planned. */
  planned?: boolean;
}

const dayOf = (d: Date | string) =>
  d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10);

/**
 * A project's timeline, read from its tables: the revisions of budget and schedule (the first the
 * approved plan), its changes of stage (from its change history), its actual start and end, its
 * milestones (due and completed) and its progress reports, in date order.
 */
export async function timelineEvents(
  db: Queryable,
  t: Translator,
  p: Project,
  revisions: readonly ProjectRevision[],
): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  revisions.forEach((r, i) => {
    const parts = [
      r.budgetAmount
        ? t('projects.timeline.budget', { budget: t.money(Number(r.budgetAmount), r.budgetCurrency!) })
        : '',
      r.plannedStart ? t('projects.timeline.start', { date: t.date(r.plannedStart) }) : '',
      r.plannedEnd ? t('projects.timeline.end', { date: t.date(r.plannedEnd) }) : '',
    ].filter((s) => s !== '');
    events.push({
      on: r.revisedOn,
      text: t(i === 0 ? 'projects.timeline.plan' : 'projects.timeline.revision', {
        what: parts.join('; '),
        reason: t.pick({ mn: r.reasonMn, en: r.reasonEn ?? r.reasonMn }),
      }),
    });
  });
  let stage: unknown = null;
  for (const v of await recordHistory(db, 'projects', p.slug)) {
    const now = v.data?.stage;
    if (now && now !== stage)
      events.push({
        on: dayOf(v.changedAt),
        text: t('projects.timeline.stage', { stage: t(`projects.stage.${String(now)}`) }),
      });
    stage = now ?? stage;
  }
  if (p.actualStart) events.push({ on: p.actualStart, text: t('projects.timeline.started') });
  if (p.actualEnd) events.push({ on: p.actualEnd, text: t('projects.timeline.ended') });
  const milestones = await db.query<{
    titleMn: string;
    titleEn: string;
    due: string;
    done: string | null;
  }>(sql`
    select title_mn as "titleMn", title_en as "titleEn", to_char(due_on, 'YYYY-MM-DD') as due,
      to_char(completed_on, 'YYYY-MM-DD') as done
    from project_milestones where project_id = ${p.id} order by due_on, id`);
  for (const m of milestones) {
    const title = t.pick({ mn: m.titleMn, en: m.titleEn });
    if (m.done) events.push({ on: m.done, text: t('projects.timeline.milestoneDone', { title }) });
    else events.push({ on: m.due, text: t('projects.timeline.milestoneDue', { title }), planned: true });
  }
  const reports = await db.query<{ reported: string; start: string; end: string; physical: string }>(sql`
    select to_char(reported_on, 'YYYY-MM-DD') as reported, to_char(period_start, 'YYYY-MM-DD') as start,
      to_char(period_end, 'YYYY-MM-DD') as "end", physical_percent::text as physical
    from project_progress_reports where project_id = ${p.id} order by period_end`);
  for (const r of reports)
    events.push({
      on: r.reported,
      text: t('projects.timeline.report', {
        start: t.date(r.start),
        end: t.date(r.end),
        physical: t.number(Number(r.physical)),
      }),
    });
  return events.sort((a, b) => a.on.localeCompare(b.on));
}

/** The timeline as an ordered list of dated entries (plain HTML: read in order without styles). */
export function timelineList(t: Translator, events: readonly TimelineEvent[]): Html {
  if (events.length === 0) return html`<p>${t('projects.timeline.empty')}</p>`;
  return html`<ol class="timeline">${events.map(
    (e) =>
      html`<li><time datetime="${e.on}">${t.date(e.on)}</time> ${e.planned ? html`<strong>${t('projects.timeline.planned')}</strong> ` : ''}${e.text}</li>`,
  )}</ol>`;
}
