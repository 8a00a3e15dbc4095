import path from 'node:path';
import type { ShilenModule } from '../../platform/module.ts';
import { homeCard } from '../../platform/views/components.ts';
import { projectsApi } from './api.ts';
import { contractApi, contractPages, projectContractsDataset } from './contracts/index.ts';
import { projectsDataset } from './dataset.ts';
import { loadProjectsDemo } from './demo.ts';
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
    contractApi(app, ctx);
  },
  pages: (app, ctx) => {
    projectsPages(app, ctx);
    contractPages(app, ctx);
  },
  datasets: [projectsDataset, projectContractsDataset],
  // The real loans with their published terms, their projects and the fictional examples (demo-data.ts).
  demo: loadProjectsDemo,
  homeCard: async ({ db }, t) => {
    const count = await countProjects(db);
    return homeCard({ href: '/projects', title: t('projects.title'), text: t('projects.card', { count }) });
  },
};
