import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { translateProblems } from '../../../platform/commands/index.ts';
import { formRoute } from '../../../platform/forms/index.ts';
import type { FieldError } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { emptyState, select, summaryList, table, textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import {
  findNationalGrant,
  grantNationalRole,
  listNationalGrants,
  revokeNationalRole,
} from '../national-roles.ts';
import { nationalRoles } from '../validation.ts';
import {
  adminCrumb,
  Csrf,
  columns,
  confirmPage,
  grantedCell,
  IdParam,
  revokeLink,
  roleLabel,
} from './shared.ts';

const access = { access: { action: 'platform.administer' } } as const;
const NOTICES = new Set(['granted', 'revoked']);

/** `/admin/roles`: national roles, granted to existing accounts by email (a `formRoute`). */
export function rolePages(app: App, ctx: ModuleContext): void {
  formRoute(app, {
    path: '/admin/roles',
    access: { action: 'platform.administer' },
    body: Type.Object({
      email: Type.Optional(Type.String({ maxLength: 1000 })),
      role: Type.Optional(Type.String({ maxLength: 100 })),
    }),
    command: (input, request) => grantNationalRole(ctx, request.actor, input, request.meta),
    render: async (form, request) => {
      const { t } = request;
      const grants = await listNationalGrants(ctx.db);
      const title = t('administration.roles.title');
      const done = (request.query as { done?: unknown }).done;
      const notice =
        typeof done === 'string' && NOTICES.has(done) ? t(`administration.roles.done.${done}`) : undefined;
      return {
        title,
        breadcrumbs: [adminCrumb(t), { label: title }],
        wide: true,
        main: html`${notice ? html`<div class="notice" role="status"><p>${notice}</p></div>` : ''}
<h1>${title}</h1>
<p class="lead">${t('administration.roles.lead')}</p>
${
  grants.length === 0
    ? emptyState(t('administration.roles.empty'))
    : table(request.page, {
        caption: title,
        columns: columns(t, ['name', 'email', 'role', 'granted', 'action']),
        rows: grants.map((g) => [
          g.displayName,
          g.email,
          roleLabel(t, g.role),
          grantedCell(t, g),
          revokeLink(t, `/admin/roles/${g.grantId}/revoke`, `${roleLabel(t, g.role)} — ${g.displayName}`),
        ]),
      })
}
<div class="narrow">
<h2>${t('administration.roles.grantTitle')}</h2>
<p>${t('administration.roles.grantLead')}</p>
<form method="post" action="${form.action}" novalidate>
${form.csrf}
${textField('email', t('administration.field.email'), form.value('email'), { type: 'email', error: form.error('email'), autocomplete: 'off' })}
${select(request.page, {
  id: 'role',
  label: t('administration.field.role'),
  options: nationalRoles.map((r) => ({ value: r, label: roleLabel(t, r) })),
  selected: form.value('role'),
  error: form.error('role'),
  placeholder: t('administration.field.choose'),
})}
<button type="submit" class="button">${t('administration.roles.grant')}</button>
</form></div>`,
      };
    },
    redirect: () => '/admin/roles?done=granted',
  });

  const Params = Type.Object({ grantId: IdParam });
  const confirm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    grantId: number,
    errors: FieldError[],
  ) => {
    const { t } = request;
    const grant = await findNationalGrant(ctx.db, grantId);
    const title = t('administration.revokeRole.title');
    return confirmPage(request, reply, {
      title,
      breadcrumbs: [
        adminCrumb(t),
        { href: '/admin/roles', label: t('administration.roles.title') },
        { label: title },
      ],
      facts: summaryList([
        { key: t('administration.col.name'), value: `${grant.displayName} (${grant.email})` },
        { key: t('administration.col.role'), value: roleLabel(t, grant.role) },
      ]),
      warning: t('administration.revokeRole.warning'),
      action: `/admin/roles/${grant.grantId}/revoke`,
      button: t('administration.revokeRole.submit'),
      cancel: '/admin/roles',
      errors,
    });
  };

  app.get(
    '/admin/roles/:grantId/revoke',
    { schema: { hide: true, params: Params }, config: access },
    async (request, reply) => confirm(request, reply, request.params.grantId, []),
  );

  app.post(
    '/admin/roles/:grantId/revoke',
    { schema: { hide: true, params: Params, body: Csrf }, config: access },
    async (request, reply) => {
      const result = await revokeNationalRole(ctx, request.actor, request.params.grantId, request.meta);
      if (!result.ok)
        return confirm(request, reply, request.params.grantId, translateProblems(request.t, result.problems));
      return reply.redirect(
        result.value.userId === request.actor.userId && result.value.role === 'platform-administrator'
          ? '/admin'
          : '/admin/roles?done=revoked',
        303,
      );
    },
  );
}
