import type { ShilenModule } from '../../platform/module.ts';
import { messages } from './messages.ts';
import { acceptPages } from './pages/accept.ts';
import { auditPages } from './pages/audit.ts';
import { invitePages } from './pages/invite.ts';
import { landingPages } from './pages/landing.ts';
import { memberPages } from './pages/members.ts';
import { rolePages } from './pages/roles.ts';
import { secondFactorPages } from './pages/second-factor.ts';
import { tokenPages } from './pages/tokens.ts';

/**
 * Administration: organisations' members, roles, invitations and API tokens; national roles; the
 * audit trail for oversight. Its routes check the platform's own actions (`organization.manage-members`,
 * `organization.manage-tokens`, `platform.administer`, `audit.read`), so it declares none.
 */
export const administrationModule: ShilenModule = {
  name: 'administration',
  messages,
  pages: (app, ctx) => {
    landingPages(app, ctx);
    memberPages(app, ctx);
    invitePages(app, ctx);
    acceptPages(app, ctx);
    tokenPages(app, ctx);
    rolePages(app, ctx);
    secondFactorPages(app, ctx);
    auditPages(app, ctx);
  },
};
