import type { Queryable } from '../../platform/db/database.ts';
import { type Project, projectFunding, projectPlaces, projectRevisions } from './queries.ts';

/** The API's view of a project: both languages side by side, links absolute. */
export function presentProject(r: Project, publicUrl: string) {
  return {
    slug: r.slug,
    title: { mn: r.titleMn, en: r.titleEn },
    description: { mn: r.descriptionMn, en: r.descriptionEn },
    sector: r.sector,
    projectType: r.projectType,
    stage: r.stage,
    status: r.status,
    budget:
      r.budgetAmount && r.budgetCurrency
        ? { amount: r.budgetAmount, currency: r.budgetCurrency, approvedOn: r.budgetApprovedOn }
        : null,
    plannedStart: r.plannedStart,
    plannedEnd: r.plannedEnd,
    actualStart: r.actualStart,
    actualEnd: r.actualEnd,
    adminUnit: r.adminUnitCode
      ? { code: r.adminUnitCode, name: { mn: r.unitNameMn ?? '', en: r.unitNameEn ?? r.unitNameMn ?? '' } }
      : null,
    organization: { slug: r.organization, name: { mn: r.organizationNameMn, en: r.organizationNameEn } },
    supervisingOrganization: r.supervisingOrganization
      ? { slug: r.supervisingOrganization, name: { mn: r.supervisingNameMn!, en: r.supervisingNameEn! } }
      : null,
    createdAt: new Date(r.createdAt).toISOString(),
    updatedAt: new Date(r.updatedAt).toISOString(),
    url: `${publicUrl}/projects/${r.slug}`,
  };
}

/** One project with its places, funding and revisions. */
export async function presentProjectDetail(db: Queryable, r: Project, publicUrl: string) {
  const [places, funding, revisions] = await Promise.all([
    projectPlaces(db, r.id),
    projectFunding(db, r.id),
    projectRevisions(db, r.id),
  ]);
  return {
    ...presentProject(r, publicUrl),
    locations: places.map((p) => ({
      geometry: p.geometry as { type: string; coordinates: unknown[] },
      adminUnit: p.adminUnitCode,
      description: { mn: p.descriptionMn, en: p.descriptionEn },
    })),
    funding: funding.map((f) => ({
      source: f.source,
      amount: f.amount,
      currency: f.currency,
      loan: f.loan,
      lender:
        f.lenderId === null
          ? null
          : { id: Number(f.lenderId), name: { mn: f.lenderNameMn, en: f.lenderNameEn } },
      budgetLineRef: f.budgetLineRef,
    })),
    revisions: revisions.map((v) => ({
      revisedOn: v.revisedOn,
      budgetAmount: v.budgetAmount,
      budgetCurrency: v.budgetCurrency,
      plannedStart: v.plannedStart,
      plannedEnd: v.plannedEnd,
      reason: { mn: v.reasonMn, en: v.reasonEn },
      decision: v.decision,
    })),
  };
}
