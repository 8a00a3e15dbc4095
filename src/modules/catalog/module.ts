import { datasetsOf } from '../../platform/datasets/dataset.ts';
import { listPages } from '../../platform/http/crawlers.ts';
import type { ShilenModule } from '../../platform/module.ts';
import { homeCard } from '../../platform/views/components.ts';
import { catalogApi } from './api.ts';
import { ckanRoutes } from './ckan/routes.ts';
import { catalogDownloads } from './downloads.ts';
import { harvestRoutes, siteText } from './harvest.ts';
import { runImportJob } from './imports/job.ts';
import { catalogImportPages } from './imports/pages.ts';
import { messages } from './messages.ts';
import { catalogDatasetPage } from './pages/dataset.ts';
import { catalogListPage } from './pages/list.ts';

/**
 * The open-data catalogue: every dataset any module declares, with its pages, bulk downloads,
 * Frictionless descriptors and change feeds, and the endpoints harvesters read (DCAT-AP, data.json,
 * the CKAN action API). It declares no data of its own; `src/platform/datasets` does the work.
 */
export const catalogModule: ShilenModule = {
  name: 'catalog',
  messages,
  navigation: [{ href: '/datasets', label: 'nav.datasets', group: 'registers', order: 90 }],
  api: (app, ctx) => {
    const datasets = datasetsOf(app.shilen.modules);
    catalogApi(app, ctx, new Map(datasets.map((d) => [d.id, d])));
  },
  pages: async (app, ctx) => {
    const datasets = datasetsOf(app.shilen.modules);
    const byId = new Map(datasets.map((d) => [d.id, d]));
    catalogListPage(app, ctx, datasets);
    catalogDatasetPage(app, ctx, byId);
    catalogDownloads(app, ctx, byId);
    catalogImportPages(app, ctx, datasets);
    harvestRoutes(app, ctx, datasets);
    await ckanRoutes(app, ctx, datasets, (lang) => ({
      title: siteText('catalog.dcat.title')[lang],
      description: siteText('catalog.lead')[lang],
    }));
  },
  jobs: { 'catalog.import': runImportJob },
  sitemap: (modules) => [
    {
      name: 'datasets',
      pages: listPages(['/datasets', ...datasetsOf(modules).map((d) => `/datasets/${d.id}`)]),
    },
  ],
  homeCard: async (ctx, t) => {
    const count = datasetsOf(ctx.modules).length;
    return homeCard({
      href: '/datasets',
      title: t('catalog.title'),
      text: t('catalog.card'),
      figure: { value: t.number(count), label: t('catalog.cardFigure', { count }) },
    });
  },
};
