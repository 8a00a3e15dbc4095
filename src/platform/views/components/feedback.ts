import type { FieldError } from '../../http/errors.ts';
import type { PageContext } from '../context.ts';
import { type Html, type HtmlValue, html } from '../html.ts';
import type { WordsContext } from './fields.ts';
import './messages.ts';

/**
 * GOV.UK-style summary of what is wrong, each linking to its field; shown first in `main`.
 *
 * @example
 * errorSummary(ctx, [{ field: 'name', message: 'Enter <a> name' }])
 */
export function errorSummary(ctx: PageContext, errors: readonly FieldError[]): Html {
  if (errors.length === 0) return html``;
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
  <h2 id="error-summary-title">${ctx.t('errors.summary')}</h2>
  <ul>${errors.map((e) => html`<li><a href="#${e.field}">${e.message}</a></li>`)}</ul>
</div>`;
}

/**
 * What a list says when it has nothing to show.
 *
 * @example
 * emptyState('Nothing yet', 'Come back')
 */
export function emptyState(title: string, body?: string): Html {
  return html`<div class="empty-state"><p class="empty-title">${title}</p>${body ? html`<p>${body}</p>` : ''}</div>`;
}

export interface NoticeParams {
  /**
   * `success`: something done (the green `.notice` pages already use); `inset`: an aside the
   * reader should not miss; `warning`: a consequence to heed, announced as "Warning:".
   */
  tone: 'success' | 'inset' | 'warning';
  body: HtmlValue;
}

/**
 * A boxed message in the flow of the page.
 *
 * @example
 * notice(ctx, { tone: 'warning', body: 'Removing a member cannot be undone' })
 */
export function notice(ctx: WordsContext, p: NoticeParams): Html {
  if (p.tone === 'warning')
    return html`<div class="notice notice-warning"><p><strong><span class="visually-hidden">${ctx.t('components.warning')}:</span> ${p.body}</strong></p></div>`;
  return html`<div class="${p.tone === 'inset' ? 'notice notice-inset' : 'notice'}"><p>${p.body}</p></div>`;
}

export interface ConfirmationPanelParams {
  /** What was done: "Your request has been sent". */
  title: string;
  /** What happens next, or the reference to keep. */
  body?: HtmlValue;
  /** A reference number shown large ("Your reference: FB-2026-0042"). */
  reference?: { label: string; value: string };
  /** 1 on a confirmation page of its own (the default), 2 inside another page. */
  headingLevel?: 1 | 2;
}

/**
 * The panel a successful submission lands on (after its 303), GOV.UK's confirmation panel.
 *
 * @example
 * confirmationPanel({ title: 'Request sent', reference: { label: 'Your reference', value: 'FB-2026-0042' }, body: 'We reply within 30 days' })
 */
export function confirmationPanel(p: ConfirmationPanelParams): Html {
  const title =
    p.headingLevel === 2
      ? html`<h2 class="panel-title">${p.title}</h2>`
      : html`<h1 class="panel-title">${p.title}</h1>`;
  return html`<div class="panel-confirmation">${title}${p.reference ? html`<p class="panel-body">${p.reference.label}<br><strong class="panel-reference">${p.reference.value}</strong></p>` : ''}${p.body ? html`<p class="panel-body">${p.body}</p>` : ''}</div>`;
}
