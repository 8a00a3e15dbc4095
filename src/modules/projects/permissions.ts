import type { Permissions } from '../../platform/auth/permissions.ts';
import { studyPermissions } from './feasibility/permissions.ts';
import { reportPermissions } from './reports/permissions.ts';

/** The actions this module's routes and commands check, and who may perform them. */
export const permissions: Permissions = {
  'projects.create': {
    description: 'Add a record of Projects and foreign loans for the caller’s organisation',
    allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
  },
  ...reportPermissions,
  ...studyPermissions,
};
