import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../platform/db/sql.ts';
import { buildProject } from '../test-support.ts';
import { recordDisbursement } from './parts.ts';
import { findLoan } from './queries.ts';
import { lenderEntitySection } from './sections.ts';
import { loansTestApp } from './test-support.ts';
import { createLoan } from './write-loan.ts';

// The loans' pages, their CSV, the API's reads and writes and the forms (the commands themselves:
// loans.test.ts).
const { app, ctx, actor, meta, organization, firstLender, yenLoan } = await loansTestApp();

/**
 * The loans the pages show, written by the commands: `jpy-annuity` (the hand-computed annuity),
 * `drawn` (the same terms, 400,000 yen drawn on 5 March 2020 at the rate set on the 4th),
 * `linked` (to a project, from a lender of the register by entity id) and two more of the pack's
 * first lender, so that it has more than three loans.
 */
beforeAll(async () => {
  const project = await buildProject(ctx, { organization });
  const [entity] = await ctx.db.query<{ id: number }>(
    sql`select id from legal_entities where scheme = 'XM-DAC' order by id limit 1`,
  );
  for (const input of [
    yenLoan({ slug: 'jpy-annuity' }),
    yenLoan({ slug: 'drawn' }),
    yenLoan({ slug: 'linked', project: project.slug, lender: String(entity!.id) }),
    yenLoan(),
    yenLoan(),
  ])
    expect((await createLoan(ctx, actor, input, meta())).ok).toBe(true);
  const drawing = { disbursedOn: '2020-03-05', amount: '400000' };
  expect((await recordDisbursement(ctx, actor, 'drawn', drawing, meta())).ok).toBe(true);
});

describe('the pages and the API', () => {
  it('shows a loan’s terms, disbursements, schedule table and chart, and serves its schedule as CSV', async () => {
    const page = await app.inject({ method: 'GET', url: '/projects/loans/drawn?lang=en' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('2% a year, fixed');
    expect(page.body).toContain('3 years');
    expect(page.body).toContain('1 year');
    expect(page.body).toContain('25.6 (set');
    expect(page.body).toMatch(/JPY\s246,281/);
    expect(page.body).toContain('<svg');
    expect(page.body).toContain('/projects/loans/drawn/schedule.csv');
    const csv = await app.inject({ method: 'GET', url: '/projects/loans/drawn/schedule.csv' });
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe(
      'instalment,loan,seq,due_on,principal,interest,outstanding,currency,basis,organization,project',
    );
    expect(lines[3]).toContain('drawn:3,drawn,3,2021-07-15,246281.00,10000.00,753719.00,JPY,computed');
    expect((await app.inject({ method: 'GET', url: '/projects/loans/nothing' })).statusCode).toBe(404);
  });

  it('lists loans with their filters and shows the lender with its loans side by side', async () => {
    const loan = (await findLoan(ctx.db, 'drawn'))!;
    const list = await app.inject({
      method: 'GET',
      url: `/projects/loans?lang=en&currency=JPY&lender=${loan.lenderEntityId}`,
    });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('/projects/loans/drawn');
    const none = await app.inject({ method: 'GET', url: '/projects/loans?lang=en&kind=grant' });
    expect(none.body).not.toContain('/projects/loans/drawn"');
    const lender = await app.inject({
      method: 'GET',
      url: `/projects/lenders/${loan.lenderEntityId}?lang=en`,
    });
    expect(lender.statusCode).toBe(200);
    expect(lender.body).toContain(firstLender.name.en);
    expect(lender.body).toContain('Terms side by side');
    expect((await app.inject({ method: 'GET', url: '/projects/lenders?lang=en' })).body).toContain(
      `/projects/lenders/${loan.lenderEntityId}`,
    );
  });

  it('gives a loan with its schedule through the API, and refuses bad input with a 422 naming the field', async () => {
    const one = await app.inject({ method: 'GET', url: '/api/v1/projects/loans/jpy-annuity' });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ graceMonths: 12, maturityMonths: 36, currency: 'JPY' });
    expect(one.json().schedule).toHaveLength(6);
    const { signedInAs, apiTokenOf } = await import('../../../../test/support/actors.ts');
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization });
    const token = await apiTokenOf(ctx, publisher.userId, ['projects.loans.write']);
    const post = (body: object) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/projects/loans',
        headers: { authorization: `Bearer ${token}` },
        payload: body,
      });
    const bad = await post(yenLoan({ slug: 'api-bad', graceMonths: '40' }));
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.graceMonths']);
    expect(await findLoan(ctx.db, 'api-bad')).toBeUndefined();
    const good = await post(yenLoan({ slug: 'api-good' }));
    expect(good.statusCode).toBe(201);
    const other = ctx.country.organizations[1]!.slug;
    expect((await post(yenLoan({ slug: 'api-other', organization: other }))).statusCode).toBe(403);
    const drawn = await app.inject({
      method: 'POST',
      url: '/api/v1/projects/loans/api-good/disbursements',
      headers: { authorization: `Bearer ${token}` },
      payload: { disbursedOn: '2020-03-05', amount: '2000000' },
    });
    expect(drawn.statusCode).toBe(422);
    expect(drawn.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.amount']);
  });
});

