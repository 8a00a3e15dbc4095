import type { PageContext } from '../views/context.ts';
import { html } from '../views/html.ts';
import type { PageOptions } from '../views/layout.ts';
import type { ProblemBody } from './problem.ts';

/** The site's error page: what happened in plain words, where to go next, the request id. */
export function errorPage(ctx: PageContext, problem: ProblemBody): PageOptions {
  const { t } = ctx;
  const hint =
    problem.status === 404
      ? t('errors.notFoundHint')
      : problem.status >= 500
        ? t('errors.serverHint')
        : t('errors.requestHint');
  return {
    title: problem.title,
    main: html`<h1>${problem.title}</h1>
<p class="lead">${hint}</p>
${problem.errors && problem.errors.length > 0 ? html`<ul class="error-list">${problem.errors.map((e) => html`<li><strong>${e.field}</strong>: ${e.message}</li>`)}</ul>` : problem.status < 500 && problem.detail ? html`<p>${problem.detail}</p>` : ''}
<p><a href="/">${t('errors.backHome')}</a></p>
<p class="meta">${t('errors.reference')}: <code>${problem.requestId}</code></p>`,
  };
}
