import type { Permissions } from './permissions.ts';

/** The actions of the platform itself: accounts, organisations' members and tokens, the audit trail. */
export const platformPermissions: Permissions = {
  'account.manage': {
    description: 'See and change one’s own account, sessions and second factor',
    allow: 'signed-in',
  },
  'organization.manage-members': {
    description: 'Invite officials to an organisation, grant and revoke their roles',
    allow: ['organization-administrator', 'platform-administrator'],
  },
  'organization.manage-tokens': {
    description: 'Issue and revoke API tokens for an organisation’s systems',
    allow: ['organization-administrator', 'platform-administrator'],
  },
  'audit.read': {
    description: 'Search the audit trail',
    allow: ['anti-corruption-officer', 'ogp-committee-member', 'platform-administrator'],
  },
  'platform.administer': {
    description: 'Grant national roles and manage the platform',
    allow: ['platform-administrator'],
  },
};
