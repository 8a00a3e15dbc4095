import { Type } from 'typebox';
import { authorize } from '../../platform/auth/permissions.ts';
import { formRoute } from '../../platform/forms/index.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { App } from '../../platform/http/types.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { textField } from '../../platform/views/components.ts';
import { html } from '../../platform/views/html.ts';
import { updateOrganization } from './commands/update-organization.ts';
import { findOrganization } from './service.ts';

const FIELDS = ['nameMn', 'nameEn', 'abbreviation', 'website', 'email', 'phone', 'address'] as const;
const EditBody = Type.Object({
  nameMn: Type.Optional(Type.String({ maxLength: 1000 })),
  nameEn: Type.Optional(Type.String({ maxLength: 1000 })),
  abbreviation: Type.Optional(Type.String({ maxLength: 100 })),
  website: Type.Optional(Type.String({ maxLength: 2000 })),
  email: Type.Optional(Type.String({ maxLength: 1000 })),
  phone: Type.Optional(Type.String({ maxLength: 1000 })),
  address: Type.Optional(Type.String({ maxLength: 1000 })),
});
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });

const inputType = (field: (typeof FIELDS)[number]) =>
  field === 'email' ? 'email' : field === 'website' ? 'url' : field === 'phone' ? 'tel' : 'text';

/** The form where a body's own staff correct its names and contact details. */
export function organizationEditPages(app: App, ctx: ModuleContext): void {
  const load = async (slug: string) => {
    const org = await findOrganization(ctx.db, slug);
    if (!org) throw notFound();
    return org;
  };

  formRoute(app, {
    path: '/organizations/:slug/edit',
    access: { action: 'organizations.update' },
    params: SlugParams,
    body: EditBody,
    values: async (request) => {
      const org = await load(request.params.slug);
      // Only the body's own officials (or those whose grant reaches it) open its form: 403 otherwise.
      authorize(request.actor, 'organizations.update', { organizationId: org.id });
      return Object.fromEntries(FIELDS.map((f) => [f, org[f] ?? '']));
    },
    command: (input, request) =>
      updateOrganization(ctx, request.actor, request.params.slug, input, request.meta),
    render: async (form, request) => {
      const { t } = request;
      const org = await load(request.params.slug);
      const name = t.pick({ mn: org.nameMn, en: org.nameEn });
      const title = t('organizations.edit.title');
      return {
        title,
        breadcrumbs: [
          { href: '/organizations', label: t('organizations.title') },
          { href: `/organizations/${org.slug}`, label: name },
          { label: title },
        ],
        main: html`<h1>${title}</h1><p class="lead">${name}</p>
<form method="post" action="${form.action}" novalidate>
${form.csrf}
${FIELDS.map((f) =>
  textField(f, t(`organizations.field.${f}`), form.value(f), { error: form.error(f), type: inputType(f) }),
)}
<button type="submit" class="button">${t('organizations.edit.submit')}</button>
</form>`,
      };
    },
    redirect: (org) => `/organizations/${org.slug}?updated=1`,
  });
}
