import { closedCodelists } from './codelists.ts';

/**
 * The project's own encoding of the OCDS 1.1 release schema (release schema 1.1.5), written from
 * the published standard: every field with its type, the members the standard requires, the
 * nested objects, the formats (date-time, uri), the lists whose entries must differ, the
 * language-tagged copies of text fields (`title_mn`), and the closed codelists (`codelists.ts`).
 * Open codelists accept any text; their names stay as annotations (`codelist`) so that an error
 * can name the list. The result is a JSON Schema that ajv compiles once (`standard.ts`).
 *
 * `ocds-encoding.conformance.test.ts` checks that this encoding and the official file give the same verdict
 * on generated releases; the product never reads the official file.
 */

type Schema = Record<string, unknown>;

// A BCP 47 language tag (RFC 5646 `langtag` or a private-use tag), for `title_mn`, `name_en-GB`…
const languageTag = (() => {
  const language = '(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}(?:-[A-Za-z]{3}){0,2})?|[A-Za-z]{4}|[A-Za-z]{5,8})';
  const script = '(?:-[A-Za-z]{4})?';
  const region = '(?:-(?:[A-Za-z]{2}|[0-9]{3}))?';
  const variants = '(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*';
  const extensions = '(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*';
  const privateUse = 'x(?:-[A-Za-z0-9]{1,8})+';
  return `(?:${language}${script}${region}${variants}${extensions}(?:-${privateUse})?|${privateUse})`;
})();

const text: Schema = { type: ['string', 'null'] };
const dateTime: Schema = { type: ['string', 'null'], format: 'date-time' };
const uri: Schema = { type: ['string', 'null'], format: 'uri' };
/** An identifier within the process: text of at least one character, or a whole number. */
const localId: Schema = { type: ['string', 'integer'], minLength: 1 };
const ref = (definition: string): Schema => ({ $ref: `#/definitions/${definition}` });
const closed = (codelist: string, nullable = true): Schema => ({
  type: nullable ? ['string', 'null'] : 'string',
  enum: nullable ? [...closedCodelists[codelist]!, null] : [...closedCodelists[codelist]!],
  codelist,
});
const open = (codelist: string): Schema => ({ type: ['string', 'null'], codelist });
const openList = (codelist: string): Schema => ({
  type: ['array', 'null'],
  items: { type: 'string' },
  codelist,
});
const list = (items: Schema, { unique = false, atLeastOne = false } = {}): Schema => ({
  type: 'array',
  items,
  ...(unique ? { uniqueItems: true } : {}),
  ...(atLeastOne ? { minItems: 1 } : {}),
});

/** An object of OCDS: its fields, the ones required, and the text fields with language copies. */
function object(
  properties: Record<string, Schema>,
  required: string[] = [],
  translated: string[] = [],
): Schema {
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    ...(translated.length > 0
      ? { patternProperties: { [`^(?:${translated.join('|')})_${languageTag}$`]: text } }
      : {}),
  };
}

