import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { bodsCodelists } from './codes.ts';

/**
 * The project's own encoding of the BODS 0.4 Statement (statement, entity, person and
 * relationship records and their components), written from the published standard: every field
 * with its type, the members required, the formats (date, date-time, uri), lengths, the closed
 * codelists (`codes.ts`) and the rules that tie an entity's subtype to its type and a
 * relationship's component records to `isComponent`. Imports are checked with it at run time; the
 * official files are never read by the product (`bods.conformance.test.ts` compares the verdicts).
 */
type Schema = Record<string, unknown>;

const text: Schema = { type: 'string' };
const date: Schema = { type: 'string', format: 'date' };
const dateOrTime: Schema = { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] };
const uri: Schema = { type: 'string', format: 'uri' };
const bool: Schema = { type: 'boolean' };
const closed = (codelist: keyof typeof bodsCodelists): Schema => ({
  type: 'string',
  enum: [...bodsCodelists[codelist]],
  codelist,
});
const list = (items: Schema): Schema => ({ type: 'array', items });
const object = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: 'object',
  properties,
  ...(required.length > 0 ? { required } : {}),
});
const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });
const partialDate: Schema = {
  type: 'string',
  anyOf: [{ pattern: '^(\\d{4})(-(1[0-2]|0[1-9]))?$' }, { format: 'date' }],
};
const addressOf = (types: string[]): Schema => ({
  allOf: [ref('Address'), { type: 'object', properties: { type: { enum: types } } }],
});
const share: Schema = { type: 'number', minimum: 0, maximum: 100 };
const subtypeIf = (types: string[], subtypes: string[]): Schema => ({
  if: { properties: { type: { enum: types } } },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's keyword
  then: { properties: { subtype: { enum: subtypes } } },
});

