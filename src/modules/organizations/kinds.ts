/** The kinds of public body: the code list of `organizations.kind`. */
export const organizationKinds = [
  'government',
  'parliament',
  'ministry',
  'agency',
  'authority',
  'council',
  'committee',
  'local-government',
  'court',
  'state-owned-enterprise',
  'other',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];
