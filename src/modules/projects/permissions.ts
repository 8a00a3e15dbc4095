import type { Permissions } from '../../platform/auth/permissions.ts';
import { contractPermissions } from './contracts/permissions.ts';
import { studyPermissions } from './feasibility/permissions.ts';
import { loanPermissions } from './loans/permissions.ts';
import { reportPermissions } from './reports/permissions.ts';

/** The actions this module's routes and commands check, and who may perform them. */
export const permissions: Permissions = {
  'projects.write': {
    description:
      'Add and change the projects the caller’s organisation implements: their fields, places, funding and revisions of budget and schedule',
    allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
  },
  ...contractPermissions,
  ...reportPermissions,
  ...studyPermissions,
  ...loanPermissions,
};
