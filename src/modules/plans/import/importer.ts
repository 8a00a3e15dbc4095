import fs from 'node:fs/promises';
import path from 'node:path';
import { systemActor } from '../../../platform/auth/actor.ts';
import type { ImporterDeclaration, ImportReport } from '../../../platform/module.ts';
import { type ImportOutcome, importActionPlan } from './import-plan.ts';

/** An import's outcome as the `shilen import` frame reports it: counts, problems and what to review. */
export function toImportReport(outcome: ImportOutcome): ImportReport {
  const items = outcome.counts.priorities + outcome.counts.commitments + outcome.counts.milestones;
  return {
    added: outcome.result === 'added' ? items : 0,
    changed: outcome.result === 'replaced' ? items : 0,
    unchanged: outcome.result === 'unchanged' ? items : 0,
    problems: outcome.problems.map((p) => ({ where: `line ${p.line}`, message: p.message })),
    notes: [
      ...outcome.unplaced.map((u) => ({
        where: `line ${u.line}`,
        message: `not placed: "${u.text}" (${u.reason})`,
      })),
      ...outcome.unmatched.map((u) => ({
        where: `line ${u.line}`,
        message: `organisation not in the registry: "${u.text}"`,
      })),
      ...outcome.warnings.map((w) => ({ where: `line ${w.line}`, message: w.message })),
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
    const items = outcome.counts.priorities + outcome.counts.commitments + outcome.counts.milestones;
    onProgress?.(items, items);
    return toImportReport(outcome);
  },
};
