import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import { csvHeader, csvLines } from '../../../platform/datasets/formats.ts';
import { sql } from '../../../platform/db/sql.ts';
import { findFile, sendStoredFile } from '../../../platform/files/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { summaryList } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { historySection } from '../views/history.ts';
import { CATEGORIES, CLUSTER_NAMES, CLUSTERS } from './categories.ts';
import { WRITE } from './create-contract.ts';
import { annotationsDataset, contractsDataset } from './datasets.ts';
import { contractTypeName } from './lists.ts';
import { type ContractDetails, contractDetails } from './present.ts';
import { PageParams, SlugParams } from './schemas.ts';
import { type Annotation, type Contract, contractPage, findContract } from './store.ts';

const base = (slug: string) => `/extractives/contracts/${slug}`;

const crumbs = (t: Translator, c?: Contract) => [
  { href: '/extractives', label: t('extractives.contracts.resources') },
  { href: '/extractives/contracts', label: t('extractives.contracts.title') },
  ...(c ? [{ href: base(c.slug), label: t.pick({ mn: c.titleMn, en: c.titleEn }) }] : []),
];

const day = (t: Translator, d: string | null) => (d ? t.date(new Date(`${d}T00:00:00Z`)) : '—');

/** The annotations grouped by cluster, then category (in the taxonomy's order), each with its page. */
export function annotationGroups(t: Translator, slug: string, annotations: readonly Annotation[]): Html {
  return html`${CLUSTERS.map((cluster) => {
    const categories = CATEGORIES.filter(
      (k) => k.cluster === cluster && annotations.some((a) => a.category === k.code),
    );
    if (categories.length === 0) return '';
    return html`<h3>${t.pick(CLUSTER_NAMES[cluster])}</h3>${categories.map(
      (k) =>
        html`<h4 id="category-${k.code}">${t.pick(k.name)}</h4><ul>${annotations
          .filter((a) => a.category === k.code)
          .map(
            (a) =>
              html`<li>${a.page !== null ? html`<a href="${base(slug)}/pages/${a.page}">${t('extractives.contracts.page', { page: a.page })}</a>` : ''}${
                a.article ? html` · ${t('extractives.contracts.article', { article: a.article })}` : ''
              }: ${t.pick({ mn: a.summaryMn, en: a.summaryEn })} <span class="hint">(${a.author})</span></li>`,
          )}</ul>`,
    )}`;
  })}`;
}

function contractBody(t: Translator, c: Contract, d: ContractDetails, writer: boolean): Html {
  const type = t.pick(contractTypeName(c.contractType));
  const term = c.termYears
    ? t(c.extensionYears ? 'extractives.contracts.termWithExtension' : 'extractives.contracts.term', {
        years: c.termYears,
        extension: c.extensionYears ?? 0,
      })
    : '—';
  const links = (items: ContractDetails['amends'], kind: string) =>
    items.length === 0
      ? '—'
      : html`${items.map((l, i) => html`${i > 0 ? ', ' : ''}<a href="/extractives/${kind}/${l.slug}">${t.pick({ mn: l.titleMn, en: l.titleEn })}</a>${l.date && kind === 'contracts' ? ` (${day(t, l.date)})` : ''}`)}`;
  return html`${summaryList([
    { key: t('extractives.contracts.field.type'), value: type },
    { key: t('extractives.contracts.field.signedOn'), value: day(t, c.signedOn) },
    { key: t('extractives.contracts.field.term'), value: term },
    {
      key: t('extractives.contracts.field.resources'),
      value: c.resources.map((r) => t(`extractives.contracts.resource.${r}`)).join(', ') || '—',
    },
    {
      key: t('extractives.contracts.field.parties'),
      value: html`<ol>${d.parties.map(
        (p) =>
          html`<li><a href="${p.entityId !== null ? `/legal-entities/${p.entityId}` : `/organizations/${p.organization}`}">${t.pick({ mn: p.nameMn, en: p.nameEn })}</a></li>`,
      )}</ol>`,
    },
    { key: t('extractives.contracts.field.licences'), value: links(d.licences, 'licences') },
    { key: t('extractives.contracts.field.amends'), value: links(d.amends, 'contracts') },
    { key: t('extractives.contracts.field.amendedBy'), value: links(d.amendedBy, 'contracts') },
    {
      key: t('extractives.contracts.field.publisher'),
      value: html`<a href="/organizations/${c.organization}">${t.pick({ mn: c.organizationNameMn, en: c.organizationNameEn })}</a>`,
    },
  ])}
<h2>${t('extractives.contracts.documents')}</h2>
${
  d.documents.length === 0
    ? html`<p>${t('extractives.contracts.noDocuments')}</p>`
    : d.documents.map((doc) => {
        const scans = d.scans.filter((s) => s.document === doc.id).map((s) => s.page);
        return html`<h3>${t.pick({ mn: doc.titleMn, en: doc.titleEn })}</h3>
<p><a href="${base(c.slug)}/documents/${doc.id}">${t('extractives.contracts.pdf', { count: doc.pageCount })}</a> · <span class="hint import-hash">SHA-256 <code>${doc.sha256}</code></span></p>
${scans.length > 0 ? html`<p>${t('extractives.contracts.scans', { count: scans.length, pages: scans.join(', ') })}</p>` : ''}
<nav aria-label="${t('extractives.contracts.pagesOf', { title: t.pick({ mn: doc.titleMn, en: doc.titleEn }) })}"><ul class="inline-list">${Array.from(
          { length: doc.pageCount },
          (_, i) => html`<li><a href="${base(c.slug)}/pages/${i + 1}?document=${doc.id}">${i + 1}</a></li>`,
        )}</ul></nav>`;
      })
}
${writer ? html`<p><a class="button button-secondary" href="${base(c.slug)}/documents/new">${t('extractives.contracts.upload.title')}</a></p>` : ''}
<h2>${t('extractives.contracts.annotations')}</h2>
${
  d.annotations.length === 0
    ? html`<p>${t('extractives.contracts.noAnnotations')}</p>`
    : html`<p><a href="${base(c.slug)}/annotations.csv">${t('extractives.contracts.annotationsCsv')}</a></p>${annotationGroups(t, c.slug, d.annotations)}`
}
${writer ? html`<p><a class="button button-secondary" href="${base(c.slug)}/annotations/new">${t('extractives.contracts.annotate.title')}</a></p>` : ''}`;
}

