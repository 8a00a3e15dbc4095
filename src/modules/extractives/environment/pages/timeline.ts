import type { Translator } from '../../../../platform/i18n/index.ts';
import { type Html, html } from '../../../../platform/views/html.ts';
import type { CaseEvent, EnvironmentCase } from '../queries.ts';
import { stepSelector } from '../stages.ts';

/** Whether a deadline was met, missed, or is still running. */
export type Timing = 'met' | 'missed' | 'open';

/** The reply period's outcome: a reply on time, one late or none by its end, or still open. */
export function replyTiming(c: EnvironmentCase, events: readonly CaseEvent[], today: string): Timing | null {
  if (!c.replyLastDay) return null;
  const reply = events.find((e) => e.kind === 'reply');
  if (reply) return reply.occurredOn <= c.replyLastDay ? 'met' : 'missed';
  return today > c.replyLastDay ? 'missed' : 'open';
}

/** The remedy's outcome: verified by its day, after it, or not yet. */
export function remedyTiming(c: EnvironmentCase, events: readonly CaseEvent[], today: string): Timing | null {
  // An overturned decision's remedy is no longer owed.
  if (!c.remedyDueOn || events.some((e) => e.kind === 'appeal-outcome' && e.details.outcome === 'overturned'))
    return null;
  const verified = events.find((e) => e.kind === 'remedy-verified');
  if (verified) return verified.occurredOn <= c.remedyDueOn ? 'met' : 'missed';
  return today > c.remedyDueOn ? 'missed' : 'open';
}

const timingTag = (t: Translator, timing: Timing | null) =>
  timing ? html` <strong class="tag">${t('extractives.environment.timing', { timing })}</strong>` : '';

/** What a step says beyond its name: the decision's terms, the outcome, a note. */
function eventText(t: Translator, e: CaseEvent): Html {
  const d = e.details;
  const note = typeof d.note === 'string' ? html`<p>${d.note}</p>` : html``;
  switch (e.kind) {
    case 'inspection':
      return html`<p>${t('extractives.environment.field.report')}: ${String(d.reportReference ?? '')}</p>`;
    case 'reply':
      return html`<p>${d.late ? t('extractives.environment.replyLate') : t('extractives.environment.replyOnTime')}</p>`;
    case 'decision':
      return html`<p>${d.listed ? t('extractives.environment.decision.listed') : t('extractives.environment.decision.notListed')}.${
        d.penaltyMnt
          ? html` ${t('extractives.environment.field.penalty')}: ${t.money(String(d.penaltyMnt), 'MNT')}.`
          : ''
      }</p>`;
    case 'appeal':
      return typeof d.grounds === 'string' ? html`<p>${d.grounds}</p>` : html``;
    case 'appeal-outcome':
      return html`<p>${t('extractives.environment.outcome', { outcome: String(d.outcome) })}.${
        d.penaltyMnt
          ? html` ${t('extractives.environment.field.penalty')}: ${t.money(String(d.penaltyMnt), 'MNT')}.`
          : ''
      }</p>${note}`;
    default:
      return note;
  }
}

/**
 * The due-process history, oldest first: each step with its day, what it decided, the deadline it
 * started and whether that was met, and who recorded it when.
 */
export function timeline(
  t: Translator,
  c: EnvironmentCase,
  events: readonly CaseEvent[],
  today: string,
): Html {
  const appealed = events.find((e) => e.kind === 'appeal');
  return html`<ol class="timeline">${events.map((e) => {
    let deadline: Html | string = '';
    if (e.kind === 'notice' && e.lastDay)
      deadline = html`<p>${t('extractives.environment.deadline.reply', { date: t.date(e.lastDay) })}${timingTag(t, replyTiming(c, events, today))}</p>`;
    if (e.kind === 'decision' && e.lastDay) {
      const timing: Timing = appealed ? 'met' : today > e.lastDay ? 'missed' : 'open';
      deadline = html`<p>${t('extractives.environment.deadline.appeal', { date: t.date(e.lastDay) })} ${
        appealed
          ? t('extractives.environment.appealFiled')
          : timing === 'missed'
            ? t('extractives.environment.noAppeal')
            : ''
      }</p>${
        typeof e.details.remedyDueOn === 'string'
          ? html`<p>${t('extractives.environment.deadline.remedy', { date: t.date(e.details.remedyDueOn) })}${timingTag(t, remedyTiming(c, events, today))}</p>`
          : ''
      }`;
    }
    return html`<li><h3>${t.date(e.occurredOn)}: ${t('extractives.environment.step', { step: stepSelector(e.kind) })}</h3>
${eventText(t, e)}${deadline}
<p class="hint">${t('extractives.environment.recorded', { by: e.recordedBy, at: t.dateTime(e.recordedAt) })}</p></li>`;
  })}</ol>`;
}
