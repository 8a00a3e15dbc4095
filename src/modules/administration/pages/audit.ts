import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { recordAuditNow } from '../../../platform/audit/audit.ts';
import { auditRole, translateProblems } from '../../../platform/commands/index.ts';
import { sendCsv } from '../../../platform/exports.ts';
import type { App } from '../../../platform/http/types.ts';
import { pageQuerySchema } from '../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { downloads, emptyState, filterForm, table, textField } from '../../../platform/views/components.ts';
import { withQuery } from '../../../platform/views/context.ts';
import { html } from '../../../platform/views/html.ts';
import {
  type AuditFilters,
  auditCsvFields,
  auditRows,
  readAuditFilters,
  searchAudit,
} from '../audit-search.ts';
import { auditList } from '../lists.ts';
import { adminCrumb, columns, errorFor, sendAdminPage } from './shared.ts';

const READ = 'audit.read';
const access = { access: { action: READ } } as const;
const AuditQuery = pageQuerySchema(auditList, {
  before: Type.Optional(Type.String({ maxLength: 2000 })),
  bom: Type.Optional(Type.String({ maxLength: 10 })),
});

/**
 * `/admin/audit`: the audit trail for oversight roles. The trail holds restricted data, so every
 * look at it — each page, each download — is itself an `audit.read` entry naming the filters.
 */
export function auditPages(app: App, ctx: ModuleContext): void {
  const recordRead = (
    request: FastifyRequest,
    filters: AuditFilters,
    view: Record<string, string | number | null>,
  ) =>
    recordAuditNow(ctx.db, {
      actor: request.actor,
      role: auditRole(request.actor, null, READ),
      action: READ,
      subject: { type: 'audit-log', id: 'search' },
      ip: request.meta.ip,
      requestId: request.meta.requestId,
      details: { filters: { ...filters }, ...view },
    });

  app.get(
    '/admin/audit',
    { schema: { hide: true, querystring: AuditQuery }, config: access },
    async (request, reply) => {
      const { t } = request;
      const query = request.query as Record<string, string | undefined>;
      const { filters, problems } = await readAuditFilters(ctx.db, query, request.locale);
      const before = /^[1-9]\d{0,15}$/.test(query.before ?? '') ? Number(query.before) : undefined;
      await recordRead(request, filters, { format: 'html', before: before ?? null });
      const { rows, next } = await searchAudit(ctx.db, filters, { before, pageSize: auditList.pageSize });
      const errors = translateProblems(t, problems);
      const search = withQuery(request.url, { before: null, lang: null });
      const csv = `/admin/audit.csv${search.includes('?') ? search.slice(search.indexOf('?')) : ''}`;
      const title = t('administration.audit.title');
      reply.header('cache-control', 'no-store');
      const fields = auditList.filters.map((f) =>
        textField(f.name, t(f.label), query[f.name], {
          type: f.input?.type ?? 'text',
          error: errorFor(errors, f.name),
          hint: t(`administration.audit.hint.${f.name}`, { zone: ctx.country.timeZone }),
        }),
      );
      return sendAdminPage(request, reply, {
        title,
        breadcrumbs: [adminCrumb(t), { label: title }],
        errors,
        status: 200,
        main: html`<h1>${title}</h1>
<p class="lead">${t('administration.audit.lead')}</p>
<div class="with-sidebar">
<aside class="sidebar">
${filterForm(request.page, '/admin/audit', fields)}
${downloads(request.page, [{ href: csv, label: 'CSV' }])}
</aside>
<div class="results-panel">
${
  rows.length === 0
    ? emptyState(t('administration.audit.empty'), t('administration.audit.emptyHint'))
    : table(request.page, {
        caption: t('administration.audit.caption'),
        columns: columns(t, [
          ...['at', 'who'].map((c) => `administration.audit.col.${c}`),
          'role',
          ...['action', 'subject', 'from', 'purpose', 'details'].map((c) => `administration.audit.col.${c}`),
        ]),
        rows: rows.map((r) => [
          html`${t.dateTime(r.at)}<br><span class="meta">#${r.seq}</span>`,
          html`${r.actorName ?? r.actor}${r.actorEmail ? html`<br><span class="meta">${r.actorEmail}</span>` : ''}<br><code>${r.actor}</code>`,
          r.role ? t(`administration.role.${r.role}`) : '—',
          html`<code>${r.action}</code>`,
          r.subjectType ? html`${r.subjectType}: <code>${r.subjectId ?? ''}</code>` : '—',
          html`${r.ip ?? '—'}${r.requestId ? html`<br><span class="meta">${t('administration.audit.requestId')}: <code>${r.requestId}</code></span>` : ''}`,
          r.purpose ?? '—',
          html`<code>${JSON.stringify(r.details)}</code>`,
        ]),
      })
}
${
  before === undefined && next === undefined
    ? ''
    : html`<nav class="pagination" aria-label="${t('pagination.label')}"><ul>
${before !== undefined ? html`<li><a href="${withQuery(request.url, { before: null })}">${t('administration.audit.newest')}</a></li>` : ''}
${next !== undefined ? html`<li><a rel="next" href="${withQuery(request.url, { before: next })}">${t('administration.audit.older')} →</a></li>` : ''}
</ul></nav>`
}
</div>
</div>`,
      });
    },
  );

  app.get(
    '/admin/audit.csv',
    { schema: { hide: true, querystring: AuditQuery }, config: access },
    async (request, reply) => {
      const query = request.query as Record<string, string | undefined>;
      const { filters } = await readAuditFilters(ctx.db, query, request.locale);
      await recordRead(request, filters, { format: 'csv' });
      reply.header('cache-control', 'no-store');
      return sendCsv(reply, 'audit.csv', auditCsvFields, auditRows(ctx.db, filters), {
        bom: query.bom === '1',
      });
    },
  );
}
