import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Static, type TObject, type TProperties, Type } from 'typebox';
import type { FieldProblem, Result } from '../commands/result.ts';
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

export interface FormDeclaration<P extends TProperties, Q extends TObject, T> {
  /** The page's path; GET shows the form, POST takes it. */
  path: string;
  /** Who may open and send it (`config.access` of both routes). */
  access: RouteAccess;
  /** The path parameters' schema. */
  params?: Q;
  /**
   * The body, without `_csrf` (added here). What fails it (a missing field, a value too long) is
   * shown on the form as field problems, never a bare error page; the command judges the rest.
   */
  body: TObject<P>;
  /** The values the form opens with (the record being edited); none by default. */
  values?: (request: FormRequest<Q>) => Promise<Readonly<Record<string, FormValue>>>;
  /** The change: the body as sent (without `_csrf`), giving its value or field problems. */
  command: (input: Static<TObject<P>>, request: FormRequest<Q>) => Promise<Result<T>>;
  render: (form: FormState, request: FormRequest<Q>) => FormView | Promise<FormView>;
  /** Where to go after success (303 See Other). */
  redirect: (value: T, request: FormRequest<Q>) => string;
  /** Hidden from the OpenAPI document (pages are); true by default. */
  hide?: boolean;
  /**
   * The form is part of another page, shown at `path` with its own access (a public page that
   * shows the form to those who may send it): GET is there, and `path` only takes the POST,
   * answering a refusal with that page again. Both have the same path parameters. Without
   * `access`, the page is another form's (two forms on one page): that declaration registers it.
   */
  shownAt?: { path: string; access?: RouteAccess };
  /**
   * The form has file inputs (`enctype="multipart/form-data"`): the POST takes them within these
   * limits (`config.uploads`); text fields arrive as strings, files as `ReceivedFile`s.
   */
  uploads?: UploadLimits;
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
 * 303 to `redirect`, or 422 with the form again: error summary first (each problem linked to its
 * field's id), title prefixed ("Error: …"), what was sent kept. Access and CSRF are the platform's,
 * as for any route.
 */
export function formRoute<P extends TProperties, Q extends TObject = TObject, T = unknown>(
  app: App,
  form: FormDeclaration<P, Q, T>,
): void {
  registerMessages(formMessages);
  const body = withCsrf(form.body);
  const hide = form.hide ?? true;
  const config = { access: form.access };
  const params = form.params ? { params: form.params } : {};

  const show = async (
    request: FormRequest<Q>,
    reply: FastifyReply,
    values: Readonly<Record<string, FormValue>>,
    problems: readonly FieldProblem[],
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
    const main = html`${errorSummary(request.page, errors)}${view.main}`;
    return reply.code(refused ? 422 : 200).sendPage({
      title: refused ? `${t('forms.errorPrefix')}: ${view.title}` : view.title,
      breadcrumbs: view.breadcrumbs ?? [{ label: view.title }],
      main: view.wide ? main : html`<div class="narrow">${main}</div>`,
      ...(view.alternates ? { alternates: view.alternates } : {}),
    });
  };

  // Another form's page (two forms on one page) is registered by that form's declaration.
  const page = form.shownAt ? { path: form.shownAt.path, access: form.shownAt.access } : form;
  if (page.access)
    app.get(
      page.path,
      { schema: { hide, ...params }, config: { access: page.access } },
      async (request, reply) => {
        const req = request as FormRequest<Q>;
        return show(req, reply, form.values ? await form.values(req) : {}, []);
      },
    );

  app.post(
    form.path,
    {
      schema: { hide, ...params, body },
      config: form.uploads ? { ...config, uploads: form.uploads } : config,
      attachValidation: true,
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
      if (result.ok) return reply.redirect(form.redirect(result.value, req), 303);
      return show(req, reply, sent, result.problems);
    },
  );
}
