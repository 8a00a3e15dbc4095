import { createHash } from 'node:crypto';
import type { Queryable } from '../../../platform/db/database.ts';
import { BODS_VERSION, countryName } from './codes.ts';
import {
  declarationSubjects,
  type Interest,
  type Network,
  type OwnedEntity,
  type OwnerPerson,
  type Ownership,
  type Party,
  readNetwork,
} from './store.ts';

/**
 * The register of beneficial owners published as BODS 0.4: for each declaration subject (a legal
 * entity with declared owners), an entity statement for it and for every entity above it, a
 * person statement for every natural person, an entity statement (type `state`) for a State that
 * owns, and a relationship statement for every relationship. Record ids are the platform's
 * (`entity-12`, `person-3`, `relationship-7`, `state-MN`); a statement id is a name-based UUID
 * (version 5) of the declaration subject, the record id and the record's last change, so the same
 * record unchanged keeps its statement id and any change gives a new one. Persons carry only what
 * may be published: names, nationality, country of residence and PEP status.
 */
export type Statement = Record<string, unknown> & { statementId: string; recordId: string };

/** The platform's namespace for its statement ids (a fixed random UUID). */
const NAMESPACE = 'a3c5f0d2-6b1e-4c8a-9f37-2d4e8b1c7a90';

/** RFC 9562 UUID version 5 (SHA-1, name-based) of a name in a namespace. */
export function uuidV5(name: string, namespace = NAMESPACE): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const entityRecordId = (id: number) => `entity-${id}`;
export const personRecordId = (id: number) => `person-${id}`;
export const stateRecordId = (code: string) => `state-${code}`;
export const relationshipRecordId = (id: number) => `relationship-${id}`;
export const partyRecordId = (p: Party) =>
  p.kind === 'person'
    ? personRecordId(p.id)
    : p.kind === 'entity'
      ? entityRecordId(p.id)
      : stateRecordId(p.code);

export interface Publication {
  publicUrl: string;
  /** The day of publication (YYYY-MM-DD). */
  date: string;
}

const day = (d: Date) => new Date(d).toISOString().slice(0, 10);
const country = (code: string | null) => (code ? { name: countryName(code) ?? code, code } : undefined);

/** The jurisdiction of a register scheme (`MN-REG` → Mongolia), when the scheme names a country. */
function jurisdictionOf(scheme: string) {
  const code = /^([A-Z]{2})-/.exec(scheme)?.[1];
  const name = code ? countryName(code) : undefined;
  return code && name ? { name, code } : undefined;
}

function entityDetails(e: OwnedEntity, publicUrl: string) {
  const names = [e.nameEn, e.nameMn].filter((n): n is string => !!n);
  const type =
    e.kind === 'government-body'
      ? { type: 'stateBody', subtype: 'stateAgency' }
      : { type: 'registeredEntity' };
  return {
    isComponent: false,
    entityType: type,
    name: names[0],
    ...(names.length > 1 ? { alternateNames: names.slice(1) } : {}),
    ...(jurisdictionOf(e.scheme) ? { jurisdiction: jurisdictionOf(e.scheme) } : {}),
    ...(e.scheme !== 'unidentified' ? { identifiers: [{ id: e.identifier, scheme: e.scheme }] } : {}),
    ...(e.registeredOn ? { foundingDate: e.registeredOn } : {}),
    uri: `${publicUrl}/legal-entities/${e.id}`,
  };
}

function personDetails(p: OwnerPerson, publicUrl: string) {
  const nationality = country(p.nationality);
  const residence = country(p.residence);
  return {
    isComponent: false,
    personType: 'knownPerson',
    names: [
      { type: 'legal', fullName: p.nameMn },
      ...(p.nameEn ? [{ type: 'transliteration', fullName: p.nameEn }] : []),
    ],
    ...(nationality ? { nationalities: [nationality] } : {}),
    // Only the country of residence: never an address.
    ...(residence ? { addresses: [{ type: 'residence', country: residence }] } : {}),
    politicalExposure: {
      status: p.pepStatus,
      ...(p.pepStatus === 'isPep' && (p.pepReason || p.official)
        ? {
            details: [
              {
                ...(p.pepReason ? { reason: p.pepReason } : {}),
                ...(p.official
                  ? { source: { type: ['officialRegister'], url: `${publicUrl}/officials/${p.official}` } }
                  : {}),
              },
            ],
          }
        : {}),
    },
  };
}

