import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { emptyState } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import type { ProjectSection } from '../sections.ts';
import { projectFlags } from './flags.ts';
import { explainFlag, flagList, thresholdSource } from './views.ts';

/** `/projects/flags`: every flagged project, each flag explained with its figures and threshold. */
export function flagPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/projects/flags',
    { schema: { hide: true }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const flagged = (await projectFlags(ctx.db, ctx.country)).filter((p) => p.flags.length > 0);
      const rows = flagged.flatMap((p) =>
        p.flags.map(
          (f, i) =>
            html`<tr>${i === 0 ? html`<th scope="row" rowspan="${p.flags.length}"><a href="/projects/${p.slug}">${t.pick({ mn: p.titleMn, en: p.titleEn })}</a></th>` : ''}<td>${t(`projects.flags.kind.${f.kind}`)}</td><td>${explainFlag(t, f)}</td></tr>`,
        ),
      );
      return reply.sendPage({
        title: t('projects.flags.title'),
        breadcrumbs: [
          { href: '/projects', label: t('projects.title') },
          { label: t('projects.flags.title') },
        ],
        main: html`<h1>${t('projects.flags.title')}</h1>
<p class="lead">${t('projects.flags.lead')}</p>
${thresholdSource(t, ctx.country.projects.flags.source)}
<p class="result-count" role="status">${t('projects.flags.count', { count: flagged.length })}</p>
${
  flagged.length === 0
    ? emptyState(t('projects.flags.none'))
    : html`<div class="table-wrap"><table class="data-table"><caption>${t('projects.flags.title')}</caption>
<thead><tr><th scope="col">${t('projects.flags.project')}</th><th scope="col">${t('projects.flags.flag')}</th><th scope="col">${t('projects.flags.explanation')}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`
}`,
      });
    },
  );
}

/** The project page's flags, with where their thresholds come from; nothing when it has none. */
export const flagsSection: ProjectSection = {
  id: 'flags',
  order: 5,
  render: async (ctx, project, request) => {
    const [found] = await projectFlags(ctx.db, ctx.country, { projectIds: [project.id] });
    if (!found || found.flags.length === 0) return null;
    const { t } = request;
    return html`<section aria-labelledby="project-flags" class="project-flags">
<h2 id="project-flags">${t('projects.flags.sectionTitle')}</h2>
${flagList(t, found.flags)}
${thresholdSource(t, ctx.country.projects.flags.source)}
</section>`;
  },
};
