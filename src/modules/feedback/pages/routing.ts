import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { topLevelUnits } from '../../../platform/admin-units.ts';
import { translateProblems } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { CsrfField } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { errorSummary, select, table } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { listCategories } from '../cases.ts';
import { listRoutingRules } from '../routing.ts';
import { setRoutingRule } from '../routing-admin.ts';

const access = { access: { action: 'feedback.manage-routing' } } as const;

/** The routing table: which organisation answers each category, nationally and per aimag. */
export function routingPages(app: App, ctx: ModuleContext): void {
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: Record<string, string>,
    errors: { field: string; message: string }[],
    done = false,
  ) => {
    const { t, locale } = request;
    const [rules, categories, units, organizations] = await Promise.all([
      listRoutingRules(ctx.db),
      listCategories(ctx.db),
      topLevelUnits(ctx.db, locale),
      ctx.db.query<{ slug: string; nameMn: string; nameEn: string }>(
        sql`select slug, name_mn as "nameMn", name_en as "nameEn" from organizations order by mn_sort_key(name_mn) collate "C"`,
      ),
    ]);
    const category = new Map(categories.map((c) => [c.code, t.pick({ mn: c.nameMn, en: c.nameEn })]));
    const unit = new Map(units.map((u) => [u.code, t.pick({ mn: u.nameMn, en: u.nameEn })]));
    const err = (f: string) => errors.find((e) => e.field === f)?.message;
    reply.header('cache-control', 'private, no-store');
    return reply.code(errors.length > 0 ? 422 : 200).sendPage({
      title: t('feedback.routing.title'),
      breadcrumbs: [
        { href: '/feedback', label: t('feedback.title') },
        { label: t('feedback.routing.title') },
      ],
      main: html`${done ? html`<div class="notice" role="status"><p>${t('feedback.routing.saved')}</p></div>` : ''}${errorSummary(request.page, errors)}
<h1>${t('feedback.routing.title')}</h1><p class="lead">${t('feedback.routing.lead')}</p>
<div class="narrow"><h2>${t('feedback.routing.set')}</h2>
<form method="post" action="/feedback/admin/routing" novalidate>${reply.csrfField()}
${select({ t }, { id: 'category', label: t('feedback.field.category'), options: categories.map((c) => ({ value: c.code, label: t.pick({ mn: c.nameMn, en: c.nameEn }) })), selected: values.category, placeholder: t('feedback.form.choose'), error: err('category') })}
${select({ t }, { id: 'aimag', label: t('feedback.field.aimag'), options: units.map((u) => ({ value: u.code, label: t.pick({ mn: u.nameMn, en: u.nameEn }) })), selected: values.aimag, placeholder: t('feedback.routing.national'), error: err('aimag') })}
${select({ t }, { id: 'organization', label: t('feedback.col.organization'), options: organizations.map((o) => ({ value: o.slug, label: t.pick({ mn: o.nameMn, en: o.nameEn }) })), selected: values.organization, placeholder: t('feedback.form.choose'), error: err('organization') })}
<button type="submit" class="button">${t('feedback.routing.save')}</button></form></div>
${table(request.page, {
  caption: t('feedback.routing.caption'),
  columns: [
    { key: 'category', label: t('feedback.field.category') },
    { key: 'aimag', label: t('feedback.field.aimag') },
    { key: 'organization', label: t('feedback.col.organization') },
  ],
  rows: rules.map((r) => [
    category.get(r.categoryCode) ?? r.categoryCode,
    r.aimagCode ? (unit.get(r.aimagCode) ?? r.aimagCode) : t('feedback.routing.national'),
    html`<a href="/organizations/${r.organizationSlug}">${t.pick({ mn: r.organizationMn, en: r.organizationEn })}</a>`,
  ]),
})}`,
    });
  };

  app.get(
    '/feedback/admin/routing',
    {
      schema: {
        hide: true,
        querystring: Type.Object({ saved: Type.Optional(Type.String({ maxLength: 100 })) }),
      },
      config: access,
    },
    (request, reply) => render(request, reply, {}, [], request.query.saved === '1'),
  );
  app.post(
    '/feedback/admin/routing',
    {
      schema: {
        hide: true,
        body: Type.Object({ _csrf: CsrfField }, { additionalProperties: Type.String({ maxLength: 20000 }) }),
      },
      config: access,
    },
    async (request, reply) => {
      const body = request.body as Record<string, string>;
      const result = await setRoutingRule(ctx, request.actor, body, request.meta);
      if (result.ok) return reply.redirect('/feedback/admin/routing?saved=1', 303);
      return render(request, reply, body, translateProblems(request.t, result.problems));
    },
  );
}
