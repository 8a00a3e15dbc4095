import { downloadFormats } from '../../platform/datasets/formats.ts';
import {
  countryUri,
  dataThemes,
  fileTypeUri,
  frequencyUri,
  ianaMediaTypeUri,
  licences,
  themeUri,
} from '../../platform/datasets/vocabularies.ts';
import type { Bilingual } from '../../platform/i18n/index.ts';
import { type CatalogEntry, type Distribution, distributionsOf, type Publisher } from './catalog.ts';
import { expand, type Subject, type Term, type Triple } from './rdf.ts';

/** What the catalogue says of itself and of the country its data covers. */
export interface CatalogAbout {
  publicUrl: string;
  title: Bilingual;
  description: Bilingual;
  /** Country pack code and name, for `dct:spatial` of national datasets. */
  country: { code: string; name: Bilingual };
  /** Names of administrative units by code, for datasets that cover some of them. */
  unitNames: ReadonlyMap<string, Bilingual>;
}

const EU = 'http://publications.europa.eu/resource/authority';
const LANGUAGES = [`${EU}/language/MON`, `${EU}/language/ENG`];
const NDJSON_MEDIA_TYPE = downloadFormats.ndjson.mediaType;
type Name = Parameters<typeof expand>[0];

/** Builds a graph: `add(s, 'dct:title', …)` with helpers for literals in both languages. */
class Graph {
  readonly triples: Triple[] = [];
  #blanks = 0;
  #described = new Set<string>();
  /** A graph is a set: a publisher of several datasets is described once, in Turtle as in JSON-LD. */
  #seen = new Set<string>();
  blank(): Subject {
    this.#blanks += 1;
    return { blank: `b${this.#blanks}` };
  }
  add(subject: Subject, predicate: Name, object: Term | undefined): void {
    if (!object) return;
    const triple = { subject, predicate: expand(predicate), object };
    const key = JSON.stringify(triple);
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.triples.push(triple);
  }
  type(subject: Subject, type: Name): void {
    this.add(subject, 'rdf:type', { iri: expand(type) });
  }
  both(subject: Subject, predicate: Name, text: Bilingual): void {
    this.add(subject, predicate, { value: text.mn, language: 'mn' });
    this.add(subject, predicate, { value: text.en, language: 'en' });
  }
  time(subject: Subject, predicate: Name, at: Date | null): void {
    if (at) this.add(subject, predicate, { value: at.toISOString(), datatype: expand('xsd:dateTime') });
  }
  /**
   * An IRI from elsewhere, with its class and (for an EU vocabulary) the scheme it is in, said
   * once: what DCAT-AP's range and vocabulary shapes check when the vocabularies are not loaded.
   */
  external(iri: string, type: Name, scheme?: string, label?: Bilingual): Subject {
    if (!this.#described.has(iri)) {
      this.#described.add(iri);
      this.type({ iri }, type);
      if (scheme) this.add({ iri }, 'skos:inScheme', { iri: `${EU}/${scheme}` });
      if (label) this.both({ iri }, 'skos:prefLabel', label);
    }
    return { iri };
  }
}

