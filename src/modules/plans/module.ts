import path from 'node:path';
import type { ShilenModule } from '../../platform/module.ts';
import { actionPlanImporter } from './import/importer.ts';
import { messages } from './messages.ts';

/** The action plan tracker: plans, commitments, progress reports, evaluations and their public pages. */
export const plansModule: ShilenModule = {
  name: 'plans',
  dependsOn: ['organizations'],
  migrationsDir: path.join(import.meta.dirname, 'migrations'),
  messages,
  navigation: [{ href: '/plans', label: 'nav.plans', order: 20 }],
  importers: [actionPlanImporter],
  permissions: {
    'plans.manage': {
      description: 'Import action plans, correct them in review and publish them',
      allow: ['ogp-committee-member', 'platform-administrator'],
    },
    'plans.report': {
      description: 'Report progress on a commitment the organisation is responsible for',
      allow: ['organization-publisher', 'organization-administrator'],
    },
    'plans.evaluate': {
      description: 'Rate commitments on the independent review scales and publish the ratings',
      allow: ['independent-evaluator'],
    },
  },
};
