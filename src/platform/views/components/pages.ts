import type { PageContext } from '../context.ts';
import { type Html, html } from '../html.ts';
import './messages.ts';

export interface ForbiddenParams {
  /** What the person tried to reach, in words ("the members of Ministry of Finance"). */
  what?: string;
  /** Who can grant access, when the page knows (a link or a name). */
  contact?: Html | string;
}

/**
 * The main part of a 403 page: a signed-in person whose role does not allow what they asked
 * (a visitor gets 401 and the sign-in page instead). Says so plainly and where to go.
 *
 * @example
 * forbiddenPage(ctx, { what: 'Members of Ministry of Finance', contact: 'admin@mof.gov.mn' })
 */
export function forbiddenPage(ctx: Pick<PageContext, 't'>, p: ForbiddenParams = {}): Html {
  const { t } = ctx;
  return html`<h1>${t('components.forbidden.title')}</h1>
${p.what ? html`<p class="lead">${p.what}</p>` : ''}
<p>${t('components.forbidden.body')}</p>
${p.contact ? html`<p>${p.contact}</p>` : ''}
<p><a href="/">${t('components.forbidden.home')}</a></p>`;
}

export interface HomeCardParams {
  href: string;
  title: string;
  /** One sentence: what the module holds, or, without records yet, what it will hold. */
  text: string;
  /** The headline figure, already formatted ("1 204"), and what it counts ("contracts"). */
  figure?: { value: string; label: string };
}

/**
 * A module's card on the home page (what a manifest's `homeCard` returns). Without a figure it
 * is the card the modules draw today.
 *
 * @example
 * homeCard({ href: '/procurement', title: 'Public procurement', text: 'Tenders and contracts', figure: { value: '1 204', label: 'contracting processes' } })
 */
export function homeCard(p: HomeCardParams): Html {
  return html`<a class="card" href="${p.href}"><h3>${p.title}</h3>${p.figure ? html`<p class="card-figure"><span class="card-number">${p.figure.value}</span> ${p.figure.label}</p>` : ''}<p>${p.text}</p></a>`;
}
