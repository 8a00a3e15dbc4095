import { type FieldProblem, ok, problem, type Result, refuse } from '../../../platform/commands/index.ts';
import { recordCurrentVersions } from '../../../platform/datasets/versions.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { isIsoDate } from '../../../platform/patterns.ts';
import {
  bodsCodelists,
  countryName,
  type DirectOrIndirect,
  type InterestType,
  PEP_STATUSES,
  type PepStatus,
  type SourceType,
} from './codes.ts';
import { ownersDataset } from './dataset.ts';
import { ownsAtAnyDepth } from './store.ts';

/**
 * Writing the register, inside the caller's transaction, after the caller's authorisation: an
 * owner person, and a relationship with its interests. Every value is checked first; each problem
 * names its field (the form's field, or an imported statement's place given by `at`) and nothing
 * is written while one remains. Shares of one subject held by its current owners may not pass 100%.
 */
export interface PersonValues {
  nameMn: string;
  nameEn?: string;
  nationality?: string;
  residence?: string;
  pepStatus?: string;
  /** Slug of an official of the officials register. */
  official?: string;
  pepReason?: string;
}

export interface InterestValues {
  type: string;
  direct?: string;
  beneficial?: boolean;
  shareExact?: number | null;
  shareMin?: number | null;
  shareMax?: number | null;
  startsOn?: string;
  endsOn?: string;
}

export type PartyValues = { personId: number } | { entityId: number } | { state: string };

export interface OwnershipValues {
  subjectId: number;
  party: PartyValues;
  interests: InterestValues[];
  sourceType: string;
  sourceUrl?: string;
  sourceDescription?: string;
  statementDate: string;
}

const blank = (v: string | undefined) => (v ?? '').trim();
const isUrl = (v: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};

/** Checks a person's values: problems under `at` + field name. */
export async function checkPerson(
  db: Queryable,
  v: PersonValues,
  at = '',
): Promise<{ problems: FieldProblem[]; officialId: number | null }> {
  const problems: FieldProblem[] = [];
  const nameMn = blank(v.nameMn);
  if (nameMn === '') problems.push(problem(`${at}nameMn`, 'extractives.owners.error.missing'));
  for (const f of ['nameMn', 'nameEn'] as const)
    if (blank(v[f]).length > 200)
      problems.push(problem(`${at}${f}`, 'extractives.owners.error.tooLong', { max: 200 }));
  for (const f of ['nationality', 'residence'] as const) {
    const code = blank(v[f]).toUpperCase();
    if (code !== '' && !countryName(code))
      problems.push(problem(`${at}${f}`, 'extractives.owners.error.country', { code }));
  }
  const status = blank(v.pepStatus) || 'unknown';
  if (!(PEP_STATUSES as readonly string[]).includes(status))
    problems.push(problem(`${at}pepStatus`, 'extractives.owners.error.code', { code: status }));
  if (blank(v.pepReason).length > 500)
    problems.push(problem(`${at}pepReason`, 'extractives.owners.error.tooLong', { max: 500 }));
  let officialId: number | null = null;
  const slug = blank(v.official);
  if (slug !== '') {
    const [found] = await db.query<{ id: number }>(
      sql`select id::int as id from officials where slug = ${slug}`,
    );
    if (!found) problems.push(problem(`${at}official`, 'extractives.owners.error.official', { slug }));
    else if (status !== 'isPep')
      problems.push(problem(`${at}official`, 'extractives.owners.error.officialNotPep'));
    else officialId = found.id;
  }
  return { problems, officialId };
}

/** Adds an owner person (checked by `checkPerson` first). */
export async function insertPerson(
  tx: Queryable,
  organizationId: number,
  v: PersonValues,
  officialId: number | null,
  now: Date,
): Promise<number> {
  const code = (s: string | undefined) => blank(s).toUpperCase() || null;
  const [row] = await tx.query<{ id: number }>(sql`
    insert into extractive_owner_persons (organization_id, name_mn, name_en, nationality, residence, pep_status,
      official_id, pep_reason, created_at, updated_at)
    values (${organizationId}, ${blank(v.nameMn)}, ${blank(v.nameEn) || null}, ${code(v.nationality)}, ${code(v.residence)},
      ${(blank(v.pepStatus) || 'unknown') as PepStatus}, ${officialId}, ${blank(v.pepReason) || null}, ${now}, ${now})
    returning id::int as id`);
  return row!.id;
}

function checkInterest(i: InterestValues, at: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!(bodsCodelists['interestType.csv'] as readonly string[]).includes(i.type))
    problems.push(problem(`${at}type`, 'extractives.owners.error.code', { code: i.type }));
  if (
    i.direct !== undefined &&
    !(bodsCodelists['directOrIndirect.csv'] as readonly string[]).includes(i.direct)
  )
    problems.push(problem(`${at}direct`, 'extractives.owners.error.code', { code: i.direct }));
  for (const f of ['shareExact', 'shareMin', 'shareMax'] as const) {
    const s = i[f];
    if (s !== null && s !== undefined && !(Number.isFinite(s) && s >= 0 && s <= 100))
      problems.push(problem(`${at}${f}`, 'extractives.owners.error.share'));
  }
  const has = (s: number | null | undefined) => s !== null && s !== undefined;
  if (has(i.shareExact) && (has(i.shareMin) || has(i.shareMax)))
    problems.push(problem(`${at}shareExact`, 'extractives.owners.error.shareBoth'));
  if (has(i.shareMin) && has(i.shareMax) && i.shareMin! > i.shareMax!)
    problems.push(problem(`${at}shareMax`, 'extractives.owners.error.shareRange'));
  for (const f of ['startsOn', 'endsOn'] as const)
    if (blank(i[f]) !== '' && !isIsoDate(blank(i[f])))
      problems.push(problem(`${at}${f}`, 'extractives.owners.error.date'));
  if (isIsoDate(blank(i.startsOn)) && isIsoDate(blank(i.endsOn)) && blank(i.endsOn) < blank(i.startsOn))
    problems.push(problem(`${at}endsOn`, 'extractives.owners.error.endsBeforeStart'));
  return problems;
}

