import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FormState } from '../../../platform/forms/index.ts';
import type { FieldError } from '../../../platform/http/errors.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import { errorSummary, textField } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import type { Crumb } from '../../../platform/views/layout.ts';
import type { SignedIn } from '../sign-in.ts';

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

/**
 * Where a session goes once signed in, by password or through the provider: on to its second
 * factor, or to set one up, then `next` (already checked by `safeNext`).
 */
export function afterSignIn(step: SignedIn['next'], next: string): string {
  if (step === 'second-factor') return `/sign-in/second-factor?next=${encodeURIComponent(next)}`;
  if (step === 'set-up-second-factor') return `/account/two-factor?next=${encodeURIComponent(next)}`;
  return next;
}

/** What a form posted, as text (a form's `redirect` and `done` read what the command did not return). */
export const sentText = (request: FastifyRequest, field: string): string => {
  const value = (request.body as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' ? value : '';
};

/**
 * The view of a form of these pages (for `formRoute`): heading, the lead until the form comes
 * back refused, the fields and the submit button, then what follows the form.
 */
export function formView(
  form: FormState,
  title: string,
  lead: string | undefined,
  fields: readonly Html[],
  submit: string,
  after: Html | string = '',
) {
  return {
    title,
    main: html`<h1>${title}</h1>
${lead && form.errors.length === 0 ? html`<p class="lead">${lead}</p>` : ''}
<form method="post" action="${form.action}" novalidate>
  ${form.csrf}
  ${fields}
  <button type="submit" class="button">${submit}</button>
</form>
${after}`,
  };
}

/** The address field of these forms (sign-in, sign-up, reset), with what was sent. */
export const emailField = (form: FormState, t: Translator) =>
  textField('email', t('accounts.field.email'), form.value('email'), {
    type: 'email',
    error: form.error('email'),
    autocomplete: 'email',
  });

/** The field of a new password (sign-up, reset), never refilled. */
export const newPasswordField = (form: FormState, t: Translator, label: string) =>
  textField('password', label, '', {
    type: 'password',
    error: form.error('password'),
    hint: t('accounts.hint.password'),
    autocomplete: 'new-password',
  });

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
