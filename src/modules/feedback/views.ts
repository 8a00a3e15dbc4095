import type { Translator } from '../../platform/i18n/index.ts';
import { type Html, type HtmlValue, html } from '../../platform/views/html.ts';
import type { CaseEvent, FeedbackCase } from './cases.ts';
import { daysLeft } from './deadlines.ts';
import { openStatuses } from './kinds.ts';

/** A multi-line text field in the style of the platform's `textField`. */
export function textArea(
  id: string,
  label: string,
  value: string | undefined,
  options: { error?: string; hint?: string; rows?: number } = {},
): Html {
  const describedBy = [options.hint ? `${id}-hint` : '', options.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field${options.error ? ' field-error' : ''}"><label for="${id}">${label}</label>
  ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : ''}
  ${options.error ? html`<p class="error-message" id="${id}-error">${options.error}</p>` : ''}
  <textarea id="${id}" name="${id}" rows="${options.rows ?? 6}"${describedBy ? html` aria-describedby="${describedBy}"` : ''}${options.error ? html` aria-invalid="true"` : ''}>${value ?? ''}</textarea>
</div>`;
}

export function checkboxField(id: string, label: string, checked: boolean, hint?: string): Html {
  return html`<div class="field feedback-check"><input type="checkbox" id="${id}" name="${id}" value="yes"${checked ? html` checked` : ''}${hint ? html` aria-describedby="${id}-hint"` : ''}>
  <label for="${id}">${label}</label>${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}</div>`;
}

/** A labelled select whose first choice is a prompt, with an error like the other fields. */
export function choiceField(
  id: string,
  label: string,
  options: readonly { value: string; label: string }[],
  selected: string | undefined,
  prompt: string,
  error?: string,
): Html {
  return html`<div class="field${error ? ' field-error' : ''}"><label for="${id}">${label}</label>
  ${error ? html`<p class="error-message" id="${id}-error">${error}</p>` : ''}
  <select id="${id}" name="${id}"${error ? html` aria-invalid="true" aria-describedby="${id}-error"` : ''}>
    <option value="">${prompt}</option>
    ${options.map((o) => html`<option value="${o.value}"${o.value === selected ? html` selected` : ''}>${o.label}</option>`)}
  </select></div>`;
}

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
