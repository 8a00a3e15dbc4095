import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { apiCommandRoute, type FormState, formRoute } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { CHECKBOX_VALUE } from '../../../platform/patterns.ts';
import { checkbox, select, textField } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { recordDonation, recordFundFlow } from '../funds/record.ts';
import { publishableBodies } from './benefits-form.ts';

const text = (max: number) => Type.String({ maxLength: max });
const common = {
  ref: text(100),
  organization: text(200),
  year: text(10),
  date: text(10),
  amount: text(30),
  purpose: text(500),
};
const FlowBody = Type.Object({
  ...common,
  fund: text(100),
  direction: text(20),
  counterparty: Type.Optional(text(20)),
});
const DonationBody = Type.Object({
  ...common,
  kind: text(20),
  donorType: text(60),
  donor: Type.Optional(text(20)),
  inKind: Type.Optional(text(10)),
});
const apiCommon = {
  ...common,
  year: Type.Integer({ minimum: 1990, maximum: 2100 }),
  amount: Type.Number({ exclusiveMinimum: 0 }),
};
const FlowApiBody = Type.Object({
  ...apiCommon,
  fund: text(100),
  direction: Type.Union([Type.Literal('collection'), Type.Literal('spending')]),
  counterparty: Type.Optional(Type.Integer({ minimum: 1 })),
});
const DonationApiBody = Type.Object({
  ...apiCommon,
  kind: Type.Union([Type.Literal('donation'), Type.Literal('charity'), Type.Literal('assistance')]),
  donorType: text(60),
  donor: Type.Optional(Type.Integer({ minimum: 1 })),
  inKind: Type.Optional(Type.Boolean()),
});
const Recorded = Type.Object({ ref: Type.String(), year: Type.Integer() });

/** The fields both forms share: body, year, number, date, amount, purpose. */
async function commonFields(ctx: ModuleContext, form: FormState, request: FastifyRequest): Promise<Html> {
  const { t } = request;
  const field = (id: string, label: string, hint?: string) =>
    textField(id, label, form.value(id), { error: form.error(id), ...(hint ? { hint } : {}) });
  return html`${select(request, {
    id: 'organization',
    label: t('fiscal.benefits.organization'),
    options: await publishableBodies(ctx.db, request.actor, request.locale),
    selected: form.value('organization'),
    error: form.error('organization'),
  })}
${field('year', t('fiscal.funds.year'))}
${field('ref', t('fiscal.record.ref'), t('fiscal.record.refHint'))}
${field('date', t('fiscal.record.date'))}
${field('amount', t('fiscal.funds.amount'))}
${field('purpose', t('fiscal.funds.purpose'))}`;
}

