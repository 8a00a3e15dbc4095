import fs from 'node:fs';
import path from 'node:path';
import draft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import jsonld from 'jsonld';
import n3 from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';

const { app } = await createTestApp();
/** The official schemas and shapes, beside the clone (never copied into the repository). */
const standards = path.resolve(import.meta.dirname, '../../../../shared/standards');

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

async function quadsOfJsonLd(document: object): Promise<n3.Quad[]> {
  const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, {
    format: 'application/n-quads',
  })) as string;
  return new n3.Parser({ format: 'N-Quads' }).parse(nquads);
}

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
    expect(one(dataset, `${DCT}license`)[0]?.value).toBe(
      'http://publications.europa.eu/resource/authority/licence/CC_BY_4_0',
    );
    expect(one(dataset, `${DCT}accrualPeriodicity`)[0]?.value).toBe(
      'http://publications.europa.eu/resource/authority/frequency/IRREG',
    );
    expect(one(dataset, `${DCT}spatial`)[0]?.value).toBe(
      'http://publications.europa.eu/resource/authority/country/MNG',
    );
    expect((one(dataset, `${DCT}modified`)[0] as n3.Literal).datatype.value).toBe(
      'http://www.w3.org/2001/XMLSchema#dateTime',
    );
    const distributions = one(dataset, `${DCAT}distribution`);
    expect(distributions.length).toBeGreaterThanOrEqual(7);
    for (const d of distributions) expect(one(d, `${DCAT}accessURL`)).toHaveLength(1);
    const csv = distributions.find((d) => d.value.endsWith('#distribution-csv'))!;
    expect(one(csv, `${DCAT}downloadURL`)[0]?.value).toBe(
      'http://shilen.test/datasets/organizations/download.csv',
    );
    expect(one(csv, `${DCT}format`)[0]?.value).toBe(
      'http://publications.europa.eu/resource/authority/file-type/CSV',
    );
    expect(one(csv, `${DCAT}mediaType`)[0]?.value).toBe(
      'https://www.iana.org/assignments/media-types/text/csv',
    );
    const api = distributions.find((d) => d.value.endsWith('#distribution-api'))!;
    expect(one(api, `${DCAT}accessService`)[0]?.value).toBe('http://shilen.test/api/v1');
  });

  it('uses only DCAT terms that the official DCAT-AP 3 context names', async () => {
    const context = JSON.parse(
      fs.readFileSync(path.join(standards, 'dcat-ap-3.0.1/context_dcat-ap.jsonld'), 'utf8'),
    );
    const known = new Set<string>();
    // The context nests a scoped context per class; every term's IRI is an `@id` somewhere in it.
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) {
          if (k === '@id' && typeof v === 'string') known.add(v.replace(/^dcat:/, DCAT));
          else walk(v);
        }
    };
    walk(context);
    const quads = new n3.Parser().parse((await app.inject({ url: '/catalog.ttl' })).body);
    const used = new Set(
      quads
        .flatMap((q) => [q.predicate.value, q.predicate.value === RDF_TYPE ? q.object.value : ''])
        .filter((iri) => iri.startsWith(DCAT)),
    );
    expect(used.size).toBeGreaterThan(10);
    for (const iri of used) expect(known, iri).toContain(iri);
  });
  it('passes the official DCAT-AP 3.0.1 SHACL shapes: no violation of the mandatory, range or vocabulary shapes', async () => {
    const data = new n3.Store(new n3.Parser().parse((await app.inject({ url: '/catalog.ttl' })).body));
    const shapeFiles = [
      'shacl_dcat-ap-SHACL.ttl',
      'html_shacl_shapes.ttl',
      'html_shacl_range.ttl',
      'html_shacl_mdr-vocabularies.shape.ttl',
    ];
    for (const file of shapeFiles) {
      const shapes = new n3.Store(
        new n3.Parser().parse(fs.readFileSync(path.join(standards, 'dcat-ap-3.0.1', file), 'utf8')),
      );
      const report = await new SHACLValidator(shapes).validate(data);
      const violations = report.results
        .filter((r) => r.severity?.value === 'http://www.w3.org/ns/shacl#Violation')
        .map((r) => `${r.focusNode?.value} ${r.path?.value} ${r.message.map((m) => m.value).join(' ')}`);
      expect(violations, file).toEqual([]);
    }
  });
});

describe('Project Open Data data.json', () => {
  const schemaDir = path.join(standards, 'pod-datajson-v1.1');
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(schemaDir, name), 'utf8'));

  /** The official schema files; `nonFederal` applies the non-federal profile's required lists. */
  function validator(nonFederal: boolean) {
    // The schema's patterns are written for non-Unicode regular expressions.
    const ajv = new draft04.default({ strict: false, allErrors: true, unicodeRegExp: false });
    formats.default(ajv);
    for (const name of ['dataset.json', 'distribution.json', 'organization.json', 'vcard.json']) {
      const schema = read(name);
      if (nonFederal && name === 'dataset.json')
        schema.required = ['title', 'description', 'publisher', 'contactPoint', 'identifier', 'accessLevel'];
      if (nonFederal && name === 'vcard.json') schema.required = ['fn'];
      ajv.addSchema(schema, name);
    }
    return ajv.compile(read('catalog.json'));
  }

  it('validates against the v1.1 schema in its non-federal profile', async () => {
    const res = await app.inject({ url: '/data.json' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const valid = validator(true);
    expect(valid(body), JSON.stringify(valid.errors, null, 1)).toBe(true);
    const [dataset] = body.dataset;
    expect(dataset).toMatchObject({
      title: 'Public bodies',
      accessLevel: 'public',
      identifier: 'http://shilen.test/datasets/organizations',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      accrualPeriodicity: 'irregular',
      spatial: 'Mongolia',
    });
    expect(dataset.keyword.length).toBeGreaterThan(0);
    expect(dataset.modified).toMatch(/^\d{4}-/);
    for (const d of dataset.distribution)
      expect(d.downloadURL ?? d.accessURL).toMatch(/^http:\/\/shilen\.test\//);
    const mn = (await app.inject({ url: '/data.json?lang=mn' })).json();
    expect(mn.dataset[0].title).toBe('Төрийн байгууллагууд');
  });

  it('differs from the federal profile only in the codes only US federal agencies have', async () => {
    const valid = validator(false);
    expect(valid((await app.inject({ url: '/data.json' })).json())).toBe(false);
    const missing = (valid.errors ?? []).map(
      (e: { params: unknown }) => (e.params as { missingProperty?: string }).missingProperty,
    );
    expect(new Set(missing)).toEqual(new Set(['bureauCode', 'programCode', 'hasEmail']));
  });
});