const definitions: Record<string, Schema> = {
  Planning: object(
    {
      rationale: text,
      budget: ref('Budget'),
      documents: list(ref('Document')),
      milestones: list(ref('Milestone')),
    },
    [],
    ['rationale'],
  ),
  Tender: object(
    {
      id: localId,
      title: text,
      description: text,
      status: closed('tenderStatus.csv'),
      procuringEntity: ref('OrganizationReference'),
      items: list(ref('Item'), { unique: true }),
      value: ref('Value'),
      minValue: ref('Value'),
      procurementMethod: closed('method.csv'),
      procurementMethodDetails: text,
      procurementMethodRationale: text,
      mainProcurementCategory: closed('procurementCategory.csv'),
      additionalProcurementCategories: openList('extendedProcurementCategory.csv'),
      awardCriteria: open('awardCriteria.csv'),
      awardCriteriaDetails: text,
      submissionMethod: openList('submissionMethod.csv'),
      submissionMethodDetails: text,
      tenderPeriod: ref('Period'),
      enquiryPeriod: ref('Period'),
      hasEnquiries: { type: ['boolean', 'null'] },
      eligibilityCriteria: text,
      awardPeriod: ref('Period'),
      contractPeriod: ref('Period'),
      numberOfTenderers: { type: ['integer', 'null'] },
      tenderers: list(ref('OrganizationReference'), { unique: true }),
      documents: list(ref('Document')),
      milestones: list(ref('Milestone')),
      amendments: list(ref('Amendment')),
      amendment: ref('Amendment'), // deprecated in 1.1, still valid
    },
    ['id'],
    [
      'title',
      'description',
      'procurementMethodRationale',
      'awardCriteriaDetails',
      'submissionMethodDetails',
      'eligibilityCriteria',
    ],
  ),
  Award: object(
    {
      id: localId,
      title: text,
      description: text,
      status: closed('awardStatus.csv'),
      date: dateTime,
      value: ref('Value'),
      suppliers: list(ref('OrganizationReference'), { unique: true }),
      items: list(ref('Item'), { unique: true, atLeastOne: true }),
      contractPeriod: ref('Period'),
      documents: list(ref('Document'), { unique: true }),
      amendments: list(ref('Amendment')),
      amendment: ref('Amendment'),
    },
    ['id'],
    ['title', 'description'],
  ),
  Contract: object(
    {
      id: localId,
      awardID: localId,
      title: text,
      description: text,
      status: closed('contractStatus.csv'),
      period: ref('Period'),
      value: ref('Value'),
      items: list(ref('Item'), { unique: true, atLeastOne: true }),
      dateSigned: dateTime,
      documents: list(ref('Document'), { unique: true }),
      implementation: ref('Implementation'),
      relatedProcesses: list(ref('RelatedProcess'), { unique: true }),
      milestones: list(ref('Milestone')),
      amendments: list(ref('Amendment')),
      amendment: ref('Amendment'),
    },
    ['id', 'awardID'],
    ['title', 'description'],
  ),
  Implementation: object({
    transactions: list(ref('Transaction'), { unique: true }),
    milestones: list(ref('Milestone'), { unique: true }),
    documents: list(ref('Document'), { unique: true }),
  }),
  Milestone: object(
    {
      id: localId,
      title: text,
      type: open('milestoneType.csv'),
      description: text,
      code: text,
      dueDate: dateTime,
      dateMet: dateTime,
      dateModified: dateTime,
      status: closed('milestoneStatus.csv'),
      documents: list(ref('Document'), { unique: true }), // deprecated in 1.1
    },
    ['id'],
    ['title', 'description'],
  ),
  Document: object(
    {
      id: localId,
      documentType: open('documentType.csv'),
      title: text,
      description: text,
      url: uri,
      datePublished: dateTime,
      dateModified: dateTime,
      format: text,
      language: text,
    },
    ['id'],
    ['title', 'description'],
  ),
  Budget: object(
    {
      id: { type: ['string', 'integer', 'null'] },
      description: text,
      amount: ref('Value'),
      project: text,
      projectID: { type: ['string', 'integer', 'null'] },
      uri,
      source: uri, // deprecated in 1.1
    },
    [],
    ['source', 'description', 'project'],
  ),
  Transaction: object(
    {
      id: localId,
      source: uri,
      date: dateTime,
      value: ref('Value'),
      payer: ref('OrganizationReference'),
      payee: ref('OrganizationReference'),
      uri,
      // The 1.0 names, deprecated in 1.1.
      amount: ref('Value'),
      providerOrganization: ref('Identifier'),
      receiverOrganization: ref('Identifier'),
    },
    ['id'],
  ),
  OrganizationReference: object({
    name: { type: ['string', 'null'], minLength: 1 },
    id: { type: ['string', 'integer'] },
    // Deprecated in 1.1: the details belong to the party.
    identifier: ref('Identifier'),
    address: ref('Address'),
    additionalIdentifiers: list(ref('Identifier'), { unique: true }),
    contactPoint: ref('ContactPoint'),
  }),
  Organization: object(
    {
      name: text,
      id: { type: 'string' },
      identifier: ref('Identifier'),
      additionalIdentifiers: list(ref('Identifier'), { unique: true }),
      address: ref('Address'),
      contactPoint: ref('ContactPoint'),
      roles: openList('partyRole.csv'),
      details: { type: ['object', 'null'] },
    },
    [],
    ['name'],
  ),
  Item: object(
    {
      id: localId,
      description: text,
      classification: ref('Classification'),
      additionalClassifications: list(ref('Classification'), { unique: true }),
      quantity: { type: ['number', 'null'] },
      unit: object(
        { scheme: open('unitClassificationScheme.csv'), id: text, name: text, value: ref('Value'), uri },
        [],
        ['name'],
      ),
    },
    ['id'],
    ['description'],
  ),
  Amendment: object(
    {
      date: dateTime,
      rationale: text,
      id: text,
      description: text,
      amendsReleaseID: text,
      releaseID: text,
      // Deprecated in 1.1: the changed fields and their former values.
      changes: list(
        object({
          property: { type: 'string' },
          former_value: { type: ['string', 'number', 'array', 'object', 'null'] },
        }),
      ),
    },
    [],
    ['rationale'],
  ),
  Classification: object(
    {
      scheme: open('itemClassificationScheme.csv'),
      id: { type: ['string', 'integer', 'null'] },
      description: text,
      uri,
    },
    [],
    ['description'],
  ),
  Identifier: object(
    { scheme: text, id: { type: ['string', 'integer', 'null'] }, legalName: text, uri },
    [],
    ['legalName'],
  ),
  Address: object(
    { streetAddress: text, locality: text, region: text, postalCode: text, countryName: text },
    [],
    ['countryName'],
  ),
  ContactPoint: object({ name: text, email: text, telephone: text, faxNumber: text, url: uri }, [], ['name']),
  Value: object({ amount: { type: ['number', 'null'] }, currency: closed('currency.csv') }),
  Period: object({
    startDate: dateTime,
    endDate: dateTime,
    maxExtentDate: dateTime,
    durationInDays: { type: ['integer', 'null'] },
  }),
  RelatedProcess: object({
    id: { type: 'string' },
    relationship: openList('relatedProcess.csv'),
    title: text,
    scheme: open('relatedProcessScheme.csv'),
    identifier: text,
    uri,
  }),
};

/** One OCDS 1.1 release, as JSON Schema. Fields the standard does not name are allowed, as there. */
export const releaseSchema: Schema = {
  $id: 'https://shilen.mn/schema/ocds-1.1-release.json',
  ...object(
    {
      ocid: { type: 'string', minLength: 1 },
      id: { type: 'string', minLength: 1 },
      date: { type: 'string', format: 'date-time' },
      tag: { type: 'array', items: closed('releaseTag.csv', false), minItems: 1 },
      initiationType: closed('initiationType.csv', false),
      parties: list(ref('Organization'), { unique: true }),
      buyer: ref('OrganizationReference'),
      planning: ref('Planning'),
      tender: ref('Tender'),
      awards: list(ref('Award'), { unique: true }),
      contracts: list(ref('Contract'), { unique: true }),
      language: text,
      relatedProcesses: list(ref('RelatedProcess'), { unique: true }),
    },
    ['ocid', 'id', 'date', 'tag', 'initiationType'],
  ),
  definitions,
};
