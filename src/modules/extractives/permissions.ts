import type { Permissions } from '../../platform/auth/permissions.ts';

/** The actions this module's routes and commands check, and who may perform them. */
export const permissions: Permissions = {
  'extractives.licences.write': {
    description: 'Add, change and import licences issued by the caller’s organisation',
    allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
  },
  'extractives.restricted-areas.import': {
    description:
      'Import a layer of areas licences must not overlap (protected areas, water sources), replacing it whole',
    allow: ['platform-administrator'],
  },
  'extractives.environment.write': {
    description:
      'Open cases of the environmental list and record their due process, for the list’s keeper (the country pack’s `environmentalList.keeperSlug`)',
    allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
  },
  'extractives.owners.write': {
    description: 'Declare and import the beneficial owners of legal entities, for a licence-issuing body',
    allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
  },
  'extractives.contracts.write': {
    description:
      'Add resource contracts, their documents and annotated clauses, for the publishing body (the pack’s contractsPublisherSlug)',
    allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
  },
};
