import path from 'node:path';
import type { ShilenModule } from '../../platform/module.ts';
import { homeCard } from '../../platform/views/components.ts';
import { projectsApi } from './api.ts';
import { projectsDataset } from './dataset.ts';
import { messages } from './messages.ts';
import { projectsPages } from './pages/index.ts';
import { permissions } from './permissions.ts';
import { countProjects } from './queries.ts';
import { standardsRoutes } from './standards/routes.ts';

/** Projects and foreign loans: records of public bodies, listed, downloadable and made through a form or the API. */
export const projectsModule: ShilenModule = {
  name: 'projects',
  dependsOn: ['organizations'],
  migrationsDir: path.join(import.meta.dirname, 'migrations'),
  messages,
  permissions,
  api: projectsApi,
  pages: (app, ctx) => {
    projectsPages(app, ctx);
    standardsRoutes(app, ctx);
  },
  datasets: [projectsDataset],
  homeCard: async ({ db }, t) => {
    const count = await countProjects(db);
    return homeCard({ href: '/projects', title: t('projects.title'), text: t('projects.card', { count }) });
  },
};
