import type { Permissions } from '../../platform/auth/permissions.ts';

/** The actions this module's routes and commands check, and who may perform them. */
export const permissions: Permissions = {
  'legal-entities.manage': {
    description:
      'Record or correct a legal entity in the register; link one to a public body only the caller administers',
    allow: ['organization-administrator', 'platform-administrator'],
  },
};
