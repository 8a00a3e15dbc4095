import { can } from '../../../platform/auth/permissions.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import { entityFamily } from '../../../platform/legal-entities/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { emptyState, summaryList, table } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { findEntity, otherNames, sourcesOf } from '../queries.ts';
import { IdParams } from '../schemas.ts';
import { entitySections } from '../sections.ts';
import { entityName, FIELD_OF_COLUMN, identifierText, sourceLabel } from './views.ts';

/**
 * An entity's page: its names as registered and as commonly written in both languages, identifier,
 * kind, status, place, registration, public body, where each fact came from, the other names it is
 * known by, then every module's section. An entity merged into another moves there (301).
 */
export function entityPage(app: App, ctx: ModuleContext): void {
  app.get(
    '/legal-entities/:id',
    { schema: { hide: true, params: IdParams }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const entity = await findEntity(ctx.db, request.params.id);
      if (!entity) throw notFound();
      if (entity.mergedInto !== null) return reply.redirect(`/legal-entities/${entity.mergedInto}`, 301);
      const family = await entityFamily(ctx.db, entity.id);
      const [sources, sections, names] = await Promise.all([
        sourcesOf(ctx.db, entity.id),
        entitySections(app.shilen.modules, ctx, { id: entity.id, family }, t),
        otherNames(ctx.db, entity, family),
      ]);
      const name = entityName(t, entity);
      const other = locale === 'mn' ? entity.nameEn : entity.nameMn;
      const otherLang = locale === 'mn' ? 'en' : 'mn';
      const bilingual = (mn: string | null, en: string | null) =>
        mn || en
          ? html`${mn ? html`<span lang="mn">${mn}</span>` : ''}${mn && en ? html`<br>` : ''}${en ? html`<span lang="en">${en}</span>` : ''}`
          : null;
      return reply.sendPage({
        title: name,
        breadcrumbs: [{ href: '/legal-entities', label: t('legal-entities.title') }, { label: name }],
        alternates: [{ href: `/api/v1/legal-entities/${entity.id}`, type: 'application/json' }],
        main: html`<h1>${name}</h1>
${other && other !== name ? html`<p class="lead" lang="${otherLang}">${other}</p>` : ''}
${can(request.actor, 'legal-entities.manage') ? html`<p><a href="/legal-entities/${entity.id}/edit">${t('legal-entities.edit.link')}</a></p>` : ''}
${summaryList([
  { key: t('legal-entities.field.identifier'), value: identifierText(t, entity) },
  { key: t('legal-entities.page.registeredNames'), value: bilingual(entity.nameMn, entity.nameEn) },
  { key: t('legal-entities.page.commonNames'), value: bilingual(entity.commonNameMn, entity.commonNameEn) },
  { key: t('legal-entities.field.kind'), value: t(`legal-entities.kind.${entity.kind}`) },
  { key: t('legal-entities.field.status'), value: t(`legal-entities.status.${entity.status}`) },
  {
    key: t('legal-entities.field.adminUnit'),
    value: entity.adminUnitCode
      ? t.pick({ mn: entity.adminUnitMn ?? '', en: entity.adminUnitEn ?? '' })
      : null,
  },
  {
    key: t('legal-entities.field.registeredOn'),
    value: entity.registeredOn ? t.date(entity.registeredOn) : null,
  },
  {
    key: t('legal-entities.field.organization'),
    value: entity.organization
      ? html`<a href="/organizations/${entity.organization}">${t.pick({ mn: entity.organizationMn ?? '', en: entity.organizationEn ?? '' })}</a>`
      : null,
  },
])}
${sections.map(
  (s) => html`<section aria-labelledby="section-${s.id}">
<h2 id="section-${s.id}">${s.title} <span class="count">${t.number(s.count)}</span></h2>
${s.html}
${s.href ? html`<p><a href="${s.href}">${t('legal-entities.page.allOf', { count: s.count, title: s.title })}</a></p>` : ''}
</section>`,
)}
${sections.length === 0 ? html`<h2>${t('legal-entities.page.records')}</h2>${emptyState(t('legal-entities.page.noRecords'))}` : ''}
<h2>${t('legal-entities.page.otherNames')}</h2>
${names.length === 0 ? html`<p>${t('legal-entities.page.noOtherNames')}</p>` : html`<ul>${names.map((n) => html`<li>${n}</li>`)}</ul>`}
<h2>${t('legal-entities.page.sources')}</h2>
${
  sources.length === 0
    ? html`<p>${t('legal-entities.page.noSources')}</p>`
    : table(request.page, {
        caption: t('legal-entities.page.sourcesCaption'),
        columns: [
          { key: 'field', label: t('legal-entities.page.fact') },
          { key: 'source', label: t('legal-entities.page.source') },
          { key: 'reference', label: t('legal-entities.page.reference') },
          { key: 'recorded', label: t('legal-entities.page.recorded') },
        ],
        rows: sources.map((s) => [
          FIELD_OF_COLUMN[s.field] ? t(`legal-entities.field.${FIELD_OF_COLUMN[s.field]}`) : s.field,
          sourceLabel(t, s.source),
          s.reference ?? '—',
          t.date(s.recordedAt),
        ]),
      })
}`,
      });
    },
  );
}
