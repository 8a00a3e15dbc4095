import { Ajv, type ValidateFunction } from 'ajv';

/**
 * The Fiscal Data Package profile (1.0-rc1, `fiscal-data-package.profile.json` with the
 * definitions of `dictionary.json` it uses) as the product checks its own packages: every field
 * name and enumeration as the profile spells them. The conformance test checks the same packages
 * against the official files (`package.conformance.test.ts`).
 */

const NAME = '^([-a-z0-9._/])+$';
const PRIMARY_KEY = {
  oneOf: [{ type: 'string' }, { type: 'array', minItems: 1, items: { type: 'string' } }],
};
const FIELD_TYPES = [
  'string',
  'number',
  'integer',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'boolean',
  'object',
  'geopoint',
  'geojson',
  'array',
  'duration',
  'any',
];

/** An object of named members, each of `member`, at least one. */
const named = (member: object) => ({
  type: 'object',
  minProperties: 1,
  additionalProperties: false,
  patternProperties: { '^\\w+': member },
});

const attribute = {
  type: 'object',
  required: ['source'],
  properties: {
    source: { type: 'string' },
    resource: { type: 'string' },
    constant: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    parent: { type: 'string' },
    labelfor: { type: 'string' },
  },
  additionalProperties: false,
};

export const fiscalDataPackageSchema = {
  type: 'object',
  required: ['profile', 'name', 'title', 'resources', 'model'],
  properties: {
    profile: { enum: ['tabular-data-package'] },
    name: { type: 'string', pattern: NAME },
    title: { type: 'string' },
    description: { type: 'string' },
    countryCode: { type: 'string', pattern: '^[A-Z]{2}$' },
    granularity: { enum: ['aggregated', 'transactional'] },
    fiscalPeriod: {
      type: 'object',
      required: ['start'],
      properties: {
        start: { type: 'string', pattern: '^\\d{4}-(0?[1-9]|1[012])-(0?[1-9]|[12]\\d|3[01])' },
        end: { type: 'string', pattern: '^\\d{4}-(0?[1-9]|1[012])-(0?[1-9]|[12]\\d|3[01])' },
      },
      additionalProperties: false,
    },
    resources: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'path', 'schema', 'profile'],
        properties: {
          profile: { enum: ['tabular-data-resource'] },
          name: { type: 'string', pattern: NAME },
          path: { type: 'string', pattern: '^(?=^[^./~])(^((?!\\.{2}).)*$).*$' },
          title: { type: 'string' },
          format: { type: 'string' },
          mediatype: { type: 'string', pattern: '^(.+)/(.+)$' },
          encoding: { type: 'string' },
          schema: {
            type: 'object',
            required: ['fields'],
            properties: {
              fields: {
                type: 'array',
                minItems: 1,
                items: {
                  type: 'object',
                  required: ['name', 'type'],
                  properties: {
                    name: { type: 'string' },
                    title: { type: 'string' },
                    type: { enum: FIELD_TYPES },
                    format: { type: 'string' },
                  },
                },
              },
              primaryKey: PRIMARY_KEY,
            },
          },
        },
      },
    },
    model: {
      type: 'object',
      required: ['measures', 'dimensions'],
      properties: {
        measures: named({
          type: 'object',
          required: ['source', 'currency'],
          properties: {
            source: { type: 'string' },
            resource: { type: 'string' },
            currency: { type: 'string', pattern: '^[A-Z]{3}$' },
            factor: { type: 'number' },
            direction: { enum: ['expenditure', 'revenue'] },
            phase: { enum: ['proposed', 'approved', 'adjusted', 'executed'] },
            title: { type: 'string' },
          },
          additionalProperties: false,
        }),
        dimensions: named({
          type: 'object',
          required: ['attributes', 'primaryKey'],
          properties: {
            attributes: named(attribute),
            primaryKey: PRIMARY_KEY,
            dimensionType: {
              enum: ['datetime', 'entity', 'classification', 'activity', 'fact', 'location', 'other'],
            },
            classificationType: { enum: ['functional', 'administrative', 'economic'] },
            title: { type: 'string' },
          },
          additionalProperties: false,
        }),
      },
    },
  },
} as const;

export interface PackageAttribute {
  source: string;
  labelfor?: string;
  parent?: string;
}

/** A package as the product writes it (the fields it uses of the profile). */
export interface FiscalPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  countryCode: string;
  granularity: 'transactional' | 'aggregated';
  fiscalPeriod?: { start: string; end?: string };
  resources: {
    profile: 'tabular-data-resource';
    name: string;
    path: string;
    format: string;
    mediatype: string;
    encoding: string;
    schema: { fields: { name: string; type: string; title: string }[] };
  }[];
  model: {
    measures: Record<
      string,
      { source: string; currency: string; title: string; direction?: string; phase?: string }
    >;
    dimensions: Record<
      string,
      {
        attributes: Record<string, PackageAttribute>;
        primaryKey: string;
        dimensionType: string;
        classificationType?: string;
        title: string;
      }
    >;
  };
}

let cached: ValidateFunction | undefined;
export function fiscalDataPackageValidator(): ValidateFunction {
  cached ??= new Ajv({ allErrors: true, strict: false }).compile(fiscalDataPackageSchema);
  return cached;
}

/**
 * The references inside a package that a schema cannot check: every attribute's source, every
 * measure's source and every primary key is a field of the resource; `labelfor` and `parent`
 * name attributes of the same dimension. Returns the problems, none for a sound package.
 */
export function packageProblems(pkg: FiscalPackage): string[] {
  const validate = fiscalDataPackageValidator();
  const problems = validate(pkg) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  const fields = new Set(pkg.resources.flatMap((r) => r.schema.fields.map((f) => f.name)));
  for (const [name, m] of Object.entries(pkg.model.measures))
    if (!fields.has(m.source)) problems.push(`measure ${name}: no field ${m.source}`);
  for (const [name, d] of Object.entries(pkg.model.dimensions)) {
    for (const key of [d.primaryKey].flat())
      if (!d.attributes[key]) problems.push(`dimension ${name}: primary key ${key} is not an attribute`);
    for (const [a, attr] of Object.entries(d.attributes)) {
      if (!fields.has(attr.source)) problems.push(`${name}.${a}: no field ${attr.source}`);
      for (const link of [attr.labelfor, attr.parent])
        if (link !== undefined && !d.attributes[link])
          problems.push(`${name}.${a}: ${link} is not an attribute`);
    }
  }
  return problems;
}
