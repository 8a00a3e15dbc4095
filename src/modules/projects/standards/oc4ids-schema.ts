import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { PROJECT_TYPES } from '../codes.ts';

/**
 * The project's own encoding of the parts of OC4IDS 0.9 (project-schema.json and
 * project-package-schema.json) that the register emits, written from the published standard:
 * each field's type, the members required (`id` of every identified object), strings of at least
 * one character, lists of at least one item without repeats, objects with at least one member,
 * the formats (date-time, uri) and the closed codelists (projectStatus, projectType,
 * financingPartyType, financingArrangementType, milestoneStatus, geometryType, currency).
 * Every package is checked with it before it is served; the official files are never read by the
 * product (`oc4ids.conformance.test.ts` compares the verdicts).
 */
type Schema = Record<string, unknown>;

const text: Schema = { type: 'string', minLength: 1 };
const dateTime: Schema = { type: 'string', format: 'date-time' };
const uri: Schema = { type: 'string', format: 'uri' };
const closed = (codes: readonly string[]): Schema => ({ type: 'string', enum: [...codes] });
/**
 * A list of at least one item without repeats. OC4IDS says `uniqueItems`, which compares every
 * pair of items in depth (quadratic: a project with 40 reports spends most of its check there);
 * `distinct` (below) asks the same in one pass, and is stricter where an item has an `id`: two
 * items with the same id are refused even if they differ elsewhere, so whatever the official
 * schema refuses as a repeat, it refuses too.
 */
const list = (items: Schema): Schema => ({ type: 'array', items, minItems: 1, distinct: true });
const object = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: 'object',
  properties,
  ...(required.length > 0 ? { required } : {}),
});
const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });

/**
 * OC4IDS 0.9's closed currency codelist as far as the register can use it: the ISO 4217 codes in
 * use today (the codelist also keeps former ones), less those ISO added after the codelist was
 * fixed (the leone of 2022, the Caribbean guilder, the Zimbabwe gold), which it refuses.
 */
const NEWER_THAN_OC4IDS = new Set(['SLE', 'XCG', 'ZWG']);
export const CURRENCIES: readonly string[] = Intl.supportedValuesOf('currency').filter(
  (c) => !NEWER_THAN_OC4IDS.has(c),
);

export const PROJECT_STATUSES = [
  'identification',
  'preparation',
  'implementation',
  'completion',
  'maintenance',
  'decommissioning',
  'decommissioned',
  'cancelled',
] as const;
export const FINANCING_PARTY_TYPES = [
  'institutional',
  'commercial',
  'bilateral',
  'multilateral',
  'vendor',
  'other',
] as const;
export const FINANCING_TYPES = [
  'bond',
  'loan',
  'hybrid',
  'shares.listed',
  'shares.unlisted',
  'grant',
  'guarantee',
] as const;
export const MILESTONE_STATUSES = ['scheduled', 'met', 'notMet', 'partiallyMet'] as const;
export const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
] as const;

