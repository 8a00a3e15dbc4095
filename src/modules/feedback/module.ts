import { fileURLToPath } from 'node:url';
import { sql } from '../../platform/db/sql.ts';
import type { ShilenModule } from '../../platform/module.ts';
import { homeCard } from '../../platform/views/components.ts';
import { feedbackApi } from './api.ts';
import { performanceDataset } from './dataset.ts';
import { loadFeedbackDemo } from './demo.ts';
import { escalateCase } from './escalate.ts';
import { ESCALATE } from './escalation-job.ts';
import { messages } from './messages.ts';
import { open311Routes } from './open311.ts';
import { citizenPages } from './pages/citizen.ts';
import { consolePages } from './pages/console.ts';
import { intakePages } from './pages/intake.ts';
import { publicPages } from './pages/public.ts';
import { reportPages } from './pages/reports.ts';
import { routingPages } from './pages/routing.ts';
import { feedbackPermissions } from './permissions.ts';
import { seedFeedback } from './routing.ts';
import { feedbackSearch } from './search.ts';
import { seedTemplates } from './templates.ts';

/**
 * The citizen feedback centre (11-11): one intake from every channel, one deadline engine, one
 * public scorecard. See README.md.
 */
export const feedbackModule: ShilenModule = {
  name: 'feedback',
  // Submitters' contacts and words: no case is ever a map layer, whatever is published.
  personalData: true,
  dependsOn: ['organizations'],
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  messages,
  permissions: feedbackPermissions,
  navigation: [{ href: '/feedback', label: 'nav.feedback', group: 'voice', order: 10 }],
  api: feedbackApi,
  pages: (app, ctx) => {
    publicPages(app, ctx);
    intakePages(app, ctx);
    citizenPages(app, ctx);
    consolePages(app, ctx);
    reportPages(app, ctx);
    open311Routes(app, ctx);
    routingPages(app, ctx);
  },
  datasets: [performanceDataset],
  // Every case, counted in the league table of who answers on time: no text, no person.
  requests: [
    {
      kind: 'feedback.case',
      label: { mn: 'Санал, хүсэлт, гомдол', en: 'Feedback cases' },
      rows: sql`select organization_id, submitted_at as received_at, deadline_at as due_at, answered_at
        from feedback_cases`,
    },
  ],
  searchDocuments: feedbackSearch,
  // Only cases a moderator published, with no lastmod: the public pages tell no case's times but
  // the month it came in (README, Privacy), and a sitemap must not tell more.
  sitemap: () => [
    {
      name: 'feedback',
      pages: sql`select '/feedback/published/' || number as path, null::timestamptz as modified from feedback_cases
          where published_at is not null
        union all select '/feedback/published', null
        union all select '/feedback/reports', null`,
    },
  ],
  seed: async ({ db }) => {
    await seedFeedback(db);
    await seedTemplates(db);
  },
  demo: loadFeedbackDemo,
  jobs: { [ESCALATE]: escalateCase },
  homeCard: async ({ db }, t) => {
    const [row] = await db.query<{ received: number; answered: number }>(
      sql`select count(*)::int as received, count(answered_at)::int as answered from feedback_cases`,
    );
    const received = row?.received ?? 0;
    const answered = row?.answered ?? 0;
    return homeCard({
      href: '/feedback',
      title: t('feedback.title'),
      text: t(received === 0 ? 'feedback.cardEmpty' : 'feedback.card', { received, answered }),
      figure:
        received === 0
          ? undefined
          : { value: t.number(answered), label: t('feedback.cardFigure', { count: answered }) },
    });
  },
};
