import { Type } from 'typebox';
import { topLevelUnits } from '../../../platform/admin-units.ts';
import { formRoute } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { select, table } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { listCategories, organizationNames } from '../cases.ts';
import { listRoutingRules } from '../routing.ts';
import { setRoutingRule } from '../routing-admin.ts';
import { namedChoices } from '../views.ts';

const Choice = Type.Optional(Type.String({ maxLength: 200 }));

/** The routing table: which organisation answers each category, nationally and per aimag. */
export function routingPages(app: App, ctx: ModuleContext): void {
  formRoute(app, {
    path: '/feedback/admin/routing',
    access: { action: 'feedback.manage-routing' },
    query: Type.Object({ saved: Type.Optional(Type.String({ maxLength: 100 })) }),
    headers: { 'cache-control': 'private, no-store' },
    body: Type.Object({ category: Choice, aimag: Choice, organization: Choice }),
    command: (input, request) => setRoutingRule(ctx, request.actor, input, request.meta),
    redirect: () => '/feedback/admin/routing?saved=1',
    render: async (form, request) => {
      const { t, locale } = request;
      const [rules, categories, units, organizations] = await Promise.all([
        listRoutingRules(ctx.db),
        listCategories(ctx.db),
        topLevelUnits(ctx.db, locale),
        organizationNames(ctx.db),
      ]);
      const category = new Map(categories.map((c) => [c.code, t.pick({ mn: c.nameMn, en: c.nameEn })]));
      const unit = new Map(units.map((u) => [u.code, t.pick({ mn: u.nameMn, en: u.nameEn })]));
      const saved = (request.query as { saved?: string }).saved === '1';
      const choose = (id: string, label: string, options: { value: string; label: string }[], none: string) =>
        select(
          { t },
          { id, label, options, selected: form.value(id), placeholder: none, error: form.error(id) },
        );
      return {
        title: t('feedback.routing.title'),
        breadcrumbs: [
          { href: '/feedback', label: t('feedback.title') },
          { label: t('feedback.routing.title') },
        ],
        wide: true,
        main: html`${saved ? html`<div class="notice" role="status"><p>${t('feedback.routing.saved')}</p></div>` : ''}
<h1>${t('feedback.routing.title')}</h1><p class="lead">${t('feedback.routing.lead')}</p>
<div class="narrow"><h2>${t('feedback.routing.set')}</h2>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${choose('category', t('feedback.field.category'), namedChoices(t, categories, 'code'), t('feedback.form.choose'))}
${choose('aimag', t('feedback.field.aimag'), namedChoices(t, units, 'code'), t('feedback.routing.national'))}
${choose('organization', t('feedback.col.organization'), namedChoices(t, organizations, 'slug'), t('feedback.form.choose'))}
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
      };
    },
  });
}
