import { systemActor } from '../../platform/auth/actor.ts';
import { actorForUser, createUser } from '../../platform/auth/users.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ModuleContext, ShilenModule } from '../../platform/module.ts';
import { answerQuestion } from './commands/answer.ts';
import { askQuestion } from './commands/ask.ts';
import { moderateQuestion } from './commands/moderate.ts';

/**
 * The demo's questions, each about a record of another module's demo data when that module has it
 * (found through its `questionSubjects`, skipped when it is not there): one answered, one awaiting
 * its answer. Made by the module's own commands, as a demo citizen and the demo's moderator.
 */
const demoQuestions = [
  {
    subject: 'procurement.process',
    key: 'ocds-mn0001-2025-90002',
    text: 'Why did only one company bid for this contract, and was the tender advertised for the full period?',
    answer:
      'The tender was advertised for 21 days on the e-procurement portal; one bid was received. The evaluation report is attached to the process.',
  },
  {
    subject: 'plans.commitment',
    key: '1',
    text: 'When will the register this commitment promises be published, and where?',
    answer: null,
  },
];

export async function loadQuestionsDemo(
  ctx: ModuleContext,
  modules: readonly ShilenModule[],
): Promise<Record<string, number>> {
  const subjects = modules.flatMap((m) => m.questionSubjects ?? []);
  const [existing] = await ctx.db.query(sql`select 1 from questions limit 1`);
  if (existing) return { questions: 0 };
  const citizen = await createUser(ctx.db, {
    email: 'questions-demo@example.mn',
    displayName: 'Demo citizen',
    passwordHash: null,
    locale: 'mn',
    emailVerified: true,
  });
  const asker = await actorForUser(ctx.db, citizen.id);
  const staff = systemActor('demo');
  let made = 0;
  for (const [i, q] of demoQuestions.entries()) {
    const meta = { ip: 'cli', requestId: `demo-questions-${i}`, now: new Date() };
    const asked = await askQuestion(
      ctx,
      subjects,
      asker,
      { subject: q.subject, key: q.key, text: q.text },
      meta,
    );
    if (!asked.ok) continue;
    await moderateQuestion(
      ctx,
      staff,
      asked.value.id,
      { decision: 'publish', publicText: q.text, reason: '' },
      meta,
    );
    if (q.answer) await answerQuestion(ctx, staff, asked.value.id, { answer: q.answer }, meta);
    made += 1;
  }
  return { questions: made };
}
