import type { Permissions } from '../../platform/auth/permissions.ts';

/** The actions this module's routes and commands check, and who may perform them. */
export const permissions: Permissions = {
  'extractives.licences.write': {
    description: 'Add, change and import licences issued by the caller’s organisation',
    allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
  },
  'extractives.contracts.write': {
    description:
      'Add resource contracts, their documents and annotated clauses, for the publishing body (the pack’s contractsPublisherSlug)',
    allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
  },
};
