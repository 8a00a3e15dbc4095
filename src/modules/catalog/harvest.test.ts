import n3 from 'n3';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import {
  catalogTurtleQuads,
  DCAT,
  DCAT_AP_TERMS,
  DCT,
  dcatTermsUsed,
  declaredDatasetIds,
  POD_NON_FEDERAL_REQUIRED,
  quadsOfJsonLd,
  RDF_TYPE,
} from './test-support.ts';

// The comparison with the official DCAT-AP shapes and context and the Project Open Data schema is
// in harvest.conformance.test.ts (`npm run test:conformance`).
const { app } = await createTestApp();

describe('DCAT-AP catalogue', () => {
  it('says the same graph in JSON-LD and in Turtle', async () => {
    const ld = await app.inject({ url: '/catalog.jsonld' });
    expect(ld.statusCode).toBe(200);
    expect(ld.headers['content-type']).toContain('application/ld+json');
    const ttl = await app.inject({ url: '/catalog.ttl' });
    expect(ttl.headers['content-type']).toContain('text/turtle');
    const fromTurtle = new n3.Parser({ format: 'Turtle' }).parse(ttl.body);
    const fromJsonLd = await quadsOfJsonLd(ld.json());
    expect(fromTurtle.length).toBeGreaterThan(100);
    expect(fromJsonLd.length).toBe(fromTurtle.length);
    const ground = (quads: n3.Quad[]) =>
      quads
        .filter((q) => q.subject.termType === 'NamedNode' && q.object.termType !== 'BlankNode')
        .map(
          (q) =>
            `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}@${(q.object as n3.Literal).language ?? ''}`,
        )
        .sort();
    expect(ground(fromJsonLd)).toEqual(ground(fromTurtle));
  });

  it('describes each dataset as DCAT-AP asks: texts in both languages, publisher, themes, licence, coverage, distributions', async () => {
    const store = new n3.Store(new n3.Parser().parse((await app.inject({ url: '/catalog.ttl' })).body));
    const one = (s: string | n3.Term, p: string) => store.getObjects(s, p, null);
    const catalogs = store.getSubjects(RDF_TYPE, `${DCAT}Catalog`, null);
    expect(catalogs).toHaveLength(1);
    const dataset = 'http://shilen.test/datasets/organizations';
    expect(one(catalogs[0]!, `${DCAT}dataset`).map((t) => t.value)).toContain(dataset);
    expect(one(dataset, RDF_TYPE).map((t) => t.value)).toContain(`${DCAT}Dataset`);
    const titles = one(dataset, `${DCT}title`) as n3.Literal[];
    expect(titles.map((t) => `${t.language}:${t.value}`).sort()).toEqual([
      'en:Public bodies',
      'mn:Төрийн байгууллагууд',
    ]);
    expect((one(dataset, `${DCT}description`) as n3.Literal[]).map((t) => t.language).sort()).toEqual([
      'en',
      'mn',
    ]);
    const publisher = one(dataset, `${DCT}publisher`)[0]!;
    expect(publisher.value).toBe('http://shilen.test/organizations/cabinet-secretariat');
    expect(one(publisher, RDF_TYPE).map((t) => t.value)).toContain('http://xmlns.com/foaf/0.1/Agent');
    expect(one(dataset, `${DCAT}theme`).map((t) => t.value)).toContain(
      'http://publications.europa.eu/resource/authority/data-theme/GOVE',
    );
    expect(one(dataset, `${DCAT}keyword`).length).toBe(8);
    const authority = 'http://publications.europa.eu/resource/authority';
    for (const [predicate, value] of [
      ['license', `${authority}/licence/CC_BY_4_0`],
      ['accrualPeriodicity', `${authority}/frequency/IRREG`],
      ['spatial', `${authority}/country/MNG`],
    ] as const)
      expect(one(dataset, `${DCT}${predicate}`)[0]?.value, predicate).toBe(value);
    expect((one(dataset, `${DCT}modified`)[0] as n3.Literal).datatype.value).toBe(
      'http://www.w3.org/2001/XMLSchema#dateTime',
    );
    const distributions = one(dataset, `${DCAT}distribution`);
    expect(distributions.length).toBeGreaterThanOrEqual(7);
    for (const d of distributions) expect(one(d, `${DCAT}accessURL`)).toHaveLength(1);
    const csv = distributions.find((d) => d.value.endsWith('#distribution-csv'))!;
    for (const [predicate, value] of [
      [`${DCAT}downloadURL`, 'http://shilen.test/datasets/organizations/download.csv'],
      [`${DCT}format`, `${authority}/file-type/CSV`],
      [`${DCAT}mediaType`, 'https://www.iana.org/assignments/media-types/text/csv'],
    ] as const)
      expect(one(csv, predicate)[0]?.value, predicate).toBe(value);
    const api = distributions.find((d) => d.value.endsWith('#distribution-api'))!;
    expect(one(api, `${DCAT}accessService`)[0]?.value).toBe('http://shilen.test/api/v1');
  });

  it('uses only DCAT terms of the DCAT-AP 3 vocabulary, and gives every dataset and distribution what DCAT-AP requires', async () => {
    const quads = await catalogTurtleQuads(app);
    const used = dcatTermsUsed(quads);
    expect(used.size).toBeGreaterThan(10);
    for (const iri of used) expect(DCAT_AP_TERMS, iri).toContain(iri);

    // The mandatory members: a catalogue's title, description, publisher and datasets; each dataset's
    // title and description (in both languages here); each distribution's access URL.
    const store = new n3.Store(quads);
    const of = (s: n3.Term, p: string) => store.getObjects(s, p, null);
    const [catalog] = store.getSubjects(RDF_TYPE, `${DCAT}Catalog`, null);
    for (const p of [`${DCT}title`, `${DCT}description`, `${DCT}publisher`, `${DCAT}dataset`])
      expect(of(catalog!, p).length, p).toBeGreaterThan(0);
    const datasets = store.getSubjects(RDF_TYPE, `${DCAT}Dataset`, null);
    expect(datasets.map((d) => d.value).sort()).toEqual(
      (await declaredDatasetIds(app)).map((id) => `http://shilen.test/datasets/${id}`).sort(),
    );
    for (const dataset of datasets) {
      for (const p of [`${DCT}title`, `${DCT}description`])
        expect(
          (of(dataset, p) as n3.Literal[]).map((t) => t.language).sort(),
          `${dataset.value} ${p}`,
        ).toEqual(['en', 'mn']);
      for (const d of of(dataset, `${DCAT}distribution`))
        expect(of(d, `${DCAT}accessURL`), d.value).toHaveLength(1);
    }
  });
});

