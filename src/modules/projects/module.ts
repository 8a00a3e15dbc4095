import path from 'node:path';
import type { ShilenModule } from '../../platform/module.ts';
import { homeCard } from '../../platform/views/components.ts';
import { projectsApi } from './api.ts';
import { projectsDataset } from './dataset.ts';
import { loansApi } from './loans/api.ts';
import { loanDatasets } from './loans/datasets.ts';
import { loanForms } from './loans/forms.ts';
import { seedLenders } from './loans/lenders.ts';
import { loanPages } from './loans/pages.ts';
import { messages } from './messages.ts';
import { projectsPages } from './pages/index.ts';
import { permissions } from './permissions.ts';
import { countProjects } from './queries.ts';

/** Projects and foreign loans: records of public bodies, listed, downloadable and made through a form or the API. */
export const projectsModule: ShilenModule = {
  name: 'projects',
  dependsOn: ['organizations'],
  migrationsDir: path.join(import.meta.dirname, 'migrations'),
  messages,
  permissions,
  api: (app, ctx) => {
    projectsApi(app, ctx);
    loansApi(app, ctx);
  },
  pages: (app, ctx) => {
    projectsPages(app, ctx);
    loanPages(app, ctx);
    loanForms(app, ctx);
  },
  datasets: [projectsDataset, ...loanDatasets],
  // The pack's lenders in the legal-entity register, at every start.
  seed: async ({ db, country }) => {
    await seedLenders(db, country);
  },
  homeCard: async ({ db }, t) => {
    const count = await countProjects(db);
    return homeCard({ href: '/projects', title: t('projects.title'), text: t('projects.card', { count }) });
  },
};
