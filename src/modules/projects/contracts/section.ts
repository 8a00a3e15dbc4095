import { can } from '../../../platform/auth/permissions.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import type { ProjectSection } from '../sections.ts';
import { CONTRACTS_WRITE } from './link-contract.ts';
import { type ProcurementProcess, procurementProcesses } from './procurement.ts';
import { contractLinks } from './queries.ts';

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The project page's procurement and contracts: each linked process with its buyer, supplier,
 * contract value and status as the procurement module publishes them (through its manifest), a
 * link to its page there, the loan that finances it and the general conditions of contract. None
 * for a project with no link, unless the reader may add one.
 */
export const contractsSection: ProjectSection = {
  id: 'contracts',
  order: 60,
  render: async (ctx, project, request) => {
    const { t } = request;
    const links = await contractLinks(ctx.db, project.id);
    const mayLink = can(request.actor, CONTRACTS_WRITE, { organizationId: project.organizationId });
    if (links.length === 0 && !mayLink) return null;
    const processes = new Map(
      (
        await procurementProcesses(
          ctx,
          request.server.shilen.modules,
          links.map((l) => l.ocid),
        )
      ).map((p) => [p.ocid, p]),
    );
    const caption = t('projects.contracts.caption', { count: links.length });
    // The procurement register's texts are as it publishes them (in Mongolian): marked so on an English page.
    const text = (v: string | null): Html | string =>
      v === null ? '—' : request.locale !== 'mn' && CYRILLIC.test(v) ? html`<span lang="mn">${v}</span>` : v;
    const processCell = (ocid: string, p: ProcurementProcess | undefined): Html =>
      p
        ? html`${p.href ? html`<a href="${p.href}">${text(p.title ?? ocid)}</a>` : text(p.title ?? ocid)}<br><small>${ocid}</small>`
        : html`${ocid}<br><small>${t('projects.contracts.notPublished')}</small>`;
    const conditions = links.filter((l) => l.generalConditionsMn || l.generalConditionsEn);
    return html`<section aria-labelledby="project-contracts"><h2 id="project-contracts">${t('projects.contracts.title')}</h2>
${
  links.length === 0
    ? html`<p>${t('projects.contracts.none')}</p>`
    : html`<div class="table-wrap" tabindex="0" role="region" aria-label="${caption}"><table class="data-table">
  <caption>${caption}</caption>
  <thead><tr><th scope="col">${t('projects.contracts.field.process')}</th><th scope="col">${t('projects.contracts.field.buyer')}</th><th scope="col">${t('projects.contracts.field.supplier')}</th><th scope="col" class="numeric">${t('projects.contracts.field.value')}</th><th scope="col">${t('projects.contracts.field.status')}</th><th scope="col">${t('projects.contracts.field.loan')}</th></tr></thead>
  <tbody>${links.map((l) => {
    const p = processes.get(l.ocid);
    return html`<tr><td>${processCell(l.ocid, p)}</td><td>${text(p?.buyerName ?? null)}</td><td>${text(p?.supplierName ?? null)}</td><td class="numeric">${p?.value ? t.money(p.value, p.currency ?? undefined) : '—'}</td><td>${text(p?.status ?? null)}</td><td>${l.loanSlug ? html`<a href="/projects/loans/${l.loanSlug}">${t.pick({ mn: l.loanTitleMn ?? '', en: l.loanTitleEn ?? '' })}</a>` : '—'}</td></tr>`;
  })}</tbody>
</table></div>`
}
${conditions.map((l) => {
  const p = processes.get(l.ocid);
  const mine = request.locale === 'mn' ? l.generalConditionsMn : l.generalConditionsEn;
  const other = request.locale === 'mn' ? l.generalConditionsEn : l.generalConditionsMn;
  const lang = mine ? request.locale : request.locale === 'mn' ? 'en' : 'mn';
  return html`<details><summary>${t('projects.contracts.conditions')}: ${text(p?.title ?? l.ocid)}</summary><p lang="${lang}">${mine ?? other}</p></details>`;
})}
${mayLink ? html`<p><a class="button" href="/projects/${project.slug}/contracts/new">${t('projects.contracts.add')}</a></p>` : ''}
</section>`;
  },
};
