/**
 * The command lives in `commands/update-organization.ts` (ADR 0007); this path stays because the
 * platform's search test (src/platform/search/search.test.ts) imports it from here.
 */
export { type OrganizationChanges, updateOrganization } from './commands/update-organization.ts';
