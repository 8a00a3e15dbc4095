import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Static, type TObject, type TProperties, Type } from 'typebox';
import type { FieldProblem, Refused, Result } from '../commands/result.ts';
import { translateProblems } from '../commands/result.ts';
import type { UploadLimits } from '../files/receive.ts';
import type { RouteAccess } from '../http/auth.ts';
import type { FieldError } from '../http/errors.ts';
import type { App } from '../http/types.ts';
import { registerMessages } from '../i18n/index.ts';
import { errorSummary } from '../views/components.ts';
import { type Html, html } from '../views/html.ts';
import type { Crumb, PageOptions } from '../views/layout.ts';
import { formMessages } from './messages.ts';
import { type SchemaIssue, schemaProblems } from './schema-problems.ts';

/** The hidden CSRF field every posted form carries, added to each form's body schema. */
export const CsrfField = Type.Optional(Type.String({ maxLength: 200 }));

/** A form's body schema with the CSRF field. */
export const withCsrf = <P extends TProperties>(body: TObject<P>) =>
  Type.Object({ ...body.properties, _csrf: CsrfField });

/** A request to a form route, with its path parameters as the declaration's schema reads them. */
export type FormRequest<Q extends TObject> = FastifyRequest & { params: Static<Q> };

type FormValue = string | readonly string[] | undefined;

/** What a form's `render` gets: the values to show, the problems to tell, the CSRF field. */
export interface FormState {
  /** What was sent (kept after a refusal) or, for an empty form, what `values` loaded. */
  values: Readonly<Record<string, FormValue>>;
  /** A field's value as text ('' when there is none). */
  value(field: string): string;
  /** The problems, translated, in the order the error summary lists them. */
  errors: readonly FieldError[];
  /** A field's problem, for the message beside it. */
  error(field: string): string | undefined;
  /** The hidden CSRF field: put it first in the form. */
  csrf: Html;
  /** Where the form posts: the path it was read from (its own `path` when it is `shownAt` another). */
  action: string;
}

/** What a form page shows; the frame adds the error summary and the title's prefix. */
export interface FormView {
  title: string;
  breadcrumbs?: readonly Crumb[];
  /** The page's content after the error summary: heading, lead and the `<form>`. */
  main: Html;
  /** Full width instead of the narrow reading column. */
  wide?: boolean;
  /** Other formats of the page (`<link rel=alternate>`), for a form that is part of a record's page. */
  alternates?: PageOptions['alternates'];
}

/** The page of a command refused as a whole (`refusedAs`): its view and status (an expired link: 410). */
export interface RefusalView extends FormView {
  status: number;
}

type FormValues = Readonly<Record<string, FormValue>>;

export interface FormDeclaration<P extends TProperties, Q extends TObject, T, R extends string = never> {
  /** The page's path; GET shows the form, POST takes it. */
  path: string;
  /** Who may open and send it (`config.access` of both routes). */
  access: RouteAccess;
  /**
   * Who may open it when that differs from who may send it: `'public'` for a form anyone may
   * send, so that its empty page is cached as every public page is.
   */
  getAccess?: RouteAccess;
  /** The path parameters' schema. */
  params?: Q;
  /** The query string's schema, of both routes (what `values` or `redirect` read, as `?next=`). */
  query?: TObject;
  /**
   * The body, without `_csrf` (added here). What fails it (a missing field, a value too long) is
   * shown on the form as field problems, never a bare error page; the command judges the rest.
   */
  body: TObject<P>;
  /**
   * The values the form opens with (the record being edited); none by default. A refusal
   * (`refusedAs`) instead shows the `refused` page: a link that no longer works.
   */
  values?: (request: FormRequest<Q>) => Promise<FormValues | Refused<R>>;
  /** The change: the body as sent (without `_csrf`), giving its value or field problems. */
  command: (input: Static<TObject<P>>, request: FormRequest<Q>) => Promise<Result<T, R>>;
  render: (form: FormState, request: FormRequest<Q>) => FormView | Promise<FormView>;
  /**
   * Where to go after success (303 See Other). `reply` is there to set a cookie on the way
   * (sign-in's session). Give `redirect` or `done`.
   */
  redirect?: (value: T, request: FormRequest<Q>, reply: FastifyReply) => string;
  /** Instead of a redirect, the page saying what happened (200), e.g. that a mail was sent. */
  done?: (value: T, request: FormRequest<Q>) => FormView;
  /** The page of a refusal of the command as a whole (`refusedAs`); without it such a refusal is a 422 form. */
  refused?: (refusal: R, request: FormRequest<Q>) => RefusalView | Promise<RefusalView>;
  /** Hidden from the OpenAPI document (pages are); true by default. */
  hide?: boolean;
  /** Headers of the form's every answer, shown or refused (`cache-control: private, no-store`). */
  headers?: Readonly<Record<string, string>>;
  /**
   * The form takes files: `config.uploads` of the POST, so that multipart is read within these
   * limits (the platform checks the CSRF field before the first file part). Files arrive in the
   * body as `ReceivedFile`s; declare their field (`Type.Optional(Type.Unknown())`).
   */
  uploads?: UploadLimits;
  /**
   * The form is part of another page, shown at `path` with its own access (a public page that
   * shows the form to those who may send it): GET is there, and the form's `path` only takes the
   * POST, answering a refusal with that page again. Both have the same path parameters. Without
   * `access`, the page is another form's (two forms on one page): that declaration registers it.
   */
  shownAt?: { path: string; access?: RouteAccess };
  /**
   * `false` when the form is one of several on a page another route shows (its GET is not this
   * path): only the POST is registered, and a refusal shows `render` at the form's path.
   */
  get?: boolean;
  /**
   * Runs before the form is shown or taken, on both routes: a finer check than `access` (staff of
   * one organisation) that answers with a page of its own by sending the reply.
   */
  preHandler?: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}

