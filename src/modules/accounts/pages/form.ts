import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../../../platform/http/errors.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import { errorSummary } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import type { Crumb } from '../../../platform/views/layout.ts';
import type { RequestMeta } from '../sign-up.ts';
import type { Problems } from '../validation.ts';

/** Problems carry message keys; pages show them in the reader's language. */
export function translateProblems(t: Translator, problems: Problems): FieldError[] {
  return problems.map((p) => ({ field: p.field, message: t(p.message) }));
}

export function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

/** Where to go after signing in: a path on this site only, never another host. */
export function safeNext(next: unknown, fallback = '/account'): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\')
    ? next
    : fallback;
}

export function requestMeta(request: FastifyRequest): RequestMeta & { userAgent?: string } {
  return {
    ip: request.ip,
    requestId: request.id,
    locale: request.locale,
    userAgent: request.headers['user-agent'],
  };
}

export interface FormPage {
  title: string;
  lead?: string;
  errors?: readonly FieldError[];
  /** A message above the form: what just happened. */
  notice?: string;
  body: Html;
  breadcrumbs?: readonly Crumb[];
  status?: number;
}

/** A narrow page with one form: the error summary first, then title, lead and the form. */
export function sendFormPage(request: FastifyRequest, reply: FastifyReply, page: FormPage): FastifyReply {
  const errors = page.errors ?? [];
  return reply.code(page.status ?? (errors.length > 0 ? 422 : 200)).sendPage({
    title: errors.length > 0 ? `${request.t('accounts.errorPrefix')}: ${page.title}` : page.title,
    breadcrumbs: page.breadcrumbs ?? [{ label: page.title }],
    main: html`<div class="narrow">
${errorSummary(request.page, errors)}
${page.notice ? html`<div class="notice" role="status"><p>${page.notice}</p></div>` : ''}
<h1>${page.title}</h1>
${page.lead ? html`<p class="lead">${page.lead}</p>` : ''}
${page.body}
</div>`,
  });
}
