import { Type } from 'typebox';
import { isReceivedFile } from '../../../platform/files/index.ts';
import { formRoute } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { checkboxes, fileUpload, select, textarea, textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { addAnnotation } from './annotate.ts';
import { categorySelect } from './category-select.ts';
import { createContract, WRITE } from './create-contract.ts';
import { addContractDocument, documentMaxBytes } from './documents.ts';
import { RESOURCES } from './lists.ts';
import { SlugParams } from './schemas.ts';

const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
const lines = (v: string | undefined) =>
  (v ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const list = (v: string | readonly string[] | undefined) =>
  v === undefined ? [] : typeof v === 'string' ? [v] : [...v];

const CreateForm = Type.Object({
  slug: text(100),
  contractType: text(60),
  titleMn: text(1000),
  titleEn: text(1000),
  signedOn: text(20),
  termYears: text(10),
  extensionYears: text(10),
  resources: Type.Optional(
    Type.Union([Type.String({ maxLength: 20 }), Type.Array(Type.String({ maxLength: 20 }), { maxItems: 4 })]),
  ),
  parties: text(4000),
  licences: text(8000),
  amends: text(100),
  amendedOn: text(20),
});

const DocumentForm = Type.Object({
  titleMn: text(1000),
  titleEn: text(1000),
  document: Type.Optional(Type.Unknown()),
});

const AnnotationForm = Type.Object({
  category: text(60),
  page: text(10),
  article: text(200),
  summaryMn: text(8000),
  summaryEn: text(8000),
});

const contractCrumbs = (t: (k: string) => string, slug?: string) => [
  { href: '/extractives/contracts', label: t('extractives.contracts.title') },
  ...(slug ? [{ href: `/extractives/contracts/${slug}`, label: slug }] : []),
];

/** The publisher's forms: a new contract, a document of a contract (PDF upload), an annotated clause. */
export function contractForms(app: App, ctx: ModuleContext): void {
  formRoute(app, {
    path: '/extractives/contracts/new',
    access: { action: WRITE },
    body: CreateForm,
    command: (input, request) =>
      createContract(
        ctx,
        request.actor,
        {
          slug: input.slug ?? '',
          contractType: input.contractType ?? '',
          titleMn: input.titleMn ?? '',
          titleEn: input.titleEn ?? '',
          signedOn: input.signedOn,
          termYears: input.termYears,
          extensionYears: input.extensionYears,
          resources: list(input.resources),
          parties: lines(input.parties),
          licences: lines(input.licences),
          amends: input.amends,
          amendedOn: input.amendedOn,
        },
        request.meta,
      ),
    redirect: (c) => `/extractives/contracts/${c.slug}`,
    render: (form, request) => {
      const { t } = request;
      const title = t('extractives.contracts.create.title');
      const field = (id: string, hint?: string, type?: 'date' | 'text') =>
        textField(id, t(`extractives.contracts.form.${id}`), form.value(id), {
          error: form.error(id),
          ...(hint ? { hint } : {}),
          ...(type === 'date' ? { type: 'date' as const } : {}),
        });
      return {
        title,
        breadcrumbs: [...contractCrumbs(t), { label: title }],
        main: html`<h1>${title}</h1>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${field('slug', t('extractives.contracts.form.slugHint'))}
${select(request, {
  id: 'contractType',
  label: t('extractives.contracts.form.contractType'),
  options: ctx.country.extractives.contractTypes.map((k) => ({ value: k.code, label: t.pick(k.name) })),
  selected: form.value('contractType'),
  placeholder: t('extractives.contracts.form.choose'),
  error: form.error('contractType'),
})}
${field('titleMn')}
${field('titleEn')}
${field('signedOn', undefined, 'date')}
${field('termYears')}
${field('extensionYears')}
${checkboxes(request, {
  id: 'resources',
  label: t('extractives.contracts.form.resources'),
  options: RESOURCES.map((r) => ({ value: r, label: t(`extractives.contracts.resource.${r}`) })),
  selected: list(form.values.resources as string | string[] | undefined),
  error: form.error('resources'),
})}
${textarea(request, { id: 'parties', label: t('extractives.contracts.form.parties'), hint: t('extractives.contracts.form.partiesHint'), value: form.value('parties'), error: form.error('parties'), rows: 4 })}
${textarea(request, { id: 'licences', label: t('extractives.contracts.form.licences'), hint: t('extractives.contracts.form.licencesHint'), value: form.value('licences'), error: form.error('licences'), rows: 3 })}
${field('amends', t('extractives.contracts.form.amendsHint'))}
${field('amendedOn', undefined, 'date')}
<button type="submit" class="button">${t('extractives.contracts.form.save')}</button>
</form>`,
      };
    },
  });

  formRoute(app, {
    path: '/extractives/contracts/:slug/documents/new',
    access: { action: WRITE },
    params: SlugParams,
    body: DocumentForm,
    uploads: { files: 1, fileSize: documentMaxBytes(ctx), fields: 4, fieldSize: 2048 },
    command: (input, request) =>
      addContractDocument(
        ctx,
        request.actor,
        request.params.slug,
        {
          titleMn: input.titleMn ?? '',
          titleEn: input.titleEn ?? '',
          document: isReceivedFile(input.document) ? input.document : undefined,
        },
        request.meta,
      ),
    redirect: (d) => `/extractives/contracts/${d.contract}`,
    render: (form, request) => {
      const { t } = request;
      const title = t('extractives.contracts.upload.title');
      return {
        title,
        breadcrumbs: [...contractCrumbs(t, request.params.slug), { label: title }],
        main: html`<h1>${title}</h1>
<form method="post" action="${form.action}" enctype="multipart/form-data" novalidate>${form.csrf}
${textField('titleMn', t('extractives.contracts.form.documentTitleMn'), form.value('titleMn'), { error: form.error('titleMn') })}
${textField('titleEn', t('extractives.contracts.form.documentTitleEn'), form.value('titleEn'), { error: form.error('titleEn') })}
${fileUpload(request, { id: 'document', label: t('extractives.contracts.form.document'), hint: t('extractives.contracts.form.documentHint', { max: Math.floor(documentMaxBytes(ctx) / 1048576) }), accept: ['application/pdf', '.pdf'], error: form.error('document') })}
<button type="submit" class="button">${t('extractives.contracts.form.upload')}</button>
</form>`,
      };
    },
  });

  formRoute(app, {
    path: '/extractives/contracts/:slug/annotations/new',
    access: { action: WRITE },
    params: SlugParams,
    body: AnnotationForm,
    command: (input, request) =>
      addAnnotation(
        ctx,
        request.actor,
        request.params.slug,
        {
          category: input.category ?? '',
          page: input.page,
          article: input.article,
          summaryMn: input.summaryMn ?? '',
          summaryEn: input.summaryEn ?? '',
        },
        request.meta,
      ),
    redirect: (a) => `/extractives/contracts/${a.contract}`,
    render: (form, request) => {
      const { t } = request;
      const title = t('extractives.contracts.annotate.title');
      return {
        title,
        breadcrumbs: [...contractCrumbs(t, request.params.slug), { label: title }],
        main: html`<h1>${title}</h1>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${categorySelect(request, form.value('category'), form.error('category'))}
${textField('page', t('extractives.contracts.form.page'), form.value('page'), { error: form.error('page'), hint: t('extractives.contracts.form.pageHint') })}
${textField('article', t('extractives.contracts.form.article'), form.value('article'), { error: form.error('article') })}
${textarea(request, { id: 'summaryMn', label: t('extractives.contracts.form.summaryMn'), value: form.value('summaryMn'), error: form.error('summaryMn'), rows: 4 })}
${textarea(request, { id: 'summaryEn', label: t('extractives.contracts.form.summaryEn'), value: form.value('summaryEn'), error: form.error('summaryEn'), rows: 4 })}
<button type="submit" class="button">${t('extractives.contracts.form.save')}</button>
</form>`,
      };
    },
  });
}