/** A route's path with its parameters filled in: `/gadgets/:id/name` → `/gadgets/7/name`. */
const filled = (path: string, params: unknown): string =>
  path.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(String((params as Record<string, unknown>)[name] ?? '')),
  );

const textOf = (value: FormValue): string =>
  typeof value === 'string' ? value : typeof value?.[0] === 'string' ? value[0] : '';

/**
 * Declares a form page: GET shows it (empty or with `values`), POST runs the command, then either
 * 303 to `redirect` (or the `done` page), or 422 with the form again: error summary first (each
 * problem linked to its field's id), title prefixed ("Error: …"), what was sent kept; 429 with
 * `Retry-After` when refused for too many attempts; the `refused` page for a refusal of the whole.
 * Access and CSRF are the platform's, as for any route.
 */
export function formRoute<
  P extends TProperties,
  Q extends TObject = TObject,
  T = unknown,
  R extends string = never,
>(app: App, form: FormDeclaration<P, Q, T, R>): void {
  registerMessages(formMessages);
  if (!form.redirect === !form.done) throw new Error(`form ${form.path}: give redirect or done`);
  const body = withCsrf(form.body);
  const hide = form.hide ?? true;
  const config = { access: form.access };
  const params = {
    ...(form.params ? { params: form.params } : {}),
    ...(form.query ? { querystring: form.query } : {}),
  };
  const preHandler = form.preHandler ? { preHandler: form.preHandler } : {};

  const send = (reply: FastifyReply, view: FormView, status: number, refused: boolean, errors: Html) => {
    const t = reply.request.t;
    const main = html`${errors}${view.main}`;
    for (const [name, value] of Object.entries(form.headers ?? {})) reply.header(name, value);
    return reply.code(status).sendPage({
      title: refused ? `${t('forms.errorPrefix')}: ${view.title}` : view.title,
      breadcrumbs: view.breadcrumbs ?? [{ label: view.title }],
      main: view.wide ? main : html`<div class="narrow">${main}</div>`,
      ...(view.alternates ? { alternates: view.alternates } : {}),
    });
  };

  const refusal = async (request: FormRequest<Q>, reply: FastifyReply, refused: Refused<R>) => {
    if (refused.refusal === undefined || !form.refused) return undefined;
    const view = await form.refused(refused.refusal, request);
    return send(reply, view, view.status, false, html``);
  };

  const show = async (
    request: FormRequest<Q>,
    reply: FastifyReply,
    values: FormValues,
    problems: readonly FieldProblem[],
    retryAfterSeconds?: number,
  ) => {
    const { t } = request;
    const errors = translateProblems(t, problems);
    const state: FormState = {
      values,
      value: (field) => textOf(values[field]),
      errors,
      error: (field) => errors.find((e) => e.field === field)?.message,
      csrf: reply.csrfField(),
      action: form.shownAt ? filled(form.path, request.params) : (request.url.split('?')[0] as string),
    };
    const view = await form.render(state, request);
    const refused = errors.length > 0;
    if (retryAfterSeconds !== undefined) reply.header('retry-after', String(retryAfterSeconds));
    const status = retryAfterSeconds !== undefined ? 429 : refused ? 422 : 200;
    return send(reply, view, status, refused, errorSummary(request.page, errors));
  };

  // A form shown on another page is shown there; another form's page is registered by that form.
  const page = form.shownAt
    ? { path: form.shownAt.path, access: form.shownAt.access }
    : { path: form.path, access: form.getAccess ?? form.access };
  if (form.get !== false && page.access)
    app.get(
      page.path,
      { schema: { hide, ...params }, config: { access: page.access }, ...preHandler },
      async (request, reply) => {
        const req = request as FormRequest<Q>;
        const values = form.values ? await form.values(req) : {};
        if (values.ok === false)
          return (await refusal(req, reply, values as Refused<R>)) ?? show(req, reply, {}, []);
        return show(req, reply, values as FormValues, []);
      },
    );

  const uploads = form.uploads ? { uploads: form.uploads } : {};
  app.post(
    form.path,
    {
      schema: { hide, ...params, body },
      config: { ...config, ...uploads },
      attachValidation: true,
      ...preHandler,
    },
    async (request, reply) => {
      const req = request as FormRequest<Q>;
      const { _csrf, ...sent } = (request.body ?? {}) as Record<string, FormValue>;
      const invalid = request.validationError as
        | (Error & { validation?: SchemaIssue[]; validationContext?: string })
        | undefined;
      if (invalid) {
        const problems =
          invalid.validationContext === 'body' ? schemaProblems(invalid.validation ?? []) : undefined;
        if (!problems) throw invalid;
        return show(req, reply, sent, problems);
      }
      const result = await form.command(sent as Static<TObject<P>>, req);
      if (result.ok) {
        if (form.done) return send(reply, form.done(result.value, req), 200, false, html``);
        return reply.redirect(form.redirect!(result.value, req, reply), 303);
      }
      return (
        (await refusal(req, reply, result)) ??
        show(req, reply, sent, result.problems, result.retryAfterSeconds)
      );
    },
  );
}
