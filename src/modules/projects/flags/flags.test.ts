import { describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { projectsModule } from '../module.ts';
import { buildProject } from '../test-support.ts';
import {
  evaluateFlags,
  type Flag,
  lastDuePeriod,
  monthsBetween,
  type ProjectFacts,
  projectFlags,
} from './flags.ts';
import { insertLoan, insertReport, insertStudy, setPlan } from './test-support.ts';

const { app, ctx } = await createTestApp({ modules: [...baseModules, projectsModule] });
const pack = ctx.country.projects;
const limits = pack.flags;
const TODAY = '2026-11-15';
const kinds = (flags: readonly Flag[]) => flags.map((f) => f.kind);

/** A project in implementation with nothing to flag, reported up to the last due period. */
const quiet = (over: Partial<ProjectFacts> = {}): ProjectFacts => ({
  stage: 'implementation',
  status: 'active',
  budget: null,
  plannedStart: null,
  plannedEnd: null,
  actualStart: null,
  study: null,
  latestReport: { periodEnd: lastDuePeriod(TODAY, pack.reporting).end, physicalPercent: 50 },
  loans: [],
  ...over,
});

describe('evaluateFlags, the rule', () => {
  it('flags a loan drawn ahead of the works by the pack’s points, and not one drawn in step', () => {
    const drawn = limits.disbursementAheadPoints + 30;
    const ahead = quiet({
      latestReport: { periodEnd: '2026-09-30', physicalPercent: 30 },
      loans: [{ slug: 'a', currency: 'JPY', amount: 1000, drawn: drawn * 10 }],
    });
    const [flag] = evaluateFlags(ahead, pack, TODAY);
    expect(flag).toEqual({
      kind: 'disbursement-ahead',
      currency: 'JPY',
      drawnPercent: drawn,
      physicalPercent: 30,
      gapPoints: drawn - 30,
      threshold: limits.disbursementAheadPoints,
      minimumPercent: limits.disbursementMinimumPercent,
    });
    const inStep = quiet({
      latestReport: { periodEnd: '2026-09-30', physicalPercent: 60 },
      loans: [
        { slug: 'a', currency: 'JPY', amount: 1000, drawn: 600 + (limits.disbursementAheadPoints - 1) * 10 },
      ],
    });
    expect(evaluateFlags(inStep, pack, TODAY)).toEqual([]);
  });

  it('fires at exactly the threshold, and not below the minimum drawn share', () => {
    const at = quiet({
      latestReport: { periodEnd: '2026-09-30', physicalPercent: 0 },
      loans: [
        {
          slug: 'a',
          currency: 'USD',
          amount: 100,
          drawn: Math.max(limits.disbursementAheadPoints, limits.disbursementMinimumPercent),
        },
      ],
    });
    expect(kinds(evaluateFlags(at, pack, TODAY))).toEqual(['disbursement-ahead']);
    const small = quiet({
      latestReport: { periodEnd: '2026-09-30', physicalPercent: 0 },
      loans: [{ slug: 'a', currency: 'USD', amount: 100, drawn: limits.disbursementMinimumPercent - 1 }],
    });
    if (limits.disbursementMinimumPercent - 1 < limits.disbursementAheadPoints)
      expect(evaluateFlags(small, pack, TODAY)).toEqual([]);
  });

  it('adds loans of one currency only, flagging each currency on its own', () => {
    const facts = quiet({
      latestReport: { periodEnd: '2026-09-30', physicalPercent: 10 },
      loans: [
        { slug: 'a', currency: 'JPY', amount: 1000, drawn: 900 },
        { slug: 'b', currency: 'JPY', amount: 1000, drawn: 700 },
        { slug: 'c', currency: 'USD', amount: 50, drawn: 5 },
      ],
    });
    const flags = evaluateFlags(facts, pack, TODAY);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'disbursement-ahead', currency: 'JPY', drawnPercent: 80 });
  });

  it('flags a budget above the study’s estimate by more than the pack’s percent, in the same currency only', () => {
    const estimate = 1000;
    const over = estimate * (1 + (limits.costOverrunPercent + 5) / 100);
    const study = {
      title: { mn: 'ТЭЗҮ', en: 'Study' },
      costEstimate: estimate,
      currency: 'USD',
      durationMonths: null,
    };
    const flags = evaluateFlags(quiet({ study, budget: { amount: over, currency: 'USD' } }), pack, TODAY);
    expect(flags).toEqual([
      {
        kind: 'cost-overrun',
        budget: over,
        estimate,
        currency: 'USD',
        overrunPercent: limits.costOverrunPercent + 5,
        threshold: limits.costOverrunPercent,
      },
    ]);
    const within = estimate * (1 + limits.costOverrunPercent / 100);
    expect(evaluateFlags(quiet({ study, budget: { amount: within, currency: 'USD' } }), pack, TODAY)).toEqual(
      [],
    );
    expect(evaluateFlags(quiet({ study, budget: { amount: over, currency: 'MNT' } }), pack, TODAY)).toEqual(
      [],
    );
  });

  it('flags a planned duration longer than the study’s by more than the pack’s percent', () => {
    const study = {
      title: { mn: 'ТЭЗҮ', en: 'Study' },
      costEstimate: 1,
      currency: 'USD',
      durationMonths: 24,
    };
    expect(monthsBetween('2020-01-01', '2023-01-01')).toBe(36);
    const long = evaluateFlags(
      quiet({ study, plannedStart: '2020-01-01', plannedEnd: '2023-01-01' }),
      pack,
      TODAY,
    );
    expect(long).toEqual([
      {
        kind: 'schedule-overrun',
        plannedMonths: 36,
        studyMonths: 24,
        overrunPercent: 50,
        threshold: limits.scheduleOverrunPercent,
      },
    ]);
    expect(
      evaluateFlags(quiet({ study, plannedStart: '2020-01-01', plannedEnd: '2022-01-01' }), pack, TODAY),
    ).toEqual([]);
  });

  it('flags a project in implementation without a report for the last due period, not one in preparation', () => {
    const period = lastDuePeriod(TODAY, pack.reporting);
    expect(period.dueOn < TODAY).toBe(true);
    expect(period.end < period.dueOn).toBe(true);
    const late = evaluateFlags(
      quiet({ latestReport: { periodEnd: '2025-12-31', physicalPercent: 5 } }),
      pack,
      TODAY,
    );
    expect(late).toEqual([
      {
        kind: 'report-missing',
        periodStart: period.start,
        periodEnd: period.end,
        dueOn: period.dueOn,
        lastReported: '2025-12-31',
        periodMonths: pack.reporting.periodMonths,
        dueDays: pack.reporting.dueDays,
      },
    ]);
    expect(evaluateFlags(quiet({ latestReport: null, stage: 'preparation' }), pack, TODAY)).toEqual([]);
    expect(evaluateFlags(quiet({ latestReport: null, actualStart: '2026-11-01' }), pack, TODAY)).toEqual([]);
  });

  it('finds the last period whose report is due, counted from 1 January', () => {
    expect(lastDuePeriod('2026-11-15', { periodMonths: 3, dueDays: 30 })).toEqual({
      start: '2026-07-01',
      end: '2026-09-30',
      dueOn: '2026-10-30',
    });
    expect(lastDuePeriod('2026-10-20', { periodMonths: 3, dueDays: 30 })).toEqual({
      start: '2026-04-01',
      end: '2026-06-30',
      dueOn: '2026-07-30',
    });
    expect(lastDuePeriod('2026-03-01', { periodMonths: 6, dueDays: 45 })).toEqual({
      start: '2025-07-01',
      end: '2025-12-31',
      dueOn: '2026-02-14',
    });
  });
});

