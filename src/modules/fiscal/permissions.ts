import type { Permissions } from '../../platform/auth/permissions.ts';

/** The fiscal module's actions (its manifest's `permissions`). */
export const fiscalPermissions: Permissions = {
  'fiscal.publish': {
    description:
      'Publish the organisation’s budget, transactions, fund flows, donations and benefit totals (form, import or API)',
    allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
  },
};
