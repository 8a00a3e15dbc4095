import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { toNationalCurrency } from '../../platform/exchange-rates.ts';
import { addNames, claimKey, entityKey, resolveEntities } from '../../platform/legal-entities/index.ts';
import type { ModuleContext, ShilenModule } from '../../platform/module.ts';
import { checkTerm, recordTerm } from '../../platform/officials.ts';
import { minorUnits } from './codes.ts';
import { procurementProcesses } from './contracts/procurement.ts';
import type { DemoLender, DemoLoan, DemoPlace, DemoProgress, DemoProject } from './demo/shared.ts';
import {
  DEMO_CONTRACT_CONDITIONS,
  DEMO_LOANS,
  DEMO_PEOPLE,
  DEMO_PROJECTS,
  DEMO_TODAY,
  REPORTING_OFFICER,
} from './demo-data.ts';
import { addMonths, computeSchedule, fromUnits, toUnits } from './loans/schedule.ts';

/**
 * The projects register's demo (data in `demo/`, one file a loan family, listed by
 * `demo-data.ts`): the real loans with their published terms, their projects, studies, quarterly reports, milestones, disbursements and the
 * repayments already due, the boards, and the fictional projects; links to a few processes of the
 * procurement demo (read through the procurement module's manifest). Written with SQL into the
 * register's tables in one transaction, into an empty register only; schedules computed by
 * `loans/schedule.ts`, tögrög amounts at the platform's rates on each date. Deterministic.
 */

const DAY = 86_400_000;
const days = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** The value of a piecewise-linear curve (points by date) on a date, flat before and after. */
export function onCurve(
  points: readonly (readonly [string, ...number[]])[],
  date: string,
  index = 1,
): number {
  const value = (p: readonly [string, ...number[]]) => p[index] as number;
  const first = points[0]!;
  if (date <= first[0]) return value(first);
  for (let i = 1; i < points.length; i += 1) {
    const [a, b] = [points[i - 1]!, points[i]!];
    if (date <= b[0]) {
      const share = (days(date) - days(a[0])) / (days(b[0]) - days(a[0]));
      return value(a) + (value(b) - value(a)) * share;
    }
  }
  return value(points.at(-1)!);
}

/** Quarter-end dates from `first` to `last` (both included), stepped from `first`. */
export function quarterEnds(first: string, last: string): string[] {
  const out: string[] = [];
  for (let k = 0; ; k += 1) {
    const date = addMonths(first, 3 * k);
    if (date >= last) break;
    out.push(date);
  }
  out.push(last);
  return out;
}

/** A loan's drawings: quarterly amounts (in its currency) that bring the drawn share along its curve. */
export function drawings(
  loan: Pick<DemoLoan, 'amount' | 'currency' | 'draws'>,
): { on: string; amount: string }[] {
  const scale = minorUnits(loan.currency);
  const amount = toUnits(loan.amount, scale);
  const out: { on: string; amount: string }[] = [];
  let drawn = 0n;
  for (const on of quarterEnds(loan.draws[0]![0], loan.draws.at(-1)![0])) {
    const share = BigInt(Math.round(onCurve(loan.draws, on) * 100));
    const target = (amount * share) / 10_000n;
    if (target > drawn) out.push({ on, amount: fromUnits(target - drawn, scale) });
    drawn = target > drawn ? target : drawn;
  }
  return out;
}

/** A project's quarterly reports: period, physical and financial percent along its curve. */
export function reportsOf(progress: DemoProgress): {
  periodStart: string;
  periodEnd: string;
  reportedOn: string;
  physical: number;
  financial: number;
}[] {
  return quarterEnds(progress.firstQuarterEnd, progress.lastQuarterEnd).map((end) => ({
    periodStart: isoDay(days(addMonths(end, -3)) + 1),
    periodEnd: end,
    reportedOn: isoDay(days(end) + 20),
    physical: Math.round(onCurve(progress.points, end, 1) * 100) / 100,
    financial: Math.round(onCurve(progress.points, end, 2) * 100) / 100,
  }));
}

