import path from 'node:path';
import type { ShilenModule } from '../../platform/module.ts';
import {
  annotationsDataset,
  contractsApi,
  contractsDataset,
  contractsPages,
  contractsSearch,
} from './contracts/index.ts';
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
  // Contracts (contracts/): the lead joins these with the other features' when they land.
  api: (app, ctx) => {
    contractsApi(app, ctx);
  },
  pages: (app, ctx) => {
    contractsPages(app, ctx);
  },
  datasets: [contractsDataset, annotationsDataset],
  searchDocuments: contractsSearch,
};
