import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../../../platform/http/errors.ts';
import { errorSummary } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import type { Crumb } from '../../../platform/views/layout.ts';

export function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

/** Any base will do: a next that stays on it is a path of whatever site reads it. */
const NEXT_BASE = 'https://shilen.invalid';
/** Controls and whitespace (a tab or line break inside `/\t/host` is dropped by browsers, leaving `//host`). */
const CONTROL_OR_SPACE = /[\p{Cc}\p{Zs}\p{Zl}\p{Zp}\s]/u;

/** The text a percent-encoded value stands for, decoded until it stops changing; null if it never settles. */
function decoded(value: string): string | null {
  let current = value;
  for (let i = 0; i < 4; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

/**
 * Where to go after signing in: a path on this site only, never another host. Browsers read
 * `//host`, `/\host`, `/<tab>/host` and their encodings as other sites, so a next is kept only when
 * it starts with a single `/`, holds no backslash, control or space character (raw or decoded),
 * no `//` in its path once decoded, and resolves to this origin. Every page that takes a `next`
 * (password, OpenID Connect, second factor, its set-up) goes through this one check.
 */
export function safeNext(next: unknown, fallback = '/account'): string {
  if (typeof next !== 'string' || next.length > 2000 || !next.startsWith('/')) return fallback;
  const plain = decoded(next);
  if (plain === null) return fallback;
  for (const form of [next, plain])
    if (form.startsWith('//') || form.includes('\\') || CONTROL_OR_SPACE.test(form)) return fallback;
  if (plain.split(/[?#]/, 1)[0]!.includes('//')) return fallback;
  try {
    if (new URL(next, NEXT_BASE).origin !== NEXT_BASE) return fallback;
  } catch {
    return fallback;
  }
  return next;
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
