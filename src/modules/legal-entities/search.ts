import { entitySearchSource } from '../../platform/legal-entities/index.ts';

/**
 * The register in the site search. Its documents are the platform's (src/platform/legal-entities/
 * search.ts, kept current by `indexEntities` wherever entities change, `resolveEntities` included);
 * they belong to this module, which publishes them and rebuilds them from here.
 */
export const entitiesSearch = entitySearchSource('legal-entities.search.label', 'legal-entities.search.kind');
