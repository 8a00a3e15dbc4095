import { Type } from 'typebox';
import { formRoute } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { select, textarea, textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { bodsCodelists, FORM_INTERESTS, PEP_STATUSES } from './codes.ts';
import { declareOwner, keeperChoices, OWNERS_WRITE } from './declare.ts';
import { importBods } from './import.ts';

const text = (max: number, description: string) =>
  Type.Optional(Type.String({ maxLength: max, description }));

/** What the declaration form and the API send. */
export const DeclareOwnerBody = Type.Object({
  organization: Type.String({
    maxLength: 100,
    description: 'Slug of the register keeper (a licence issuer)',
  }),
  subject: Type.String({ maxLength: 20, description: 'Id of the owned legal entity in the register' }),
  partyKind: Type.String({ maxLength: 10, description: '`person`, `entity` or `state`' }),
  nameMn: text(300, 'The person’s name as registered'),
  nameEn: text(300, 'The person’s name in Latin letters'),
  nationality: text(2, 'ISO 3166-1 alpha-2'),
  residence: text(2, 'Country of residence, ISO 3166-1 alpha-2'),
  pepStatus: text(10, '`isPep`, `isNotPep` or `unknown`'),
  official: text(100, 'Slug of the official in the officials register'),
  pepReason: text(600, 'Why the person is politically exposed'),
  partyEntity: text(20, 'Id of the owning legal entity'),
  state: text(2, 'The owning State, ISO 3166-1 alpha-2'),
  interestType: Type.String({ maxLength: 60, description: 'BODS interestType code' }),
  direct: text(10, '`direct`, `indirect` or `unknown`'),
  beneficial: text(5, '`1` when it is beneficial ownership or control'),
  shareExact: text(20, 'Exact share in percent'),
  shareMin: text(20, 'Smallest share in percent'),
  shareMax: text(20, 'Largest share in percent'),
  startsOn: text(10, 'YYYY-MM-DD'),
  endsOn: text(10, 'YYYY-MM-DD'),
  sourceType: Type.String({ maxLength: 30, description: 'BODS sourceType code' }),
  sourceUrl: text(600, 'Where it was read'),
  sourceDescription: text(600, 'Who asserted it'),
  statementDate: Type.String({ maxLength: 10, description: 'YYYY-MM-DD' }),
});

export const ImportBody = Type.Object({
  organization: Type.String({ maxLength: 100 }),
  statements: Type.String({ maxLength: 5_000_000 }),
});

export function ownersForms(app: App, ctx: ModuleContext): void {
  formRoute(app, {
    path: '/extractives/owners/new',
    access: { action: OWNERS_WRITE },
    body: DeclareOwnerBody,
    command: (input, request) => declareOwner(ctx.db, ctx.country, request.actor, input, request.meta),
    render: async (form, request) => {
      const { t } = request;
      const keepers = await keeperChoices(ctx.db, ctx.country, request.actor);
      const codes = (list: readonly string[], label: (c: string) => string) =>
        list.map((c) => ({ value: c, label: label(c) }));
      const field = (id: string, hint?: string) =>
        textField(id, t(`extractives.owners.field.${id}`), form.value(id), {
          error: form.error(id),
          ...(hint ? { hint } : {}),
        });
      const choose = (id: string, options: { value: string; label: string }[]) =>
        select(request, {
          id,
          label: t(`extractives.owners.field.${id}`),
          options,
          selected: form.value(id),
          error: form.error(id),
          placeholder: t('extractives.owners.choose'),
        });
      return {
        title: t('extractives.owners.declare.title'),
        breadcrumbs: [
          { href: '/extractives/owners', label: t('extractives.owners.title') },
          { label: t('extractives.owners.declare.title') },
        ],
        main: html`<h1>${t('extractives.owners.declare.title')}</h1>
<p>${t('extractives.owners.declare.privacy')}</p>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${choose(
  'organization',
  keepers.map((k) => ({ value: k.slug, label: t.pick({ mn: k.mn, en: k.en }) })),
)}
${field('subject', t('extractives.owners.hint.entityId'))}
${choose(
  'partyKind',
  codes(['person', 'entity', 'state'], (c) => t(`extractives.owners.kind.${c}`)),
)}
<fieldset><legend>${t('extractives.owners.declare.person')}</legend>
${field('nameMn')}${field('nameEn')}${field('nationality', t('extractives.owners.hint.country'))}${field('residence', t('extractives.owners.hint.country'))}
${choose(
  'pepStatus',
  codes(PEP_STATUSES, (c) => t(`extractives.owners.pepStatus.${c}`)),
)}
${field('official', t('extractives.owners.hint.official'))}${field('pepReason')}
</fieldset>
<fieldset><legend>${t('extractives.owners.declare.other')}</legend>
${field('partyEntity', t('extractives.owners.hint.entityId'))}${field('state', t('extractives.owners.hint.country'))}
</fieldset>
<fieldset><legend>${t('extractives.owners.declare.interest')}</legend>
${choose(
  'interestType',
  codes(FORM_INTERESTS, (c) => t(`extractives.owners.interest.${c}`)),
)}
${choose(
  'direct',
  codes(bodsCodelists['directOrIndirect.csv'], (c) => t(`extractives.owners.direct.${c}`)),
)}
${choose('beneficial', [
  { value: '1', label: t('extractives.owners.yes') },
  { value: '0', label: t('extractives.owners.no') },
])}
${field('shareExact', t('extractives.owners.hint.share'))}${field('shareMin')}${field('shareMax')}
${field('startsOn', t('extractives.owners.hint.date'))}${field('endsOn', t('extractives.owners.hint.date'))}
</fieldset>
${choose(
  'sourceType',
  codes(bodsCodelists['sourceType.csv'], (c) => t(`extractives.owners.source.${c}`)),
)}
${field('sourceUrl')}${field('sourceDescription')}${field('statementDate', t('extractives.owners.hint.date'))}
<button type="submit" class="button">${t('extractives.owners.declare.submit')}</button>
</form>`,
      };
    },
    redirect: (record) => `/extractives/owners/${record.subjectId}`,
  });

  formRoute(app, {
    path: '/extractives/owners/import',
    access: { action: OWNERS_WRITE },
    body: ImportBody,
    command: (input, request) =>
      importBods(ctx.db, ctx.country, request.actor, input.organization, input.statements, request.meta),
    render: async (form, request) => {
      const { t } = request;
      const keepers = await keeperChoices(ctx.db, ctx.country, request.actor);
      return {
        title: t('extractives.owners.import.title'),
        breadcrumbs: [
          { href: '/extractives/owners', label: t('extractives.owners.title') },
          { label: t('extractives.owners.import.title') },
        ],
        main: html`<h1>${t('extractives.owners.import.title')}</h1>
<p>${t('extractives.owners.import.lead')}</p>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${select(request, { id: 'organization', label: t('extractives.owners.field.organization'), options: keepers.map((k) => ({ value: k.slug, label: t.pick({ mn: k.mn, en: k.en }) })), selected: form.value('organization'), error: form.error('organization'), placeholder: t('extractives.owners.choose') })}
${textarea(request, { id: 'statements', label: t('extractives.owners.field.statements'), hint: t('extractives.owners.import.hint'), value: form.value('statements'), error: form.error('statements'), rows: 16 })}
<button type="submit" class="button">${t('extractives.owners.import.submit')}</button>
</form>`,
      };
    },
    redirect: () => '/extractives/owners',
  });
}
