import { Type } from 'typebox';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { inviteOfficial, withdrawInvitation } from '../invitations.ts';
import { membersForm } from './members.ts';
import { Csrf } from './shared.ts';

const access = { access: { action: 'organization.manage-members' } } as const;

/** Sending and withdrawing invitations, from an organisation's members page. */
export function invitePages(app: App, ctx: ModuleContext): void {
  membersForm(app, ctx, {
    path: '/admin/organizations/:slug/invitations',
    body: Type.Object({
      email: Type.Optional(Type.String({ maxLength: 1000 })),
      role: Type.Optional(Type.String({ maxLength: 100 })),
      includeSubOrganizations: Type.Optional(Type.String({ maxLength: 10 })),
    }),
    command: (slug, input, request) =>
      inviteOfficial(ctx, request.actor, slug, input, { ...request.meta, locale: request.locale }),
    done: (slug) => `/admin/organizations/${slug}/members?done=invited#invitations`,
    kept: (invite) => ({ invite }),
  });

  app.post(
    '/admin/organizations/:slug/invitations/:id/withdraw',
    {
      schema: {
        hide: true,
        params: Type.Object({
          slug: Type.String({ maxLength: 100 }),
          id: Type.String({ maxLength: 100, pattern: '^[0-9a-f]{16}$' }),
        }),
        body: Csrf,
      },
      config: access,
    },
    async (request, reply) => {
      const { slug, id } = request.params;
      await withdrawInvitation(ctx, request.actor, slug, id, request.meta);
      return reply.redirect(`/admin/organizations/${slug}/members?done=withdrawn#invitations`, 303);
    },
  );
}
