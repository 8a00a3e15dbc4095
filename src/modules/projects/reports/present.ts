import type { Milestone } from './commands.ts';
import type { ProgressReport } from './queries.ts';

/** The API's view of a report: both languages side by side, links absolute. */
export function presentReport(r: ProgressReport, publicUrl: string) {
  return {
    id: r.id,
    project: r.projectSlug,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    reportedOn: r.reportedOn,
    physical: { percent: r.physicalPercent, basis: { mn: r.physicalBasisMn, en: r.physicalBasisEn } },
    financial: { percent: r.financialPercent, basis: { mn: r.financialBasisMn, en: r.financialBasisEn } },
    spent:
      r.spentAmount !== null && r.spentCurrency ? { amount: r.spentAmount, currency: r.spentCurrency } : null,
    issues: r.issuesMn ? { mn: r.issuesMn, en: r.issuesEn } : null,
    decreaseReason: r.decreaseReasonMn ? { mn: r.decreaseReasonMn, en: r.decreaseReasonEn } : null,
    officer: r.officerSlug
      ? {
          slug: r.officerSlug,
          name: { mn: r.officerNameMn ?? '', en: r.officerNameEn },
          url: `${publicUrl}/officials/${r.officerSlug}`,
        }
      : null,
    url: `${publicUrl}/projects/${r.projectSlug}/reports/${r.id}`,
  };
}

export function presentMilestone(m: Milestone) {
  return { id: m.id, title: { mn: m.titleMn, en: m.titleEn }, dueOn: m.dueOn, completedOn: m.completedOn };
}