function box(place: DemoPlace): [number, number, number, number] {
  const g = place.geometry;
  const positions =
    g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? g.coordinates : g.coordinates.flat();
  const lons = positions.map((p) => p[0]);
  const lats = positions.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

const PEOPLE_SOURCE = 'Demo data: invented people / Жишээ өгөгдөл: зохиомол хүмүүс';

/** The pack's lenders the demo names, as entities of the register (found, or added as the register does). */
async function lenderEntities(tx: Queryable, ctx: ModuleContext): Promise<Map<string, number>> {
  const wanted = (l: DemoLender) => ('iatiRef' in l ? l.iatiRef : l.nameEn);
  const keys = new Set(DEMO_LOANS.map((loan) => wanted(loan.lender)));
  const lenders = ctx.country.projects.lenders.filter((l) => keys.has(l.iatiRef ?? l.name.en));
  const claims = lenders.map((l) => ({
    scheme: l.registration?.scheme ?? null,
    identifier: l.registration?.identifier ?? null,
    name: l.name.mn,
    kind: l.kind === 'multilateral' ? ('international-organisation' as const) : ('other' as const),
  }));
  const ids = await resolveEntities(tx, claims, { source: 'projects:demo' }, ctx.country.legalEntities);
  const out = new Map<string, number>();
  lenders.forEach((l, i) => {
    const id = ids.get(entityKey(claimKey(claims[i]!, ctx.country.legalEntities)));
    if (id !== undefined) out.set(l.iatiRef ?? l.name.en, id);
  });
  await addNames(
    tx,
    lenders.flatMap((l) => {
      const id = out.get(l.iatiRef ?? l.name.en);
      return id === undefined ? [] : [{ entityId: id, names: [l.name.mn, l.name.en] }];
    }),
    ctx.country.legalEntities,
  );
  return out;
}

/** The invented people in their posts (officials register), by slug. */
async function people(tx: Queryable, orgs: Map<string, number>): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const person of DEMO_PEOPLE) {
    const organizationId = orgs.get(person.organization);
    if (organizationId === undefined) continue;
    const { values, problems } = checkTerm({
      slug: person.slug,
      nameMn: person.name.mn,
      nameEn: person.name.en,
      postMn: person.post.mn,
      postEn: person.post.en,
      startsOn: person.startsOn,
      source: PEOPLE_SOURCE,
    });
    if (problems.length > 0) throw new Error(`demo person ${person.slug}: ${JSON.stringify(problems)}`);
    const recorded = await recordTerm(tx, organizationId, values, 'demo', new Date());
    if (recorded.ok) out.set(person.slug, recorded.value.officialId);
    else {
      const [row] = await tx.query<{ id: number }>(sql`select id from officials where slug = ${person.slug}`);
      if (row) out.set(person.slug, Number(row.id));
    }
  }
  return out;
}

