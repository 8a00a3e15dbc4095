import type { FastifyRequest } from 'fastify';
import type { SqlQuery } from '../../../platform/db/sql.ts';
import type { RouteAccess } from '../../../platform/http/auth.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ListDeclaration } from '../../../platform/lists/define.ts';
import { fetchPage } from '../../../platform/lists/fetch.ts';
import { listPage } from '../../../platform/lists/page.ts';
import { pageQuerySchema, readPageQuery } from '../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import type { Html, HtmlValue } from '../../../platform/views/html.ts';
import type { PageOptions } from '../../../platform/views/layout.ts';
import { isTrackingNumber, NumberParams } from '../numbers.ts';

/** The columns a list of cases may show, and their headings. */
const COLUMNS = {
  number: 'feedback.col.number',
  subject: 'feedback.field.subject',
  category: 'feedback.field.category',
  status: 'feedback.col.status',
  submitted: 'feedback.col.submitted',
  due: 'feedback.col.due',
  organization: 'feedback.col.organization',
  assigned: 'feedback.console.assigned',
  text: 'feedback.case.text',
} as const;

/** What one list of cases shows: its texts, its columns (sortable where the list sorts by them) and a row of each case. */
export interface CaseListView<T> {
  title: string;
  lead?: string;
  intro?: Html;
  caption: string;
  empty: string;
  columns: readonly (keyof typeof COLUMNS)[];
  row: (item: T) => HtmlValue[];
}

/**
 * A page listing cases (the staff queue, the published cases, a citizen's own): the list's query
 * read leniently, a page of its rows, and the platform's list page under "Feedback".
 */
export function caseListRoute<T>(
  app: App,
  ctx: ModuleContext,
  route: {
    path: string;
    access: RouteAccess;
    list: ListDeclaration;
    /** The rows `d` the list reads, for this reader. */
    rows: (request: FastifyRequest) => SqlQuery;
    headers?: Readonly<Record<string, string>>;
    view: (request: FastifyRequest) => CaseListView<T>;
  },
): void {
  const { list, path } = route;
  app.get(
    path,
    { schema: { hide: true, querystring: pageQuerySchema(list) }, config: { access: route.access } },
    async (request, reply) => {
      const { t, locale } = request;
      const query = await readPageQuery(ctx.db, list, request.query, locale);
      const rows = route.rows(request);
      const result = await fetchPage<T>(ctx.db, list, { rows, ...query, pageSize: list.pageSize, locale });
      const view = route.view(request);
      return reply.headers(route.headers ?? {}).sendPage(
        listPage(request.page, {
          list,
          query,
          path,
          title: view.title,
          ...(view.lead ? { lead: view.lead } : {}),
          ...(view.intro ? { intro: view.intro } : {}),
          breadcrumbs: [{ href: '/feedback', label: t('feedback.title') }, { label: view.title }],
          count: t('feedback.count', { count: result.total }),
          total: result.total,
          empty: { title: view.empty },
          table: {
            caption: view.caption,
            columns: view.columns.map((key) => ({
              key,
              label: t(COLUMNS[key]),
              sortable: key in list.sort.keys,
            })),
            rows: result.items.map(view.row),
          },
        }),
      );
    },
  );
}

/**
 * A public page of one case by its tracking number (`/feedback/published/:number`): a number that
 * is not one (its check digit wrong) is a 404 before anything is read.
 */
export function caseNumberPage(
  app: App,
  path: string,
  page: (request: FastifyRequest, number: string) => Promise<PageOptions>,
): void {
  app.get(
    path,
    { schema: { hide: true, params: NumberParams }, config: { access: 'public' } },
    async (request, reply) => {
      if (!isTrackingNumber(request.params.number)) throw notFound();
      return reply.sendPage(await page(request, request.params.number));
    },
  );
}
