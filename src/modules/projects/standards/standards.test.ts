import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/helpers.ts';
import { sql } from '../../../platform/db/sql.ts';
import { iatiActivity } from './iati.ts';
import { checkOc4idsPackage, checkOc4idsProject } from './oc4ids-schema.ts';
import { loanBundles, readLoans } from './rows.ts';
import { buildStandardsFixture, type StandardsFixture } from './test-support.ts';

type Json = Record<string, unknown>;

const { app, ctx } = await createTestApp();
const prefix = ctx.country.projects.identifiers.oc4idsPrefix;
const reportingRef = ctx.country.projects.identifiers.iatiReportingOrg.ref;

describe('with no project and no loan', () => {
  it('there is no bulk file to give (a package holds at least one project, an activities file one activity)', async () => {
    for (const url of ['/projects/oc4ids.json', '/projects/iati-activities.xml'])
      expect((await app.inject({ method: 'GET', url })).statusCode).toBe(404);
  });

  it('an unknown project or loan is not found', async () => {
    for (const url of ['/projects/no-such-project/oc4ids.json', '/projects/loans/no-such-loan/iati.xml'])
      expect((await app.inject({ method: 'GET', url })).statusCode).toBe(404);
  });
});

describe('the register in OC4IDS and IATI', () => {
  let fixture: StandardsFixture;
  beforeAll(async () => {
    fixture = await buildStandardsFixture(ctx.db, ctx.country);
  });
  const get = (url: string) => app.inject({ method: 'GET', url });

  it('serves one project’s package, checked by the own encoding, as a download', async () => {
    const response = await get(`/projects/${fixture.projects.airport}/oc4ids.json`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="${fixture.projects.airport}.oc4ids.json"`,
    );
    const document = response.json() as Json;
    expect(checkOc4idsPackage(document)).toBeNull();
    const project = (document.projects as Json[])[0] as Json;
    expect(project.id).toBe(`${prefix}-${fixture.projects.airport}`);
    expect(project.language).toBe('mn');
    expect(project.title_en).toBe('New Ulaanbaatar International Airport');
    expect(project.status).toBe('implementation');
    expect(project.sector).toEqual(['transport.air']);
  });

  it('puts every loan and grant of the project in budget.finance, the grace period written out', async () => {
    const document = (await get(`/projects/${fixture.projects.airport}/oc4ids.json`)).json() as Json;
    const project = (document.projects as Json[])[0] as Json;
    const finance = (project.budget as Json).finance as Json[];
    // The yen loan names the project; the dollar loan is one of its funding rows; the grant names it.
    expect(finance.map((f) => f.id)).toEqual([
      `loan-${fixture.loans.yen}`,
      `grant-${fixture.loans.grant}`,
      `loan-${fixture.loans.dollar}`,
    ]);
    const [yen, grant, dollar] = finance as [Json, Json, Json];
    expect(yen).toMatchObject({
      value: { amount: 28807000000, currency: 'JPY' },
      financingParty: { id: 'XM-DAC-701-8' },
      financingPartyType: 'bilateral',
      type: 'loan',
      concessional: true,
      period: { startDate: '2008-05-01T00:00:00Z', endDate: '2048-05-01T00:00:00Z' },
      // The first instalment that repays principal: 120 months of grace, then one half-year.
      paymentPeriod: { startDate: '2018-11-01T00:00:00Z', endDate: '2048-05-01T00:00:00Z' },
      paymentFrequency: 182.5,
      interestRate: { margin: 0.002, fixed: true },
    });
    expect(yen.description_en).toBe(
      'Grace period: 120 months, during which no principal is repaid; maturity: 480 months.',
    );
    expect(dollar.interestRate).toEqual({
      base: 'SOFR',
      margin: 0.005,
      fixed: false,
      notes: 'SOFR: 5.3% (the latest period recorded)',
    });
    expect(dollar.financingPartyType).toBe('multilateral');
    expect(grant).not.toHaveProperty('paymentPeriod');
    expect(grant).not.toHaveProperty('interestRate');
  });

  it('gives progress as metrics, reports and studies as documents, disbursements as transactions', async () => {
    const project = (
      (await get(`/projects/${fixture.projects.airport}/oc4ids.json`)).json().projects as Json[]
    )[0] as Json;
    const [physical, financial] = project.metrics as [Json, Json];
    expect(physical.id).toBe('physicalProgress');
    expect((physical.observations as Json[]).map((o) => o.measure)).toEqual([40, 52.5, 61]);
    expect((financial.observations as Json[]).map((o) => o.measure)).toEqual([35, 48, 60.25]);
    const types = (project.documents as Json[]).map((d) => d.documentType ?? null);
    expect(types).toEqual([
      'feasibilityStudy',
      'physicalProgressReport',
      'physicalProgressReport',
      'physicalProgressReport',
      'feasibilityStudy',
      'illustration',
      null,
    ]);
    expect((project.milestones as Json[]).map((m) => m.status)).toEqual(['met', 'scheduled']);
    expect((project.transactions as Json[]).map((t) => [t.date, t.value])).toEqual([
      ['2013-07-01T00:00:00Z', { amount: 5000000000, currency: 'JPY' }],
      ['2014-07-01T00:00:00Z', { amount: 8000000000, currency: 'JPY' }],
      ['2015-01-10T00:00:00Z', { amount: 40000000, currency: 'USD' }],
    ]);
    expect(project.contractingProcesses).toEqual([
      { id: expect.stringMatching(/^ocds-abc123-airport-/), summary: { ocid: expect.any(String) } },
    ]);
    const roles = Object.fromEntries((project.parties as Json[]).map((p) => [p.id, p.roles]));
    expect(roles['XM-DAC-701-8']).toEqual(['funder']);
    expect(roles['org-ministry-of-finance']).toEqual(['administrativeEntity', 'payee']);
  });

  it('streams every project in one package', async () => {
    const response = await get('/projects/oc4ids.json');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="projects.oc4ids.json"');
    const document = response.json() as Json;
    expect(checkOc4idsPackage(document)).toBeNull();
    expect((document.projects as Json[]).map((p) => p.id)).toEqual([
      `${prefix}-${fixture.projects.airport}`,
      `${prefix}-${fixture.projects.road}`,
    ]);
  });

  it('gives each loan and grant as an IATI activity, in the order of the schema', async () => {
    const response = await get(`/projects/loans/${fixture.loans.yen}/iati.xml`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/xml/);
    const xml = response.body;
    expect(xml).toContain(`<iati-identifier>${reportingRef}-${fixture.loans.yen}</iati-identifier>`);
    const order = [
      '<iati-identifier>',
      '<reporting-org ',
      '<title>',
      '<description type="1">',
      '<description type="4">',
      '<participating-org ref="XM-DAC-701-8" type="10" role="1">',
      '<activity-status code="2"/>',
      '<activity-date type="2" iso-date="2008-05-01"/>',
      '<recipient-country code="MN" percentage="100"/>',
      '<sector vocabulary="1" code="21050" percentage="100"/>',
      '<default-finance-type code="421"/>',
      '<default-tied-status code="4"/>',
      '<transaction>',
      '<conditions attached="1">',
      '<crs-add><loan-terms rate-1="0.2"><repayment-type code="1"/><repayment-plan code="2"/><commitment-date iso-date="2008-05-01"/><repayment-first-date iso-date="2018-11-01"/><repayment-final-date iso-date="2048-05-01"/></loan-terms>',
    ].map((part) => xml.indexOf(part));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect([...xml.matchAll(/<transaction-type code="(\d+)"\/>/g)].map((m) => m[1])).toEqual([
      '11',
      '3',
      '3',
      '5',
    ]);
    expect(xml).toContain(
      'Grace period: 120 months, during which no principal is repaid; maturity: 480 months.',
    );
    // Text is escaped.
    expect(xml).toContain('Khushig valley &lt;&amp; &quot;test&quot;&gt;');
  });

  it('says where a loan stands on a date: interest received that year, principal outstanding and in arrears', async () => {
    const [bundle] = await loanBundles(ctx.db, await readLoans(ctx.db, { slug: fixture.loans.yen }));
    const options = { pack: ctx.country.projects, country: 'MN', generatedAt: new Date() };
    const at = (asOf: string) =>
      iatiActivity(bundle!, { ...options, asOf }).match(/<loan-status[\s\S]*<\/loan-status>/)?.[0];
    // Before the first principal instalment (2018-11-01): nothing due, 13 bn drawn.
    expect(at('2018-06-30')).toBe(
      '<loan-status year="2018" currency="JPY" value-date="2018-06-30"><interest-received>0.00</interest-received><principal-outstanding>13000000000.00</principal-outstanding><principal-arrears>0.00</principal-arrears></loan-status>',
    );
    // After it: the interest paid that day received; its principal (28,807,000,000 / 60 instalments, to the yen) unpaid.
    expect(at('2018-12-31')).toBe(
      '<loan-status year="2018" currency="JPY" value-date="2018-12-31"><interest-received>13000000.00</interest-received><principal-outstanding>13000000000.00</principal-outstanding><principal-arrears>480116666.00</principal-arrears></loan-status>',
    );
  });

  it('a variable-rate loan gives its rate (base and margin) and the base rate; a grant has no loan terms', async () => {
    const dollar = (await get(`/projects/loans/${fixture.loans.dollar}/iati.xml`)).body;
    expect(dollar).toContain('<loan-terms rate-1="5.8" rate-2="5.3"><repayment-type code="2"/>');
    expect(dollar).toMatch(/<transaction-type code="6"\/>[\s\S]*<transaction-type code="5"\/>/);
    const grant = (await get(`/projects/loans/${fixture.loans.grant}/iati.xml`)).body;
    expect(grant).toContain('<default-finance-type code="110"/>');
    expect(grant).not.toContain('<crs-add>');
    // Budget support has no project: no sector, no implementing body; its status from its dates.
    const support = (await get(`/projects/loans/${fixture.loans.support}/iati.xml`)).body;
    expect(support).not.toContain('<sector ');
    expect(support).not.toContain('role="4"');
    expect(support).toContain('<activity-status code="2"/>');
  });

  it('streams every loan and grant in one activities file', async () => {
    const response = await get('/projects/iati-activities.xml');
    expect(response.statusCode).toBe(200);
    expect(
      response.body.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03"'),
    ).toBe(true);
    expect(
      [...response.body.matchAll(/<iati-identifier>([^<]+)<\/iati-identifier>/g)].map((m) => m[1]),
    ).toEqual(
      [fixture.loans.yen, fixture.loans.dollar, fixture.loans.grant, fixture.loans.support].map(
        (slug) => `${reportingRef}-${slug}`,
      ),
    );
    expect(response.body.endsWith('</iati-activities>\n')).toBe(true);
  });

  it('the project’s page links its OC4IDS package and its loans’ IATI activities, without JavaScript', async () => {
    const page = await get(`/projects/${fixture.projects.airport}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="/projects/${fixture.projects.airport}/oc4ids.json"`);
    for (const slug of [fixture.loans.yen, fixture.loans.grant, fixture.loans.dollar])
      expect(page.body).toContain(`href="/projects/loans/${slug}/iati.xml"`);
    expect(page.body).not.toContain(fixture.loans.support);
  });

  it('leaves out of the bulk file a project the own encoding refuses, and refuses to serve it alone', async () => {
    // A currency the OC4IDS codelist does not hold (the table only checks its shape).
    await ctx.db.query(
      sql`update projects set budget_amount = 10, budget_currency = 'XTX' where slug = ${fixture.projects.road}`,
    );
    try {
      const document = (await get('/projects/oc4ids.json')).json() as Json;
      expect((document.projects as Json[]).map((p) => p.id)).toEqual([
        `${prefix}-${fixture.projects.airport}`,
      ]);
      expect(checkOc4idsPackage(document)).toBeNull();
      expect((await get(`/projects/${fixture.projects.road}/oc4ids.json`)).statusCode).toBe(500);
      expect(checkOc4idsProject({ id: 'x', budget: { amount: { amount: 10, currency: 'XTX' } } })).toMatch(
        /currency/,
      );
    } finally {
      await ctx.db.query(
        sql`update projects set budget_amount = null, budget_currency = null where slug = ${fixture.projects.road}`,
      );
    }
  });
});
