import path from 'node:path';
import type { ShilenModule } from '../../platform/module.ts';
import { homeCard } from '../../platform/views/components.ts';
import { projectsApi } from './api.ts';
import { contractApi, contractPages, projectContractsDataset } from './contracts/index.ts';
import { projectsDataset } from './dataset.ts';
import { loadProjectsDemo } from './demo.ts';
import { documentPages } from './documents/pages.ts';
import { studiesApi } from './feasibility/api.ts';
import { feasibilityStudiesDataset } from './feasibility/dataset.ts';
import { studyPages } from './feasibility/pages.ts';
import { flagPages } from './flags/pages.ts';
import { projectPlacesLayer } from './layer.ts';
import { messages } from './messages.ts';
import { projectsPages } from './pages/index.ts';
import { permissions } from './permissions.ts';
import { countProjects } from './queries.ts';
import { reportsApi } from './reports/api.ts';
import { progressReportsDataset } from './reports/dataset.ts';
import { reportPages } from './reports/pages.ts';
import { projectsSearch } from './search.ts';

/**
 * Public investment and foreign-loan projects (commitments 3.3.1.3.4 and 3.3.1.7): each project's
 * fields, places, funding and revisions of budget and schedule, its page with its timeline, the
 * list, the map and the implementing bodies' pages, the API, the dataset and the search.
 */
export const projectsModule: ShilenModule = {
  name: 'projects',
  dependsOn: ['organizations'],
  migrationsDir: path.join(import.meta.dirname, 'migrations'),
  messages,
  permissions,
  navigation: [{ href: '/projects', label: 'nav.projects', group: 'money', order: 30 }],
  api: (app, ctx) => {
    projectsApi(app, ctx);
    reportsApi(app, ctx);
    studiesApi(app, ctx);
    contractApi(app, ctx);
  },
  pages: (app, ctx) => {
    flagPages(app, ctx);
    projectsPages(app, ctx);
    reportPages(app, ctx);
    studyPages(app, ctx);
    documentPages(app, ctx);
    contractPages(app, ctx);
  },
  datasets: [projectsDataset, progressReportsDataset, feasibilityStudiesDataset, projectContractsDataset],
  locations: [projectPlacesLayer],
  searchDocuments: projectsSearch,
  // The real loans with their published terms, their projects and the fictional examples (demo-data.ts).
  demo: loadProjectsDemo,
  homeCard: async ({ db }, t) => {
    const count = await countProjects(db);
    return homeCard({ href: '/projects', title: t('projects.title'), text: t('projects.card', { count }) });
  },
};
