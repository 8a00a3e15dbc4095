import { systemActor } from '../../platform/auth/actor.ts';
import { registerPermissions } from '../../platform/auth/permissions.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { categorySeeds } from './categories.ts';
import { caseKinds } from './kinds.ts';
import { feedbackPermissions } from './permissions.ts';
import { answerCase } from './respond.ts';
import { submitCase } from './submit.ts';

/** A small deterministic pseudo-random sequence (mulberry32), so the demo is the same every time. */
function sequence(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const aimags = ['11', '65', '64', '63', '82', '44', '48', '84', '67', '81', ''];

/**
 * Demo cases over 2026: filed through the API, most answered (some late), so the public report
 * has figures to show. No personal data is invented. Idempotent: each case has its own key.
 */
export async function loadFeedbackDemo(ctx: ModuleContext): Promise<Record<string, number>> {
  // The demo may run without an app (`shilen demo`, benchmarks): the commands' actions must be known.
  registerPermissions(feedbackPermissions);
  const actor = systemActor('demo');
  const random = sequence(1111);
  let made = 0;
  for (let i = 0; i < 240; i++) {
    const category = categorySeeds[Math.floor(random() * categorySeeds.length)]!;
    const kind = caseKinds[Math.floor(random() * caseKinds.length)]!;
    const aimag = aimags[Math.floor(random() * aimags.length)]!;
    const submittedAt = new Date(
      Date.UTC(2026, 0, 1) + Math.floor(random() * 300) * 86_400_000 + 3_600_000 * 3,
    );
    const result = await submitCase(
      ctx,
      actor,
      {
        kind,
        category: category.code,
        subject: `${category.name.mn}: ${i + 1}`,
        body: `${category.description.mn} (${category.description.en})`,
        aimag,
      },
      {
        channel: 'api',
        meta: { ip: '127.0.0.1', requestId: 'demo', now: submittedAt },
        locale: 'mn',
        idempotencyKey: `demo-case-${i}`,
      },
    );
    if (!result.ok || result.value.replayed) continue;
    made += 1;
    const roll = random();
    if (roll < 0.8) {
      const days = Math.floor(random() * (roll < 0.65 ? 29 : 45)) + 1;
      await answerCase(
        ctx,
        actor,
        result.value.number,
        { text: 'Хандлагыг шалгаж, шийдвэрлэлээ. / Resolved.' },
        {
          ip: '127.0.0.1',
          requestId: 'demo',
          now: new Date(submittedAt.getTime() + days * 86_400_000),
        },
      );
      if (random() < 0.6) {
        await ctx.db.query(sql`update feedback_cases set rating = ${1 + Math.floor(random() * 5)}, rated_at = answered_at
          where number = ${result.value.number}`);
      }
    }
  }
  return { feedbackCases: made };
}