/** The publishers' forms of fund flows and donations, and their API twins. */
export function fundForms(app: App, ctx: ModuleContext): void {
  const pack = ctx.country.fiscal;
  const lastYear = () => ({ year: String(new Date().getUTCFullYear() - 1) });
  const frame = (request: FastifyRequest, title: string, form: FormState, fields: Html) => ({
    title,
    breadcrumbs: [{ href: '/fiscal', label: request.t('fiscal.title') }, { label: title }],
    main: html`<h1>${title}</h1>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${fields}
<button type="submit" class="button">${request.t('fiscal.record.submit')}</button></form>`,
  });

  formRoute(app, {
    path: '/fiscal/funds/record',
    access: { action: 'fiscal.publish' },
    body: FlowBody,
    values: async () => lastYear(),
    command: (input, request) => recordFundFlow(ctx.db, pack, request.actor, input, request.meta),
    render: async (form, request) => {
      const { t } = request;
      return frame(
        request,
        t('fiscal.record.flow'),
        form,
        html`${select(request, {
          id: 'fund',
          label: t('fiscal.funds.fund'),
          options: pack.specialFunds.funds.map((f) => ({ value: f.code, label: t.pick(f.name) })),
          selected: form.value('fund'),
          error: form.error('fund'),
        })}
${select(request, {
  id: 'direction',
  label: t('fiscal.funds.direction'),
  options: (['collection', 'spending'] as const).map((d) => ({
    value: d,
    label: t(`fiscal.funds.direction.${d}`),
  })),
  selected: form.value('direction'),
  error: form.error('direction'),
})}
${await commonFields(ctx, form, request)}
${textField('counterparty', t('fiscal.funds.counterparty'), form.value('counterparty'), { error: form.error('counterparty'), hint: t('fiscal.record.counterpartyHint'), inputmode: 'numeric' })}`,
      );
    },
    redirect: (saved) => `/fiscal/funds/${saved.fund}?year=${saved.year}`,
  });

  formRoute(app, {
    path: '/fiscal/donations/record',
    access: { action: 'fiscal.publish' },
    body: DonationBody,
    values: async () => lastYear(),
    command: (input, request) => recordDonation(ctx.db, pack, request.actor, input, request.meta),
    render: async (form, request) => {
      const { t } = request;
      return frame(
        request,
        t('fiscal.record.donation'),
        form,
        html`${select(request, {
          id: 'kind',
          label: t('fiscal.donations.kind'),
          options: (['donation', 'charity', 'assistance'] as const).map((k) => ({
            value: k,
            label: t(`fiscal.donations.kind.${k}`),
          })),
          selected: form.value('kind'),
          error: form.error('kind'),
        })}
${select(request, {
  id: 'donorType',
  label: t('fiscal.donations.donorType'),
  options: pack.donorTypes.map((d) => ({ value: d.code, label: t.pick(d) })),
  selected: form.value('donorType'),
  error: form.error('donorType'),
})}
${textField('donor', t('fiscal.donations.donor'), form.value('donor'), { error: form.error('donor'), hint: t('fiscal.record.donorHint'), inputmode: 'numeric' })}
${checkbox(request, { id: 'inKind', label: t('fiscal.donations.inKind'), checked: form.value('inKind') === CHECKBOX_VALUE })}
${await commonFields(ctx, form, request)}`,
      );
    },
    redirect: (saved) =>
      `/fiscal/donations?year=${saved.year}&body=${encodeURIComponent(saved.organization)}`,
  });
}

export function fundFormsApi(app: App, ctx: ModuleContext): void {
  const pack = ctx.country.fiscal;
  const description = (what: string) =>
    `For the organisation’s publishers and administrators (a session, or an API token with the \`fiscal.publish\` scope): ${what} An organisation the caller may not publish for, a number already recorded, a bad date or amount is a 422 naming the field; audited.`;
  apiCommandRoute(app, {
    path: '/fiscal/fund-flows',
    access: { action: 'fiscal.publish' },
    body: FlowApiBody,
    command: (input, request) => recordFundFlow(ctx.db, pack, request.actor, input, request.meta),
    location: (saved) => `${ctx.config.publicUrl}/fiscal/funds/${saved.fund}?year=${saved.year}`,
    response: { schema: Recorded, body: (saved) => ({ ref: saved.ref, year: saved.year }) },
    tags: ['fiscal'],
    summary: 'Record a collection into or a spending from a special fund',
    description: description('the fund must be one the country pack has in force in the year.'),
  });
  apiCommandRoute(app, {
    path: '/fiscal/donations',
    access: { action: 'fiscal.publish' },
    body: DonationApiBody,
    command: (input, request) => recordDonation(ctx.db, pack, request.actor, input, request.meta),
    location: (saved) => `${ctx.config.publicUrl}/fiscal/donations?year=${saved.year}`,
    response: { schema: Recorded, body: (saved) => ({ ref: saved.ref, year: saved.year }) },
    tags: ['fiscal'],
    summary: 'Record a donation, charity or assistance a body received',
    description: description(
      'a donor type of the country pack; the donor’s legal entity only for an organisation, never for a citizen.',
    ),
  });
}
