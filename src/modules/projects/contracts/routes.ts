import { authorize } from '../../../platform/auth/permissions.ts';
import { apiCommandRoute, formRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { problemResponses } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { select, textarea, textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { findProject } from '../queries.ts';
import { SlugParams } from '../schemas.ts';
import { CONTRACTS_WRITE, linkContract } from './link-contract.ts';
import { type ProcurementProcess, procurementProcesses } from './procurement.ts';
import { type ContractLink, contractLinks, projectLoans } from './queries.ts';
import { ContractLinkListSchema, ContractLinkSchema, LinkContractBody } from './schemas.ts';

const TAGS = ['projects'];

/** A link as the API gives it, with what the procurement module publishes of the process (null if it does not). */
function presentLink(ctx: ModuleContext, l: ContractLink, p: ProcurementProcess | undefined) {
  return {
    id: l.id,
    project: l.projectSlug,
    ocid: l.ocid,
    loan: l.loanSlug,
    generalConditions: { mn: l.generalConditionsMn, en: l.generalConditionsEn },
    process: p
      ? {
          title: p.title,
          buyer: p.buyerName,
          supplier: p.supplierName,
          value: p.value,
          currency: p.currency,
          status: p.status,
          url: p.href ? `${ctx.config.publicUrl}${p.href}` : null,
        }
      : null,
  };
}

async function presentLinks(app: App, ctx: ModuleContext, links: readonly ContractLink[]) {
  const processes = new Map(
    (
      await procurementProcesses(
        ctx,
        app.shilen.modules,
        links.map((l) => l.ocid),
      )
    ).map((p) => [p.ocid, p]),
  );
  return links.map((l) => presentLink(ctx, l, processes.get(l.ocid)));
}

/** The form that links a project to a procurement process: `/projects/:slug/contracts/new`. */
export function contractPages(app: App, ctx: ModuleContext): void {
  formRoute(app, {
    path: '/projects/:slug/contracts/new',
    access: { action: CONTRACTS_WRITE },
    params: SlugParams,
    body: LinkContractBody,
    values: async (request) => {
      const found = await findProject(ctx.db, request.params.slug);
      if (!found) throw notFound();
      authorize(request.actor, CONTRACTS_WRITE, { organizationId: found.organizationId });
      return {};
    },
    command: (input, request) =>
      linkContract(ctx, app.shilen.modules, request.actor, request.params.slug, input, request.meta),
    render: async (form, request) => {
      const { t } = request;
      const found = await findProject(ctx.db, request.params.slug);
      if (!found) throw notFound();
      const name = t.pick({ mn: found.titleMn, en: found.titleEn });
      const title = t('projects.contracts.add');
      const loans = await projectLoans(ctx.db, found.id);
      return {
        title: `${title}: ${name}`,
        breadcrumbs: [
          { href: '/projects', label: t('projects.title') },
          { href: `/projects/${found.slug}`, label: name },
          { label: title },
        ],
        main: html`<h1>${title}</h1>
<p class="lead">${name}</p>
<p>${t('projects.contracts.lead')}</p>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${textField('ocid', t('projects.contracts.field.ocid'), form.value('ocid'), { hint: t('projects.contracts.field.ocidHint'), error: form.error('ocid') })}
${select(request, {
  id: 'loan',
  label: t('projects.contracts.field.loan'),
  options: loans.map((l) => ({ value: l.slug, label: t.pick({ mn: l.titleMn, en: l.titleEn }) })),
  placeholder: t('projects.contracts.noLoan'),
  selected: form.value('loan'),
  error: form.error('loan'),
})}
${textarea(request, { id: 'generalConditionsMn', label: t('projects.contracts.field.generalConditionsMn'), value: form.value('generalConditionsMn'), error: form.error('generalConditionsMn'), rows: 8 })}
${textarea(request, { id: 'generalConditionsEn', label: t('projects.contracts.field.generalConditionsEn'), value: form.value('generalConditionsEn'), error: form.error('generalConditionsEn'), rows: 8 })}
<button type="submit" class="button">${t('projects.contracts.submit')}</button>
</form>`,
      };
    },
    redirect: (link) => `/projects/${link.projectSlug}#project-contracts`,
  });
}

/** The API twins: a project's links (public), and the command that adds one. */
export function contractApi(app: App, ctx: ModuleContext): void {
  app.get(
    '/projects/:slug/contracts',
    {
      config: { access: 'public' },
      schema: {
        tags: TAGS,
        summary: 'A project’s procurement processes and contracts',
        description:
          'Each process linked to the project by OCID, with what the procurement register publishes of it (buyer, supplier, value, status), the loan that finances it and the general conditions of contract.',
        params: SlugParams,
        response: { 200: ContractLinkListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const found = await findProject(ctx.db, request.params.slug);
      if (!found) throw notFound(`no project "${request.params.slug}"`);
      return { items: await presentLinks(app, ctx, await contractLinks(ctx.db, found.id)) };
    },
  );

  apiCommandRoute(app, {
    path: '/projects/:slug/contracts',
    access: { action: CONTRACTS_WRITE },
    params: SlugParams,
    body: LinkContractBody,
    command: (input, request) =>
      linkContract(ctx, app.shilen.modules, request.actor, request.params.slug, input, request.meta),
    location: (link) => `${ctx.config.publicUrl}/api/v1/projects/${link.projectSlug}/contracts`,
    response: { schema: ContractLinkSchema, body: (link) => presentLink(ctx, link, link.process) },
    tags: TAGS,
    summary: 'Link a project to a procurement process by OCID',
    description:
      'For the project’s implementing body. An OCID the procurement register does not publish, a loan that is not the project’s, or a process already linked is a 422 naming the field.',
  });
}
