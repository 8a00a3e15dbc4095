import { describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { systemActor } from '../../../platform/auth/actor.ts';
import { sql } from '../../../platform/db/sql.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { extractivesModule } from '../module.ts';
import { openCase } from './commands/open-case.ts';
import { recordStep } from './commands/record-step.ts';
import { registerCompany } from './demo.ts';
import { buildEnvironmentCase } from './test-support.ts';

const { ctx } = await createTestApp({ modules: [...baseModules, legalEntitiesModule, extractivesModule] });
const actor = systemActor('test');
const meta = { ip: 'test', requestId: 'test', now: new Date('2026-06-01T04:00:00Z') };
const { replyDays, appealDays } = ctx.country.extractives.environmentalList;
const plus = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('opening a case', () => {
  it('names each bad field, and writes nothing', async () => {
    const before = await ctx.db.query(sql`select id from extractive_environment_cases`);
    const result = await openCase(
      ctx,
      actor,
      {
        company: '999999',
        findingMn: ' ',
        findingEn: 'Dust',
        unit: 'nowhere',
        licences: 'NO-SUCH-1',
        inspectedOn: '2026-02-30',
        inspector: 'no-such-body',
        reportReference: 'R-1',
      },
      meta,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field).sort()).toEqual(
      ['company', 'findingMn', 'inspectedOn', 'inspector', 'licences', 'unit'].sort(),
    );
    expect(await ctx.db.query(sql`select id from extractive_environment_cases`)).toEqual(before);
  });

  it('starts at inspected with its first event, audited', async () => {
    const made = await buildEnvironmentCase(ctx);
    expect(made).toMatchObject({ stage: 'inspected', listed: false });
    const events = await ctx.db.query<{ kind: string }>(
      sql`select kind from extractive_environment_events where case_id = ${made.id}`,
    );
    expect(events).toEqual([{ kind: 'inspection' }]);
    const [audit] = await ctx.db.query<{ action: string }>(
      sql`select action from audit_log where subject_type = 'environmental-case' and subject_id = ${String(made.id)}`,
    );
    expect(audit?.action).toBe('extractives.environment.open');
  });
});