describe('Project Open Data data.json', () => {
  const required = POD_NON_FEDERAL_REQUIRED;

  it('lists every dataset with the members the v1.1 non-federal profile requires', async () => {
    const res = await app.inject({ url: '/data.json' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      '@type': 'dcat:Catalog',
      conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
    });
    expect(body.dataset.map((d: { identifier: string }) => d.identifier).sort()).toEqual(
      (await declaredDatasetIds(app)).map((id) => `http://shilen.test/datasets/${id}`).sort(),
    );
    for (const d of body.dataset) {
      for (const member of required) expect(d[member], `${d.identifier} ${member}`).toBeDefined();
      // Every dataset has a date of its last change, an empty register too (its installation's).
      expect(d.modified, `${d.identifier} modified`).toMatch(/^\d{4}-/);
      expect(['public', 'restricted public', 'non-public']).toContain(d.accessLevel);
      expect(d.contactPoint.fn).toBeTruthy();
      expect(d.publisher.name).toBeTruthy();
      // Codes only US federal agencies have.
      expect(d.bureauCode).toBeUndefined();
      expect(d.programCode).toBeUndefined();
    }
    const dataset = body.dataset.find(
      (d: { identifier: string }) => d.identifier === 'http://shilen.test/datasets/organizations',
    );
    expect(dataset).toMatchObject({
      title: 'Public bodies',
      accessLevel: 'public',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      accrualPeriodicity: 'irregular',
      spatial: 'Mongolia',
    });
    expect(dataset.keyword.length).toBeGreaterThan(0);
    expect(dataset.modified).toMatch(/^\d{4}-/);
    for (const d of dataset.distribution)
      expect(d.downloadURL ?? d.accessURL).toMatch(/^http:\/\/shilen\.test\//);
  });

  it('speaks Mongolian on ?lang=mn, with the same datasets', async () => {
    const en = (await app.inject({ url: '/data.json' })).json();
    const mn = (await app.inject({ url: '/data.json?lang=mn' })).json();
    const titles = (body: { dataset: { identifier: string; title: string }[] }) =>
      Object.fromEntries(body.dataset.map((d) => [d.identifier, d.title]));
    expect(Object.keys(titles(mn))).toEqual(Object.keys(titles(en)));
    expect(titles(mn)['http://shilen.test/datasets/organizations']).toBe('Төрийн байгууллагууд');
    for (const d of mn.dataset) for (const member of required) expect(d[member], member).toBeDefined();
  });
});