const definitions: Record<string, Schema> = {
  Country: object({ name: text, code: { type: 'string', minLength: 2, maxLength: 2 } }, ['name']),
  Jurisdiction: object({ name: text, code: { type: 'string', minLength: 2, maxLength: 6 } }, ['name']),
  Address: object({
    type: closed('addressType.csv'),
    address: text,
    postCode: text,
    country: ref('Country'),
  }),
  Identifier: {
    ...object({ id: text, scheme: text, schemeName: text, uri }),
    anyOf: [{ required: ['scheme'] }, { required: ['schemeName'] }],
  },
  UnspecifiedRecord: object({ reason: closed('unspecifiedReason.csv') }, ['reason']),
  Source: object({
    type: list(closed('sourceType.csv')),
    url: uri,
    retrievedAt: dateOrTime,
    assertedBy: list(object({ name: text, uri })),
  }),
  Annotation: object(
    {
      statementPointerTarget: text,
      creationDate: dateOrTime,
      createdBy: object({ name: text, uri }),
      motivation: {
        type: 'string',
        enum: ['commenting', 'correcting', 'identifying', 'linking', 'transformation'],
      },
      description: text,
      transformedContent: text,
      url: uri,
    },
    ['statementPointerTarget', 'motivation'],
  ),
  Entity: object(
    {
      isComponent: bool,
      entityType: {
        ...object({ type: closed('entityType.csv'), subtype: closed('entitySubtype.csv'), details: text }, [
          'type',
        ]),
        allOf: [
          subtypeIf(['arrangement'], ['trust', 'nomination', 'other']),
          subtypeIf(['legalEntity'], ['trust', 'other']),
          subtypeIf(['stateBody'], ['governmentDepartment', 'stateAgency', 'other']),
          subtypeIf(['registeredEntity', 'state', 'anonymousEntity', 'unknownEntity'], ['other']),
        ],
      },
      unspecifiedEntityDetails: ref('UnspecifiedRecord'),
      name: text,
      alternateNames: list(text),
      jurisdiction: ref('Jurisdiction'),
      identifiers: list(ref('Identifier')),
      foundingDate: date,
      dissolutionDate: date,
      addresses: list(addressOf(['registered', 'business', 'alternative'])),
      uri,
      publicListing: {
        ...object(
          {
            hasPublicListing: bool,
            companyFilingsURLs: list(uri),
            securitiesListings: list(
              object(
                {
                  marketIdentifierCode: text,
                  operatingMarketIdentifierCode: text,
                  stockExchangeJurisdiction: { type: 'string', minLength: 2, maxLength: 6 },
                  stockExchangeName: text,
                  security: object(
                    { idScheme: closed('securitiesIdentifierSchemes.csv'), id: text, ticker: text },
                    ['ticker'],
                  ),
                },
                ['stockExchangeJurisdiction', 'security', 'stockExchangeName'],
              ),
            ),
          },
          ['hasPublicListing'],
        ),
        minProperties: 1,
      },
      formedByStatute: object({ name: text, date }),
    },
    ['isComponent', 'entityType'],
  ),
  Person: object(
    {
      isComponent: bool,
      personType: closed('personType.csv'),
      unspecifiedPersonDetails: ref('UnspecifiedRecord'),
      names: list(
        object(
          {
            type: closed('nameType.csv'),
            fullName: text,
            familyName: text,
            givenName: text,
            patronymicName: text,
          },
          ['fullName'],
        ),
      ),
      identifiers: list(ref('Identifier')),
      nationalities: list(ref('Country')),
      placeOfBirth: addressOf(['placeOfBirth']),
      birthDate: partialDate,
      deathDate: partialDate,
      taxResidencies: list(ref('Country')),
      addresses: list(addressOf(['residence', 'service', 'alternative'])),
      politicalExposure: object(
        {
          status: { type: 'string', enum: ['isPep', 'isNotPep', 'unknown'] },
          details: list(
            object({
              reason: text,
              missingInfoReason: text,
              jurisdiction: ref('Jurisdiction'),
              startDate: date,
              endDate: date,
              source: ref('Source'),
            }),
          ),
        },
        ['status'],
      ),
    },
    ['personType', 'isComponent'],
  ),
  Relationship: {
    ...object(
      {
        isComponent: bool,
        componentRecords: list(text),
        subject: { oneOf: [text, ref('UnspecifiedRecord')] },
        interestedParty: { oneOf: [text, ref('UnspecifiedRecord')] },
        interests: list(
          object({
            type: closed('interestType.csv'),
            directOrIndirect: closed('directOrIndirect.csv'),
            beneficialOwnershipOrControl: bool,
            details: text,
            share: object({
              exact: share,
              maximum: share,
              minimum: share,
              exclusiveMinimum: share,
              exclusiveMaximum: share,
            }),
            startDate: date,
            endDate: date,
          }),
        ),
      },
      ['isComponent', 'subject', 'interestedParty'],
    ),
    if: { properties: { isComponent: { const: true } } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's keyword
    then: { properties: { componentRecords: { const: [] } } },
  },
};

const detailsOf = (recordType: string, definition: string): Schema => ({
  if: { properties: { recordType: { const: recordType } } },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's keyword
  then: { properties: { recordDetails: ref(definition) } },
});

/** One BODS 0.4 Statement. */
export const statementSchema: Schema = {
  $id: 'shilen:bods-0.4-statement',
  definitions,
  ...object(
    {
      statementId: { type: 'string', minLength: 32, maxLength: 64 },
      statementDate: dateOrTime,
      annotations: list(ref('Annotation')),
      publicationDetails: object(
        {
          publicationDate: dateOrTime,
          bodsVersion: { type: 'string', pattern: '^(\\d+\\.)(\\d+)$' },
          license: uri,
          publisher: {
            ...object({ name: text, url: uri }),
            anyOf: [{ required: ['name'] }, { required: ['url'] }],
          },
        },
        ['publicationDate', 'bodsVersion', 'publisher'],
      ),
      source: ref('Source'),
      declaration: text,
      declarationSubject: text,
      recordId: text,
      recordType: closed('recordType.csv'),
      recordStatus: closed('recordStatus.csv'),
      recordDetails: { type: 'object' },
    },
    ['statementId', 'declarationSubject', 'recordId', 'recordType', 'recordDetails', 'statementDate'],
  ),
  allOf: [
    detailsOf('entity', 'Entity'),
    detailsOf('person', 'Person'),
    detailsOf('relationship', 'Relationship'),
  ],
};

let cached: ValidateFunction | undefined;

/** The validator of one statement, compiled once. */
export function statementValidator(): ValidateFunction {
  if (cached) return cached;
  const ajv = new Ajv({ allErrors: true, verbose: true, strictTuples: false });
  formats.default(ajv, ['date', 'date-time', 'uri']);
  ajv.addKeyword({ keyword: 'codelist', schemaType: 'string' });
  cached = ajv.compile(statementSchema);
  return cached;
}
