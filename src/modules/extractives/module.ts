import path from 'node:path';
import type { ShilenModule } from '../../platform/module.ts';
import { messages } from './messages.ts';
import { permissions } from './permissions.ts';
import { restrictedAreasImporter } from './spatial/import.ts';
import { spatialPages } from './spatial/pages.ts';

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
  importers: [restrictedAreasImporter],
  pages: spatialPages,
};