describe('projectFlags, from the tables', () => {
  const period = lastDuePeriod(TODAY, pack.reporting);
  const reported = { periodStart: period.start, periodEnd: period.end, reportedOn: period.dueOn };

  it('fires the disbursement flag on a project built to trigger it (80% drawn, 20% done) and not on one drawn in step', async () => {
    const ahead = await buildProject(ctx, { slug: 'drawn-ahead', titleEn: 'Drawn ahead' });
    await insertLoan(ctx.db, ahead, {
      amount: 10_000_000_000,
      currency: 'JPY',
      disbursements: [
        { on: '2024-05-10', amount: 3_000_000_000 },
        { on: '2025-06-10', amount: 5_000_000_000 },
      ],
    });
    await insertReport(ctx.db, ahead.id, { ...reported, physical: 20, financial: 75 });
    const inStep = await buildProject(ctx, { slug: 'drawn-in-step', titleEn: 'Drawn in step' });
    await insertLoan(ctx.db, inStep, {
      amount: 200_000_000,
      currency: 'USD',
      disbursements: [{ on: '2025-01-20', amount: 90_000_000 }],
    });
    await insertReport(ctx.db, inStep.id, { ...reported, physical: 40, financial: 45 });
    // A later disbursement than today is not drawn yet.
    await insertLoan(ctx.db, inStep, {
      amount: 100_000_000,
      currency: 'EUR',
      disbursements: [{ on: '2027-01-20', amount: 90_000_000 }],
    });
    const flags = await projectFlags(ctx.db, ctx.country, {
      projectIds: [ahead.id, inStep.id],
      today: TODAY,
    });
    const bySlug = new Map(flags.map((f) => [f.slug, f.flags]));
    expect(bySlug.get('drawn-ahead')).toEqual([
      expect.objectContaining({
        kind: 'disbursement-ahead',
        currency: 'JPY',
        drawnPercent: 80,
        physicalPercent: 20,
        gapPoints: 60,
      }),
    ]);
    expect(bySlug.get('drawn-in-step')).toEqual([]);
  });

  it('fires the cost and schedule flags against the latest completed study, not an ongoing one', async () => {
    const over = await buildProject(ctx, { slug: 'over-study', titleEn: 'Over the study' });
    await setPlan(ctx.db, over.id, {
      budget: { amount: 1_500_000, currency: 'USD' },
      plannedStart: '2021-01-01',
      plannedEnd: '2025-01-01',
    });
    await insertStudy(ctx.db, over.id, {
      costEstimate: 900_000,
      currency: 'USD',
      durationMonths: 24,
      completedOn: '2017-05-01',
    });
    await insertStudy(ctx.db, over.id, {
      costEstimate: 1_000_000,
      currency: 'USD',
      durationMonths: 30,
      completedOn: '2019-05-01',
    });
    // An ongoing study (no completion date) is not what the budget is held against.
    await insertStudy(ctx.db, over.id, {
      costEstimate: 10,
      currency: 'USD',
      durationMonths: 1,
      completedOn: null,
    });
    await insertReport(ctx.db, over.id, { ...reported, physical: 50, financial: 50 });
    const within = await buildProject(ctx, { slug: 'within-study', titleEn: 'Within the study' });
    await setPlan(ctx.db, within.id, {
      budget: { amount: 1_050_000, currency: 'USD' },
      plannedStart: '2021-01-01',
      plannedEnd: '2023-07-01',
    });
    await insertStudy(ctx.db, within.id, { costEstimate: 1_000_000, currency: 'USD', durationMonths: 30 });
    await insertReport(ctx.db, within.id, { ...reported, physical: 50, financial: 50 });
    const flags = await projectFlags(ctx.db, ctx.country, { projectIds: [over.id, within.id], today: TODAY });
    const bySlug = new Map(flags.map((f) => [f.slug, f.flags]));
    expect(bySlug.get('over-study')).toEqual([
      expect.objectContaining({
        kind: 'cost-overrun',
        budget: 1_500_000,
        estimate: 1_000_000,
        overrunPercent: 50,
      }),
      expect.objectContaining({ kind: 'schedule-overrun', studyMonths: 30, plannedMonths: 48 }),
    ]);
    expect(bySlug.get('within-study')).toEqual([]);
  });

  it('fires the missing-report flag on a project in implementation that stopped reporting, not on one up to date', async () => {
    const silent = await buildProject(ctx, { slug: 'stopped-reporting', titleEn: 'Stopped reporting' });
    await setPlan(ctx.db, silent.id, { actualStart: '2022-04-01' });
    await insertReport(ctx.db, silent.id, {
      periodStart: '2025-01-01',
      periodEnd: '2025-03-31',
      physical: 10,
      financial: 10,
    });
    const upToDate = await buildProject(ctx, { slug: 'up-to-date', titleEn: 'Up to date' });
    await setPlan(ctx.db, upToDate.id, { actualStart: '2022-04-01' });
    await insertReport(ctx.db, upToDate.id, { ...reported, physical: 10, financial: 10 });
    const done = await buildProject(ctx, {
      slug: 'finished-works',
      titleEn: 'Finished',
      stage: 'completion',
    });
    const flags = await projectFlags(ctx.db, ctx.country, {
      projectIds: [silent.id, upToDate.id, done.id],
      today: TODAY,
    });
    const bySlug = new Map(flags.map((f) => [f.slug, f.flags]));
    expect(bySlug.get('stopped-reporting')).toEqual([
      expect.objectContaining({ kind: 'report-missing', periodEnd: period.end, lastReported: '2025-03-31' }),
    ]);
    expect(bySlug.get('up-to-date')).toEqual([]);
    expect(bySlug.get('finished-works')).toEqual([]);
  });
});

describe('the pages', () => {
  it('explains each flag in words with its figures and threshold, on /projects/flags and on the project', async () => {
    const list = await app.inject({ url: '/projects/flags?lang=en' });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('<h1>Project flags</h1>');
    expect(list.body).toContain('href="/projects/drawn-ahead"');
    expect(list.body).toContain(
      `80% of the project’s JPY loans has been drawn, but the latest progress report puts the works at 20%: 60 percentage points behind. A gap of ${limits.disbursementAheadPoints} points or more is flagged once at least ${limits.disbursementMinimumPercent}% is drawn.`,
    );
    expect(list.body).toContain('Source of the thresholds:');
    const page = await app.inject({ url: '/projects/drawn-ahead?lang=en' });
    expect(page.body).toContain('<h2 id="project-flags">Flags</h2>');
    expect(page.body).toContain('Disbursement ahead of progress');
    // Right after the project's summary, before its timeline.
    expect(page.body.indexOf('id="project-flags"')).toBeLessThan(page.body.indexOf('id="timeline"'));
    const quietPage = await app.inject({ url: '/projects/drawn-in-step?lang=mn' });
    expect(quietPage.statusCode).toBe(200);
    expect(quietPage.body).not.toContain('id="project-flags"');
  });
});
