import { sql } from '../../../platform/db/sql.ts';
import { html } from '../../../platform/views/html.ts';
import type { ProjectSection } from '../sections.ts';

/**
 * The part of a project's page that links its OC4IDS package and the IATI activity of each loan
 * or grant that funds it (named by the project or by one of its funding rows).
 */
export const standardsSection: ProjectSection = {
  id: 'standards',
  order: 900,
  render: async (ctx, project, request) => {
    const { t } = request;
    const loans = await ctx.db.query<{ slug: string; titleMn: string; titleEn: string }>(sql`
      select l.slug, l.title_mn as "titleMn", l.title_en as "titleEn" from project_loans l
      where l.project_id = ${project.id}
        or exists (select 1 from project_funding f where f.loan_id = l.id and f.project_id = ${project.id})
      order by l.agreement_on, l.id`);
    return html`<section aria-labelledby="project-standards">
<h2 id="project-standards">${t('projects.standards.heading')}</h2>
<ul>
<li><a href="/projects/${project.slug}/oc4ids.json" download type="application/json">${t('projects.standards.oc4ids')}</a></li>
${loans.map(
  (l) =>
    html`<li><a href="/projects/loans/${l.slug}/iati.xml" download type="application/xml">${t('projects.standards.iati', { title: t.pick({ mn: l.titleMn, en: l.titleEn }) })}</a></li>`,
)}
</ul>
</section>`;
  },
};
