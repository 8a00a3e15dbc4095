import { sql } from '../../platform/db/sql.ts';
import type { ShilenModule } from '../../platform/module.ts';
import { homeCard } from '../../platform/views/components.ts';
import { legalEntitiesApi } from './api.ts';
import { entitiesDataset } from './dataset.ts';
import { loadLegalEntitiesDemo } from './demo.ts';
import { importEntities } from './import.ts';
import { messages } from './messages.ts';
import { legalEntitiesPages } from './pages/index.ts';
import { matchCli } from './pages/matches.ts';
import { permissions } from './permissions.ts';
import { countEntities } from './queries.ts';
import { entitiesSearch } from './search.ts';

/**
 * Legal entities, a register of the platform (tables `legal_entities`, `legal_entity_sources`,
 * `legal_entity_names`…, migration 017 of the platform; its logic in src/platform/legal-entities):
 * published here as pages, API, dataset and search, imported from register extracts, corrected by
 * staff. An entity's page gathers every module's `entitySection`.
 */
export const legalEntitiesModule: ShilenModule = {
  name: 'legal-entities',
  dependsOn: ['organizations'],
  messages,
  permissions,
  navigation: [{ href: '/legal-entities', label: 'nav.legal-entities', group: 'registers', order: 20 }],
  api: legalEntitiesApi,
  pages: legalEntitiesPages,
  datasets: [entitiesDataset],
  searchDocuments: entitiesSearch,
  importers: [
    {
      name: 'legal-entities',
      description: {
        mn: 'Хуулийн этгээдийн бүртгэлийн хуулбар (CSV: scheme, identifier, name_mn, name_en, …)',
        en: 'An extract of a register of legal entities (CSV: scheme, identifier, name_mn, name_en, …)',
      },
      run: (ctx, file, options) => importEntities(ctx, file, { dryRun: options.dryRun }),
    },
  ],
  demo: loadLegalEntitiesDemo,
  cli: matchCli,
  sitemap: () => [
    {
      name: 'legal-entities',
      pages: sql`select '/legal-entities/' || id as path, updated_at as modified from legal_entities
          where merged_into is null
        union all select '/legal-entities', (select max(updated_at) from legal_entities)`,
    },
  ],
  homeCard: async ({ db }, t) => {
    const count = await countEntities(db);
    return homeCard({
      href: '/legal-entities',
      title: t('legal-entities.title'),
      text: t(count === 0 ? 'legal-entities.cardEmpty' : 'legal-entities.card'),
      ...(count > 0
        ? { figure: { value: t.number(count), label: t('legal-entities.cardFigure', { count }) } }
        : {}),
    });
  },
};
