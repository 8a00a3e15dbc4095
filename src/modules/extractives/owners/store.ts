import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { DirectOrIndirect, InterestType, PepStatus, SourceType } from './codes.ts';

/** A legal entity of the platform's register, as the owners' pages and BODS need it. */
export interface OwnedEntity {
  id: number;
  scheme: string;
  identifier: string;
  kind: string;
  nameMn: string | null;
  nameEn: string | null;
  registeredOn: string | null;
  updatedAt: Date;
}

/** A natural person who owns or controls: only what may be published. */
export interface OwnerPerson {
  id: number;
  nameMn: string;
  nameEn: string | null;
  nationality: string | null;
  residence: string | null;
  pepStatus: PepStatus;
  pepReason: string | null;
  /** The official's slug in the officials register (`/officials/:slug`), when linked. */
  official: string | null;
  updatedAt: Date;
}

export interface Interest {
  type: InterestType;
  direct: DirectOrIndirect;
  beneficial: boolean;
  shareExact: number | null;
  shareMin: number | null;
  shareMax: number | null;
  startsOn: string | null;
  endsOn: string | null;
}

export type Party =
  | { kind: 'person'; id: number }
  | { kind: 'entity'; id: number }
  | { kind: 'state'; code: string };

export interface Ownership {
  id: number;
  subjectId: number;
  party: Party;
  sourceType: SourceType;
  sourceUrl: string | null;
  sourceDescription: string | null;
  statementDate: string;
  updatedAt: Date;
  interests: Interest[];
}

/** The ownership network above a subject: every relationship up to natural persons and States. */
export interface Network {
  subjectId: number;
  entities: Map<number, OwnedEntity>;
  persons: Map<number, OwnerPerson>;
  ownerships: Ownership[];
}

const ENTITY_COLUMNS = sql`e.id::int as id, e.scheme, e.identifier, e.kind, e.name_mn as "nameMn",
  e.name_en as "nameEn", to_char(e.registered_on, 'YYYY-MM-DD') as "registeredOn", e.updated_at as "updatedAt"`;

const PERSON_COLUMNS = sql`p.id::int as id, p.name_mn as "nameMn", p.name_en as "nameEn", p.nationality,
  p.residence, p.pep_status as "pepStatus", p.pep_reason as "pepReason", o.slug as official,
  p.updated_at as "updatedAt"`;

/** Legal entities by id. */
export async function readEntities(db: Queryable, ids: readonly number[]): Promise<OwnedEntity[]> {
  if (ids.length === 0) return [];
  return db.query<OwnedEntity>(
    sql`select ${ENTITY_COLUMNS} from legal_entities e where e.id = any(${ids}::bigint[]) order by e.id`,
  );
}

/** Owner persons by id, with the slug of their linked official. */
export async function readPersons(db: Queryable, ids: readonly number[]): Promise<OwnerPerson[]> {
  if (ids.length === 0) return [];
  return db.query<OwnerPerson>(sql`select ${PERSON_COLUMNS} from extractive_owner_persons p
    left join officials o on o.id = p.official_id where p.id = any(${ids}::bigint[]) order by p.id`);
}

interface OwnershipRow {
  id: number;
  subjectId: number;
  personId: number | null;
  partyEntityId: number | null;
  partyState: string | null;
  sourceType: SourceType;
  sourceUrl: string | null;
  sourceDescription: string | null;
  statementDate: string;
  updatedAt: Date;
  interests: {
    type: InterestType;
    direct: DirectOrIndirect;
    beneficial: boolean;
    share_exact: number | null;
    share_min: number | null;
    share_max: number | null;
    starts_on: string | null;
    ends_on: string | null;
  }[];
}

