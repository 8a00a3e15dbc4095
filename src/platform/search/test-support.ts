import type { Actor, Role } from '../auth/actor.ts';
import type { ShilenModule } from '../module.ts';
import type { SearchDocument } from './types.ts';

/**
 * The test module's restricted actions: one object for every copy of the module, since the
 * registry of permissions (one per process, and test files share processes) refuses an action
 * declared twice with different rules.
 */
const SEARCH_TEST_PERMISSIONS = {
  'search-test.see-secret': {
    description: 'See secret test records',
    allow: ['anti-corruption-officer'],
  },
  'search-test.see-internal': {
    description: 'See a body’s internal test records',
    allow: ['organization-publisher'],
  },
} satisfies ShilenModule['permissions'];

/**
 * A module that exists only in tests: it declares two restricted actions and publishes whatever
 * documents the test puts in `documents` (each test file gets its own copy).
 */
export function searchTestModule(): ShilenModule & { documents: SearchDocument[] } {
  const documents: SearchDocument[] = [];
  return {
    name: 'search-test',
    documents,
    messages: {
      mn: { 'search-test.label': 'Туршилтын бүртгэл', 'search-test.kind.record': 'Туршилтын бичлэг' },
      en: { 'search-test.label': 'Test register', 'search-test.kind.record': 'Test record' },
    },
    permissions: SEARCH_TEST_PERMISSIONS,
    searchDocuments: {
      label: 'search-test.label',
      kinds: { record: 'search-test.kind.record' },
      async *documents() {
        yield* documents;
      },
    },
  };
}

export { organizationId } from '../../../test/factories.ts';

/** An actor with one role (signed in with a second factor), for calling `search` directly. */
export function actorWith(role: Role, organizationId: number | null = null): Actor {
  return {
    kind: 'user',
    userId: 1,
    tokenId: null,
    label: 'user:1',
    roles: [{ role, organizationId, includeSubOrganizations: false }],
    reach: organizationId === null ? {} : { [role]: [organizationId] },
    scopes: null,
    secondFactor: true,
  };
}