async function insertProject(
  tx: Queryable,
  p: DemoProject,
  orgs: Map<string, number>,
  officials: Map<string, number>,
  made: Record<string, number>,
): Promise<number> {
  const [row] = await tx.query<{ id: number }>(sql`
    insert into projects (organization_id, supervising_organization_id, slug, title_mn, title_en,
      description_mn, description_en, sector, project_type, stage, status, budget_amount, budget_currency,
      budget_approved_on, planned_start, planned_end, actual_start, actual_end, admin_unit_code)
    values (${orgs.get(p.organization)}, ${p.supervising ? (orgs.get(p.supervising) ?? null) : null}, ${p.slug},
      ${p.title.mn}, ${p.title.en}, ${p.description.mn}, ${p.description.en}, ${p.sector}, ${p.type}, ${p.stage},
      ${p.status}, ${p.budget.amount}, ${p.budget.currency}, ${p.budget.approvedOn}, ${p.plannedStart},
      ${p.plannedEnd}, ${p.actualStart ?? null}, ${p.actualEnd ?? null}, ${p.unit})
    returning id`);
  const id = Number(row!.id);
  for (const place of p.places) {
    const [minLon, minLat, maxLon, maxLat] = box(place);
    await tx.query(sql`
      insert into project_locations (project_id, geometry, min_lon, min_lat, max_lon, max_lat, admin_unit_code,
        description_mn, description_en)
      values (${id}, ${JSON.stringify(place.geometry)}::jsonb, ${minLon}, ${minLat}, ${maxLon}, ${maxLat},
        ${place.unit}, ${place.description.mn}, ${place.description.en})`);
    made.locations! += 1;
  }
  for (const r of p.revisions) {
    await tx.query(sql`
      insert into project_revisions (project_id, revised_on, budget_amount, budget_currency, planned_start,
        planned_end, reason_mn, reason_en, decision)
      values (${id}, ${r.on}, ${r.budget?.amount ?? null}, ${r.budget?.currency ?? null}, ${r.plannedStart ?? null},
        ${r.plannedEnd ?? null}, ${r.reason.mn}, ${r.reason.en}, ${r.decision ?? null})`);
    made.revisions! += 1;
  }
  for (const s of p.studies) {
    await tx.query(sql`
      insert into project_feasibility_studies (project_id, title_mn, title_en, summary_mn, summary_en, author,
        started_on, completed_on, cost_estimate, cost_currency, duration_months, expected_benefits_mn,
        expected_benefits_en, economic_irr, benefit_cost_ratio)
      values (${id}, ${s.title.mn}, ${s.title.en}, ${s.summary.mn}, ${s.summary.en}, ${s.author}, ${s.startedOn},
        ${s.completedOn ?? null}, ${s.cost.amount}, ${s.cost.currency}, ${s.durationMonths ?? null},
        ${s.benefits.mn}, ${s.benefits.en}, ${s.economicIrr ?? null}, ${s.benefitCostRatio ?? null})`);
    made.feasibilityStudies! += 1;
  }
  const reports: { id: number; periodStart: string; periodEnd: string }[] = [];
  if (p.progress) {
    const officer = officials.get(REPORTING_OFFICER[p.slug] ?? '') ?? null;
    const scale = minorUnits(p.budget.currency);
    const budget = toUnits(p.budget.amount, scale);
    for (const r of reportsOf(p.progress)) {
      const spent = fromUnits((budget * BigInt(Math.round(r.financial * 100))) / 10_000n, scale);
      const issues = p.progress.issues?.[r.periodEnd];
      const [report] = await tx.query<{ id: number }>(sql`
        insert into project_progress_reports (project_id, period_start, period_end, reported_on, physical_percent,
          physical_basis_mn, physical_basis_en, financial_percent, financial_basis_mn, financial_basis_en,
          spent_amount, spent_currency, issues_mn, issues_en, officer_id)
        values (${id}, ${r.periodStart}, ${r.periodEnd}, ${r.reportedOn}, ${r.physical},
          ${p.progress.physicalBasis.mn}, ${p.progress.physicalBasis.en}, ${r.financial},
          ${p.progress.financialBasis.mn}, ${p.progress.financialBasis.en}, ${spent}, ${p.budget.currency},
          ${issues?.mn ?? null}, ${issues?.en ?? null}, ${officer})
        returning id`);
      reports.push({ id: Number(report!.id), periodStart: r.periodStart, periodEnd: r.periodEnd });
      made.progressReports! += 1;
    }
  }
  for (const m of p.milestones) {
    const report = m.completedOn
      ? reports.find((r) => r.periodStart <= m.completedOn! && m.completedOn! <= r.periodEnd)
      : undefined;
    await tx.query(sql`
      insert into project_milestones (project_id, title_mn, title_en, due_on, completed_on, report_id)
      values (${id}, ${m.title.mn}, ${m.title.en}, ${m.dueOn}, ${m.completedOn ?? null}, ${report?.id ?? null})`);
    made.milestones! += 1;
  }
  for (const d of p.documents) {
    await tx.query(sql`
      insert into project_documents (project_id, kind, title_mn, title_en, url, published_on)
      values (${id}, ${d.kind}, ${d.title.mn}, ${d.title.en}, ${d.url}, ${d.publishedOn})`);
    made.documents! += 1;
  }
  return id;
}

/** The rate on a date and the tögrög amount, or an error: the demo's dates are within the demo rates. */
async function inTogrog(tx: Queryable, ctx: ModuleContext, amount: string, currency: string, on: string) {
  const converted = await toNationalCurrency(tx, ctx.country, amount, currency, on);
  if (!converted) throw new Error(`demo: no ${currency} rate on ${on}`);
  return converted;
}

