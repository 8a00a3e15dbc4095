import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { official, verdicts } from './conformance-support.ts';
import {
  awardStatuses,
  contractStatuses,
  currencies,
  initiationTypes,
  methods,
  milestoneStatuses,
  procurementCategories,
  releaseTags,
  tenderStatuses,
} from './ocds/codelists.ts';
import type { Json, JsonObject } from './ocds/merge.ts';

/**
 * The project's own encoding of the release schema (`ocds/schema.ts`) gives the official release
 * schema's verdict (`npm run test:conformance`) on generated releases, valid and broken in every way.
 */
describe('the own encoding agrees with the official release schema', () => {
  // Valid releases, built from the fields of the standard.
  const dateTime = fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2040-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString());
  const id = fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.nat());
  const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constant(null));
  const nullable = <T>(codes: readonly T[]) => fc.constantFrom<T | null>(...codes, null);
  /** An object whose members may each be left out. */
  const someOf = <R extends Record<string, fc.Arbitrary<unknown>>>(model: R) =>
    fc.record(model, { requiredKeys: [] });
  /** An object with an `id`, the one member it needs, and any of the others. */
  const identified = <R extends Record<string, fc.Arbitrary<unknown>>>(model: R) =>
    fc.record({ id, ...model }, { requiredKeys: ['id'] });
  const value = someOf({
    amount: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)),
    currency: nullable([...currencies]),
  });
  const period = someOf({
    startDate: dateTime,
    endDate: dateTime,
    maxExtentDate: dateTime,
    durationInDays: fc.integer(),
  });
  const orgRef = someOf({ id, name: fc.string({ minLength: 1, maxLength: 10 }) });
  const item = identified({
    description: text,
    description_mn: text,
    quantity: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)),
    classification: someOf({ scheme: fc.constantFrom('CPV', 'UNSPSC', 'own'), id, uri: fc.webUrl() }),
    unit: someOf({ scheme: text, id: text, name: text, value }),
  });
  const items = (minLength: number) =>
    fc.uniqueArray(item, { minLength, maxLength: 3, selector: (i) => i.id });
  const document = identified({
    documentType: text,
    url: fc.webUrl(),
    datePublished: dateTime,
    title: text,
    title_en: text,
    language: text,
  });
  const documents = fc.uniqueArray(document, { maxLength: 2, selector: (d) => d.id });
  const milestone = identified({
    title: text,
    type: text,
    dueDate: dateTime,
    dateMet: dateTime,
    status: nullable(milestoneStatuses),
  });
  const milestones = fc.uniqueArray(milestone, { maxLength: 2, selector: (m) => m.id });
  const tender = identified({
    title: text,
    title_mn: text,
    status: nullable(tenderStatuses),
    procuringEntity: orgRef,
    items: items(0),
    value,
    minValue: value,
    procurementMethod: nullable(methods),
    mainProcurementCategory: nullable(procurementCategories),
    additionalProcurementCategories: fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }),
    awardCriteria: text,
    submissionMethod: fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }),
    tenderPeriod: period,
    hasEnquiries: fc.oneof(fc.boolean(), fc.constant(null)),
    numberOfTenderers: fc.oneof(fc.nat(), fc.constant(null)),
    tenderers: fc.uniqueArray(orgRef, { maxLength: 3, selector: (o) => JSON.stringify(o) }),
    documents,
    milestones,
    amendments: fc.array(someOf({ id: text, date: dateTime, rationale: text, releaseID: text }), {
      maxLength: 2,
    }),
  });
  const award = identified({
    status: nullable(awardStatuses),
    date: dateTime,
    value,
    suppliers: fc.uniqueArray(orgRef, { maxLength: 2, selector: (o) => JSON.stringify(o) }),
    items: items(1),
    documents,
  });
  const transaction = identified({
    source: fc.webUrl(),
    date: dateTime,
    value,
    payer: orgRef,
    payee: orgRef,
    uri: fc.webUrl(),
  });
  const contract = fc.record(
    {
      id,
      awardID: id,
      status: nullable(contractStatuses),
      period,
      value,
      items: items(1),
      dateSigned: dateTime,
      documents,
      implementation: someOf({
        transactions: fc.uniqueArray(transaction, { maxLength: 2, selector: (t) => t.id }),
        milestones,
        documents,
      }),
    },
    { requiredKeys: ['id', 'awardID'] },
  );
  const party = someOf({
    id: fc.string({ maxLength: 8 }),
    name: text,
    name_en: text,
    roles: fc.array(fc.constantFrom('buyer', 'supplier', 'tenderer', 'payer', 'payee', 'ownRole'), {
      maxLength: 3,
    }),
    identifier: someOf({ scheme: text, id: fc.oneof(id, fc.constant(null)), legalName: text }),
    address: someOf({ locality: text, countryName: text }),
    contactPoint: someOf({ name: text, email: text, url: fc.webUrl() }),
    details: fc.oneof(
      fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 })),
      fc.constant(null),
    ),
  });
  const validRelease = fc.record(
    {
      ocid: fc.string({ minLength: 1, maxLength: 20 }),
      id: fc.string({ minLength: 1, maxLength: 20 }),
      date: dateTime,
      tag: fc.uniqueArray(fc.constantFrom(...releaseTags), { minLength: 1, maxLength: 3 }),
      initiationType: fc.constantFrom(...initiationTypes),
      language: text,
      parties: fc.uniqueArray(party, { maxLength: 3, selector: (p) => JSON.stringify(p) }),
      buyer: orgRef,
      planning: someOf({
        rationale: text,
        budget: someOf({ id: fc.oneof(id, fc.constant(null)), amount: value, uri: fc.webUrl() }),
        documents,
        milestones,
      }),
      tender,
      awards: fc.uniqueArray(award, { maxLength: 2, selector: (a) => a.id }),
      contracts: fc.uniqueArray(contract, { maxLength: 2, selector: (c) => c.id }),
      relatedProcesses: fc.uniqueArray(
        someOf({
          id: fc.string({ maxLength: 5 }),
          relationship: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
          scheme: text,
          identifier: text,
        }),
        { maxLength: 2, selector: (r) => JSON.stringify(r) },
      ),
    },
    { requiredKeys: ['ocid', 'id', 'date', 'tag', 'initiationType'] },
  );

  // As a release arrives: parsed from JSON (fast-check's records have no prototype).
  const parsedRelease = validRelease.map((r) => JSON.parse(JSON.stringify(r)) as JsonObject);

  it('both find every generated release valid', () => {
    fc.assert(
      fc.property(parsedRelease, (release) => {
        expect(verdicts(release)).toEqual({ own: true, official: true });
      }),
      { numRuns: 500 },
    );
  });

  /** Every place in a release: the path of keys and indexes that leads to it. */
  function places(value: Json, at: (string | number)[] = []): (string | number)[][] {
    const out = [at];
    if (Array.isArray(value)) for (const [i, v] of value.entries()) out.push(...places(v, [...at, i]));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) out.push(...places(v, [...at, k]));
    return out;
  }

  const oddValues: Json[] = [
    'yesterday',
    '2025-02-30T10:00:00Z',
    '2025-01-01',
    '2025-01-01T10:00:00',
    '2025-01-01 10:00:00Z',
    'auction',
    'ZZZ',
    'mnt',
    '',
    'not a uri',
    'relative/path',
    'https://example.mn/x',
    '300000000',
    -1,
    1.5,
    0,
    true,
    null,
    [],
    {},
    [null],
  ];
  const mutation = fc.oneof(
    fc.record({
      kind: fc.constant('replace' as const),
      value: fc.oneof(fc.constantFrom(...oddValues), fc.jsonValue({ maxDepth: 2 })),
    }),
    fc.constant({ kind: 'delete' as const }),
    fc.record({
      kind: fc.constant('add' as const),
      key: fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom(
          'title_en',
          'name_mn',
          'description_x-private',
          'title_',
          'rationale_en-GB',
          'legalName_123',
          'amount',
          'id',
        ),
      ),
      value: fc.oneof(fc.constantFrom(...oddValues), fc.jsonValue({ maxDepth: 1 })),
    }),
    fc.constant({ kind: 'duplicate' as const }),
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

  /** The release with one place changed: replaced, removed, given an extra member, an entry repeated. */
  function mutate(release: JsonObject, pick: number, m: Mutation): JsonObject {
    const copy = structuredClone(release) as JsonObject;
    const all = places(copy);
    const at = all[pick % all.length]!;
    const parentPath = at.slice(0, -1);
    const key = at.at(-1);
    let parent: Json = copy;
    for (const step of parentPath) parent = (parent as Record<string | number, Json>)[step]!;
    const target: Json = key === undefined ? copy : (parent as Record<string | number, Json>)[key]!;
    if (m.kind === 'replace' && key !== undefined)
      (parent as Record<string | number, Json>)[key] = m.value as Json;
    else if (m.kind === 'delete' && key !== undefined) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as JsonObject)[key];
    } else if (m.kind === 'add' && target && typeof target === 'object' && !Array.isArray(target))
      (target as JsonObject)[m.key] = m.value as Json;
    else if (m.kind === 'duplicate' && Array.isArray(target) && target.length > 0)
      target.push(structuredClone(target[0]!));
    return JSON.parse(JSON.stringify(copy)) as JsonObject;
  }

  it('both give the same verdict on releases broken in every way (types, required members, codes, dates, extra fields)', () => {
    const seen = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(parsedRelease, fc.nat(), mutation, (release, pick, m) => {
        const broken = mutate(release, pick, m);
        const v = verdicts(broken);
        seen[v.official ? 'valid' : 'invalid']++;
        expect(v, JSON.stringify({ errors: official.release.errors?.slice(0, 2), broken })).toEqual({
          own: v.official,
          official: v.official,
        });
      }),
      { numRuns: 3000 },
    );
    // Both outcomes happen, so the agreement is not one-sided.
    expect(seen.valid).toBeGreaterThan(100);
    expect(seen.invalid).toBeGreaterThan(100);
  });
});
