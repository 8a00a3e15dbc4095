import type { Permissions } from '../../platform/auth/permissions.ts';

/** The actions this module's routes and commands check, and who may perform them. */
export const permissions: Permissions = {
  'officials.manage': {
    description: 'Record who holds a post in the caller’s organisation, and since when',
    allow: ['organization-administrator', 'platform-administrator'],
  },
};