const DocumentQuery = Type.Object({ document: Type.Optional(Type.Integer({ minimum: 1 })) });
const DocumentParams = Type.Object({ slug: SlugParams.properties.slug, id: Type.Integer({ minimum: 1 }) });

/** A contract's page, the text of each page of its documents, its documents and its annotations as CSV. */
export function contractPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/extractives/contracts/:slug',
    { schema: { hide: true, params: SlugParams }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, page } = request;
      const c = await findContract(ctx.db, request.params.slug);
      if (!c) throw notFound();
      const title = t.pick({ mn: c.titleMn, en: c.titleEn });
      return reply.sendPage({
        title,
        breadcrumbs: [...crumbs(t), { label: title }],
        alternates: [{ href: `/api/v1/extractives/contracts/${c.slug}`, type: 'application/json' }],
        main: html`<h1>${title}</h1>
${contractBody(t, c, await contractDetails(ctx.db, c), can(request.actor, WRITE, { organizationId: c.organizationId }))}
${await historySection(ctx.db, page, t, contractsDataset, c.slug)}`,
      });
    },
  );

  app.get(
    '/extractives/contracts/:slug/pages/:n',
    { schema: { hide: true, params: PageParams, querystring: DocumentQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const c = await findContract(ctx.db, request.params.slug);
      if (!c) throw notFound();
      const { n } = request.params;
      const page = await contractPage(ctx.db, c.id, n, request.query.document);
      if (!page) throw notFound();
      const heading = t('extractives.contracts.page', { page: n });
      const docQuery = `?document=${page.document}`;
      const annotations = (
        await ctx.db.query<{ category: string; article: string | null; mn: string; en: string }>(sql`
          select category, article, summary_mn as mn, summary_en as en from extractive_contract_annotations
          where document_id = ${page.document} and page_number = ${n} order by id`)
      ).map((a) => {
        const name = CATEGORIES.find((k) => k.code === a.category)?.name ?? {
          mn: a.category,
          en: a.category,
        };
        return html`<li><a href="${base(c.slug)}#category-${a.category}">${t.pick(name)}</a>${a.article ? ` (${a.article})` : ''}: ${t.pick(a)}</li>`;
      });
      return reply.sendPage({
        title: `${heading} — ${t.pick({ mn: c.titleMn, en: c.titleEn })}`,
        breadcrumbs: [...crumbs(t, c), { label: heading }],
        main: html`<h1>${heading}</h1><p class="lead">${t.pick({ mn: c.titleMn, en: c.titleEn })}</p>
${page.hasText ? html`<div class="contract-text" lang="${/\p{Script=Cyrillic}/u.test(page.text) ? 'mn' : 'en'}">${page.text.split('\n').map((line) => html`<p>${line}</p>`)}</div>` : html`<p class="notice">${t('extractives.contracts.scanPage', { page: n })}</p>`}
${annotations.length > 0 ? html`<h2>${t('extractives.contracts.annotations')}</h2><ul>${annotations}</ul>` : ''}
<nav aria-label="${t('extractives.contracts.pageNav')}"><ul class="inline-list">
${n > 1 ? html`<li><a href="${base(c.slug)}/pages/${n - 1}${docQuery}" rel="prev">${t('extractives.contracts.previousPage')}</a></li>` : ''}
${n < page.pageCount ? html`<li><a href="${base(c.slug)}/pages/${n + 1}${docQuery}" rel="next">${t('extractives.contracts.nextPage')}</a></li>` : ''}
</ul></nav>`,
      });
    },
  );

  app.get(
    '/extractives/contracts/:slug/documents/:id',
    { schema: { hide: true, params: DocumentParams }, config: { access: 'public' } },
    async (request, reply) => {
      const [row] = await ctx.db.query<{ file: string }>(sql`
        select d.file_id as file from extractive_contract_documents d join extractive_contracts c on c.id = d.contract_id
        where c.slug = ${request.params.slug} and d.id = ${request.params.id}`);
      const file = row ? await findFile(ctx.db, row.file) : undefined;
      if (!file) throw notFound();
      return sendStoredFile(reply, ctx.config, file);
    },
  );

  app.get(
    '/extractives/contracts/:slug/annotations.csv',
    { schema: { hide: true, params: SlugParams }, config: { access: 'public' } },
    async (request, reply) => {
      const c = await findContract(ctx.db, request.params.slug);
      if (!c) throw notFound();
      const fields = annotationsDataset.fields;
      const rows = await ctx.db.query(sql`
        select ${sql.join(fields.map((f) => sql`d.${sql.id(f.name)}`))} from (${annotationsDataset.source}) d
        where d.contract = ${c.slug} order by d.page nulls last, d.id`);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${c.slug}-annotations.csv"`)
        .send(csvHeader(fields) + csvLines(fields, rows));
    },
  );
}