async function insertLoan(
  tx: Queryable,
  ctx: ModuleContext,
  loan: DemoLoan,
  ids: { project: number | null; organization: number; lender: number },
  officials: Map<string, number>,
  made: Record<string, number>,
): Promise<number> {
  const fixed = loan.rate.kind === 'fixed' ? loan.rate.percent : null;
  const variable = loan.rate.kind === 'variable' ? loan.rate : null;
  const [row] = await tx.query<{ id: number }>(sql`
    insert into project_loans (slug, project_id, organization_id, kind, lender_entity_id, title_mn, title_en,
      agreement_number, agreement_on, effective_on, closing_on, amount, currency, concessional, tied_status,
      rate_kind, fixed_rate, base_rate_name, margin, maturity_months, grace_months, repayment_method,
      payments_per_year, conditions_mn, conditions_en)
    values (${loan.slug}, ${ids.project}, ${ids.organization}, ${loan.kind}, ${ids.lender}, ${loan.title.mn},
      ${loan.title.en}, ${loan.agreementNumber ?? null}, ${loan.agreementOn}, ${loan.effectiveOn ?? null},
      ${loan.closingOn ?? null}, ${loan.amount}, ${loan.currency}, ${loan.concessional}, ${loan.tiedStatus ?? null},
      ${loan.rate.kind}, ${fixed}, ${variable?.baseName ?? null}, ${variable?.margin ?? null}, ${loan.maturityMonths},
      ${loan.graceMonths}, ${loan.method}, ${loan.paymentsPerYear}, ${loan.conditions.mn}, ${loan.conditions.en})
    returning id`);
  const id = Number(row!.id);
  made.loans! += 1;
  for (const [start, end, rate] of loan.baseRates ?? [])
    await tx.query(sql`insert into project_loan_base_rates (loan_id, period_start, period_end, rate)
      values (${id}, ${start}, ${end}, ${rate})`);
  for (const fee of loan.fees) {
    await tx.query(sql`insert into project_loan_fees (loan_id, kind, rate, note_mn, note_en)
      values (${id}, ${fee.kind}, ${fee.rate}, ${fee.note.mn}, ${fee.note.en})`);
    made.fees! += 1;
  }
  const baseRates = loan.baseRates ?? [];
  const schedule = computeSchedule({
    amount: loan.amount,
    currency: loan.currency,
    start: loan.effectiveOn ?? loan.agreementOn,
    maturityMonths: loan.maturityMonths,
    graceMonths: loan.graceMonths,
    paymentsPerYear: loan.paymentsPerYear,
    method: loan.method,
    rateFor: (periodStart) => {
      if (loan.rate.kind === 'fixed') return loan.rate.percent;
      const base =
        baseRates.find(([start, end]) => start <= periodStart && periodStart < end) ??
        [...baseRates].reverse().find(([start]) => start <= periodStart) ??
        baseRates[0];
      return (base?.[2] ?? 0) + loan.rate.margin;
    },
  });
  made.scheduleRows! += await tx.copyInto(
    'project_loan_schedule',
    ['loan_id', 'seq', 'due_on', 'principal', 'interest', 'outstanding', 'basis'],
    schedule.map((s) => [id, s.seq, s.dueOn, s.principal, s.interest, s.outstanding, 'computed']),
  );
  for (const draw of drawings(loan)) {
    const mnt = await inTogrog(tx, ctx, draw.amount, loan.currency, draw.on);
    await tx.query(sql`
      insert into project_loan_disbursements (loan_id, disbursed_on, amount, rate, rate_set_on, amount_mnt)
      values (${id}, ${draw.on}, ${draw.amount}, ${mnt.rate.perUnit}, ${mnt.rate.setOn}, ${mnt.amount})`);
    made.disbursements! += 1;
  }
  // Repayments already due, paid on the day; those before the demo rates begin are not recorded.
  for (const due of schedule.filter((s) => s.dueOn <= DEMO_TODAY)) {
    const total = fromUnits(
      toUnits(due.principal, minorUnits(loan.currency)) + toUnits(due.interest, minorUnits(loan.currency)),
      minorUnits(loan.currency),
    );
    const converted = await toNationalCurrency(tx, ctx.country, total, loan.currency, due.dueOn);
    if (!converted) continue;
    await tx.query(sql`
      insert into project_loan_repayments (loan_id, paid_on, principal, interest, rate, rate_set_on, amount_mnt)
      values (${id}, ${due.dueOn}, ${due.principal}, ${due.interest}, ${converted.rate.perUnit},
        ${converted.rate.setOn}, ${converted.amount})`);
    made.repayments! += 1;
  }
  for (const member of loan.board) {
    const official = officials.get(member.person);
    if (official === undefined) continue;
    await tx.query(sql`
      insert into project_loan_board_members (loan_id, official_id, role_mn, role_en, starts_on, ends_on)
      values (${id}, ${official}, ${member.role.mn}, ${member.role.en}, ${member.startsOn}, ${member.endsOn ?? null})`);
    made.boardMembers! += 1;
  }
  return id;
}

