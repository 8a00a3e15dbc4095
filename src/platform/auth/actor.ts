/**
 * Who is acting. Every request, CLI command and job has an actor; permission checks and the
 * audit trail both read it.
 */
export const roles = [
  'citizen',
  'organization-publisher',
  'organization-responder',
  'organization-administrator',
  'ogp-committee-member',
  'independent-evaluator',
  'anti-corruption-officer',
  'law-enforcement-officer',
  'moderator',
  'platform-administrator',
] as const;
export type Role = (typeof roles)[number];

/** Roles that act for one organisation (and, where chosen, its sub-organisations). */
export const organizationRoles: readonly Role[] = [
  'organization-publisher',
  'organization-responder',
  'organization-administrator',
];

/** Every role except `citizen` is an official role: it requires a second factor. */
export const isOfficialRole = (role: Role): boolean => role !== 'citizen';

export interface RoleGrant {
  role: Role;
  /** The organisation an organisation role is scoped to; null for national roles. */
  organizationId: number | null;
  /** Whether the grant reaches the organisation's sub-organisations too. */
  includeSubOrganizations: boolean;
}

export interface Actor {
  kind: 'anonymous' | 'user' | 'token' | 'system';
  /** The account (a token's owner for `token`). */
  userId: number | null;
  tokenId: number | null;
  /** Shown in the audit trail: `user:12`, `token:3`, `system:cli`, `anonymous`. */
  label: string;
  roles: readonly RoleGrant[];
  /** The organisations each organisation role reaches (sub-organisations included where granted). */
  reach: Readonly<Partial<Record<Role, readonly number[]>>>;
  /** For API tokens: the scopes (actions) the token may use; null means not limited by scope. */
  scopes: readonly string[] | null;
  /** Whether this session proved a second factor; official roles count only when it did. */
  secondFactor: boolean;
}

export const anonymous: Actor = {
  kind: 'anonymous',
  userId: null,
  tokenId: null,
  label: 'anonymous',
  roles: [],
  reach: {},
  scopes: null,
  secondFactor: false,
};

/** The actor of work started by the platform itself (CLI, jobs, seeds). */
export function systemActor(name: string): Actor {
  return {
    kind: 'system',
    userId: null,
    tokenId: null,
    label: `system:${name}`,
    roles: [{ role: 'platform-administrator', organizationId: null, includeSubOrganizations: true }],
    reach: {},
    scopes: null,
    secondFactor: true,
  };
}
