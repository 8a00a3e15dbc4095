import fs from 'node:fs/promises';
import path from 'node:path';
import { systemActor } from '../../../platform/auth/actor.ts';
import type { ImporterDeclaration, ImportReport } from '../../../platform/module.ts';
import { type ImportOutcome, importActionPlan, lineOf } from './import-plan.ts';

/** An import's outcome as the `shilen import` frame reports it: counts, problems and what to review. */
export function toImportReport(outcome: ImportOutcome): ImportReport {
  if (!outcome.ok)
    return {
      added: 0,
      changed: 0,
      unchanged: 0,
      problems: outcome.problems.map(lineOf).map((p) => ({ where: `line ${p.line}`, message: p.message })),
      notes: [],
    };
  const summary = outcome.value;
  const items = summary.counts.priorities + summary.counts.commitments + summary.counts.milestones;
  return {
    added: summary.result === 'added' ? items : 0,
    changed: summary.result === 'replaced' ? items : 0,
    unchanged: summary.result === 'unchanged' ? items : 0,
    problems: [],
    notes: [
      ...summary.unplaced.map((u) => ({
        where: `line ${u.line}`,
        message: `not placed: "${u.text}" (${u.reason})`,
      })),
      ...summary.unmatched.map((u) => ({
        where: `line ${u.line}`,
        message: `organisation not in the registry: "${u.text}"`,
      })),
      ...summary.warnings.map((w) => ({ where: `line ${w.line}`, message: w.message })),
    ],
  };
}

/** `shilen import action-plan FILE`: the plan document as a draft, for review on the site. */
export const actionPlanImporter: ImporterDeclaration = {
  name: 'action-plan',
  description: {
    mn: 'Үйл ажиллагааны төлөвлөгөөг баримт бичгээс (PDF-ээс хөрвүүлсэн хүснэгт) ноорог болгон оруулна',
    en: 'An action plan from its document (a table converted from PDF), as a draft for review',
  },
  async run(ctx, file, { dryRun, onProgress }) {
    const bytes = new Uint8Array(await fs.readFile(file));
    const outcome = await importActionPlan(
      ctx,
      systemActor('cli'),
      { bytes, name: path.basename(file) },
      { dryRun },
    );
    const counts = outcome.ok ? outcome.value.counts : undefined;
    const items = counts ? counts.priorities + counts.commitments + counts.milestones : 0;
    onProgress?.(items, items);
    return toImportReport(outcome);
  },
};
