import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import { sql } from '../../../platform/db/sql.ts';
import { formRoute } from '../../../platform/forms/index.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { emptyState, selectField, textarea, textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { defineIndicator, IndicatorBody } from '../commands/define-indicator.ts';
import { recordIndicatorValue, ValueBody } from '../commands/record-indicator-value.ts';
import { findIndicator, listIndicators } from '../indicators.ts';
import { trendChart } from '../views/charts.ts';
import { IdParams } from './commitment.ts';

const access = { action: 'plans.indicators' } as const;
const Query = Type.Object({
  lang: Type.Optional(Type.String({ maxLength: 10 })),
  organization: Type.Optional(Type.String({ maxLength: 100 })),
  saved: Type.Optional(Type.String({ maxLength: 100 })),
});

/** Performance indicators of organisations (3.3.1.2): list, one indicator's trend, and the forms. */
export function indicatorPages(app: App, ctx: ModuleContext): void {
  const crumbs = (t: Translator) => [
    { href: '/plans', label: t('plans.title') },
    { href: '/plans/indicators', label: t('plans.indicators.title') },
  ];

  /** The organisations whose indicators this actor may keep. */
  const ownOrganizations = async (request: FastifyRequest) => {
    const rows = await ctx.db.query<{
      id: number;
      slug: string;
      nameMn: string;
      nameEn: string;
    }>(sql`select id, slug,
      name_mn as "nameMn", name_en as "nameEn" from organizations order by slug`);
    return rows.filter((o) => can(request.actor, 'plans.indicators', { organizationId: o.id }));
  };

  app.get(
    '/plans/indicators',
    { schema: { hide: true, querystring: Query }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const slug = request.query.organization;
      const [org] =
        slug && /^[a-z0-9-]{1,100}$/.test(slug)
          ? await ctx.db.query<{ id: number }>(sql`select id from organizations where slug = ${slug}`)
          : [];
      const indicators = await listIndicators(ctx.db, org?.id);
      const keeper = can(request.actor, 'plans.indicators');
      return reply.sendPage({
        title: t('plans.indicators.title'),
        breadcrumbs: [crumbs(t)[0]!, { label: t('plans.indicators.title') }],
        main: html`<h1>${t('plans.indicators.title')}</h1><p class="lead">${t('plans.indicators.lead')}</p>
${keeper ? html`<p><a class="button" href="/plans/indicators/new">${t('plans.indicators.new')}</a></p>` : ''}
${indicators.length > 0 ? html`<ul class="link-list">${indicators.map((i) => html`<li><a href="/plans/indicators/${i.id}">${t.pick({ mn: i.nameMn, en: i.nameEn })}</a> <span class="meta">${t.pick({ mn: i.orgMn, en: i.orgEn })} · ${t('plans.indicators.periods', { count: i.periods })}</span></li>`)}</ul>` : emptyState(t('plans.indicators.empty'))}`,
      });
    },
  );

  formRoute(app, {
    path: '/plans/indicators/new',
    access,
    body: IndicatorBody,
    command: (input, request) => defineIndicator(ctx, request.actor, input, request.meta),
    redirect: (indicator) => `/plans/indicators/${indicator.id}`,
    render: async (form, request) => {
      const { t } = request;
      const mine = await ownOrganizations(request);
      if (mine.length === 0) throw new AppError('forbidden', t('plans.indicators.forbidden'));
      const title = t('plans.indicators.new');
      return {
        title,
        breadcrumbs: [...crumbs(t), { label: title }],
        main: html`<h1>${title}</h1>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${selectField(
  'organization',
  t('plans.col.organization'),
  mine.map((o) => ({ value: o.slug, label: t.pick({ mn: o.nameMn, en: o.nameEn }) })),
  form.value('organization'),
)}
${textField('nameMn', t('plans.indicators.nameMn'), form.value('nameMn'), { error: form.error('nameMn') })}
${textField('nameEn', t('plans.indicators.nameEn'), form.value('nameEn'), { error: form.error('nameEn') })}
${textarea({ t }, { id: 'definition', label: t('plans.indicators.definition'), value: form.value('definition'), error: form.error('definition'), hint: t('plans.indicators.definitionHint'), rows: 4 })}
${textField('unit', t('plans.indicators.unit'), form.value('unit'), { error: form.error('unit'), hint: t('plans.indicators.unitHint') })}
${selectField(
  'direction',
  t('plans.indicators.direction'),
  ['increase', 'decrease'].map((d) => ({ value: d, label: t(`plans.indicators.direction.${d}`) })),
  form.value('direction') || 'increase',
)}
<button type="submit" class="button">${t('plans.indicators.define')}</button></form>`,
      };
    },
  });

  /** One indicator's page: its trend, and for its organisation's staff the form for a period's values. */
  formRoute(app, {
    path: '/plans/indicators/:id/values',
    shownAt: { path: '/plans/indicators/:id', access: 'public' },
    access,
    params: IdParams,
    body: ValueBody,
    command: (input, request) =>
      recordIndicatorValue(ctx, request.actor, Number(request.params.id), input, request.meta),
    redirect: (_value, request) => `/plans/indicators/${request.params.id}?saved=1`,
    render: async (form, request) => {
      const { t } = request;
      const id = Number(request.params.id);
      const indicator = await findIndicator(ctx.db, id);
      if (!indicator) throw notFound(`no indicator ${id}`);
      const name = t.pick({ mn: indicator.nameMn, en: indicator.nameEn });
      const keeper = can(request.actor, 'plans.indicators', { organizationId: indicator.organizationId });
      const num = (s: string | null) => (s === null ? null : Number(s));
      return {
        title: name,
        breadcrumbs: [...crumbs(t), { label: name }],
        wide: true,
        main: html`<h1>${name}</h1>
<p class="lead"><a href="/organizations/${indicator.slug}">${t.pick({ mn: indicator.orgMn, en: indicator.orgEn })}</a></p>
<p>${indicator.definition}</p>
<p class="meta">${t('plans.indicators.unit')}: ${indicator.unit} · ${t(`plans.indicators.direction.${indicator.direction}`)}</p>
${indicator.values.length > 0 ? trendChart(t, { id: `indicator-${indicator.id}`, title: name, unit: indicator.unit, points: indicator.values.map((p) => ({ period: p.period, target: num(p.target), actual: num(p.actual) })) }) : emptyState(t('plans.indicators.noValues'))}
${
  keeper
    ? html`<h2>${t('plans.indicators.report')}</h2><form method="post" action="${form.action}" class="plans-link-form" novalidate>${form.csrf}
${textField('period', t('plans.indicators.period'), form.value('period'), { error: form.error('period'), hint: t('plans.indicators.periodHint') })}
${textField('target', t('plans.indicators.target'), form.value('target'), { error: form.error('target'), inputmode: 'decimal' })}
${textField('actual', t('plans.indicators.actual'), form.value('actual'), { error: form.error('actual'), inputmode: 'decimal' })}
${textField('note', t('plans.indicators.note'), form.value('note'), { error: form.error('note') })}
<button type="submit" class="button">${t('plans.indicators.save')}</button></form>`
    : ''
}`,
      };
    },
  });
}
