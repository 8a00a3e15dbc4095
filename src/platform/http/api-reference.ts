import type { PageContext } from '../views/context.ts';
import { type Html, html } from '../views/html.ts';
import type { PageOptions } from '../views/layout.ts';

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    description?: string;
    schema?: { type?: string | string[]; enum?: unknown[] };
  }[];
  responses?: Record<string, { description?: string }>;
}
interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function anchor(method: string, path: string): string {
  return `${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-+$/, '');
}

function operation(ctx: PageContext, path: string, method: string, op: Operation): Html {
  const { t } = ctx;
  const params = op.parameters ?? [];
  return html`<section class="api-op" id="${anchor(method, path)}">
  <h3><span class="method method-${method}">${method.toUpperCase()}</span> <code>${path}</code></h3>
  ${op.summary ? html`<p>${op.summary}</p>` : ''}
  ${op.description ? html`<p class="hint">${op.description}</p>` : ''}
  ${
    params.length > 0
      ? html`<div class="table-wrap"><table class="data-table compact"><caption>${t('api.parameters')}</caption>
    <thead><tr><th scope="col">${t('api.name')}</th><th scope="col">${t('api.in')}</th><th scope="col">${t('api.type')}</th><th scope="col">${t('api.description')}</th></tr></thead>
    <tbody>${params.map((p) => html`<tr><td><code>${p.name}</code>${p.required ? html` <span class="tag">${t('api.required')}</span>` : ''}</td><td>${p.in}</td><td>${[p.schema?.type].flat().join(' | ')}${p.schema?.enum ? html` (${p.schema.enum.join(', ')})` : ''}</td><td>${p.description ?? ''}</td></tr>`)}</tbody></table></div>`
      : ''
  }
  <p class="hint">${t('api.responses')}: ${Object.entries(op.responses ?? {}).map(([status, r], i) => html`${i > 0 ? ', ' : ''}<code>${status}</code> ${r.description ?? ''}`)}</p>
</section>`;
}

/** A readable, server-rendered reference of the OpenAPI document: no script, works in print. */
export function apiReference(ctx: PageContext, doc: OpenApiDocument): PageOptions {
  const { t } = ctx;
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m] as Operation })),
  );
  const tags = [...new Set(ops.map((o) => o.op.tags?.[0] ?? 'other'))];
  return {
    title: t('api.title'),
    breadcrumbs: [{ label: t('api.title') }],
    main: html`<h1>${t('api.title')}</h1>
<p class="lead">${t('api.lead')}</p>
<p>${t('api.openapi')} <a href="/api/v1/openapi.json"><code>/api/v1/openapi.json</code></a> (OpenAPI ${'3.1'}).</p>
<nav aria-label="${t('api.contents')}"><ul class="link-list">${tags.map((tag) => html`<li><a href="#tag-${tag}">${tag}</a></li>`)}</ul></nav>
${tags.map(
  (tag) => html`<h2 id="tag-${tag}">${tag}</h2>
${ops.filter((o) => (o.op.tags?.[0] ?? 'other') === tag).map((o) => operation(ctx, o.path, o.method, o.op))}`,
)}`,
  };
}