const definitions: Record<string, Schema> = {
  Period: { ...object({ startDate: dateTime, endDate: dateTime }), minProperties: 1 },
  Value: {
    ...object({ amount: { type: 'number' }, currency: closed(CURRENCIES) }),
    minProperties: 1,
  },
  OrganizationReference: object({ id: text, name: text }),
  Organization: object({
    id: text,
    name: text,
    name_en: text,
    identifier: object({ scheme: text, id: text }),
    roles: list({ type: 'string', minLength: 1 }),
  }),
  Location: object(
    {
      id: text,
      description: text,
      description_en: text,
      geometry: {
        ...object({
          type: closed(GEOMETRY_TYPES),
          coordinates: { type: 'array', items: { type: ['number', 'array'], minItems: 1 }, minItems: 1 },
        }),
        minProperties: 1,
      },
    },
    ['id'],
  ),
  Finance: object(
    {
      id: text,
      title: text,
      title_en: text,
      description: text,
      description_en: text,
      value: ref('Value'),
      financingParty: ref('OrganizationReference'),
      financingPartyType: closed(FINANCING_PARTY_TYPES),
      type: closed(FINANCING_TYPES),
      concessional: { type: 'boolean' },
      period: ref('Period'),
      paymentPeriod: ref('Period'),
      paymentFrequency: { type: 'number' },
      interestRate: object({
        base: { type: ['string', 'number'], minLength: 1 },
        margin: { type: 'number' },
        fixed: { type: 'boolean' },
        notes: text,
      }),
    },
    ['id'],
  ),
  Observation: object(
    {
      id: text,
      period: ref('Period'),
      measure: { type: ['string', 'number'], minLength: 1 },
      unit: object({ name: text }),
      notes: text,
      notes_en: text,
    },
    ['id'],
  ),
  Metric: object(
    {
      id: text,
      title: text,
      title_en: text,
      description: text,
      description_en: text,
      observations: list(ref('Observation')),
    },
    ['id'],
  ),
  Milestone: object(
    {
      id: text,
      title: text,
      title_en: text,
      type: text,
      dueDate: dateTime,
      dateMet: dateTime,
      status: closed(MILESTONE_STATUSES),
    },
    ['id'],
  ),
  Document: object(
    {
      id: text,
      documentType: text,
      title: text,
      title_en: text,
      description: text,
      description_en: text,
      author: text,
      url: uri,
      datePublished: dateTime,
    },
    ['id'],
  ),
  ContractingProcess: object({ id: text, summary: object({ ocid: text }) }, ['id']),
  Transaction: object(
    {
      id: text,
      date: dateTime,
      value: ref('Value'),
      payer: ref('OrganizationReference'),
      payee: ref('OrganizationReference'),
    },
    ['id'],
  ),
};

const projectSchema: Schema = {
  ...object(
    {
      id: text,
      updated: dateTime,
      language: text,
      title: text,
      title_en: text,
      description: text,
      description_en: text,
      status: closed(PROJECT_STATUSES),
      type: closed(PROJECT_TYPES),
      sector: list({ type: 'string' }),
      publicAuthority: ref('OrganizationReference'),
      parties: list(ref('Organization')),
      locations: list(ref('Location')),
      budget: object({
        amount: ref('Value'),
        approvalDate: dateTime,
        finance: list(ref('Finance')),
      }),
      period: ref('Period'),
      implementationPeriod: ref('Period'),
      metrics: list(ref('Metric')),
      milestones: list(ref('Milestone')),
      documents: list(ref('Document')),
      contractingProcesses: list(ref('ContractingProcess')),
      transactions: list(ref('Transaction')),
    },
    ['id'],
  ),
  definitions,
};

const packageSchema: Schema = {
  ...object(
    {
      uri,
      publisher: object({ name: text }, ['name']),
      publishedDate: dateTime,
      version: { type: 'string', pattern: '^(\\d+\\.)(\\d+)$' },
      projects: { ...list({ $ref: 'project' }) },
    },
    ['uri', 'publisher', 'publishedDate', 'projects', 'version'],
  ),
};

function compile(): { project: ValidateFunction; pack: ValidateFunction } {
  const ajv = new Ajv({ allErrors: true, strict: false });
  formats.default(ajv);
  ajv.addKeyword({
    keyword: 'distinct',
    type: 'array',
    schemaType: 'boolean',
    error: { message: 'must not hold the same item (or the same id) twice' },
    validate: (_schema: boolean, data: unknown[]) => {
      const seen = new Set<string>();
      for (const item of data) {
        const key =
          item !== null && typeof item === 'object' && 'id' in item
            ? `id ${JSON.stringify((item as { id: unknown }).id)}`
            : `item ${JSON.stringify(item)}`;
        if (seen.has(key)) return false;
        seen.add(key);
      }
      return true;
    },
  });
  ajv.addSchema({ $id: 'project', ...projectSchema });
  return { project: ajv.getSchema('project') as ValidateFunction, pack: ajv.compile(packageSchema) };
}

const validators = compile();

function verdict(validate: ValidateFunction, document: unknown): string | null {
  if (validate(document)) return null;
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim())
    .join('; ');
}

/** Null when a project conforms; else what is wrong, each problem with its path. */
export const checkOc4idsProject = (project: unknown): string | null => verdict(validators.project, project);

/** Null when a project package conforms; else what is wrong, each problem with its path. */
export const checkOc4idsPackage = (document: unknown): string | null => verdict(validators.pack, document);
