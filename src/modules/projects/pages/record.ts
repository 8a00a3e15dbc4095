import { can } from '../../../platform/auth/permissions.ts';
import { changedFields, recordHistory } from '../../../platform/datasets/versions.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { summaryList, table } from '../../../platform/views/components.ts';
import type { PageContext } from '../../../platform/views/context.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { sectorByCode } from '../codes.ts';
import { projectsDataset } from '../dataset.ts';
import { findProject, type Project, projectFunding, projectPlaces, projectRevisions } from '../queries.ts';
import { SlugParams } from '../schemas.ts';
import { projectSections } from '../sections.ts';
import { placesMaps } from './places.ts';
import { timelineEvents, timelineList } from './timeline.ts';

const dateOr = (t: Translator, d: string | null) => (d ? t.date(d) : '—');
const moneyOr = (t: Translator, amount: string | null, currency: string | null) =>
  amount && currency ? t.money(Number(amount), currency) : '—';

/** The changes of the project's published record: when, and which fields, with its versions in the API. */
async function historySection(
  ctx: ModuleContext,
  page: PageContext,
  t: Translator,
  slug: string,
): Promise<Html> {
  const versions = await recordHistory(ctx.db, projectsDataset.id, slug);
  const titles = new Map(projectsDataset.fields.map((f) => [f.name, t.pick(f.title)]));
  return html`<h2 id="history">${t('projects.record.history')}</h2>
${table(page, {
  caption: t('projects.record.history'),
  columns: [
    { key: 'version', label: t('projects.field.version'), numeric: true },
    { key: 'at', label: t('projects.field.changedAt') },
    { key: 'fields', label: t('projects.field.changed') },
  ],
  rows: versions.map((v, i) => [
    t.number(v.version),
    t.date(v.changedAt),
    v.operation === 'insert'
      ? t('projects.record.added')
      : changedFields(versions[i - 1]?.data ?? null, v.data)
          .filter((f) => f !== 'updated_at')
          .map((f) => titles.get(f) ?? f)
          .join(', ') || t('projects.record.partsChanged'),
  ]),
})}
<p><a href="/api/v1/datasets/${projectsDataset.id}/records/${encodeURIComponent(slug)}/versions">${t('projects.record.versions')}</a></p>`;
}

function summary(t: Translator, p: Project): Html {
  const sector = sectorByCode.get(p.sector);
  return summaryList([
    {
      key: t('projects.field.organization'),
      value: html`<a href="/projects/agencies/${p.organization}">${t.pick({ mn: p.organizationNameMn, en: p.organizationNameEn })}</a>`,
    },
    {
      key: t('projects.field.supervisingOrganization'),
      value: p.supervisingOrganization
        ? html`<a href="/organizations/${p.supervisingOrganization}">${t.pick({ mn: p.supervisingNameMn!, en: p.supervisingNameEn! })}</a>`
        : '—',
    },
    { key: t('projects.field.sector'), value: sector ? t.pick(sector.name) : p.sector },
    {
      key: t('projects.field.projectType'),
      value: p.projectType ? t(`projects.type.${p.projectType}`) : '—',
    },
    { key: t('projects.field.stage'), value: t(`projects.stage.${p.stage}`) },
    { key: t('projects.field.status'), value: t(`projects.status.${p.status}`) },
    { key: t('projects.field.budget'), value: moneyOr(t, p.budgetAmount, p.budgetCurrency) },
    { key: t('projects.field.budgetApprovedOn'), value: dateOr(t, p.budgetApprovedOn) },
    { key: t('projects.field.plannedStart'), value: dateOr(t, p.plannedStart) },
    { key: t('projects.field.plannedEnd'), value: dateOr(t, p.plannedEnd) },
    { key: t('projects.field.actualStart'), value: dateOr(t, p.actualStart) },
    { key: t('projects.field.actualEnd'), value: dateOr(t, p.actualEnd) },
    {
      key: t('projects.field.adminUnit'),
      value: p.adminUnitCode
        ? html`<a href="/places/${p.adminUnitCode}">${t.pick({ mn: p.unitNameMn ?? '', en: p.unitNameEn ?? p.unitNameMn ?? '' })}</a>`
        : '—',
    },
  ]);
}

/** Sections ordered before this come right after the summary (the flags), the others after the revisions. */
const LEAD_ORDER = 10;

