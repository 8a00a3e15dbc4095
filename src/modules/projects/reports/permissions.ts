import type { Permissions } from '../../../platform/auth/permissions.ts';

/** Who records a project's progress reports and plans its milestones: the implementing body's staff. */
export const reportPermissions: Permissions = {
  'projects.reports.write': {
    description: 'Record progress reports and plan milestones of the organisation’s projects',
    allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
  },
};
