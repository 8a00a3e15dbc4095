import path from 'node:path';
import type { ShilenModule } from '../../platform/module.ts';
import { joinedSource } from '../../platform/search/documents.ts';
import { homeCard } from '../../platform/views/components.ts';
import { contractsEntitySection } from './contracts/entity-section.ts';
import {
  annotationsDataset,
  contractsApi,
  contractsDataset,
  contractsPages,
  contractsSearch,
} from './contracts/index.ts';
import { loadExtractivesDemo } from './demo.ts';
import { environmentApi } from './environment/api.ts';
import { environmentDataset } from './environment/dataset.ts';
import { environmentEntitySection } from './environment/entity-section.ts';
import { environmentPages } from './environment/pages/index.ts';
import { environmentSearch } from './environment/search.ts';
import { licencesApi } from './licences/api.ts';
import { licencesDataset } from './licences/dataset.ts';
import { licencesEntitySection } from './licences/entity-section.ts';
import { licencesImporter } from './licences/import.ts';
import { licencesPages } from './licences/pages/index.ts';
import { licencesSearch } from './licences/search.ts';
import { messages } from './messages.ts';
import { ownersApi, ownersDataset, ownersEntitySection, ownersRoutes } from './owners/index.ts';
import { permissions } from './permissions.ts';
import { restrictedAreasImporter } from './spatial/import.ts';
import { licenceAreasLayer } from './spatial/layer.ts';
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
  navigation: [
    { href: '/extractives', label: 'nav.extractives', group: 'resources', order: 10 },
    { href: '/extractives/map', label: 'nav.extractives.map', group: 'resources', order: 20 },
    { href: '/extractives/environment', label: 'nav.extractives.environment', group: 'resources', order: 30 },
  ],
  importers: [restrictedAreasImporter, licencesImporter],
  pages: (app, ctx) => {
    licencesPages(app, ctx);
    spatialPages(app, ctx);
    contractsPages(app, ctx);
    environmentPages(app, ctx);
    ownersRoutes(app, ctx);
  },
  api: (app, ctx) => {
    licencesApi(app, ctx);
    contractsApi(app, ctx);
    environmentApi(app, ctx);
    ownersApi(app, ctx);
  },
  datasets: [licencesDataset, contractsDataset, annotationsDataset, ownersDataset, environmentDataset],
  // The licence areas on the platform's map (`/map`), from the licences dataset's public fields.
  locations: [licenceAreasLayer],
  searchDocuments: joinedSource('extractives.title', [licencesSearch, contractsSearch, environmentSearch]),
  // A holder's page (`/legal-entities/:id`): a section for each register that names it.
  entitySection: async (ctx, entity, t) =>
    (
      await Promise.all([
        licencesEntitySection(ctx, entity, t),
        contractsEntitySection(ctx, entity, t),
        ownersEntitySection(ctx, entity, t),
        environmentEntitySection(ctx, entity, t),
      ])
    ).filter((s) => s !== null),
  demo: loadExtractivesDemo,
  homeCard: async (_ctx, t) =>
    homeCard({ href: '/extractives', title: t('extractives.title'), text: t('extractives.card') }),
};
