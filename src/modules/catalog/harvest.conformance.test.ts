import fs from 'node:fs';
import draft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import n3 from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { describe, expect, it } from 'vitest';
import { readStandardJson, standard } from '../../../test/conformance/standards.ts';
import { createTestApp } from '../../../test/helpers.ts';
import {
  catalogTurtleQuads,
  DCAT,
  DCAT_AP_TERMS,
  DCT,
  dcatTermsUsed,
  POD_NON_FEDERAL_REQUIRED,
  quadsOfJsonLd,
} from './test-support.ts';

// What harvesters read, against the official files: `/catalog.ttl` and `/catalog.jsonld` against the
// DCAT-AP 3.0.1 context and SHACL shapes, `/data.json` in both languages against the Project Open
// Data v1.1 schema. Each standard also gets a broken document that its official validator refuses.
const { app } = await createTestApp();

/** The mandatory, range and vocabulary shapes; `_recommended` and the deprecation warnings are advice. */
const SHAPE_FILES = [
  'shacl_dcat-ap-SHACL.ttl',
  'html_shacl_shapes.ttl',
  'html_shacl_range.ttl',
  'html_shacl_mdr-vocabularies.shape.ttl',
];
const shapes = new Map(
  SHAPE_FILES.map((file) => [
    file,
    new n3.Store(new n3.Parser().parse(fs.readFileSync(standard('dcat-ap-3.0.1', file), 'utf8'))),
  ]),
);

/** The violations of one shapes file, as `focus path message` lines. */
async function violations(file: string, quads: readonly n3.Quad[]): Promise<string[]> {
  const report = await new SHACLValidator(shapes.get(file)!).validate(new n3.Store([...quads]));
  return report.results
    .filter((r) => r.severity?.value === 'http://www.w3.org/ns/shacl#Violation')
    .map((r) => `${r.focusNode?.value} ${r.path?.value} ${r.message.map((m) => m.value).join(' ')}`);
}

/** Both syntaxes of the catalogue as quads. */
async function bothSyntaxes(): Promise<[string, n3.Quad[]][]> {
  const jsonLd = (await app.inject({ url: '/catalog.jsonld' })).json();
  return [
    ['Turtle', await catalogTurtleQuads(app)],
    ['JSON-LD', await quadsOfJsonLd(jsonLd)],
  ];
}

describe('DCAT-AP 3.0.1', () => {
  it('names in its official context exactly the DCAT terms the tests allow, and the catalogue uses only those', async () => {
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
    walk(readStandardJson('dcat-ap-3.0.1', 'context_dcat-ap.jsonld'));
    expect([...DCAT_AP_TERMS].sort()).toEqual([...known].filter((iri) => iri.startsWith(DCAT)).sort());
    for (const [syntax, quads] of await bothSyntaxes()) {
      const used = dcatTermsUsed(quads);
      expect(used.size, syntax).toBeGreaterThan(10);
      for (const iri of used) expect(known, `${syntax} ${iri}`).toContain(iri);
    }
  });

  it.each(SHAPE_FILES)('passes %s, in Turtle and in JSON-LD', async (file) => {
    for (const [syntax, quads] of await bothSyntaxes()) {
      expect(quads.length, syntax).toBeGreaterThan(100);
      expect(await violations(file, quads), `${syntax} ${file}`).toEqual([]);
    }
  });

  it('refuses a catalogue whose dataset has lost its title and whose distribution has lost its access URL', async () => {
    const dataset = 'http://shilen.test/datasets/organizations';
    const distribution = `${dataset}#distribution-csv`;
    const broken = (await catalogTurtleQuads(app)).filter(
      (q) =>
        !(q.subject.value === dataset && q.predicate.value === `${DCT}title`) &&
        !(q.subject.value === distribution && q.predicate.value === `${DCAT}accessURL`),
    );
    const found = await violations('shacl_dcat-ap-SHACL.ttl', broken);
    expect(
      found.some((v) => v.startsWith(`${dataset} ${DCT}title `)),
      found.join('\n'),
    ).toBe(true);
    expect(
      found.some((v) => v.startsWith(`${distribution} ${DCAT}accessURL `)),
      found.join('\n'),
    ).toBe(true);

    // The same break in the JSON-LD document: the members removed from its nodes.
    const jsonLd = (await app.inject({ url: '/catalog.jsonld' })).json();
    const graph = jsonLd['@graph'] as Record<string, unknown>[];
    const node = (type: string) => graph.find((n) => (n['@type'] as string[] | undefined)?.includes(type))!;
    const datasetNode = node('dcat:Dataset');
    const distributionNode = node('dcat:Distribution');
    expect(datasetNode['dct:title']).toBeDefined();
    expect(distributionNode['dcat:accessURL']).toBeDefined();
    delete datasetNode['dct:title'];
    delete distributionNode['dcat:accessURL'];
    const fromJsonLd = await violations('shacl_dcat-ap-SHACL.ttl', await quadsOfJsonLd(jsonLd));
    const jsonLdFound = fromJsonLd.join('\n');
    expect(
      fromJsonLd.some((v) => v.startsWith(`${datasetNode['@id']} ${DCT}title `)),
      jsonLdFound,
    ).toBe(true);
    expect(
      fromJsonLd.some((v) => v.startsWith(`${distributionNode['@id']} ${DCAT}accessURL `)),
      jsonLdFound,
    ).toBe(true);
  });
});

describe('Project Open Data v1.1', () => {
  /** The official schema files; `nonFederal` applies the non-federal profile's required lists. */
  function validator(nonFederal: boolean) {
    // The schema's patterns are written for non-Unicode regular expressions.
    const ajv = new draft04.default({ strict: false, allErrors: true, unicodeRegExp: false });
    formats.default(ajv);
    for (const name of ['dataset.json', 'distribution.json', 'organization.json', 'vcard.json']) {
      const schema = readStandardJson<{ required?: string[] }>('pod-datajson-v1.1', name);
      if (nonFederal && name === 'dataset.json') schema.required = [...POD_NON_FEDERAL_REQUIRED];
      if (nonFederal && name === 'vcard.json') schema.required = ['fn'];
      ajv.addSchema(schema, name);
    }
    return ajv.compile(readStandardJson('pod-datajson-v1.1', 'catalog.json'));
  }
  const nonFederal = validator(true);

  it.each(['en', 'mn'])(
    'validates data.json?lang=%s against the schema in its non-federal profile',
    async (lang) => {
      const body = (await app.inject({ url: `/data.json?lang=${lang}` })).json();
      expect(body.dataset.length).toBeGreaterThan(1);
      expect(nonFederal(body), JSON.stringify(nonFederal.errors, null, 1)).toBe(true);
    },
  );

  it('differs from the federal profile only in the codes only US federal agencies have', async () => {
    const valid = validator(false);
    expect(valid((await app.inject({ url: '/data.json' })).json())).toBe(false);
    const missing = (valid.errors ?? []).map(
      (e: { params: unknown }) => (e.params as { missingProperty?: string }).missingProperty,
    );
    expect(new Set(missing)).toEqual(new Set(['bureauCode', 'programCode', 'hasEmail']));
  });

  it('refuses a data.json whose dataset has lost its title and whose access level is not a code', async () => {
    const body = (await app.inject({ url: '/data.json' })).json();
    delete body.dataset[0].title;
    body.dataset[1].accessLevel = 'open';
    expect(nonFederal(body)).toBe(false);
    const errors = (nonFederal.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(errors).toEqual(expect.arrayContaining(['/dataset/0 required', '/dataset/1/accessLevel enum']));
  });
});
