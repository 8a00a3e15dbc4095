import type { CountryPack } from '../../../country/index.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { entityKey, resolveEntities } from '../../../platform/legal-entities/index.ts';
import { computeSchedule } from '../loans/schedule.ts';

/**
 * A register for the standards' tests, written straight into the module's tables (the commands
 * that write them are built beside this one): an airport project in implementation financed by a
 * fixed-rate yen loan and a variable-rate dollar loan, with places, a feasibility study, three
 * quarterly reports, milestones, documents, a procurement process, disbursements and a repayment;
 * a grant to the same project; budget support with no project; and a road project in preparation
 * with nothing else. The terms are those of the public record (JICA's airport loan: 0.2%, 40 years
 * with 10 of grace); the rest is made up for the tests.
 */
export interface StandardsFixture {
  projects: { airport: string; road: string };
  loans: { yen: string; dollar: string; grant: string; support: string };
}

let counter = 0;

async function lenderIds(
  db: Queryable,
  country: CountryPack,
): Promise<{ jica: number; adb: number; exim: number }> {
  const claims = [
    { scheme: 'XM-DAC', identifier: '701-8', name: 'Japan International Cooperation Agency (JICA)' },
    { scheme: 'XM-DAC', identifier: '46004', name: 'Asian Development Bank' },
    { scheme: null, identifier: null, name: 'Export-Import Bank of China' },
  ];
  const ids = await resolveEntities(db, claims, { source: 'test:projects-standards' }, country.legalEntities);
  const [jica, adb] = claims.map((c) =>
    ids.get(entityKey({ scheme: c.scheme ?? '', identifier: c.identifier ?? '' })),
  );
  const [exim] = [...ids.entries()].filter(([key]) => key.startsWith('unidentified:')).map(([, id]) => id);
  if (jica === undefined || adb === undefined || exim === undefined)
    throw new Error('the lenders were not registered');
  return { jica, adb, exim };
}

const one = async (db: Queryable, query: ReturnType<typeof sql>) => {
  const [row] = await db.query<{ id: number }>(query);
  if (!row) throw new Error('nothing inserted');
  return row.id;
};

