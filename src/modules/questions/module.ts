import path from 'node:path';
import { sql } from '../../platform/db/sql.ts';
import type { ShilenModule } from '../../platform/module.ts';
import { homeCard } from '../../platform/views/components.ts';
import { questionsApi } from './api.ts';
import { questionsDataset } from './dataset.ts';
import { loadQuestionsDemo } from './demo.ts';
import { messages } from './messages.ts';
import { questionsPages } from './pages/index.ts';
import { permissions } from './permissions.ts';
import { countPublicQuestions, QUESTION_REQUEST } from './queries.ts';

/**
 * Public questions about public records, a flow of the platform's: asked by a signed-in citizen
 * about any record a module declares (`questionSubjects`), redacted and moderated, routed to the
 * record's organisation on the platform's request clock, and answered publicly. See README.md.
 */
export const questionsModule: ShilenModule = {
  name: 'questions',
  dependsOn: ['organizations'],
  migrationsDir: path.join(import.meta.dirname, 'migrations'),
  messages,
  permissions,
  navigation: [{ href: '/questions', label: 'nav.questions', group: 'voice', order: 20 }],
  api: questionsApi,
  pages: questionsPages,
  datasets: [questionsDataset],
  demo: loadQuestionsDemo,
  // Every published question, for the league table: the clock's rows, no text, no person.
  requests: [
    {
      kind: QUESTION_REQUEST,
      label: { mn: 'Олон нийтийн асуулт', en: 'Public questions' },
      rows: sql`select organization_id, received_at, due_at, answered_at from requests where kind = ${QUESTION_REQUEST}`,
    },
  ],
  sitemap: () => [
    {
      name: 'questions',
      pages: sql`select '/questions/' || id as path, updated_at as modified from questions
          where status in ('published', 'answered')
        union all select '/questions', (select max(updated_at) from questions where status in ('published', 'answered'))
        union all select '/requests/league', null`,
    },
  ],
  publishedBy: async ({ db }, organization, t) => {
    const [row] = await db.query<{ n: number }>(sql`select count(*)::int as n from questions
      where organization_id = ${organization.id} and status in ('published', 'answered')`);
    const count = row?.n ?? 0;
    return count === 0
      ? []
      : [{ title: t('questions.title'), count, href: `/questions?organization=${organization.slug}` }];
  },
  homeCard: async ({ db }, t) => {
    const count = await countPublicQuestions(db);
    return homeCard({
      href: '/questions',
      title: t('questions.title'),
      text: t('questions.card', { count }),
    });
  },
};