export async function loadProjectsDemo(
  ctx: ModuleContext,
  modules: readonly ShilenModule[] = [],
): Promise<Record<string, number>> {
  const [any] = await ctx.db.query(sql`select 1 from projects limit 1`);
  if (any) return {};
  const made: Record<string, number> = {
    projects: 0,
    locations: 0,
    revisions: 0,
    feasibilityStudies: 0,
    progressReports: 0,
    milestones: 0,
    documents: 0,
    funding: 0,
    loans: 0,
    fees: 0,
    scheduleRows: 0,
    disbursements: 0,
    repayments: 0,
    boardMembers: 0,
    contracts: 0,
  };
  const processes = await procurementProcesses(ctx, modules);
  await ctx.db.transaction(async (tx) => {
    const slugs = [
      ...new Set([
        ...DEMO_PROJECTS.flatMap((p) => [p.organization, p.supervising ?? p.organization]),
        ...DEMO_LOANS.map((l) => l.organization),
        ...DEMO_PEOPLE.map((p) => p.organization),
      ]),
    ];
    const orgs = new Map(
      (
        await tx.query<{ id: number; slug: string }>(
          sql`select id, slug from organizations where slug = any(${slugs}::text[])`,
        )
      ).map((o) => [o.slug, Number(o.id)]),
    );
    const lenders = await lenderEntities(tx, ctx);
    const officials = await people(tx, orgs);
    const projectIds = new Map<string, number>();
    for (const project of DEMO_PROJECTS) {
      if (!orgs.has(project.organization)) continue;
      projectIds.set(project.slug, await insertProject(tx, project, orgs, officials, made));
      made.projects! += 1;
    }
    const loanIds = new Map<string, number>();
    for (const loan of DEMO_LOANS) {
      const lender = lenders.get('iatiRef' in loan.lender ? loan.lender.iatiRef : loan.lender.nameEn);
      const organization = orgs.get(loan.organization);
      const project = loan.project === null ? null : projectIds.get(loan.project);
      if (lender === undefined || organization === undefined || project === undefined) continue;
      loanIds.set(
        loan.slug,
        await insertLoan(tx, ctx, loan, { project, organization, lender }, officials, made),
      );
    }
    for (const project of DEMO_PROJECTS) {
      const projectId = projectIds.get(project.slug);
      if (projectId === undefined) continue;
      for (const f of project.funding) {
        const loanId = f.loan ? loanIds.get(f.loan) : null;
        if (loanId === undefined) continue;
        await tx.query(sql`
          insert into project_funding (project_id, source, amount, currency, loan_id, description_mn, description_en)
          values (${projectId}, ${f.source}, ${f.amount}, ${f.currency}, ${loanId}, ${f.description?.mn ?? null},
            ${f.description?.en ?? null})`);
        made.funding! += 1;
      }
      // A few works of the procurement demo linked by OCID, each once, with the project's first loan.
      const loanId =
        project.funding.map((f) => (f.loan ? loanIds.get(f.loan) : undefined)).find((l) => l) ?? null;
      for (const subject of project.contractSubjects ?? []) {
        const process = processes.find((p) => p.title?.includes(subject) && !p.taken);
        if (!process) continue;
        process.taken = true;
        await tx.query(sql`
          insert into project_contracts (project_id, ocid, loan_id, general_conditions_mn, general_conditions_en)
          values (${projectId}, ${process.ocid}, ${loanId}, ${DEMO_CONTRACT_CONDITIONS.mn},
            ${DEMO_CONTRACT_CONDITIONS.en})`);
        made.contracts! += 1;
      }
    }
  });
  return made;
}
