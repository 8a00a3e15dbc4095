import type { FeasibilityStudy } from './queries.ts';

/** The API's view of a study: both languages side by side. */
export function presentStudy(s: FeasibilityStudy) {
  return {
    id: s.id,
    project: s.projectSlug,
    title: { mn: s.titleMn, en: s.titleEn },
    summary: { mn: s.summaryMn, en: s.summaryEn },
    author: s.author,
    startedOn: s.startedOn,
    completedOn: s.completedOn,
    ongoing: s.completedOn === null,
    costEstimate: { amount: s.costEstimate, currency: s.costCurrency },
    durationMonths: s.durationMonths,
    expectedBenefits: { mn: s.expectedBenefitsMn, en: s.expectedBenefitsEn },
    economicIrr: s.economicIrr,
    benefitCostRatio: s.benefitCostRatio,
    updatedAt: new Date(s.updatedAt).toISOString(),
  };
}