describe('due process', () => {
  it('computes the reply deadline from the notice with the pack’s days', async () => {
    const made = await buildEnvironmentCase(ctx, { steps: [['notice', { date: '2026-02-02' }]] });
    expect(made.stage).toBe('noticed');
    expect(made.replyLastDay).toBe(plus('2026-02-02', replyDays));
  });

  it('refuses a decision before the reply period has run when the company has not replied', async () => {
    const made = await buildEnvironmentCase(ctx, { steps: [['notice', { date: '2026-02-02' }]] });
    const early = await recordStep(
      ctx,
      actor,
      made.id,
      'decision',
      { date: '2026-02-03', listed: 'yes' },
      meta,
    );
    expect(early).toEqual({
      ok: false,
      problems: [
        {
          field: 'date',
          key: 'extractives.environment.error.decisionBeforeReplyDeadline',
          params: { lastDay: made.replyLastDay },
        },
      ],
    });
  });

  it('refuses a reply after the decision, an appeal after its period and a delisting without remedy', async () => {
    const made = await buildEnvironmentCase(ctx, {
      steps: [
        ['notice', { date: '2026-02-02' }],
        ['decision', { date: plus('2026-02-02', replyDays + 1), listed: 'yes', penaltyMnt: '1 000 000' }],
      ],
    });
    expect(made).toMatchObject({ stage: 'decided', listed: true, penaltyMnt: '1000000.00' });
    const reply = await recordStep(
      ctx,
      actor,
      made.id,
      'reply',
      { date: '2026-05-01', text: 'Late', language: 'en' },
      meta,
    );
    expect(reply.ok || reply.problems).toEqual([
      { field: 'date', key: 'extractives.environment.error.replyAfterDecision' },
    ]);
    const late = plus(made.decidedOn!, appealDays + 1);
    const appeal = await recordStep(ctx, actor, made.id, 'appeal', { date: late }, meta);
    expect(appeal.ok || appeal.problems).toEqual([
      {
        field: 'date',
        key: 'extractives.environment.error.appealLate',
        params: { lastDay: made.appealLastDay },
      },
    ]);
    const delist = await recordStep(ctx, actor, made.id, 'delisted', { date: '2026-05-01' }, meta);
    expect(delist.ok || delist.problems).toEqual([
      { field: 'date', key: 'extractives.environment.error.delistWithoutRemedy' },
    ]);
    const events = await ctx.db.query(
      sql`select kind from extractive_environment_events where case_id = ${made.id}`,
    );
    expect(events).toHaveLength(3);
  });

  it('walks a case through reply, decision, appeal overturned and delisting, keeping every step', async () => {
    const company = await registerCompany(ctx, 'Walk Through LLC');
    const made = await buildEnvironmentCase(ctx, {
      company,
      steps: [
        ['notice', { date: '2026-02-02' }],
        ['reply', { date: '2026-02-05', text: 'We dispute it.', language: 'en' }],
        [
          'decision',
          {
            date: '2026-02-20',
            listed: 'yes',
            remedyMn: 'Засах',
            remedyEn: 'Fix it',
            remedyDue: '2026-09-01',
          },
        ],
        ['appeal', { date: '2026-02-25' }],
        ['appeal-outcome', { date: '2026-04-01', outcome: 'overturned' }],
        ['delisted', { date: '2026-04-02' }],
      ],
    });
    expect(made).toMatchObject({
      stage: 'delisted',
      listed: false,
      remedyEn: 'Fix it',
      remedyDueOn: '2026-09-01',
    });
    const events = await ctx.db.query<{ kind: string; details: Record<string, unknown> }>(
      sql`select kind, details from extractive_environment_events where case_id = ${made.id} order by id`,
    );
    expect(events.map((e) => e.kind)).toEqual([
      'inspection',
      'notice',
      'reply',
      'decision',
      'appeal',
      'appeal-outcome',
      'delisted',
    ]);
    expect(events[2]!.details).toEqual({ text: 'We dispute it.', language: 'en', late: false });
    // The dataset's change history: a version per public step (the inspection is not public).
    const versions = await ctx.db.query<{ operation: string; stage: string }>(
      sql`select operation, data->>'stage' as stage from record_versions
        where dataset = 'extractives-environment' and record_key = ${String(made.id)} order by version`,
    );
    expect(versions.map((v) => v.stage)).toEqual([
      'noticed',
      'replied',
      'decided',
      'appealed',
      'overturned',
      'delisted',
    ]);
    expect(versions[0]?.operation).toBe('insert');
  });

  it('varies a penalty on appeal, and marks a remedy verified after its day as late', async () => {
    const made = await buildEnvironmentCase(ctx, {
      steps: [
        ['notice', { date: '2026-02-02' }],
        ['reply', { date: '2026-02-04', text: 'Noted.', language: 'mn' }],
        [
          'decision',
          {
            date: '2026-02-10',
            listed: 'yes',
            penaltyMnt: '900000',
            remedyMn: 'Засах',
            remedyEn: 'Fix',
            remedyDue: '2026-03-01',
          },
        ],
        ['appeal', { date: '2026-02-12' }],
        ['appeal-outcome', { date: '2026-03-01', outcome: 'varied', penaltyMnt: '400000' }],
        ['remedy-verified', { date: '2026-03-05' }],
      ],
    });
    expect(made).toMatchObject({ stage: 'remedied', listed: true, penaltyMnt: '400000.00' });
    const [verified] = await ctx.db.query<{ details: { late: boolean } }>(
      sql`select details from extractive_environment_events where case_id = ${made.id} and kind = 'remedy-verified'`,
    );
    expect(verified?.details.late).toBe(true);
    const again = await recordStep(ctx, actor, made.id, 'appeal', { date: '2026-03-06' }, meta);
    expect(again.ok || again.problems).toEqual([
      { field: 'date', key: 'extractives.environment.error.appealedOnce' },
    ]);
  });

  it('names the fields of a step that are wrong, and a day before the last step', async () => {
    const made = await buildEnvironmentCase(ctx, { steps: [['notice', { date: '2026-02-02' }]] });
    const bad = await recordStep(
      ctx,
      actor,
      made.id,
      'reply',
      { date: '2026-01-01', text: ' ', language: 'fr' },
      meta,
    );
    expect(bad.ok || bad.problems.map((p) => [p.field, p.key])).toEqual([
      ['date', 'extractives.environment.error.dateBeforeLast'],
      ['text', 'extractives.environment.error.textMissing'],
      ['language', 'extractives.environment.error.language'],
    ]);
  });

  it('keeps the whole history: events cannot be changed or deleted, nor cases deleted', async () => {
    const made = await buildEnvironmentCase(ctx);
    await expect(
      ctx.db.query(
        sql`update extractive_environment_events set occurred_on = '2020-01-01' where case_id = ${made.id}`,
      ),
    ).rejects.toThrow(/whole history/);
    await expect(
      ctx.db.query(sql`delete from extractive_environment_cases where id = ${made.id}`),
    ).rejects.toThrow(/whole history/);
  });

  it('refuses another organisation’s publisher', async () => {
    const made = await buildEnvironmentCase(ctx);
    const stranger = {
      ...actor,
      kind: 'user' as const,
      label: 'user:1',
      roles: [{ role: 'organization-publisher' as const, organizationId: 1, includeSubOrganizations: false }],
      reach: {},
    };
    await expect(recordStep(ctx, stranger, made.id, 'notice', { date: '2026-02-02' }, meta)).rejects.toThrow(
      /not allowed/,
    );
  });
});
