import type { Translator } from '../../platform/i18n/index.ts';
import { type Html, type HtmlValue, html } from '../../platform/views/html.ts';
import type { CaseAttachment, CaseEvent, FeedbackCase } from './cases.ts';
import { daysLeft } from './deadlines.ts';
import { openStatuses } from './kinds.ts';

/** The last day to answer, as people say it (the deadline is the midnight after it). */
export function dueDate(t: Translator, deadline: Date): string {
  return t.date(new Date(new Date(deadline).getTime() - 1));
}

/** "12 days left" / "due today" / "3 days overdue", for open cases. */
export function deadlineClock(
  t: Translator,
  c: Pick<FeedbackCase, 'status' | 'deadlineAt'>,
  now: Date,
  timeZone: string,
): Html {
  if (!openStatuses.includes(c.status)) return html``;
  const left = daysLeft(new Date(c.deadlineAt), now, timeZone);
  if (left < 0)
    return html`<span class="tag feedback-overdue">${t('feedback.clock.overdue', { days: -left })}</span>`;
  if (left === 0) return html`<span class="tag feedback-due">${t('feedback.clock.today')}</span>`;
  return html`<span class="tag">${t('feedback.clock.left', { days: left })}</span>`;
}

export function statusTag(t: Translator, status: string): Html {
  return html`<span class="tag feedback-status-${status}">${t(`feedback.status.${status}`)}</span>`;
}

/** The status timeline; internal notes are marked (staff see them, submitters never get them). */
export function timeline(t: Translator, events: readonly CaseEvent[], staff: boolean): Html {
  const describe = (e: CaseEvent): string => {
    const organization = t.pick({ mn: e.organizationMn, en: e.organizationEn });
    return t(`feedback.event.${e.kind}`, {
      organization,
      days: Number(e.data.days ?? 0),
      rating: Number(e.data.rating ?? 0),
    });
  };
  return html`<ol class="feedback-timeline">${events.map(
    (e) => html`<li class="${e.public ? '' : 'feedback-internal'}"><p><strong>${describe(e)}</strong>
      <span class="meta"> · <time datetime="${new Date(e.at).toISOString()}">${t.dateTime(e.at)}</time>${staff && e.actorName ? html` · ${e.actorName}` : ''}${staff && !e.public ? html` · ${t('feedback.internal')}` : ''}</span></p>
      ${e.text && (e.kind !== 'answered' || staff) ? html`<p class="feedback-text">${e.text}</p>` : ''}</li>`,
  )}</ol>`;
}

/** Keeps paragraphs of plain text (escaped) as paragraphs. */
export function paragraphs(text: string | null): HtmlValue {
  if (!text) return '';
  return text.split(/\n{2,}/).map((p) => html`<p class="feedback-text">${p}</p>`);
}

/** Rows named in both languages (categories, aimags, organisations) as a select's choices, keyed by `key`. */
export function namedChoices<K extends string>(
  t: Translator,
  rows: readonly ({ nameMn: string; nameEn: string } & Record<K, string>)[],
  key: K,
): { value: string; label: string }[] {
  return rows.map((r) => ({ value: r[key], label: t.pick({ mn: r.nameMn, en: r.nameEn }) }));
}

/** A case's attached files, each a link under `base` (the page that may serve them). */
export function attachmentList(t: Translator, base: string, files: readonly CaseAttachment[]): HtmlValue {
  if (files.length === 0) return '';
  return html`<h2>${t('feedback.field.attachments')}</h2><ul class="link-list">${files.map((f) => html`<li><a href="${base}/files/${f.id}">${f.filename}</a> <span class="meta">${f.mediaType}</span></li>`)}</ul>`;
}