describe('the loans on the project’s and the lender’s pages', () => {
  it('lists a project’s loans with the share drawn', async () => {
    const loan = (await findLoan(ctx.db, 'linked'))!;
    await recordDisbursement(ctx, actor, 'linked', { disbursedOn: '2020-03-02', amount: '250000' }, meta());
    const page = await app.inject({ method: 'GET', url: `/projects/${loan.project}?lang=en` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('/projects/loans/linked');
    expect(page.body).toMatch(/Drawn: JPY\s250,000 of JPY\s1,000,000 \(25%\)/);
  });

  it('gives the lender’s legal-entity page its loans', async () => {
    const loan = (await findLoan(ctx.db, 'drawn'))!;
    const { translator } = await import('../../../platform/i18n/index.ts');
    const section = await lenderEntitySection(
      ctx,
      { id: loan.lenderEntityId, family: [loan.lenderEntityId] },
      translator('en'),
    );
    expect(section?.count).toBeGreaterThan(3);
    expect(section?.data.map((d) => d.slug)).toContain('drawn');
    expect(String(section?.html)).toContain('/projects/loans/drawn');
    expect(await lenderEntitySection(ctx, { id: 0, family: [0] }, translator('en'))).toBeNull();
  });
});

describe('the forms', () => {
  it('records a loan and a disbursement through the forms, and shows what is wrong without storing it', async () => {
    const { signedInAs } = await import('../../../../test/support/actors.ts');
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization });
    const form = await publisher.get('/projects/loans/new?lang=en');
    expect(form.statusCode).toBe(200);
    const fields = Object.fromEntries(
      Object.entries(yenLoan({ slug: 'by-form' })).map(([k, v]) => [k, String(v ?? '')]),
    );
    const bad = await publisher.submit('/projects/loans/new?lang=en', { ...fields, graceMonths: '36' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('The grace period must be shorter than the maturity');
    expect(await findLoan(ctx.db, 'by-form')).toBeUndefined();
    const made = await publisher.submit('/projects/loans/new?lang=en', fields);
    expect(made.statusCode).toBe(303);
    expect(made.headers.location).toBe('/projects/loans/by-form');
    const page = await publisher.get('/projects/loans/by-form?lang=en');
    expect(page.body).toContain('/projects/loans/by-form/disbursements/new');
    await publisher.get('/projects/loans/by-form/disbursements/new?lang=en');
    const over = await publisher.submit('/projects/loans/by-form/disbursements/new?lang=en', {
      disbursedOn: '2020-03-05',
      amount: '1000001',
    });
    expect(over.statusCode).toBe(422);
    expect(over.body).toContain('This would disburse more than the loan’s');
    const drawn = await publisher.submit('/projects/loans/by-form/disbursements/new?lang=en', {
      disbursedOn: '2020-03-05',
      amount: '1000',
    });
    expect(drawn.statusCode).toBe(303);
    expect((await findLoan(ctx.db, 'by-form'))!.disbursed).toBe('1000.00');
    const edit = await publisher.get('/projects/loans/by-form/edit?lang=en');
    expect(edit.body).toContain('value="1000000.00"');
  });
});
