import { Type } from 'typebox';
import { can } from '../../../../platform/auth/permissions.ts';
import { sendDownload } from '../../../../platform/datasets/download.ts';
import type { App } from '../../../../platform/http/types.ts';
import type { Translator } from '../../../../platform/i18n/index.ts';
import { listPage } from '../../../../platform/lists/page.ts';
import { pageQuerySchema, readPageQuery } from '../../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../../platform/module.ts';
import { html } from '../../../../platform/views/html.ts';
import { keeperOf } from '../commands/open-case.ts';
import { WRITE } from '../commands/record-step.ts';
import { environmentDataset } from '../dataset.ts';
import { environmentList } from '../lists.ts';
import { companyName } from '../present.ts';
import { type EnvironmentCase, listCases, unnoticedCases } from '../queries.ts';

const PageQuery = pageQuerySchema(environmentList, { bom: Type.Optional(Type.String({ maxLength: 10 })) });

/** Where a case stands, as a tag: listed now, or its stage. */
export const stageTag = (t: Translator, c: Pick<EnvironmentCase, 'stage' | 'listed'>) =>
  html`<strong class="tag">${c.listed ? t('extractives.environment.listedNow') : t('extractives.environment.stage', { stage: c.stage })}</strong>`;

/** Due process in plain words, with the pack's periods and their source. */
export function dueProcess(t: Translator, ctx: Pick<ModuleContext, 'country'>) {
  const { replyDays, appealDays, source } = ctx.country.extractives.environmentalList;
  return html`<details class="due-process"><summary>${t('extractives.environment.process.title')}</summary>
<ol>
  <li>${t('extractives.environment.process.inspection')}</li>
  <li>${t('extractives.environment.process.notice', { days: replyDays })}</li>
  <li>${t('extractives.environment.process.decision')}</li>
  <li>${t('extractives.environment.process.appeal', { days: appealDays })}</li>
  <li>${t('extractives.environment.process.delisting')}</li>
</ol>
<p>${t('extractives.environment.process.source')}: ${t.pick(source)}${source.confirmed ? '' : html` — ${t('extractives.environment.process.unconfirmed')}`}</p>
<p>${t('extractives.environment.process.publication')}</p>
</details>`;
}

export function listPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/extractives/environment',
    { schema: { hide: true, querystring: PageQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const query = await readPageQuery(ctx.db, environmentList, request.query, locale);
      const result = await listCases(ctx.db, query.filters, {
        sort: query.sort,
        page: query.page,
        pageSize: environmentList.pageSize,
        locale,
      });
      const keeper = await keeperOf(ctx.db, ctx);
      const keeps = can(request.actor, WRITE, { organizationId: keeper });
      const waiting = keeps ? await unnoticedCases(ctx.db) : [];
      const rows = result.items.map((c) => [
        html`<a href="/extractives/environment/${c.id}">${t.pick(companyName(c))}</a>`,
        t.pick({ mn: c.findingMn, en: c.findingEn }).slice(0, 160),
        c.unitCode ? t.pick({ mn: c.unitNameMn ?? '', en: c.unitNameEn ?? '' }) : '—',
        stageTag(t, c),
        t.date(c.decidedOn ?? c.noticedOn ?? c.inspectedOn),
      ]);
      return reply.sendPage(
        listPage(request.page, {
          list: environmentList,
          query,
          path: '/extractives/environment',
          title: t('extractives.environment.title'),
          lead: t('extractives.environment.lead'),
          breadcrumbs: [
            { href: '/extractives', label: t('extractives.environment.resources') },
            { label: t('extractives.environment.title') },
          ],
          intro: html`${dueProcess(t, ctx)}${
            keeps
              ? html`<p><a class="button" href="/extractives/environment/new">${t('extractives.environment.open.link')}</a></p>
${
  waiting.length > 0
    ? html`<h2>${t('extractives.environment.waiting')}</h2><ul>${waiting.map((c) => html`<li><a href="/extractives/environment/${c.id}">${t.pick(companyName(c))}</a> — ${t.date(c.inspectedOn)}</li>`)}</ul>`
    : ''
}`
              : ''
          }`,
          count: t('extractives.environment.count', { count: result.total }),
          total: result.total,
          empty: { title: t('extractives.environment.empty'), hint: t('extractives.environment.emptyHint') },
          downloads: { formats: ['csv', 'json'], api: '/api/v1/extractives/environment' },
          table: {
            caption: t('extractives.environment.caption'),
            columns: [
              { key: 'company', label: t('extractives.environment.field.company'), sortable: true },
              { key: 'finding', label: t('extractives.environment.field.finding') },
              { key: 'place', label: t('extractives.environment.field.place') },
              { key: 'listed', label: t('extractives.environment.field.stage'), sortable: true },
              { key: 'noticed', label: t('extractives.environment.field.latest'), sortable: true },
            ],
            rows,
          },
        }),
      );
    },
  );

  for (const format of ['csv', 'json'] as const)
    app.get(
      `/extractives/environment.${format}`,
      { schema: { hide: true }, config: { access: 'public' } },
      (request, reply) =>
        sendDownload(request, reply, ctx.db, environmentDataset, format, { ignore: ['sort', 'page'] }),
    );
}
