import path from 'node:path';
import type { ShilenModule } from '../../platform/module.ts';
import { environmentApi } from './environment/api.ts';
import { environmentDataset } from './environment/dataset.ts';
import { environmentEntitySection } from './environment/entity-section.ts';
import { environmentPages } from './environment/pages/index.ts';
import { environmentSearch } from './environment/search.ts';
import { messages } from './messages.ts';
import { permissions } from './permissions.ts';

/**
 * Resources in the open (commitments 3.1.4–3.1.6): the licence register with its areas on the map,
 * resource contracts with annotated clauses, beneficial owners published as BODS, and the list of
 * companies that harm the environment, with its due process. See README.md.
 */
export const extractivesModule: ShilenModule = {
  name: 'extractives',
  dependsOn: ['organizations', 'legal-entities'],
  migrationsDir: path.join(import.meta.dirname, 'migrations'),
  messages,
  permissions,
  // Each feature registers its own; the lead joins them (api, pages, datasets, search, entitySection).
  api: (app, ctx) => {
    environmentApi(app, ctx);
  },
  pages: (app, ctx) => {
    environmentPages(app, ctx);
  },
  datasets: [environmentDataset],
  searchDocuments: environmentSearch,
  entitySection: (ctx, entity, t) => environmentEntitySection(ctx, entity, t),
};