export async function buildStandardsFixture(db: Queryable, country: CountryPack): Promise<StandardsFixture> {
  counter += 1;
  const n = counter;
  const { jica, adb, exim } = await lenderIds(db, country);
  const [org] = await db.query<{ id: number }>(
    sql`select id from organizations where slug = ${country.projects.publisherSlug}`,
  );
  const [other] = await db.query<{ id: number }>(
    sql`select id from organizations where slug <> ${country.projects.publisherSlug} order by id limit 1`,
  );
  if (!org || !other) throw new Error('the organisations of the pack are not seeded');

  const airport = `airport-${n}`;
  const road = `road-${n}`;
  const airportId = await one(
    db,
    sql`insert into projects (organization_id, supervising_organization_id, slug, title_mn, title_en, description_mn,
      description_en, sector, project_type, stage, status, budget_amount, budget_currency, budget_approved_on,
      planned_start, planned_end, actual_start, updated_at)
    values (${other.id}, ${org.id}, ${airport}, 'Улаанбаатарын шинэ олон улсын нисэх буудал',
      'New Ulaanbaatar International Airport', 'Хөшигийн хөндийд шинэ нисэх буудал барих төсөл <& "туршилт">',
      'A new international airport in the Khushig valley <& "test">', 'transport.air', 'construction',
      'implementation', 'active', 65657000000, 'JPY', '2008-05-01', '2012-04-01', '2017-06-30', '2013-05-01',
      '2026-11-30T08:00:00Z') returning id`,
  );
  await one(
    db,
    sql`insert into projects (organization_id, slug, title_mn, title_en, description_mn, description_en, sector, stage)
    values (${other.id}, ${road}, 'Баруун бүсийн авто зам', 'Western regional road', 'Ховд, Баян-Өлгийг холбох зам',
      'The road through Khovd and Bayan-Ölgii', 'transport.road', 'preparation') returning id`,
  );
  await db.query(sql`insert into project_locations (project_id, geometry, min_lon, min_lat, max_lon, max_lat, description_mn, description_en)
    values (${airportId}, ${JSON.stringify({ type: 'Point', coordinates: [106.8197, 47.6469] })}::jsonb, 106.8197, 47.6469, 106.8197, 47.6469,
      'Хөшигийн хөндий, Төв аймаг', 'Khushig valley, Töv'),
    (${airportId}, ${JSON.stringify({
      type: 'LineString',
      coordinates: [
        [106.9, 47.9],
        [106.82, 47.65],
      ],
    })}::jsonb, 106.82, 47.65, 106.9, 47.9,
      null, null)`);
  const studyId = await one(
    db,
    sql`insert into project_feasibility_studies (project_id, title_mn, title_en, summary_mn, summary_en, author,
      started_on, completed_on, cost_estimate, cost_currency, duration_months, expected_benefits_mn, expected_benefits_en)
    values (${airportId}, 'Техник эдийн засгийн үндэслэл', 'Feasibility study', 'Хураангуй', 'Summary',
      'Japan Airport Consultants', '2006-01-10', '2007-06-30', 60000000000, 'JPY', 60, 'Үр ашиг', 'Benefits')
    returning id`,
  );
  const reports: number[] = [];
  for (const [start, end, physical, financial] of [
    ['2026-01-01', '2026-03-31', '40', '35'],
    ['2026-04-01', '2026-06-30', '52.5', '48'],
    ['2026-07-01', '2026-09-30', '61', '60.25'],
  ] as const)
    reports.push(
      await one(
        db,
        sql`insert into project_progress_reports (project_id, period_start, period_end, reported_on, physical_percent,
          physical_basis_mn, physical_basis_en, financial_percent, financial_basis_mn, financial_basis_en)
        values (${airportId}, ${start}, ${end}, ${end}, ${physical}, 'Батлагдсан ажлын тоо хэмжээ',
          'The approved bill of quantities', ${financial}, 'Батлагдсан төсөв', 'The approved budget') returning id`,
      ),
    );
  await db.query(sql`insert into project_milestones (project_id, title_mn, title_en, due_on, completed_on, report_id)
    values (${airportId}, 'Хөөрөх зурвас', 'Runway', '2026-06-30', '2026-06-20', ${reports[1]}),
      (${airportId}, 'Терминал', 'Terminal', '2027-06-30', null, null)`);
  await db.query(sql`insert into project_documents (project_id, kind, study_id, report_id, title_mn, title_en, url, published_on)
    values (${airportId}, 'feasibilityStudy', ${studyId}, null, 'ТЭЗҮ', 'Feasibility study report', 'https://example.org/fs.pdf', '2007-07-01'),
      (${airportId}, 'photo', null, ${reports[2]}, 'Зураг', 'Photo of the terminal', 'https://example.org/photo.jpg', '2026-10-01'),
      (${airportId}, 'other', null, null, 'Бусад', 'Other', 'https://example.org/other.pdf', '2026-10-02')`);
  await db.query(
    sql`insert into project_contracts (project_id, ocid) values (${airportId}, ${`ocds-abc123-airport-${n}`})`,
  );

  const loan = (values: {
    slug: string;
    projectId: number | null;
    kind: 'loan' | 'grant';
    lender: number;
    amount: string;
    currency: string;
    rateKind?: 'fixed' | 'variable';
    fixedRate?: string;
    baseRateName?: string;
    margin?: string;
    maturity?: number;
    grace?: number;
    method?: 'annuity' | 'equal-principal' | 'lump-sum';
    perYear?: 1 | 2 | 4 | 12;
    agreementOn: string;
    conditions?: string;
  }) =>
    one(
      db,
      sql`insert into project_loans (slug, project_id, organization_id, kind, lender_entity_id, title_mn, title_en,
        agreement_on, effective_on, amount, currency, concessional, tied_status, rate_kind, fixed_rate, base_rate_name,
        margin, maturity_months, grace_months, repayment_method, payments_per_year, conditions_mn, conditions_en)
      values (${values.slug}, ${values.projectId}, ${org.id}, ${values.kind}, ${values.lender},
        ${`Зээл ${values.slug}`}, ${`Loan ${values.slug}`}, ${values.agreementOn}, ${values.agreementOn},
        ${values.amount}, ${values.currency}, ${values.kind === 'loan'}, ${values.kind === 'loan' ? 'tied' : null},
        ${values.rateKind ?? null}, ${values.fixedRate ?? null}, ${values.baseRateName ?? null}, ${values.margin ?? null},
        ${values.maturity ?? null}, ${values.grace ?? null}, ${values.method ?? null}, ${values.perYear ?? null},
        ${values.conditions ?? null}, ${values.conditions ? `${values.conditions} (en)` : null}) returning id`,
    );
  const schedule = async (id: number, terms: Parameters<typeof computeSchedule>[0]) => {
    for (const i of computeSchedule(terms))
      await db.query(sql`insert into project_loan_schedule (loan_id, seq, due_on, principal, interest, outstanding, basis)
        values (${id}, ${i.seq}, ${i.dueOn}, ${i.principal}, ${i.interest}, ${i.outstanding}, 'computed')`);
  };

  const yen = `jica-airport-${n}`;
  const yenId = await loan({
    slug: yen,
    projectId: airportId,
    kind: 'loan',
    lender: jica,
    amount: '28807000000',
    currency: 'JPY',
    rateKind: 'fixed',
    fixedRate: '0.2',
    maturity: 480,
    grace: 120,
    method: 'equal-principal',
    perYear: 2,
    agreementOn: '2008-05-01',
    conditions: 'Японд уясан худалдан авалт',
  });
  await schedule(yenId, {
    amount: '28807000000',
    currency: 'JPY',
    start: '2008-05-01',
    maturityMonths: 480,
    graceMonths: 120,
    paymentsPerYear: 2,
    method: 'equal-principal',
    rateFor: () => 0.2,
  });
  const dollar = `adb-airport-${n}`;
  const dollarId = await loan({
    slug: dollar,
    projectId: null,
    kind: 'loan',
    lender: adb,
    amount: '125000000',
    currency: 'USD',
    rateKind: 'variable',
    baseRateName: 'SOFR',
    margin: '0.5',
    maturity: 180,
    grace: 60,
    method: 'annuity',
    perYear: 2,
    agreementOn: '2014-06-15',
  });
  await db.query(sql`insert into project_funding (project_id, source, amount, currency, loan_id)
    values (${airportId}, 'foreign-loan', 125000000, 'USD', ${dollarId})`);
  await db.query(sql`insert into project_loan_base_rates (loan_id, period_start, period_end, rate)
    values (${dollarId}, '2014-06-15', '2020-06-15', 1.2), (${dollarId}, '2020-06-15', '2029-06-15', 5.3)`);
  await schedule(dollarId, {
    amount: '125000000',
    currency: 'USD',
    start: '2014-06-15',
    maturityMonths: 180,
    graceMonths: 60,
    paymentsPerYear: 2,
    method: 'annuity',
    rateFor: (from) => (from < '2020-06-15' ? 1.7 : 5.8),
  });
  const grant = `jica-grant-${n}`;
  await loan({
    slug: grant,
    projectId: airportId,
    kind: 'grant',
    lender: jica,
    amount: '500000000',
    currency: 'JPY',
    agreementOn: '2009-02-01',
  });
  const support = `exim-support-${n}`;
  await loan({
    slug: support,
    projectId: null,
    kind: 'loan',
    lender: exim,
    amount: '99900000',
    currency: 'USD',
    rateKind: 'fixed',
    fixedRate: '1.75',
    maturity: 300,
    grace: 108,
    method: 'equal-principal',
    perYear: 2,
    agreementOn: '2011-06-13',
  });

  await db.query(sql`insert into project_loan_disbursements (loan_id, disbursed_on, amount, rate, rate_set_on, amount_mnt)
    values (${yenId}, '2013-07-01', 5000000000, 12.5, '2013-07-01', 62500000000),
      (${yenId}, '2014-07-01', 8000000000, 16.1, '2014-07-01', 128800000000),
      (${dollarId}, '2015-01-10', 40000000, 1888.5, '2015-01-09', 75540000000)`);
  await db.query(sql`insert into project_loan_repayments (loan_id, paid_on, principal, interest, rate, rate_set_on, amount_mnt)
    values (${yenId}, '2018-11-01', 0, 13000000, 21.3, '2018-11-01', 276900000),
      (${dollarId}, '2020-01-15', 2500000, 680000, 2680, '2020-01-15', 8522400000)`);

  return { projects: { airport, road }, loans: { yen, dollar, grant, support } };
}
