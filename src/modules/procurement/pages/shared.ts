import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { App } from '../../../platform/http/types.ts';
import { allMessages, type Translator } from '../../../platform/i18n/index.ts';
import type { TableOptions } from '../../../platform/views/components/lists.ts';
import { emptyState, table } from '../../../platform/views/components.ts';
import type { PageContext } from '../../../platform/views/context.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import type { PageOptions } from '../../../platform/views/layout.ts';
import type { FlagCode, FlagDetails } from '../flags.ts';

/** An amount in its currency, or a dash. */
export function amount(t: Translator, value: string | number | null, currency: string | null): string {
  if (value === null || value === undefined) return '—';
  return t.money(value, currency ?? 'MNT');
}

export function flagBadges(t: Translator, flags: readonly string[]): Html {
  if (flags.length === 0) return html``;
  return html`<ul class="flag-badges">${flags.map((f) => html`<li><span class="flag-badge" title="${t(`procurement.flag.${f}.title`)}">${t(`procurement.flag.${f}.short`)}</span></li>`)}</ul>`;
}

/** The plain-words explanation of a flag, with the figures that raised it. */
export function explainFlag(t: Translator, code: FlagCode, details: FlagDetails): string {
  const d = details[code] ?? {};
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(d)) {
    params[k] =
      typeof v === 'number' && ['from', 'to', 'total', 'threshold', 'amount'].includes(k) ? t.money(v) : v;
  }
  if (typeof d.date === 'string') params.date = t.dateTime(d.date);
  if (typeof d.deadline === 'string') params.deadline = t.dateTime(d.deadline);
  if (typeof d.registered === 'string') params.registered = t.date(d.registered);
  return t(`procurement.flag.${code}.explain`, params);
}

/** A code's label from the catalogue (`procurement.method.open`), or the code itself for codes from elsewhere. */
export function codeLabel(t: Translator, group: string, code: string | null | undefined): string | null {
  if (!code) return null;
  return allMessages(t.locale)[`procurement.${group}.${code}`] ?? code;
}

/**
 * A public page of the site (left out of the API reference) whose path parameters are strings of
 * at most the lengths given: `publicPage(app, '/procurement/buyers/:slug', { slug: 100 }, …)`.
 */
export function publicPage<K extends string = never>(
  app: App,
  path: string,
  params: Readonly<Record<K, number>>,
  handler: (
    request: FastifyRequest<{ Params: Record<K, string> }>,
    reply: FastifyReply,
  ) => Promise<FastifyReply>,
): void {
  const names = Object.keys(params) as K[];
  const schema =
    names.length === 0
      ? { hide: true }
      : {
          hide: true,
          params: Type.Object(
            Object.fromEntries(names.map((name) => [name, Type.String({ maxLength: params[name] })])),
          ),
        };
  app.get(path, { schema, config: { access: 'public' } }, (request, reply) =>
    handler(request as FastifyRequest<{ Params: Record<K, string> }>, reply),
  );
}

/** A page below the procurement list: its title, and the list before it in the breadcrumbs. */
export function belowList(
  t: Translator,
  title: string,
  crumb = title,
): Pick<PageOptions, 'title' | 'breadcrumbs'> {
  return { title, breadcrumbs: [{ href: '/procurement', label: t('procurement.title') }, { label: crumb }] };
}

/** A table of the rows, or the empty state saying `empty` when there are none. */
export function tableOrEmpty(page: PageContext, empty: string, options: TableOptions): Html {
  return options.rows.length === 0 ? emptyState(empty) : table(page, options);
}
