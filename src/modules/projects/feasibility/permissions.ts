import type { Permissions } from '../../../platform/auth/permissions.ts';

/** Who records a project's feasibility studies: the implementing body's staff. */
export const studyPermissions: Permissions = {
  'projects.studies.write': {
    description: 'Add and change feasibility studies of the organisation’s projects',
    allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
  },
};