function interestOut(i: Interest) {
  const share =
    i.shareExact !== null
      ? { exact: i.shareExact }
      : i.shareMin !== null || i.shareMax !== null
        ? {
            ...(i.shareMin !== null ? { minimum: i.shareMin } : {}),
            ...(i.shareMax !== null ? { maximum: i.shareMax } : {}),
          }
        : undefined;
  return {
    type: i.type,
    directOrIndirect: i.direct,
    beneficialOwnershipOrControl: i.beneficial,
    ...(share ? { share } : {}),
    ...(i.startsOn ? { startDate: i.startsOn } : {}),
    ...(i.endsOn ? { endDate: i.endsOn } : {}),
  };
}

function sourceOf(o: Ownership) {
  return {
    type: [o.sourceType],
    ...(o.sourceUrl ? { url: o.sourceUrl } : {}),
    ...(o.sourceDescription ? { assertedBy: [{ name: o.sourceDescription }] } : {}),
  };
}

/** The statements of one network, its subject the declaration subject. */
export function networkStatements(network: Network, pub: Publication): Statement[] {
  const subject = entityRecordId(network.subjectId);
  const publicationDetails = {
    publicationDate: pub.date,
    bodsVersion: BODS_VERSION,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    publisher: { name: 'Shilen', url: pub.publicUrl },
  };
  const statement = (
    recordId: string,
    changed: string,
    recordType: string,
    statementDate: string,
    recordDetails: object,
    extra = {},
  ): Statement => ({
    statementId: uuidV5(`${subject}|${recordId}|${changed}`),
    declarationSubject: subject,
    statementDate,
    recordId,
    recordType,
    recordDetails,
    publicationDetails,
    ...extra,
  });
  const out: Statement[] = [];
  // Parties before the relationships that name them, as BODS recommends.
  for (const e of network.entities.values())
    out.push(
      statement(
        entityRecordId(e.id),
        new Date(e.updatedAt).toISOString(),
        'entity',
        day(e.updatedAt),
        entityDetails(e, pub.publicUrl),
      ),
    );
  for (const p of network.persons.values())
    out.push(
      statement(
        personRecordId(p.id),
        new Date(p.updatedAt).toISOString(),
        'person',
        day(p.updatedAt),
        personDetails(p, pub.publicUrl),
      ),
    );
  const states = [
    ...new Set(network.ownerships.flatMap((o) => (o.party.kind === 'state' ? [o.party.code] : []))),
  ];
  for (const code of states) {
    // A State's statement is dated by the first relationship that names it, so its id and content stay together.
    const dated = network.ownerships
      .filter((o) => o.party.kind === 'state' && o.party.code === code)
      .map((o) => o.statementDate)
      .sort()[0]!;
    out.push(
      statement(stateRecordId(code), `state|${dated}`, 'entity', dated, {
        isComponent: false,
        entityType: { type: 'state' },
        name: countryName(code) ?? code,
        jurisdiction: { name: countryName(code) ?? code, code },
      }),
    );
  }
  for (const o of network.ownerships)
    out.push(
      statement(
        relationshipRecordId(o.id),
        new Date(o.updatedAt).toISOString(),
        'relationship',
        o.statementDate,
        {
          isComponent: false,
          subject: entityRecordId(o.subjectId),
          interestedParty: partyRecordId(o.party),
          interests: o.interests.map(interestOut),
        },
        { source: sourceOf(o) },
      ),
    );
  return out;
}

/** The BODS statements of one entity's network (empty when nobody is declared). */
export async function entityStatements(
  db: Queryable,
  entityId: number,
  pub: Publication,
): Promise<Statement[]> {
  const network = await readNetwork(db, entityId);
  return network.ownerships.length === 0 ? [] : networkStatements(network, pub);
}

/** Every declaration subject's statements: the whole register as one BODS array. */
export async function allStatements(db: Queryable, pub: Publication): Promise<Statement[]> {
  const out: Statement[] = [];
  for (const id of await declarationSubjects(db)) out.push(...(await entityStatements(db, id, pub)));
  return out;
}
