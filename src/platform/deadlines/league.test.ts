import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization } from '../../../test/factories.ts';
import { baseModules, createTestContext } from '../../../test/helpers.ts';
import { sql } from '../db/sql.ts';
import type { ModuleContext, RequestSource } from '../module.ts';
import { leagueTable } from './league.ts';

let ctx: ModuleContext;
let prompt: { id: number; slug: string };
let slow: { id: number; slug: string };
let fresh: { id: number; slug: string };
const now = new Date('2026-06-01T00:00:00Z');

/** A module's requests as its manifest would declare them: rows of (organisation, received, due, answered). */
const source = (kind: string, rows: [number, string, string, string | null][]): RequestSource => ({
  kind,
  label: { mn: kind, en: kind },
  rows: sql`select organization_id::bigint, received_at::timestamptz, due_at::timestamptz, answered_at::timestamptz
    from (values ${sql.join(rows.map(([o, r, d, a]) => sql`(${o}::bigint, ${r}::text, ${d}::text, ${a}::text)`))})
    as v (organization_id, received_at, due_at, answered_at)`,
});

beforeAll(async () => {
  ctx = await createTestContext(baseModules);
  prompt = await buildOrganization(ctx);
  slow = await buildOrganization(ctx);
  fresh = await buildOrganization(ctx);
});

describe('the league table', () => {
  it('ranks organisations by the share answered on time over every source, counting only what is due or answered', async () => {
    const cases = source('feedback.case', [
      [prompt.id, '2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z', '2026-04-20T00:00:00Z'],
      [slow.id, '2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z', '2026-05-03T00:00:00Z'],
      [slow.id, '2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z', null],
    ]);
    const questions = source('questions.question', [
      [prompt.id, '2026-04-10T00:00:00Z', '2026-05-10T00:00:00Z', '2026-05-09T00:00:00Z'],
      [slow.id, '2026-05-01T00:00:00Z', '2026-05-20T00:00:00Z', '2026-05-19T00:00:00Z'],
      // Not due yet and unanswered: shown, not in the share.
      [fresh.id, '2026-05-25T00:00:00Z', '2026-06-25T00:00:00Z', null],
    ]);
    const rows = await leagueTable(ctx.db, [cases, questions], now);
    expect(rows.map((r) => [r.slug, r.decided, r.onTime, r.late, r.overdue, r.pending, r.share])).toEqual([
      [prompt.slug, 2, 2, 0, 0, 0, 1],
      [slow.slug, 3, 1, 1, 1, 0, 1 / 3],
      [fresh.slug, 0, 0, 0, 0, 1, null],
    ]);
    // One kind alone.
    const onlyQuestions = await leagueTable(ctx.db, [questions], now);
    expect(onlyQuestions.find((r) => r.slug === slow.slug)).toMatchObject({
      decided: 1,
      onTime: 1,
      share: 1,
    });
    expect(await leagueTable(ctx.db, [], now)).toEqual([]);
  });
});
