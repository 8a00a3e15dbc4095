import type { App } from '../../../../platform/http/types.ts';
import type { ModuleContext } from '../../../../platform/module.ts';
import { table } from '../../../../platform/views/components.ts';
import { html } from '../../../../platform/views/html.ts';
import { countByType } from '../queries.ts';

/**
 * `/extractives`: the registers of resources at a glance. Licences by kind, each beside the count
 * the country's cadastre reported (the pack's, with its source), and links to every register.
 */
export function overviewPage(app: App, ctx: ModuleContext): void {
  const pack = ctx.country.extractives;
  app.get(
    '/extractives',
    { schema: { hide: true }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const counts = await countByType(ctx.db);
      const rows = pack.licenceTypes.map((k) => {
        const reported = pack.licenceCounts.find((c) => c.type === k.code);
        return [
          html`<a href="/extractives/licences?type=${k.code}">${t.pick(k.name)}</a>`,
          t.number(counts.get(k.code) ?? 0),
          reported ? t.number(reported.count) : '',
          reported
            ? html`${reported.source.url ? html`<a href="${reported.source.url}">${t.pick(reported.source)}</a>` : t.pick(reported.source)}, ${t.date(reported.asOf)}`
            : '',
        ];
      });
      return reply.sendPage({
        title: t('extractives.title'),
        breadcrumbs: [{ label: t('extractives.title') }],
        main: html`<h1>${t('extractives.title')}</h1>
<p class="lead">${t('extractives.overview.lead')}</p>
<h2>${t('extractives.licences.title')}</h2>
${table(request.page, {
  caption: t('extractives.overview.caption'),
  columns: [
    { key: 'type', label: t('extractives.licences.field.type') },
    { key: 'here', label: t('extractives.overview.here'), numeric: true },
    { key: 'reported', label: t('extractives.overview.reported'), numeric: true },
    { key: 'source', label: t('extractives.overview.source') },
  ],
  rows,
})}
<h2>${t('extractives.overview.registers')}</h2>
<ul>
  <li><a href="/extractives/licences">${t('extractives.licences.title')}</a></li>
  <li><a href="/extractives/map">${t('extractives.overview.map')}</a></li>
  <li><a href="/extractives/contracts">${t('extractives.overview.contracts')}</a></li>
  <li><a href="/extractives/owners">${t('extractives.overview.owners')}</a></li>
  <li><a href="/extractives/environment">${t('extractives.overview.environment')}</a></li>
</ul>`,
      });
    },
  );
}
