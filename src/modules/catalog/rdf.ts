import n3 from 'n3';

/** An RDF term: an IRI, a blank node, or a literal with a language or a datatype. */
export type Term =
  | { iri: string }
  | { blank: string }
  | { value: string; language?: string; datatype?: string };
export type Subject = { iri: string } | { blank: string };
export interface Triple {
  subject: Subject;
  predicate: string;
  object: Term;
}

export const prefixes = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  locn: 'http://www.w3.org/ns/locn#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;
type Prefix = keyof typeof prefixes;

/** `dct:title` → the full IRI. */
export function expand(name: `${Prefix}:${string}`): string {
  const [prefix, local] = name.split(':') as [Prefix, string];
  return prefixes[prefix] + local;
}

/** The full IRI → `dct:title` when a prefix covers it (and the rest is a plain name). */
function compact(iri: string): string {
  for (const [prefix, base] of Object.entries(prefixes)) {
    if (iri.startsWith(base) && /^[A-Za-z_][\w-]*$/.test(iri.slice(base.length)))
      return `${prefix}:${iri.slice(base.length)}`;
  }
  return iri;
}

const subjectId = (s: Subject) => ('iri' in s ? s.iri : `_:${s.blank}`);

/**
 * A graph as JSON-LD: one node object per subject in `@graph`, properties and types written with
 * the context's prefixes, literals with their language or datatype. Made from the same triples
 * as the Turtle, so both say exactly the same.
 */
export function toJsonLd(triples: readonly Triple[]): Record<string, unknown> {
  const nodes = new Map<string, Record<string, unknown>>();
  const rdfType = expand('rdf:type');
  for (const { subject, predicate, object } of triples) {
    const id = subjectId(subject);
    let node = nodes.get(id);
    if (!node) {
      node = { '@id': 'iri' in subject ? compact(subject.iri) : id };
      nodes.set(id, node);
    }
    if (predicate === rdfType && 'iri' in object) {
      node['@type'] = [...((node['@type'] as string[] | undefined) ?? []), compact(object.iri)];
      continue;
    }
    const value =
      'iri' in object
        ? { '@id': object.iri }
        : 'blank' in object
          ? { '@id': `_:${object.blank}` }
          : object.language
            ? { '@value': object.value, '@language': object.language }
            : object.datatype
              ? { '@value': object.value, '@type': compact(object.datatype) }
              : { '@value': object.value };
    const key = compact(predicate);
    node[key] = [...((node[key] as unknown[] | undefined) ?? []), value];
  }
  return { '@context': { ...prefixes }, '@graph': [...nodes.values()] };
}

function n3Term(term: Term) {
  const { namedNode, blankNode, literal } = n3.DataFactory;
  if ('iri' in term) return namedNode(term.iri);
  if ('blank' in term) return blankNode(term.blank);
  return literal(term.value, term.language ?? (term.datatype ? namedNode(term.datatype) : undefined));
}

/** The same graph in Turtle, written by N3.js. */
export function toTurtle(triples: readonly Triple[]): Promise<string> {
  const writer = new n3.Writer({ prefixes: { ...prefixes } });
  for (const t of triples) {
    writer.addQuad(
      n3Term(t.subject) as n3.Quad_Subject,
      n3.DataFactory.namedNode(t.predicate),
      n3Term(t.object) as n3.Quad_Object,
    );
  }
  return new Promise((resolve, reject) =>
    writer.end((error, result: string) => (error ? reject(error) : resolve(result))),
  );
}
