import path from 'node:path';
import type { ShilenModule } from '../../platform/module.ts';
import { homeCard } from '../../platform/views/components.ts';
import { projectsApi } from './api.ts';
import { projectsDataset } from './dataset.ts';
import { documentPages } from './documents/pages.ts';
import { studiesApi } from './feasibility/api.ts';
import { feasibilityStudiesDataset } from './feasibility/dataset.ts';
import { studyPages } from './feasibility/pages.ts';
import { flagPages } from './flags/pages.ts';
import { messages } from './messages.ts';
import { projectsPages } from './pages/index.ts';
import { permissions } from './permissions.ts';
import { countProjects } from './queries.ts';
import { reportsApi } from './reports/api.ts';
import { progressReportsDataset } from './reports/dataset.ts';
import { reportPages } from './reports/pages.ts';

/** Projects and foreign loans: records of public bodies, listed, downloadable and made through a form or the API. */
export const projectsModule: ShilenModule = {
  name: 'projects',
  dependsOn: ['organizations'],
  migrationsDir: path.join(import.meta.dirname, 'migrations'),
  messages,
  permissions,
  api: (app, ctx) => {
    projectsApi(app, ctx);
    reportsApi(app, ctx);
    studiesApi(app, ctx);
  },
  pages: (app, ctx) => {
    flagPages(app, ctx);
    projectsPages(app, ctx);
    reportPages(app, ctx);
    studyPages(app, ctx);
    documentPages(app, ctx);
  },
  datasets: [projectsDataset, progressReportsDataset, feasibilityStudiesDataset],
  homeCard: async ({ db }, t) => {
    const count = await countProjects(db);
    return homeCard({ href: '/projects', title: t('projects.title'), text: t('projects.card', { count }) });
  },
};
