import type { FastifyInstance } from 'fastify';
import jsonld from 'jsonld';
import n3 from 'n3';

export const DCAT = 'http://www.w3.org/ns/dcat#';
export const DCT = 'http://purl.org/dc/terms/';
export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/**
 * The DCAT classes and properties DCAT-AP 3 profiles (names from the specification); the catalogue
 * uses no DCAT term beyond them. The conformance test checks this list against the official context.
 */
export const DCAT_AP_TERMS: ReadonlySet<string> = new Set(
  [
    'Catalog',
    'CatalogRecord',
    'Dataset',
    'DatasetSeries',
    'Distribution',
    'DataService',
    'Relationship',
    'accessService',
    'accessURL',
    'bbox',
    'byteSize',
    'catalog',
    'centroid',
    'compressFormat',
    'contactPoint',
    'dataset',
    'distribution',
    'downloadURL',
    'endDate',
    'endpointDescription',
    'endpointURL',
    'hadRole',
    'hasVersion',
    'inSeries',
    'keyword',
    'landingPage',
    'mediaType',
    'packageFormat',
    'qualifiedRelation',
    'record',
    'servesDataset',
    'service',
    'spatialResolutionInMeters',
    'startDate',
    'temporalResolution',
    'theme',
    'themeTaxonomy',
    'version',
  ].map((term) => `${DCAT}${term}`),
);

/** A JSON-LD document as the quads it says, through jsonld.js. */
export async function quadsOfJsonLd(document: object): Promise<n3.Quad[]> {
  const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, {
    format: 'application/n-quads',
  })) as string;
  return new n3.Parser({ format: 'N-Quads' }).parse(nquads);
}

/** `/catalog.ttl` as quads. */
export async function catalogTurtleQuads(app: FastifyInstance): Promise<n3.Quad[]> {
  return new n3.Parser({ format: 'Turtle' }).parse((await app.inject({ url: '/catalog.ttl' })).body);
}

/** The DCAT terms (classes and properties) a graph uses. */
export function dcatTermsUsed(quads: readonly n3.Quad[]): Set<string> {
  return new Set(
    quads
      .flatMap((q) => [q.predicate.value, q.predicate.value === RDF_TYPE ? q.object.value : ''])
      .filter((iri) => iri.startsWith(DCAT)),
  );
}

/** The ids of the datasets the app declares, as its API lists them. */
export async function declaredDatasetIds(app: FastifyInstance): Promise<string[]> {
  const res = await app.inject({ url: '/api/v1/datasets' });
  return (res.json().items as { id: string }[]).map((d) => d.id);
}

/** What the Project Open Data v1.1 non-federal profile requires of a dataset (no bureau or program codes). */
export const POD_NON_FEDERAL_REQUIRED = [
  'title',
  'description',
  'publisher',
  'contactPoint',
  'identifier',
  'accessLevel',
];
