import path from 'node:path';
import type { ShilenModule } from '../../platform/module.ts';
import { joinedSource } from '../../platform/search/documents.ts';
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
import { loansApi } from './loans/api.ts';
import { loanDatasets } from './loans/datasets.ts';
import { loanForms } from './loans/forms.ts';
import { lenderPages } from './loans/lender-pages.ts';
import { seedLenders } from './loans/lenders.ts';
import { loanPages } from './loans/pages.ts';
import { loansSearch } from './loans/search.ts';
import { lenderEntitySection } from './loans/sections.ts';
import { messages } from './messages.ts';
import { projectsPages } from './pages/index.ts';
import { permissions } from './permissions.ts';
import { countProjects } from './queries.ts';
import { reportsApi } from './reports/api.ts';
import { progressReportsDataset } from './reports/dataset.ts';
import { reportPages } from './reports/pages.ts';
import { projectsSearch } from './search.ts';
import { standardsRoutes } from './standards/routes.ts';

/**
 * Public investment and foreign-loan projects (commitments 3.3.1.3.4 and 3.3.1.7): projects with
 * their places, funding and revisions; feasibility studies; progress reports with their charts;
 * loans and grants with their full terms, repayment schedules, drawings and boards; the flags;
 * the contracts by OCID; OC4IDS and IATI. See README.md.
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
    loansApi(app, ctx);
    reportsApi(app, ctx);
    studiesApi(app, ctx);
    contractApi(app, ctx);
  },
  pages: (app, ctx) => {
    flagPages(app, ctx);
    projectsPages(app, ctx);
    loanPages(app, ctx);
    lenderPages(app, ctx);
    loanForms(app, ctx);
    reportPages(app, ctx);
    studyPages(app, ctx);
    documentPages(app, ctx);
    contractPages(app, ctx);
    standardsRoutes(app, ctx);
  },
  datasets: [
    projectsDataset,
    ...loanDatasets,
    progressReportsDataset,
    feasibilityStudiesDataset,
    projectContractsDataset,
  ],
  locations: [projectPlacesLayer],
  searchDocuments: joinedSource('projects.title', [projectsSearch, loansSearch]),
  // A lender's page in the register of legal entities: the loans it made.
  entitySection: lenderEntitySection,
  // The pack's lenders in the legal-entity register, at every start.
  seed: async ({ db, country }) => {
    await seedLenders(db, country);
  },
  // The real loans with their published terms, their projects and the fictional examples (demo-data.ts).
  demo: loadProjectsDemo,
  homeCard: async ({ db }, t) => {
    const count = await countProjects(db);
    return homeCard({ href: '/projects', title: t('projects.title'), text: t('projects.card', { count }) });
  },
};