/** A project's page: summary, timeline, places, funding, revisions, the module's sections, changes. */
export function recordPage(app: App, ctx: ModuleContext): void {
  app.get(
    '/projects/:slug',
    { schema: { hide: true, params: SlugParams }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale, page } = request;
      const p = await findProject(ctx.db, request.params.slug);
      if (!p) throw notFound();
      const name = t.pick({ mn: p.titleMn, en: p.titleEn });
      const ref = {
        id: p.id,
        slug: p.slug,
        organizationId: p.organizationId,
        titleMn: p.titleMn,
        titleEn: p.titleEn,
      };
      const [places, funding, revisions, sections] = await Promise.all([
        projectPlaces(ctx.db, p.id),
        projectFunding(ctx.db, p.id),
        projectRevisions(ctx.db, p.id),
        Promise.all(
          [...projectSections]
            .sort((a, b) => a.order - b.order)
            .map(async (s) => ({ lead: s.order < LEAD_ORDER, html: await s.render(ctx, ref, request) })),
        ),
      ]);
      const shown = (lead: boolean) =>
        sections.filter((s) => s.lead === lead && s.html !== null).map((s) => s.html);
      const events = await timelineEvents(ctx.db, t, p, revisions);
      const writable = can(request.actor, 'projects.write', { organizationId: p.organizationId });
      const placeLabel = (i: number, d: string | null) => d ?? t('projects.record.place', { n: i + 1 });
      const map =
        places.length === 0
          ? html`<p>${t('projects.record.noPlaces')}</p>`
          : placesMaps(
              ctx,
              t,
              'project-places',
              places.map((l, i) => ({
                id: `place-${i + 1}`,
                label: placeLabel(
                  i,
                  t.pick({ mn: l.descriptionMn ?? '', en: l.descriptionEn ?? l.descriptionMn ?? '' }) || null,
                ),
                class: p.stage,
                geometry: l.geometry,
              })),
              [{ id: p.stage, label: t(`projects.stage.${p.stage}`) }],
              t('projects.field.stage'),
            );
      const fundingTable =
        funding.length === 0
          ? html`<p>${t('projects.record.noFunding')}</p>`
          : table(page, {
              caption: t('projects.record.funding'),
              columns: [
                { key: 'source', label: t('projects.field.source') },
                { key: 'amount', label: t('projects.field.amount'), numeric: true },
                { key: 'detail', label: t('projects.field.fundingDetail') },
              ],
              rows: funding.map((f) => [
                t(`projects.funding.${f.source}`),
                t.money(Number(f.amount), f.currency),
                f.loan
                  ? html`<a href="/projects/loans/${f.loan}">${t.pick({ mn: f.loanTitleMn!, en: f.loanTitleEn! })}</a>${
                      f.lenderId
                        ? html` (<a href="/projects/lenders/${f.lenderId}">${t.pick({ mn: f.lenderNameMn ?? f.lenderNameEn ?? '', en: f.lenderNameEn ?? f.lenderNameMn ?? '' })}</a>)`
                        : ''
                    }`
                  : f.budgetLineRef
                    ? t('projects.record.budgetLine', { ref: f.budgetLineRef })
                    : t.pick({ mn: f.descriptionMn ?? '', en: f.descriptionEn ?? f.descriptionMn ?? '' }),
              ]),
            });
      const revisionsTable =
        revisions.length === 0
          ? html`<p>${t('projects.record.noRevisions')}</p>`
          : table(page, {
              caption: t('projects.record.revisions'),
              columns: [
                { key: 'on', label: t('projects.field.revisedOn') },
                { key: 'budget', label: t('projects.field.budget'), numeric: true },
                { key: 'start', label: t('projects.field.plannedStart') },
                { key: 'end', label: t('projects.field.plannedEnd') },
                { key: 'reason', label: t('projects.field.reason') },
                { key: 'decision', label: t('projects.field.decision') },
              ],
              rows: revisions.map((r) => [
                t.date(r.revisedOn),
                moneyOr(t, r.budgetAmount, r.budgetCurrency),
                dateOr(t, r.plannedStart),
                dateOr(t, r.plannedEnd),
                t.pick({ mn: r.reasonMn, en: r.reasonEn ?? r.reasonMn }),
                r.decision ?? '—',
              ]),
            });
      return reply.sendPage({
        title: name,
        breadcrumbs: [{ href: '/projects', label: t('projects.title') }, { label: name }],
        alternates: [{ href: `/api/v1/projects/${p.slug}`, type: 'application/json' }],
        main: html`<h1>${name}</h1>
<p class="lead" lang="${locale === 'mn' ? 'en' : 'mn'}">${locale === 'mn' ? p.titleEn : p.titleMn}</p>
${writable ? html`<p><a class="button" href="/projects/${p.slug}/edit">${t('projects.edit.link')}</a> <a class="button button-secondary" href="/projects/${p.slug}/revisions/new">${t('projects.revision.link')}</a></p>` : ''}
${summary(t, p)}
<p>${t.pick({ mn: p.descriptionMn, en: p.descriptionEn })}</p>
${shown(true)}
<h2 id="timeline">${t('projects.record.timeline')}</h2>
${timelineList(t, events)}
<h2 id="places">${t('projects.record.places')}</h2>
${map}
<h2 id="funding">${t('projects.record.funding')}</h2>
${fundingTable}
<h2 id="revisions">${t('projects.record.revisions')}</h2>
${revisionsTable}
${shown(false)}
${await historySection(ctx, page, t, p.slug)}`,
      });
    },
  );
}
