import type { Permissions } from '../../../platform/auth/permissions.ts';

/** Who links a project to procurement processes: the implementing body's administrators and publishers. */
export const contractPermissions: Permissions = {
  'projects.contracts.write': {
    description:
      'Link a project of the caller’s organisation to a procurement process by OCID, with the general conditions of contract',
    allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
  },
};
