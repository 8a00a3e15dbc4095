import type { Permissions } from '../../platform/auth/permissions.ts';
import { loanPermissions } from './loans/permissions.ts';

/** The actions this module's routes and commands check, and who may perform them. */
export const permissions: Permissions = {
  'projects.create': {
    description: 'Add a record of Projects and foreign loans for the caller’s organisation',
    allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
  },
  ...loanPermissions,
};
