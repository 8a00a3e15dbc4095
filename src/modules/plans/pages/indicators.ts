import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import { translateProblems } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import {
  emptyState,
  errorSummary,
  selectField,
  textarea,
  textField,
} from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { defineIndicator, type IndicatorInput } from '../commands/define-indicator.ts';
import { recordIndicatorValue } from '../commands/record-indicator-value.ts';
import { findIndicator, listIndicators } from '../indicators.ts';
import { trendChart } from '../views/charts.ts';
import { IdParams } from './commitment.ts';
import { forbidden403 } from './forbidden.ts';

const access = { access: { action: 'plans.indicators' } } as const;
const Query = Type.Object({
  lang: Type.Optional(Type.String({ maxLength: 10 })),
  organization: Type.Optional(Type.String({ maxLength: 100 })),
  saved: Type.Optional(Type.String({ maxLength: 100 })),
});
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** Performance indicators of organisations (3.3.1.2): list, one indicator's trend, and the forms. */
export function indicatorPages(app: App, ctx: ModuleContext): void {
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
        breadcrumbs: [{ href: '/plans', label: t('plans.title') }, { label: t('plans.indicators.title') }],
        main: html`<h1>${t('plans.indicators.title')}</h1><p class="lead">${t('plans.indicators.lead')}</p>
${keeper ? html`<p><a class="button" href="/plans/indicators/new">${t('plans.indicators.new')}</a></p>` : ''}
${indicators.length > 0 ? html`<ul class="link-list">${indicators.map((i) => html`<li><a href="/plans/indicators/${i.id}">${t.pick({ mn: i.nameMn, en: i.nameEn })}</a> <span class="meta">${t.pick({ mn: i.orgMn, en: i.orgEn })} · ${t('plans.indicators.periods', { count: i.periods })}</span></li>`)}</ul>` : emptyState(t('plans.indicators.empty'))}`,
      });
    },
  );

  const renderNew = async (
    request: FastifyRequest,
    reply: FastifyReply,
    v: Partial<IndicatorInput>,
    errors: { field: string; message: string }[],
  ) => {
    const { t } = request;
    const mine = await ownOrganizations(request);
    if (mine.length === 0) return forbidden403(request, reply, t('plans.indicators.forbidden'));
    const error = (f: string) => errors.find((e) => e.field === f)?.message;
    return reply.code(errors.length > 0 ? 422 : 200).sendPage({
      title: t('plans.indicators.new'),
      breadcrumbs: [
        { href: '/plans', label: t('plans.title') },
        { href: '/plans/indicators', label: t('plans.indicators.title') },
        { label: t('plans.indicators.new') },
      ],
      main: html`<div class="narrow">${errorSummary(request.page, errors)}<h1>${t('plans.indicators.new')}</h1>
<form method="post" action="/plans/indicators/new" novalidate>${reply.csrfField()}
${selectField(
  'organization',
  t('plans.col.organization'),
  mine.map((o) => ({ value: o.slug, label: t.pick({ mn: o.nameMn, en: o.nameEn }) })),
  v.organization,
)}
${textField('nameMn', t('plans.indicators.nameMn'), v.nameMn ?? '', { error: error('nameMn') })}
${textField('nameEn', t('plans.indicators.nameEn'), v.nameEn ?? '', { error: error('nameEn') })}
${textarea({ t }, { id: 'definition', label: t('plans.indicators.definition'), value: v.definition ?? '', error: error('definition'), hint: t('plans.indicators.definitionHint'), rows: 4 })}
${textField('unit', t('plans.indicators.unit'), v.unit ?? '', { error: error('unit'), hint: t('plans.indicators.unitHint') })}
${selectField(
  'direction',
  t('plans.indicators.direction'),
  ['increase', 'decrease'].map((d) => ({ value: d, label: t(`plans.indicators.direction.${d}`) })),
  v.direction ?? 'increase',
)}
<button type="submit" class="button">${t('plans.indicators.define')}</button></form></div>`,
    });
  };

  app.get(
    '/plans/indicators/new',
    { schema: { hide: true, querystring: Query }, config: access },
    (request, reply) => renderNew(request, reply, {}, []),
  );

  app.post('/plans/indicators/new', { schema: { hide: true }, config: access }, async (request, reply) => {
    const b = (request.body ?? {}) as Record<string, unknown>;
    const input: IndicatorInput = {
      organization: text(b.organization),
      nameMn: text(b.nameMn),
      nameEn: text(b.nameEn),
      definition: text(b.definition),
      unit: text(b.unit),
      direction: text(b.direction),
    };
    const result = await defineIndicator(ctx, request.actor, input, request.meta);
    if (result.ok) return reply.redirect(`/plans/indicators/${result.value.id}`, 303);
    return renderNew(request, reply, input, translateProblems(request.t, result.problems));
  });

  const renderIndicator = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    v: Record<string, string>,
    errors: { field: string; message: string }[],
  ) => {
    const { t } = request;
    const indicator = await findIndicator(ctx.db, id);
    if (!indicator) throw notFound(`no indicator ${id}`);
    const name = t.pick({ mn: indicator.nameMn, en: indicator.nameEn });
    const keeper = can(request.actor, 'plans.indicators', { organizationId: indicator.organizationId });
    const error = (f: string) => errors.find((e) => e.field === f)?.message;
    const num = (s: string | null) => (s === null ? null : Number(s));
    return reply.code(errors.length > 0 ? 422 : 200).sendPage({
      title: name,
      breadcrumbs: [
        { href: '/plans', label: t('plans.title') },
        { href: '/plans/indicators', label: t('plans.indicators.title') },
        { label: name },
      ],
      main: html`${errorSummary(request.page, errors)}<h1>${name}</h1>
<p class="lead"><a href="/organizations/${indicator.slug}">${t.pick({ mn: indicator.orgMn, en: indicator.orgEn })}</a></p>
<p>${indicator.definition}</p>
<p class="meta">${t('plans.indicators.unit')}: ${indicator.unit} · ${t(`plans.indicators.direction.${indicator.direction}`)}</p>
${indicator.values.length > 0 ? trendChart(t, { id: `indicator-${indicator.id}`, title: name, unit: indicator.unit, points: indicator.values.map((p) => ({ period: p.period, target: num(p.target), actual: num(p.actual) })) }) : emptyState(t('plans.indicators.noValues'))}
${
  keeper
    ? html`<h2>${t('plans.indicators.report')}</h2><form method="post" action="/plans/indicators/${indicator.id}/values" class="plans-link-form" novalidate>${reply.csrfField()}
${textField('period', t('plans.indicators.period'), v.period ?? '', { error: error('period'), hint: t('plans.indicators.periodHint') })}
${textField('target', t('plans.indicators.target'), v.target ?? '', { error: error('target'), inputmode: 'decimal' })}
${textField('actual', t('plans.indicators.actual'), v.actual ?? '', { error: error('actual'), inputmode: 'decimal' })}
${textField('note', t('plans.indicators.note'), v.note ?? '', { error: error('note') })}
<button type="submit" class="button">${t('plans.indicators.save')}</button></form>`
    : ''
}`,
    });
  };

  app.get(
    '/plans/indicators/:id',
    { schema: { hide: true, params: IdParams, querystring: Query }, config: { access: 'public' } },
    (request, reply) => renderIndicator(request, reply, Number(request.params.id), {}, []),
  );

  app.post(
    '/plans/indicators/:id/values',
    { schema: { hide: true, params: IdParams }, config: access },
    async (request, reply) => {
      const b = (request.body ?? {}) as Record<string, unknown>;
      const input = {
        period: text(b.period),
        target: text(b.target),
        actual: text(b.actual),
        note: text(b.note),
      };
      const result = await recordIndicatorValue(
        ctx,
        request.actor,
        Number(request.params.id),
        input,
        request.meta,
      );
      if (result.ok) return reply.redirect(`/plans/indicators/${request.params.id}?saved=1`, 303);
      return renderIndicator(
        request,
        reply,
        Number(request.params.id),
        input,
        translateProblems(request.t, result.problems),
      );
    },
  );
}
