import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { can } from '../../platform/auth/permissions.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { App } from '../../platform/http/types.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { errorSummary, textField } from '../../platform/views/components.ts';
import { html } from '../../platform/views/html.ts';
import { findOrganization } from './service.ts';
import { type OrganizationChanges, updateOrganization } from './update.ts';

const FIELDS = ['nameMn', 'nameEn', 'abbreviation', 'website', 'email', 'phone', 'address'] as const;
const EditBody = Type.Object({
  nameMn: Type.Optional(Type.String({ maxLength: 1000 })),
  nameEn: Type.Optional(Type.String({ maxLength: 1000 })),
  abbreviation: Type.Optional(Type.String({ maxLength: 100 })),
  website: Type.Optional(Type.String({ maxLength: 2000 })),
  email: Type.Optional(Type.String({ maxLength: 1000 })),
  phone: Type.Optional(Type.String({ maxLength: 1000 })),
  address: Type.Optional(Type.String({ maxLength: 1000 })),
  _csrf: Type.Optional(Type.String({ maxLength: 200 })),
});
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
const access = { access: { action: 'organizations.update' } } as const;

/** The form where a body's own staff correct its names and contact details. */
export function organizationEditPages(app: App, ctx: ModuleContext): void {
  const render = (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    name: string,
    values: OrganizationChanges,
    errors: { field: string; message: string }[],
  ) => {
    const { t } = request;
    const title = t('organizations.edit.title');
    return reply.code(errors.length > 0 ? 422 : 200).sendPage({
      title: errors.length > 0 ? `${t('organizations.edit.error')}: ${title}` : title,
      breadcrumbs: [
        { href: '/organizations', label: t('organizations.title') },
        { href: `/organizations/${slug}`, label: name },
        { label: title },
      ],
      main: html`<div class="narrow">${errorSummary(request.page, errors)}
<h1>${title}</h1><p class="lead">${name}</p>
<form method="post" action="/organizations/${slug}/edit" novalidate>
${reply.csrfField()}
${FIELDS.map((f) =>
  textField(f, t(`organizations.field.${f}`), values[f] ?? '', {
    error: errors.find((e) => e.field === f)?.message,
    type: f === 'email' ? 'email' : f === 'website' ? 'url' : f === 'phone' ? 'tel' : 'text',
  }),
)}
<button type="submit" class="button">${t('organizations.edit.submit')}</button>
</form></div>`,
    });
  };

  app.get(
    '/organizations/:slug/edit',
    { schema: { hide: true, params: SlugParams }, config: access },
    async (request, reply) => {
      const org = await findOrganization(ctx.db, request.params.slug);
      if (!org) throw notFound();
      if (!can(request.actor, 'organizations.update', { organizationId: org.id })) {
        return reply.code(403).sendPage({
          title: request.t('organizations.edit.forbidden'),
          main: html`<h1>${request.t('organizations.edit.forbidden')}</h1>`,
        });
      }
      return render(request, reply, org.slug, request.t.pick({ mn: org.nameMn, en: org.nameEn }), org, []);
    },
  );

  app.post(
    '/organizations/:slug/edit',
    { schema: { hide: true, params: SlugParams, body: EditBody }, config: access },
    async (request, reply) => {
      const { _csrf, ...input } = request.body;
      const result = await updateOrganization(ctx, request.actor, request.params.slug, input, {
        ip: request.ip,
        requestId: request.id,
      });
      if (result.ok) return reply.redirect(`/organizations/${result.organization.slug}?updated=1`, 303);
      const org = (await findOrganization(ctx.db, request.params.slug))!;
      const errors = result.problems.map((p) => ({ field: p.field, message: request.t(p.message) }));
      return render(
        request,
        reply,
        org.slug,
        request.t.pick({ mn: org.nameMn, en: org.nameEn }),
        input,
        errors,
      );
    },
  );
}
