import { describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { apiTokenOf, signedInAs } from '../../../../test/support/actors.ts';
import { sql } from '../../../platform/db/sql.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { BenefitsQueryError, benefitsCells } from '../benefits/aggregate.ts';
import { fiscalModule } from '../module.ts';
import { buildBenefits } from '../test-support.ts';

const { app, ctx } = await createTestApp({ modules: [...baseModules, legalEntitiesModule, fiscalModule] });
const pack = ctx.country.fiscal;
const minimum = pack.benefits.minimumCell;
// Before anything is reported: the page says so.
const empty = await app.inject({ url: '/fiscal/benefits?lang=en' });
// A small cell with figures found nowhere else, so that any leak of it shows.
await buildBenefits(ctx.db, [
  ['political', 'housing', minimum - 2, 7_777_777],
  ['political', 'long-service', 12, 12_000_000],
  ['administrative-executive', 'housing', 40, 80_000_000],
  ['administrative-executive', 'long-service', 55, 30_000_000],
]);
await buildBenefits(
  ctx.db,
  [
    ['political', 'housing', 9, 9_000_000],
    ['administrative-executive', 'housing', 20, 41_000_000],
  ],
  { body: 'ministry-of-finance' },
);

describe('the benefits page', () => {
  it('shows the aggregates, each suppressed cell said in words, and why, in both languages', async () => {
    const en = await app.inject({ url: '/fiscal/benefits?year=2025&lang=en' });
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('Social benefits of public servants');
    expect(en.body).toContain('Suppressed: protects another cell');
    expect(en.body).toContain('Why some cells are suppressed');
    expect(en.body).toContain('href="/fiscal/benefits.csv?year=2025"');
    expect(en.body).toContain('href="/fiscal/benefits?year=2025&amp;organization=ministry-of-health"');
    // The grand total is published: 3 + 12 + 40 + 55 + 9 + 20 recipients.
    expect(en.body).toContain(`<strong>Total</strong>`);
    expect(en.body).toContain(`>${minimum - 2 + 136}<`);
    const body = await app.inject({
      url: '/fiscal/benefits?year=2025&organization=ministry-of-health&lang=en',
    });
    expect(body.body).toContain(`Suppressed: fewer than ${minimum}`);
    const mn = await app.inject({ url: '/fiscal/benefits?year=2025&organization=ministry-of-health' });
    expect(mn.statusCode).toBe(200);
    expect(mn.body).toContain('Төрийн албан хаагчдын нийгмийн баталгаа');
    expect(mn.body).toContain(`Нууцалсан: ${minimum}-аас цөөн`);
    for (const page of [en, body, mn]) expect(page.body).not.toMatch(/[^\d,  ]7[,  ]?777[,  ]?777/);
  });

  it('says when nothing is reported for any year', () => {
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('No benefits have been reported yet.');
  });

  it('downloads the published table: suppressed cells empty with their flag', async () => {
    const res = await app.inject({ url: '/fiscal/benefits.csv?year=2025' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toBe('fiscal_year,organization,grade,benefit_type,recipients,amount_mnt,suppressed');
    expect(lines).toContain('2025,ministry-of-health,political,housing,,,small');
    expect(lines).toContain(`2025,total,total,total,${minimum - 2 + 136},${7_777_777 + 172_000_000},`);
    expect(res.body).not.toContain(',7777777');
    const flagged = lines.filter((l) => l.endsWith(',complementary'));
    expect(flagged.length).toBeGreaterThan(0);
    for (const line of flagged) expect(line).toMatch(/,,,complementary$/);
  });
});

describe('the benefits cube for the aggregate API', () => {
  it('answers drill-downs with the published cells only, each a cell of the page’s download', async () => {
    const csv = (await app.inject({ url: '/fiscal/benefits.csv?year=2025' })).body.trim().split('\n');
    const published = (org: string, grade: string, type: string) =>
      csv
        .find((l) => l.startsWith(`2025,${org},${grade},${type},`))
        ?.split(',')
        .slice(4);
    const byGrade = await benefitsCells(ctx.db, pack, {
      year: 2025,
      drilldown: ['grade'],
      cuts: { organization: ['ministry-of-health'] },
    });
    expect(byGrade.total_cell_count).toBe(pack.benefits.grades.length);
    expect(byGrade.cells.find((c) => c['grade.code'] === 'political')).toMatchObject({
      'grade.name_en': 'Political positions',
    });
    for (const cell of byGrade.cells)
      expect(
        [cell['recipients.sum'], cell['amount.sum'], cell.suppressed ?? ''].map((v) => String(v ?? '')),
      ).toEqual(published('ministry-of-health', String(cell['grade.code']), 'total'));
    expect(
      [byGrade.summary['recipients.sum'], byGrade.summary['amount.sum']].map((v) => String(v ?? '')),
    ).toEqual(published('ministry-of-health', 'total', 'total')?.slice(0, 2));
    const cells = await benefitsCells(ctx.db, pack, {
      year: 2025,
      drilldown: ['organization', 'grade', 'type'],
    });
    expect(cells.total_cell_count).toBe(2 * pack.benefits.grades.length * pack.benefits.types.length);
    const small = cells.cells.find(
      (c) =>
        c['organization.code'] === 'ministry-of-health' &&
        c['grade.code'] === 'political' &&
        c['type.code'] === 'housing',
    );
    expect(small).toMatchObject({ 'recipients.sum': null, 'amount.sum': null, suppressed: 'small' });
    expect(JSON.stringify(cells)).not.toContain('7777777');
    expect(cells.summary).toMatchObject({ 'recipients.sum': minimum - 2 + 136, suppressed: null });
  });

  it('refuses a sum the published table does not show, and an unknown dimension', async () => {
    await expect(
      benefitsCells(ctx.db, pack, {
        year: 2025,
        drilldown: ['grade'],
        cuts: { type: ['housing', 'long-service'] },
      }),
    ).rejects.toBeInstanceOf(BenefitsQueryError);
    await expect(
      benefitsCells(ctx.db, pack, { year: 2025, drilldown: ['person' as 'grade'] }),
    ).rejects.toThrow(/no dimension person/);
    // Several members of a drilled dimension: their cells, and a summary only where none is hidden.
    const two = await benefitsCells(ctx.db, pack, {
      year: 2025,
      drilldown: ['organization'],
      cuts: { organization: ['ministry-of-health', 'ministry-of-finance'] },
    });
    expect(two.cells).toHaveLength(2);
    const none = await benefitsCells(ctx.db, pack, { year: 2025, cuts: { organization: ['no-such-body'] } });
    expect(none).toMatchObject({ cells: [], summary: { 'recipients.sum': 0 } });
  });
});

describe('reporting a body’s benefit totals', async () => {
  const publisher = await signedInAs(app, ctx, {
    role: 'organization-publisher',
    organization: 'ministry-of-education-and-science',
  });
  const field = (m: string, g: string, t: string) => `${m}__${g}__${t}`;

  it('is for the body’s own publishers: another body is refused naming the field, nothing stored', async () => {
    expect((await app.inject({ url: '/fiscal/benefits/report' })).statusCode).toBe(303);
    const form = await publisher.get('/fiscal/benefits/report?lang=en');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<option value="ministry-of-education-and-science"');
    expect(form.body).not.toContain('<option value="ministry-of-health"');
    const foreign = await publisher.submit('/fiscal/benefits/report', {
      organization: 'ministry-of-health',
      year: '2025',
      [field('recipients', 'special', 'housing')]: '30',
      [field('amount', 'special', 'housing')]: '60000000',
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.body).toContain('href="#organization"');
  });

  it('names the cell in error, and saves a good report replacing the year’s figures', async () => {
    await publisher.get('/fiscal/benefits/report?lang=en');
    const bad = await publisher.submit('/fiscal/benefits/report?lang=en', {
      organization: 'ministry-of-education-and-science',
      year: '2025',
      [field('recipients', 'special', 'housing')]: '-4',
      [field('amount', 'support', 'education')]: '500000',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain(`href="#${field('recipients', 'special', 'housing')}"`);
    expect(bad.body).toContain(`href="#${field('amount', 'support', 'education')}"`);
    expect(bad.body).toContain('an amount with no recipients');
    await publisher.get('/fiscal/benefits/report');
    const good = await publisher.submit('/fiscal/benefits/report', {
      organization: 'ministry-of-education-and-science',
      year: '2025',
      [field('recipients', 'special', 'housing')]: '30',
      [field('amount', 'special', 'housing')]: '60 000 000',
      [field('recipients', 'support', 'education')]: '2',
      [field('amount', 'support', 'education')]: '900000.50',
    });
    expect(good.statusCode).toBe(303);
    expect(good.headers.location).toBe(
      '/fiscal/benefits?year=2025&organization=ministry-of-education-and-science',
    );
    const stored = await ctx.db.query<{ grade: string; recipients: number; amount: string }>(sql`
      select grade, recipients, amount_mnt::text as amount from fiscal_benefits b join organizations o on o.id = b.organization_id
      where o.slug = 'ministry-of-education-and-science' and fiscal_year = 2025 order by grade`);
    expect(stored).toEqual([
      { grade: 'special', recipients: 30, amount: '60000000.00' },
      { grade: 'support', recipients: 2, amount: '900000.50' },
    ]);
    const page = await app.inject({
      url: '/fiscal/benefits?year=2025&organization=ministry-of-education-and-science&lang=en',
    });
    expect(page.body).toContain(`Suppressed: fewer than ${minimum}`);
    expect(page.body).not.toContain('900,000.5');
  });

  it('has an API twin: 201, or 422 naming the field', async () => {
    const token = await apiTokenOf(ctx, publisher.userId, ['fiscal.publish']);
    const post = (grade: string, organization = 'ministry-of-education-and-science') =>
      app.inject({
        method: 'POST',
        url: '/api/v1/fiscal/benefits',
        headers: { authorization: `Bearer ${token}` },
        payload: {
          organization,
          year: 2024,
          cells: [{ grade, type: 'housing', recipients: 11, amount: 22_000_000 }],
        },
      });
    const created = await post('special');
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({
      organization: 'ministry-of-education-and-science',
      year: 2024,
      recipients: 11,
    });
    const foreign = await post('special', 'ministry-of-health');
    expect(foreign.statusCode).toBe(422);
    expect(JSON.stringify(foreign.json())).toContain('body.organization');
    const refused = await post('no-such-grade');
    expect(refused.statusCode).toBe(422);
    expect(JSON.stringify(refused.json())).toContain('body.cells');
  });
});