function agent(graph: Graph, publicUrl: string, publisher: Publisher): Subject {
  const node = { iri: `${publicUrl}/organizations/${publisher.slug}` };
  graph.type(node, 'foaf:Agent');
  graph.both(node, 'foaf:name', publisher.name);
  if (publisher.website && /^https?:\/\//.test(publisher.website))
    graph.add(node, 'foaf:homepage', graph.external(publisher.website, 'foaf:Document'));
  if (publisher.email) graph.add(node, 'foaf:mbox', { iri: `mailto:${publisher.email}` });
  return node;
}

function distribution(graph: Graph, dataset: Subject, d: Distribution, licence: Subject, api: Subject): void {
  const node = { iri: `${(dataset as { iri: string }).iri}#distribution-${d.id}` };
  graph.add(dataset, 'dcat:distribution', node);
  graph.type(node, 'dcat:Distribution');
  graph.both(node, 'dct:title', d.title);
  graph.add(node, 'dcat:accessURL', { iri: d.url });
  if (d.kind === 'api') graph.add(node, 'dcat:accessService', api);
  else graph.add(node, 'dcat:downloadURL', { iri: d.url });
  if (d.fileType)
    graph.add(
      node,
      'dct:format',
      graph.external(fileTypeUri(d.fileType), 'dct:MediaTypeOrExtent', 'file-type'),
    );
  // DCAT-AP takes IANA media types only; NDJSON has none registered.
  if (d.mediaType !== NDJSON_MEDIA_TYPE)
    graph.add(node, 'dcat:mediaType', graph.external(ianaMediaTypeUri(d.mediaType), 'dct:MediaType'));
  graph.add(node, 'dct:license', licence);
  if (d.conformsTo) graph.add(node, 'dct:conformsTo', graph.external(d.conformsTo, 'dct:Standard'));
}

function spatial(graph: Graph, about: CatalogAbout, codes: readonly string[] | undefined): Subject[] {
  if (!codes) {
    const country = countryUri(about.country.code);
    if (country) return [graph.external(country, 'dct:Location', 'country')];
    const place = graph.blank();
    graph.type(place, 'dct:Location');
    graph.both(place, 'locn:geographicName', about.country.name);
    return [place];
  }
  return codes.map((code) => {
    const place = graph.blank();
    graph.type(place, 'dct:Location');
    graph.both(place, 'locn:geographicName', about.unitNames.get(code) ?? { mn: code, en: code });
    graph.add(place, 'dct:identifier', { value: code });
    return place;
  });
}

/**
 * The catalogue as a DCAT-AP 3 graph: the catalogue, each dataset with its publisher, contact
 * point, themes, keywords, licence, frequency, coverage and distributions, and the API as a data
 * service. Both languages carry language tags. Serialised to JSON-LD and Turtle by `rdf.ts`.
 */
export function catalogGraph(entries: readonly CatalogEntry[], about: CatalogAbout): Triple[] {
  const graph = new Graph();
  const { publicUrl } = about;
  const catalog = { iri: `${publicUrl}/catalog` };
  const site = { iri: `${publicUrl}/` };
  const api = { iri: `${publicUrl}/api/v1` };
  const languages = LANGUAGES.map((l) => graph.external(l, 'dct:LinguisticSystem', 'language'));
  const catalogLicence = graph.external(licences['CC-BY-4.0'].eu, 'dct:LicenseDocument', 'licence');
  graph.type(catalog, 'dcat:Catalog');
  graph.both(catalog, 'dct:title', about.title);
  graph.both(catalog, 'dct:description', about.description);
  graph.add(catalog, 'dct:publisher', site);
  graph.add(catalog, 'foaf:homepage', graph.external(`${publicUrl}/datasets`, 'foaf:Document'));
  for (const language of languages) graph.add(catalog, 'dct:language', language);
  graph.add(catalog, 'dct:license', catalogLicence);
  const themes = { iri: `${EU}/data-theme` };
  graph.add(catalog, 'dcat:themeTaxonomy', themes);
  graph.type(themes, 'skos:ConceptScheme');
  graph.both(themes, 'dct:title', { mn: 'Өгөгдлийн сэдэв (ЕХ)', en: 'Data theme (EU)' });
  const newest = entries.reduce<Date | null>(
    (max, e) => (e.modified && (!max || e.modified > max) ? e.modified : max),
    null,
  );
  graph.time(catalog, 'dct:modified', newest);
  graph.type(site, 'foaf:Agent');
  graph.both(site, 'foaf:name', about.title);
  graph.add(catalog, 'dcat:service', api);
  graph.type(api, 'dcat:DataService');
  graph.both(api, 'dct:title', { mn: 'Шилэн API', en: 'Shilen API' });
  graph.add(api, 'dcat:endpointURL', { iri: `${publicUrl}/api/v1` });
  graph.add(api, 'dcat:endpointDescription', { iri: `${publicUrl}/api/v1/openapi.json` });
  graph.add(api, 'dct:license', catalogLicence);

  for (const entry of entries) {
    const d = entry.dataset;
    const node = { iri: `${publicUrl}/datasets/${d.id}` };
    const licence = graph.external(licences[d.licence].eu, 'dct:LicenseDocument', 'licence');
    graph.add(catalog, 'dcat:dataset', node);
    graph.add(api, 'dcat:servesDataset', node);
    graph.type(node, 'dcat:Dataset');
    graph.add(node, 'dct:identifier', { value: node.iri });
    graph.both(node, 'dct:title', d.title);
    graph.both(node, 'dct:description', d.description);
    for (const language of ['mn', 'en'] as const)
      for (const keyword of d.keywords[language])
        graph.add(node, 'dcat:keyword', { value: keyword, language });
    for (const theme of d.themes)
      graph.add(
        node,
        'dcat:theme',
        graph.external(themeUri(theme), 'skos:Concept', 'data-theme', dataThemes[theme]),
      );
    if (entry.publisher) {
      const publisher = agent(graph, publicUrl, entry.publisher);
      graph.add(node, 'dct:publisher', publisher);
      const contact = graph.blank();
      graph.add(node, 'dcat:contactPoint', contact);
      graph.type(contact, 'vcard:Kind');
      graph.type(contact, 'vcard:Organization');
      graph.add(contact, 'vcard:fn', { value: entry.publisher.name.en, language: 'en' });
      graph.add(contact, 'vcard:fn', { value: entry.publisher.name.mn, language: 'mn' });
      if (entry.publisher.email)
        graph.add(contact, 'vcard:hasEmail', { iri: `mailto:${entry.publisher.email}` });
      graph.add(contact, 'vcard:hasURL', publisher);
    }
    graph.add(node, 'dct:license', licence);
    graph.add(
      node,
      'dct:accrualPeriodicity',
      graph.external(frequencyUri(d.frequency), 'dct:Frequency', 'frequency'),
    );
    if (d.temporal) {
      const period = graph.blank();
      graph.add(node, 'dct:temporal', period);
      graph.type(period, 'dct:PeriodOfTime');
      graph.add(period, 'dcat:startDate', { value: d.temporal.start, datatype: expand('xsd:date') });
      if (d.temporal.end)
        graph.add(period, 'dcat:endDate', { value: d.temporal.end, datatype: expand('xsd:date') });
    }
    for (const place of spatial(graph, about, d.spatial)) graph.add(node, 'dct:spatial', place);
    graph.time(node, 'dct:issued', entry.created);
    graph.time(node, 'dct:modified', entry.modified);
    graph.add(node, 'dcat:landingPage', graph.external(node.iri, 'foaf:Document'));
    for (const language of languages) graph.add(node, 'dct:language', language);
    for (const d2 of distributionsOf(d, publicUrl)) distribution(graph, node, d2, licence, api);
  }
  return graph.triples;
}
