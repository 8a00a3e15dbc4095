import { type TObject, type TOptional, type TString, Type } from 'typebox';
import type { Actor } from '../../../platform/auth/actor.ts';
import { can } from '../../../platform/auth/permissions.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { apiCommandRoute, formRoute } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { select, textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { type BenefitInputCell, cellField, recordBenefits } from '../benefits/record.ts';

/** The bodies `actor` may publish for, by name in the reader's language. */
export async function publishableBodies(db: Queryable, actor: Actor, locale: Locale) {
  const rows = await db.query<{ id: number; slug: string; mn: string; en: string | null }>(sql`
    select o.id, o.slug, o.name_mn as mn, o.name_en as en
    from organizations o join fiscal_reporting_bodies r on r.organization_id = o.id`);
  return rows
    .filter((o) => can(actor, 'fiscal.publish', { organizationId: Number(o.id) }))
    .map((o) => ({ value: o.slug, label: locale === 'mn' ? o.mn : (o.en ?? o.mn) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

const BenefitsApiBody = Type.Object({
  organization: Type.String({ maxLength: 200, description: 'The organisation’s slug' }),
  year: Type.Integer({ minimum: 1990, maximum: 2100 }),
  cells: Type.Array(
    Type.Object({
      grade: Type.String({ maxLength: 60 }),
      type: Type.String({ maxLength: 60 }),
      recipients: Type.Integer({ minimum: 0 }),
      amount: Type.Number({ minimum: 0 }),
    }),
    { maxItems: 1000 },
  ),
});

const Saved = Type.Object({ organization: Type.String(), year: Type.Integer(), recipients: Type.Integer() });

/** A body's benefit totals for a year: the grid form (one field per grade, type and measure) and its API twin. */
export function benefitsForm(app: App, ctx: ModuleContext): void {
  const pack = ctx.country.fiscal;
  const { grades, types } = pack.benefits;
  const fields: Record<string, TOptional<TString>> = {};
  for (const g of grades)
    for (const ty of types)
      for (const measure of ['recipients', 'amount'] as const)
        fields[cellField(measure, g.code, ty.code)] = Type.Optional(Type.String({ maxLength: 30 }));
  const Body: TObject = Type.Object({
    organization: Type.String({ maxLength: 200 }),
    year: Type.String({ maxLength: 10 }),
    ...fields,
  });
  const cellsOf = (body: Record<string, string | undefined>): BenefitInputCell[] =>
    grades.flatMap((g) =>
      types.map((ty) => ({
        grade: g.code,
        type: ty.code,
        recipients: body[cellField('recipients', g.code, ty.code)] ?? '',
        amount: body[cellField('amount', g.code, ty.code)] ?? '',
      })),
    );

  formRoute(app, {
    path: '/fiscal/benefits/report',
    access: { action: 'fiscal.publish' },
    body: Body,
    values: async () => ({ year: String(new Date().getUTCFullYear() - 1) }),
    command: (input, request) => {
      const body = input as Record<string, string | undefined>;
      return recordBenefits(
        ctx.db,
        pack,
        request.actor,
        { organization: body.organization ?? '', year: body.year ?? '', cells: cellsOf(body) },
        request.meta,
      );
    },
    render: async (form, request) => {
      const { t, locale } = request;
      const title = t('fiscal.benefits.report');
      const bodies = await publishableBodies(ctx.db, request.actor, locale);
      const input = (
        measure: 'recipients' | 'amount',
        g: (typeof grades)[number],
        ty: (typeof types)[number],
      ) => {
        const id = cellField(measure, g.code, ty.code);
        const label = t('fiscal.benefits.form.cell', {
          grade: t.pick(g),
          type: t.pick(ty),
          measure: t(`fiscal.benefits.${measure}`),
        });
        const error = form.error(id);
        return html`<td class="${error ? 'field-error' : ''}"><label class="visually-hidden" for="${id}">${label}</label>${
          error ? html`<p class="error-message" id="${id}-error">${error}</p>` : ''
        }<input id="${id}" name="${id}" inputmode="${measure === 'amount' ? 'decimal' : 'numeric'}" size="10" value="${form.value(id) ?? ''}"${
          error ? html` aria-invalid="true" aria-describedby="${id}-error"` : ''
        }></td>`;
      };
      return {
        title,
        wide: true,
        breadcrumbs: [
          { href: '/fiscal', label: t('fiscal.title') },
          { href: '/fiscal/benefits', label: t('fiscal.benefits.title') },
          { label: title },
        ],
        main: html`<h1>${title}</h1>
<p>${t('fiscal.benefits.form.lead')}</p>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${select(request, { id: 'organization', label: t('fiscal.benefits.organization'), options: bodies, selected: form.value('organization'), error: form.error('organization') })}
${textField('year', t('fiscal.benefits.year'), form.value('year'), { error: form.error('year'), inputmode: 'numeric' })}
${form.error('cells') ? html`<p class="error-message" id="cells">${form.error('cells')}</p>` : ''}
<div class="table-wrap" tabindex="0" role="region" aria-label="${title}"><table class="data-table">
<caption>${t('fiscal.benefits.recipients')} / ${t('fiscal.benefits.amount')}</caption>
<thead><tr><th scope="col">${t('fiscal.benefits.grade')}</th><th scope="col">${t('fiscal.benefits.type')}</th>
<th scope="col">${t('fiscal.benefits.recipients')}</th><th scope="col">${t('fiscal.benefits.amount')}</th></tr></thead>
<tbody>${grades.flatMap((g) =>
          types.map(
            (ty) =>
              html`<tr><th scope="row">${t.pick(g)}</th><td>${t.pick(ty)}</td>${input('recipients', g, ty)}${input('amount', g, ty)}</tr>`,
          ),
        )}</tbody></table></div>
<button type="submit" class="button">${t('fiscal.benefits.form.submit')}</button>
</form>`,
      };
    },
    redirect: (saved) =>
      `/fiscal/benefits?year=${saved.year}&organization=${encodeURIComponent(saved.organization)}`,
  });
}

/** The API twin: `POST /api/v1/fiscal/benefits`. */
export function benefitsApi(app: App, ctx: ModuleContext): void {
  apiCommandRoute(app, {
    path: '/fiscal/benefits',
    access: { action: 'fiscal.publish' },
    body: BenefitsApiBody,
    command: (input, request) =>
      recordBenefits(ctx.db, ctx.country.fiscal, request.actor, input, request.meta),
    location: (saved) =>
      `${ctx.config.publicUrl}/fiscal/benefits?year=${saved.year}&organization=${encodeURIComponent(saved.organization)}`,
    response: { schema: Saved, body: (saved) => saved },
    tags: ['fiscal'],
    summary: 'Report an organisation’s benefit totals for a year',
    description:
      'For the organisation’s publishers and administrators (a session, or an API token with the `fiscal.publish` scope): recipients and amount per position grade and benefit type of the country pack, replacing what the organisation reported for the year. Published only as aggregates with small cells suppressed. A code the pack does not list, a negative figure, an amount with no recipients or an organisation the caller may not publish for is a 422 naming the field; audited.',
  });
}