/** Checks a relationship's values (the party must exist; no cycle; shares within 100%). */
export async function checkOwnership(db: Queryable, v: OwnershipValues, at = ''): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const [subject] = await db.query<{ id: number }>(
    sql`select id from legal_entities where id = ${v.subjectId}`,
  );
  if (!subject)
    problems.push(problem(`${at}subject`, 'extractives.owners.error.entity', { id: v.subjectId }));
  const p = v.party;
  if ('entityId' in p) {
    const [party] = await db.query<{ id: number }>(
      sql`select id from legal_entities where id = ${p.entityId}`,
    );
    if (!party)
      problems.push(problem(`${at}interestedParty`, 'extractives.owners.error.entity', { id: p.entityId }));
    else if (subject && (await ownsAtAnyDepth(db, v.subjectId, p.entityId)))
      problems.push(problem(`${at}interestedParty`, 'extractives.owners.error.cycle'));
  } else if ('state' in p && !countryName(p.state)) {
    problems.push(problem(`${at}interestedParty`, 'extractives.owners.error.country', { code: p.state }));
  }
  if (v.interests.length === 0)
    problems.push(problem(`${at}interests`, 'extractives.owners.error.noInterest'));
  for (const [n, i] of v.interests.entries())
    problems.push(...checkInterest(i, v.interests.length > 1 || at ? `${at}interests.${n}.` : ''));
  if (!(bodsCodelists['sourceType.csv'] as readonly string[]).includes(v.sourceType))
    problems.push(problem(`${at}sourceType`, 'extractives.owners.error.code', { code: v.sourceType }));
  const url = blank(v.sourceUrl);
  if (url !== '' && (url.length > 500 || !isUrl(url)))
    problems.push(problem(`${at}sourceUrl`, 'extractives.owners.error.url'));
  if (blank(v.sourceDescription).length > 500)
    problems.push(problem(`${at}sourceDescription`, 'extractives.owners.error.tooLong', { max: 500 }));
  if (!isIsoDate(blank(v.statementDate)))
    problems.push(problem(`${at}statementDate`, 'extractives.owners.error.date'));
  return problems;
}

/** The exact shareholdings of a subject's current owners, in percent. */
async function heldShares(db: Queryable, subjectId: number): Promise<number> {
  const [row] = await db.query<{ total: string | null }>(sql`
    select sum(i.share_exact)::text as total from extractive_ownership_interests i
    join extractive_ownerships w on w.id = i.ownership_id
    where w.subject_id = ${subjectId} and i.interest_type = 'shareholding' and (i.ends_on is null or i.ends_on > current_date)`);
  return Number(row?.total ?? 0);
}

/** Adds a relationship and its interests (checked by `checkOwnership` first); refused when the subject's shares would pass 100%. */
export async function insertOwnership(
  tx: Queryable,
  organizationId: number,
  v: OwnershipValues,
  now: Date,
  changedBy: string,
  at = '',
): Promise<Result<number>> {
  const p = v.party;
  const [row] = await tx.query<{ id: number }>(sql`
    insert into extractive_ownerships (organization_id, subject_id, person_id, party_entity_id, party_state,
      source_type, source_url, source_description, statement_date, created_at, updated_at)
    values (${organizationId}, ${v.subjectId}, ${'personId' in p ? p.personId : null}, ${'entityId' in p ? p.entityId : null},
      ${'state' in p ? p.state : null}, ${v.sourceType as SourceType}, ${blank(v.sourceUrl) || null},
      ${blank(v.sourceDescription) || null}, ${v.statementDate}, ${now}, ${now})
    returning id::int as id`);
  for (const [n, i] of v.interests.entries())
    await tx.query(sql`insert into extractive_ownership_interests (ownership_id, position, interest_type, direct,
      beneficial, share_exact, share_min, share_max, starts_on, ends_on)
      values (${row!.id}, ${n}, ${i.type as InterestType}, ${(i.direct ?? 'direct') as DirectOrIndirect}, ${i.beneficial ?? false},
        ${i.shareExact ?? null}, ${i.shareMin ?? null}, ${i.shareMax ?? null}, ${blank(i.startsOn) || null}, ${blank(i.endsOn) || null})`);
  const total = await heldShares(tx, v.subjectId);
  if (total > 100.0001)
    return refuse(`${at}shareExact`, 'extractives.owners.error.sharesOver', {
      total: Math.round(total * 100) / 100,
    });
  // The dataset's change history: one version per interest row.
  await recordCurrentVersions(
    tx,
    ownersDataset,
    changedBy,
    v.interests.map((_, n) => `${row!.id}-${n}`),
  );
  return ok(row!.id);
}
