import type { Permissions } from '../../platform/auth/permissions.ts';
import { matchPermissions } from '../../platform/legal-entities/index.ts';

/** The actions this module's routes and commands check, and who may perform them. */
export const permissions: Permissions = {
  'legal-entities.manage': {
    description:
      'Record or correct a legal entity in the register; link one to a public body only the caller administers',
    allow: ['organization-administrator', 'platform-administrator'],
  },
  // Confirming a match or undoing a merge changes what every module shows for a company: a national decision.
  ...matchPermissions,
};
