import type { Permissions } from '../../platform/auth/permissions.ts';

/** The actions this module's routes and commands check, and who may perform them. */
export const permissions: Permissions = {
  'extractives.licences.write': {
    description: 'Add, change and import licences issued by the caller’s organisation',
    allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
  },
  'extractives.owners.write': {
    description: 'Declare and import the beneficial owners of legal entities, for a licence-issuing body',
    allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
  },
};
