import type { Permissions } from '../../platform/auth/permissions.ts';

/** The procurement module's actions (its manifest's `permissions`). */
export const procurementPermissions: Permissions = {
  'procurement.publish': {
    description: 'Publish OCDS releases of the organisation’s procurement (upload or API)',
    allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
  },
};
