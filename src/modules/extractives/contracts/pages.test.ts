import { beforeAll, describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { apiTokenOf, signedInAs } from '../../../../test/support/actors.ts';
import { sql } from '../../../platform/db/sql.ts';
import { translator } from '../../../platform/i18n/index.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { buildHolder, buildLicence } from '../licences/test-support.ts';
import { extractivesModule } from '../module.ts';
import { contractsEntitySection } from './entity-section.ts';
import { makePdf } from './pdf-bytes.ts';
import { buildAnnotation, buildContract, buildEntity, publisher } from './test-support.ts';

const { app, ctx } = await createTestApp({
  modules: [...baseModules, legalEntitiesModule, extractivesModule],
});
const type = ctx.country.extractives.contractTypes[0]!.code;
let entity = 0;

beforeAll(async () => {
  await buildContract(ctx, {
    slug: 'copper-agreement',
    titleEn: 'Copper investment agreement',
    signedOn: '2009-10-06',
    termYears: 30,
    extensionYears: 20,
    company: 'Copper Mountain LLC',
    pages: [
      ['Article 1 Definitions'],
      null,
      ['Article 7 Royalties', 'The investor pays a royalty of five percent on sales.'],
    ],
  });
  entity = await buildEntity(ctx, 'Copper Mountain LLC');
  await buildAnnotation(ctx, 'copper-agreement', {
    category: 'royalties',
    page: 3,
    article: '7.1',
    summaryMn: 'Борлуулалтын 5 хувийн төлбөр.',
    summaryEn: 'A royalty of 5% of sales.',
  });
  await buildContract(ctx, {
    slug: 'oil-block',
    titleEn: 'Oil block contract',
    signedOn: '1993-06-01',
    resources: ['petroleum'],
  });
  await buildAnnotation(ctx, 'oil-block', {
    category: 'royalties',
    summaryMn: 'Тосны 10 хувь.',
    summaryEn: 'Ten percent of the oil.',
  });
});

describe('the list', () => {
  it('filters by resource, year and party, and searches the text with the page and snippet', async () => {
    const petroleum = await app.inject({ url: '/extractives/contracts?lang=en&resource=petroleum' });
    expect(petroleum.statusCode).toBe(200);
    expect(petroleum.body).toContain('href="/extractives/contracts/oil-block"');
    expect(petroleum.body).not.toContain('href="/extractives/contracts/copper-agreement"');
    const year = await app.inject({ url: '/extractives/contracts?lang=en&year=2009' });
    expect(year.body).toContain('1 contract');
    const party = await app.inject({ url: `/extractives/contracts?lang=en&party=entity:${entity}` });
    expect(party.body).toContain('href="/extractives/contracts/copper-agreement"');
    expect(party.body).not.toContain('href="/extractives/contracts/oil-block"');
    const found = await app.inject({ url: '/extractives/contracts?lang=en&q=royalty+sales' });
    expect(found.body).toContain('1 contract found');
    expect(found.body).toContain('<a href="/extractives/contracts/copper-agreement/pages/3">Page 3</a>');
    expect(found.body).toContain('<mark>royalty</mark>');
  });

  it('answers the API with the same filters and where each contract matched', async () => {
    const res = await app.inject({ url: '/api/v1/extractives/contracts?q=investor+pays' });
    expect(res.statusCode).toBe(200);
    const [item] = res.json().items;
    expect(item).toMatchObject({ slug: 'copper-agreement', match: { source: 'text', page: 3 } });
    expect(item.match.snippet).toContain('royalty of five percent on sales');
    const one = await app.inject({ url: '/api/v1/extractives/contracts/copper-agreement' });
    expect(one.json()).toMatchObject({
      termYears: 30,
      extensionYears: 20,
      documents: [{ pageCount: 3, pagesWithoutText: [2] }],
      annotations: [{ category: { code: 'royalties', cluster: 'fiscal' }, page: 3, article: '7.1' }],
    });
    expect((await app.inject({ url: '/api/v1/extractives/contracts/none-such' })).statusCode).toBe(404);
  });
});

describe('a contract’s pages', () => {
  it('links parties to the register, names scans, and groups annotations by cluster with page links', async () => {
    const res = await app.inject({ url: '/extractives/contracts/copper-agreement?lang=en' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`<a href="/legal-entities/${entity}">Copper Mountain LLC</a>`);
    expect(res.body).toContain(`href="/organizations/${ctx.country.extractives.contractsPublisherSlug}"`);
    expect(res.body).toContain('1 page is a scan without text: 2.');
    expect(res.body).toContain('30 years, which may be extended by 20 years');
    // Its change history: added, then changed when its document came (the dataset's versions).
    expect(res.body).toContain('<h2>Change history</h2>');
    expect(res.body).toMatch(/<td[^>]*>Added<\/td>/);
    expect(res.body).toContain(
      'href="/api/v1/datasets/extractives-contracts/records/copper-agreement/versions"',
    );
    expect(res.body).toMatch(/<h3>Fiscal<\/h3><h4 id="category-royalties">Royalties<\/h4>/);
    expect(res.body).toContain(
      '<a href="/extractives/contracts/copper-agreement/pages/3">Page 3</a> · article 7.1',
    );
    const scan = await app.inject({ url: '/extractives/contracts/copper-agreement/pages/2?lang=en' });
    expect(scan.body).toContain('Page 2 is a scan without text');
    const text = await app.inject({ url: '/extractives/contracts/copper-agreement/pages/3?lang=en' });
    expect(text.body).toContain('<p>The investor pays a royalty of five percent on sales.</p>');
    expect((await app.inject({ url: '/extractives/contracts/copper-agreement/pages/9' })).statusCode).toBe(
      404,
    );
  });

  it('gives the entity’s page its contracts, linked', async () => {
    const section = await contractsEntitySection(ctx, { id: entity, family: [entity] }, translator('en'));
    expect(section).toMatchObject({
      id: 'extractives-contracts',
      count: 1,
      href: `/extractives/contracts?party=entity:${entity}`,
    });
    expect(section?.html.toString()).toContain(
      '<a href="/extractives/contracts/copper-agreement">Copper investment agreement</a>',
    );
    expect(await contractsEntitySection(ctx, { id: 0, family: [0] }, translator('en'))).toBeNull();
  });

  it('gives a licence holder the contracts that cover its licences, though it is no party to them', async () => {
    const holder = await buildHolder(ctx.db, { name: 'Block Holder LLC' });
    const licence = await buildLicence(ctx.db, { holders: [{ entityId: holder.id, share: 100 }] });
    await ctx.db.query(sql`insert into extractive_contract_licences (contract_id, licence_id)
      select id, ${licence.id} from extractive_contracts where slug = 'oil-block'`);
    const section = await contractsEntitySection(
      ctx,
      { id: holder.id, family: [holder.id] },
      translator('en'),
    );
    expect(section?.count).toBe(1);
    expect(section?.html.toString()).toContain(
      '<a href="/extractives/contracts/oil-block">Oil block contract</a>',
    );
  });

  it('gives the annotations as CSV and compares one category across contracts', async () => {
    const csv = await app.inject({ url: '/extractives/contracts/copper-agreement/annotations.csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    const [header, row] = csv.body.trim().split('\n');
    expect(header).toBe(
      'id,contract,contract_type,page,article,category,summary_mn,summary_en,author,created_at',
    );
    expect(row).toContain(',copper-agreement,');
    expect(row).toContain('A royalty of 5% of sales.');
    const compare = await app.inject({ url: '/extractives/contracts/compare?lang=en&category=royalties' });
    expect(compare.statusCode).toBe(200);
    const oil = compare.body.indexOf('Oil block contract');
    const copper = compare.body.indexOf('Copper investment agreement');
    expect(oil).toBeGreaterThan(0);
    expect(copper).toBeGreaterThan(oil);
    const unknown = await app.inject({ url: '/extractives/contracts/compare?lang=en&category=nonsense' });
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).not.toContain('<table');
  });
});

describe('the publisher’s forms and API', () => {
  it('adds a contract, refuses a file that is not a PDF naming the contract and field, then takes a PDF and an annotation', async () => {
    const { slug } = await publisher(ctx);
    const client = await signedInAs(app, ctx, { role: 'organization-publisher', organization: slug });
    await client.get('/extractives/contracts/new?lang=en');
    const made = await client.submit('/extractives/contracts/new', {
      slug: 'stability-one',
      contractType: type,
      titleMn: 'Тогтворжуулалт',
      titleEn: 'Stability one',
      signedOn: '2001-03-01',
      resources: 'mineral',
      parties: `organization:${slug}\nentity:${entity}`,
    });
    expect(made.statusCode).toBe(303);
    expect(made.headers.location).toBe('/extractives/contracts/stability-one');
    await client.get('/extractives/contracts/stability-one/documents/new?lang=en');
    const refused = await client.upload(
      '/extractives/contracts/stability-one/documents/new',
      { titleMn: 'Эх', titleEn: 'Text' },
      { document: { name: 'scan.pdf', content: 'this is not a pdf', type: 'application/pdf' } },
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain(
      '<a href="#document">The file “scan.pdf” for contract “stability-one” is not a PDF; nothing was stored</a>',
    );
    const docs = await ctx.db.query(
      sql`select 1 from extractive_contract_documents d join extractive_contracts c on c.id = d.contract_id where c.slug = 'stability-one'`,
    );
    expect(docs).toEqual([]);
    const pdf = await makePdf([['Article 4 Stabilisation of taxes for ten years']]);
    const uploaded = await client.upload(
      '/extractives/contracts/stability-one/documents/new',
      { titleMn: 'Эх', titleEn: 'Text' },
      { document: { name: 'stability.pdf', content: pdf, type: 'application/pdf' } },
    );
    expect(uploaded.statusCode).toBe(303);
    await client.get('/extractives/contracts/stability-one/annotations/new?lang=en');
    const annotated = await client.submit('/extractives/contracts/stability-one/annotations/new', {
      category: 'stabilisation',
      page: '1',
      article: '4',
      summaryMn: 'Татварын хувь 10 жил тогтвортой.',
      summaryEn: 'Tax rates are fixed for ten years.',
    });
    expect(annotated.statusCode).toBe(303);
    const page = await app.inject({ url: '/extractives/contracts/stability-one/pages/1?lang=en' });
    expect(page.body).toContain('Tax rates are fixed for ten years.');
  });

  it('adds by the API with a token, 422 naming the field; a citizen is refused', async () => {
    const { slug, id } = await publisher(ctx);
    const client = await signedInAs(app, ctx, { role: 'organization-publisher', organization: slug });
    const token = await apiTokenOf(ctx, client.userId, ['extractives.contracts.write'], {
      organizationId: id,
    });
    const post = (payload: object) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/extractives/contracts',
        headers: { authorization: `Bearer ${token}` },
        payload,
      });
    const made = await post({
      slug: 'api-made',
      contractType: type,
      titleMn: 'АПИ',
      titleEn: 'API',
      parties: [`organization:${slug}`, `entity:${entity}`],
    });
    expect(made.statusCode).toBe(201);
    expect(made.headers.location).toBe('http://shilen.test/api/v1/extractives/contracts/api-made');
    const bad = await post({
      slug: 'api-bad',
      contractType: type,
      titleMn: 'А',
      titleEn: 'A',
      parties: ['entity:0'],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'body.parties',
      'body.parties',
    ]);
    const other = ctx.country.organizations.find((o) => o.slug !== slug)!.slug;
    const stranger = await signedInAs(app, ctx, { role: 'organization-publisher', organization: other });
    await stranger.get('/extractives/contracts/copper-agreement/annotations/new?lang=en');
    const before = await ctx.db.query(sql`select count(*)::int as n from extractive_contract_annotations`);
    const theirs = await stranger.submit('/extractives/contracts/copper-agreement/annotations/new', {
      category: 'royalties',
      summaryMn: 'Өөр',
      summaryEn: 'Other',
    });
    expect(theirs.statusCode).toBe(403);
    expect(await ctx.db.query(sql`select count(*)::int as n from extractive_contract_annotations`)).toEqual(
      before,
    );
    const citizen = await signedInAs(app, ctx);
    expect((await citizen.get('/extractives/contracts/new')).statusCode).toBe(403);
  });
});
