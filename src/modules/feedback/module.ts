import { fileURLToPath } from 'node:url';
import type { ShilenModule } from '../../platform/module.ts';
import { escalateCase } from './escalate.ts';
import { ESCALATE } from './escalation-job.ts';
import { messages } from './messages.ts';
import { feedbackPermissions } from './permissions.ts';
import { seedFeedback } from './routing.ts';

/**
 * The citizen feedback centre (11-11): one intake from every channel, one deadline engine, one
 * public scorecard. See README.md.
 */
export const feedbackModule: ShilenModule = {
  name: 'feedback',
  dependsOn: ['organizations'],
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  messages,
  permissions: feedbackPermissions,
  navigation: [{ href: '/feedback', label: 'nav.feedback', order: 30 }],
  seed: ({ db }) => seedFeedback(db),
  jobs: { [ESCALATE]: escalateCase },
};
