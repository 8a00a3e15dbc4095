import path from 'node:path';
import type { ShilenModule } from '../../platform/module.ts';
import { messages } from './messages.ts';
import { ownersApi, ownersDataset, ownersEntitySection, ownersRoutes } from './owners/index.ts';
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
  api: (app, ctx) => {
    ownersApi(app, ctx);
  },
  pages: (app, ctx) => {
    ownersRoutes(app, ctx);
  },
  datasets: [ownersDataset],
  entitySection: (ctx, entity, t) => ownersEntitySection(ctx, entity, t),
};