/** The relationships whose subject is one of `subjects`, and all above them (recursively). */
const NETWORK = (subjects: readonly number[]) => sql`
  with recursive up(id, party) as (
    select w.id, w.party_entity_id from extractive_ownerships w where w.subject_id = any(${subjects}::bigint[])
    union
    select w.id, w.party_entity_id from extractive_ownerships w join up on w.subject_id = up.party
  )
  select w.id::int as id, w.subject_id::int as "subjectId", w.person_id::int as "personId",
    w.party_entity_id::int as "partyEntityId", w.party_state as "partyState", w.source_type as "sourceType",
    w.source_url as "sourceUrl", w.source_description as "sourceDescription",
    to_char(w.statement_date, 'YYYY-MM-DD') as "statementDate", w.updated_at as "updatedAt",
    coalesce((select jsonb_agg(jsonb_build_object('type', i.interest_type, 'direct', i.direct,
      'beneficial', i.beneficial, 'share_exact', i.share_exact, 'share_min', i.share_min,
      'share_max', i.share_max, 'starts_on', i.starts_on, 'ends_on', i.ends_on) order by i.position)
      from extractive_ownership_interests i where i.ownership_id = w.id), '[]'::jsonb) as interests
  from extractive_ownerships w where w.id in (select id from up) order by w.id`;

const num = (v: number | string | null) => (v === null ? null : Number(v));

/** The network above one legal entity (empty when nobody is declared). */
export async function readNetwork(db: Queryable, subjectId: number): Promise<Network> {
  const rows = await db.query<OwnershipRow>(NETWORK([subjectId]));
  const ownerships: Ownership[] = rows.map((r) => ({
    id: r.id,
    subjectId: r.subjectId,
    party:
      r.personId !== null
        ? { kind: 'person', id: r.personId }
        : r.partyEntityId !== null
          ? { kind: 'entity', id: r.partyEntityId }
          : { kind: 'state', code: r.partyState! },
    sourceType: r.sourceType,
    sourceUrl: r.sourceUrl,
    sourceDescription: r.sourceDescription,
    statementDate: r.statementDate,
    updatedAt: r.updatedAt,
    interests: r.interests.map((i) => ({
      type: i.type,
      direct: i.direct,
      beneficial: i.beneficial,
      shareExact: num(i.share_exact),
      shareMin: num(i.share_min),
      shareMax: num(i.share_max),
      startsOn: i.starts_on,
      endsOn: i.ends_on,
    })),
  }));
  const entityIds = new Set<number>([subjectId]);
  const personIds = new Set<number>();
  for (const o of ownerships) {
    entityIds.add(o.subjectId);
    if (o.party.kind === 'entity') entityIds.add(o.party.id);
    if (o.party.kind === 'person') personIds.add(o.party.id);
  }
  const [entities, persons] = await Promise.all([
    readEntities(db, [...entityIds]),
    readPersons(db, [...personIds]),
  ]);
  return {
    subjectId,
    entities: new Map(entities.map((e) => [e.id, e])),
    persons: new Map(persons.map((p) => [p.id, p])),
    ownerships,
  };
}

/** The entities that are subjects of a declaration and own no other declared entity: the roots of the networks. */
export async function declarationSubjects(db: Queryable): Promise<number[]> {
  const rows = await db.query<{ id: number }>(sql`
    select distinct w.subject_id::int as id from extractive_ownerships w
    where not exists (select 1 from extractive_ownerships x where x.party_entity_id = w.subject_id)
    order by 1`);
  return rows.map((r) => r.id);
}

/** Whether an entity is among the owners (at any depth) of another: declaring it owned by that one would make a cycle. */
export async function ownsAtAnyDepth(db: Queryable, owner: number, owned: number): Promise<boolean> {
  if (owner === owned) return true;
  const [row] = await db.query<{ found: boolean }>(sql`
    with recursive up(party) as (
      select party_entity_id from extractive_ownerships where subject_id = ${owned} and party_entity_id is not null
      union
      select w.party_entity_id from extractive_ownerships w join up on w.subject_id = up.party
        where w.party_entity_id is not null
    ) select exists (select 1 from up where party = ${owner}) as found`);
  return row?.found ?? false;
}

/** The public name of an entity in a language (the other language when the first is missing). */
export function entityName(e: Pick<OwnedEntity, 'nameMn' | 'nameEn'>, locale: 'mn' | 'en'): string {
  return (locale === 'mn' ? (e.nameMn ?? e.nameEn) : (e.nameEn ?? e.nameMn)) ?? '';
}
export function personName(p: Pick<OwnerPerson, 'nameMn' | 'nameEn'>, locale: 'mn' | 'en'): string {
  return locale === 'en' ? (p.nameEn ?? p.nameMn) : p.nameMn;
}
