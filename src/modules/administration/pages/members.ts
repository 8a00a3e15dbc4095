import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Static, type TObject, type TProperties, Type } from 'typebox';
import { organizationRoles } from '../../../platform/auth/actor.ts';
import { can } from '../../../platform/auth/permissions.ts';
import { actorForUser } from '../../../platform/auth/users.ts';
import { type Result, translateProblems } from '../../../platform/commands/index.ts';
import { withCsrf } from '../../../platform/forms/index.ts';
import type { FieldError } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { isChecked } from '../../../platform/patterns.ts';
import { checkbox, select, summaryList, table, textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { listPendingInvitations } from '../invitations.ts';
import { findMemberGrant, grantMemberRole, listMemberGrants, revokeMemberRole } from '../members.ts';
import {
  type AdminOrganization,
  childOrganizations,
  organizationBySlug,
  organizationToManage,
} from '../organizations.ts';
import {
  Csrf,
  columns,
  confirmPage,
  errorFor,
  grantedCell,
  IdParam,
  organizationCrumbs,
  organizationName,
  QueryWord,
  revokeLink,
  roleLabel,
  SlugParams,
  scopeLabel,
  sendOrganizationPage,
} from './shared.ts';

const MANAGE = 'organization.manage-members';
const access = { access: { action: MANAGE } } as const;
const NOTICES = new Set(['invited', 'granted', 'revoked', 'withdrawn']);
/** The grant form's fields have ids of their own: the invitation form on the same page uses `role` too. */
export const GRANT_FIELD_IDS: Readonly<Record<string, string>> = {
  userId: 'member',
  role: 'memberRole',
  includeSubOrganizations: 'memberSub',
};

export interface MemberForms {
  errors: readonly FieldError[];
  invite?: { email?: string; role?: string; includeSubOrganizations?: string };
  grant?: { member?: string; memberRole?: string; memberSub?: string };
}

/** The members page: who holds which role, pending invitations, and the forms to grant and invite. */
export async function sendMembersPage(
  ctx: ModuleContext,
  request: FastifyRequest,
  reply: FastifyReply,
  org: AdminOrganization,
  forms: MemberForms,
  notice?: string,
): Promise<FastifyReply> {
  const { t, actor } = request;
  const [members, invitations, children] = await Promise.all([
    listMemberGrants(ctx.db, org.id),
    listPendingInvitations(ctx.db, org.id),
    childOrganizations(ctx.db, org.id),
  ]);
  const { errors } = forms;
  const roleOptions = organizationRoles.map((r) => ({ value: r, label: roleLabel(t, r) }));
  const people = [...new Map(members.map((m) => [m.userId, m])).values()];
  const reachable = children.filter((c) => can(actor, MANAGE, { organizationId: c.id }));
  const base = `/admin/organizations/${org.slug}`;
  return sendOrganizationPage(request, reply, org, 'members', {
    errors,
    notice,
    list: {
      columns: columns(t, ['name', 'email', 'role', 'scope', 'granted', 'action']),
      rows: members.map((m) => [
        m.displayName,
        m.email,
        roleLabel(t, m.role),
        scopeLabel(t, m.includeSubOrganizations),
        grantedCell(t, m),
        revokeLink(
          t,
          `${base}/members/grants/${m.grantId}/revoke`,
          `${roleLabel(t, m.role)} — ${m.displayName}`,
        ),
      ]),
    },
    main: html`<h2 id="invitations">${t('administration.invitations.title')}</h2>
${
  invitations.length === 0
    ? html`<p>${t('administration.invitations.none')}</p>`
    : table(request.page, {
        caption: t('administration.invitations.caption'),
        columns: columns(t, ['email', 'role', 'scope', 'invitedBy', 'expires', 'action']),
        rows: invitations.map((i) => [
          i.email,
          roleLabel(t, i.role),
          scopeLabel(t, i.includeSubOrganizations),
          i.inviterName ?? '—',
          t.dateTime(i.expiresAt),
          html`<form method="post" action="${base}/invitations/${i.id}/withdraw">${reply.csrfField()}<button type="submit" class="link-button">${t('administration.invitations.withdraw')}<span class="visually-hidden"> ${i.email}</span></button></form>`,
        ]),
      })
}
<div class="narrow">
<h2>${t('administration.invite.title')}</h2>
<p>${t('administration.invite.lead')}</p>
<form method="post" action="${base}/invitations" novalidate>
${reply.csrfField()}
${textField('email', t('administration.field.email'), forms.invite?.email, { type: 'email', error: errorFor(errors, 'email'), autocomplete: 'off' })}
${select(request.page, { id: 'role', label: t('administration.field.role'), options: roleOptions, selected: forms.invite?.role, error: errorFor(errors, 'role'), placeholder: t('administration.field.choose') })}
${checkbox(request.page, { id: 'includeSubOrganizations', label: t('administration.field.includeSub'), checked: isChecked(forms.invite?.includeSubOrganizations), hint: t('administration.field.includeSubHint'), error: errorFor(errors, 'includeSubOrganizations') })}
<button type="submit" class="button">${t('administration.invite.submit')}</button>
</form>
${
  people.length === 0
    ? ''
    : html`<h2>${t('administration.grant.title')}</h2>
<p>${t('administration.grant.lead')}</p>
<form method="post" action="${base}/members/grants" novalidate>
${reply.csrfField()}
${select(request.page, {
  id: 'member',
  label: t('administration.field.member'),
  options: people.map((p) => ({ value: String(p.userId), label: `${p.displayName} (${p.email})` })),
  selected: forms.grant?.member,
  error: errorFor(errors, 'member'),
  placeholder: t('administration.field.choose'),
})}
${select(request.page, { id: 'memberRole', label: t('administration.field.role'), options: roleOptions, selected: forms.grant?.memberRole, error: errorFor(errors, 'memberRole'), placeholder: t('administration.field.choose') })}
${checkbox(request.page, { id: 'memberSub', label: t('administration.field.includeSub'), checked: isChecked(forms.grant?.memberSub), hint: t('administration.field.includeSubHint'), error: errorFor(errors, 'memberSub') })}
<button type="submit" class="button">${t('administration.grant.submit')}</button>
</form>`
}
</div>
${
  reachable.length === 0
    ? ''
    : html`<h2>${t('administration.members.children')}</h2><ul class="link-list">${reachable.map(
        (c) => html`<li><a href="/admin/organizations/${c.slug}/members">${organizationName(t, c)}</a></li>`,
      )}</ul>`
}`,
  });
}

/**
 * A form of the members page (invite, grant): POST runs the command, then 303 to the page that
 * says so, or the members page again with the problems (named by `fieldIds` where its fields have
 * ids of their own) and what was sent in that form (422).
 */
export function membersForm<P extends TProperties>(
  app: App,
  ctx: ModuleContext,
  form: {
    path: string;
    body: TObject<P>;
    command: (slug: string, input: Static<TObject<P>>, request: FastifyRequest) => Promise<Result<unknown>>;
    done: (slug: string) => string;
    kept: (input: Static<TObject<P>>) => Omit<MemberForms, 'errors'>;
    fieldIds?: Readonly<Record<string, string>>;
  },
): void {
  app.post(
    form.path,
    { schema: { hide: true, params: SlugParams, body: withCsrf(form.body) }, config: access },
    async (request, reply) => {
      const { slug } = request.params as Static<typeof SlugParams>;
      const { _csrf, ...input } = request.body as Static<TObject<P>> & { _csrf?: string };
      const result = await form.command(slug, input as Static<TObject<P>>, request);
      if (result.ok) return reply.redirect(form.done(slug), 303);
      const ids = form.fieldIds ?? {};
      const problems = result.problems.map((p) => ({ ...p, field: ids[p.field] ?? p.field }));
      const org = await organizationToManage(ctx.db, request.actor, slug, MANAGE);
      return sendMembersPage(ctx, request, reply, org, {
        errors: translateProblems(request.t, problems),
        ...form.kept(input as Static<TObject<P>>),
      });
    },
  );
}

export function memberPages(app: App, ctx: ModuleContext): void {
  const load = (request: FastifyRequest, slug: string) =>
    organizationToManage(ctx.db, request.actor, slug, MANAGE);

  app.get(
    '/admin/organizations/:slug/members',
    { schema: { hide: true, params: SlugParams, querystring: QueryWord('done') }, config: access },
    async (request, reply) => {
      const org = await load(request, request.params.slug);
      const done = request.query.done;
      const notice = done && NOTICES.has(done) ? request.t(`administration.members.done.${done}`) : undefined;
      return sendMembersPage(ctx, request, reply, org, { errors: [] }, notice);
    },
  );

  membersForm(app, ctx, {
    path: '/admin/organizations/:slug/members/grants',
    body: Type.Object({
      member: Type.Optional(Type.String({ maxLength: 100 })),
      memberRole: Type.Optional(Type.String({ maxLength: 100 })),
      memberSub: Type.Optional(Type.String({ maxLength: 10 })),
    }),
    command: (slug, { member, memberRole, memberSub }, request) =>
      grantMemberRole(
        ctx,
        request.actor,
        slug,
        { userId: member, role: memberRole, includeSubOrganizations: memberSub },
        request.meta,
      ),
    done: (slug) => `/admin/organizations/${slug}/members?done=granted`,
    kept: (grant) => ({ grant }),
    fieldIds: GRANT_FIELD_IDS,
  });

  const RevokeParams = Type.Object({ slug: Type.String({ maxLength: 100 }), grantId: IdParam });
  const confirm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    grantId: number,
    errors: FieldError[],
  ) => {
    const { t } = request;
    const org = await load(request, slug);
    const grant = await findMemberGrant(ctx.db, org.id, grantId);
    const title = t('administration.revokeRole.title');
    return confirmPage(request, reply, {
      title,
      breadcrumbs: organizationCrumbs(t, org, [
        { href: `/admin/organizations/${org.slug}/members`, label: t('administration.members.title') },
        { label: title },
      ]),
      facts: summaryList([
        { key: t('administration.col.name'), value: `${grant.displayName} (${grant.email})` },
        { key: t('administration.col.role'), value: roleLabel(t, grant.role) },
        {
          key: t('administration.col.scope'),
          value: `${organizationName(t, org)} — ${scopeLabel(t, grant.includeSubOrganizations)}`,
        },
      ]),
      warning: t('administration.revokeRole.warning'),
      action: `/admin/organizations/${org.slug}/members/grants/${grant.grantId}/revoke`,
      button: t('administration.revokeRole.submit'),
      cancel: `/admin/organizations/${org.slug}/members`,
      errors,
    });
  };

  app.get(
    '/admin/organizations/:slug/members/grants/:grantId/revoke',
    { schema: { hide: true, params: RevokeParams }, config: access },
    async (request, reply) => confirm(request, reply, request.params.slug, request.params.grantId, []),
  );

  app.post(
    '/admin/organizations/:slug/members/grants/:grantId/revoke',
    { schema: { hide: true, params: RevokeParams, body: Csrf }, config: access },
    async (request, reply) => {
      const { slug, grantId } = request.params;
      const result = await revokeMemberRole(ctx, request.actor, slug, grantId, request.meta);
      if (!result.ok)
        return confirm(request, reply, slug, grantId, translateProblems(request.t, result.problems));
      // Someone who revoked their own way in goes back to what they may still administer.
      const actor = await actorForUser(ctx.db, request.actor.userId!, {
        secondFactor: request.actor.secondFactor,
      });
      const org = await organizationBySlug(ctx.db, slug);
      return reply.redirect(
        can(actor, MANAGE, { organizationId: org.id })
          ? `/admin/organizations/${slug}/members?done=revoked`
          : '/admin',
        303,
      );
    },
  );
}
