import type { CountryPack } from '../../../country/pack.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize, can } from '../../../platform/auth/permissions.ts';
import {
  auditRole,
  type FieldProblem,
  ok,
  problem,
  type RequestMeta,
  type Result,
  refusableTransaction,
  refuse,
} from '../../../platform/commands/index.ts';
import type { Database, Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import {
  checkOwnership,
  checkPerson,
  insertOwnership,
  insertPerson,
  type OwnershipValues,
  type PartyValues,
} from './write.ts';

export const OWNERS_WRITE = 'extractives.owners.write';

/** What the register keeper's form (and the API) send to declare one owner of an entity. */
export interface DeclareOwnerInput {
  organization: string;
  subject: string;
  partyKind: string;
  nameMn?: string;
  nameEn?: string;
  nationality?: string;
  residence?: string;
  pepStatus?: string;
  official?: string;
  pepReason?: string;
  partyEntity?: string;
  state?: string;
  interestType: string;
  direct?: string;
  beneficial?: string;
  shareExact?: string;
  shareMin?: string;
  shareMax?: string;
  startsOn?: string;
  endsOn?: string;
  sourceType: string;
  sourceUrl?: string;
  sourceDescription?: string;
  statementDate: string;
}

/** The register keepers: the bodies that issue licences (the pack's issuers), which declare owners of holders. */
export function keeperSlugs(pack: Pick<CountryPack, 'extractives'>): string[] {
  return [...new Set(pack.extractives.licenceTypes.map((t) => t.issuerSlug))];
}

/** The keepers the actor may declare owners for, by name. */
export async function keeperChoices(db: Queryable, pack: Pick<CountryPack, 'extractives'>, actor: Actor) {
  const rows = await db.query<{ id: number; slug: string; mn: string; en: string }>(
    sql`select id::int as id, slug, name_mn as mn, name_en as en from organizations where slug = any(${keeperSlugs(pack)}::text[]) order by slug`,
  );
  return rows.filter((o) => can(actor, OWNERS_WRITE, { organizationId: o.id }));
}

/** A share as typed ("33,5", "66") in percent; null when empty, NaN when not a number. */
function percent(value: string | undefined): number | null {
  const v = (value ?? '').trim().replace(',', '.').replace(/%$/, '');
  if (v === '') return null;
  return /^\d+(\.\d+)?$/.test(v) ? Number(v) : Number.NaN;
}

const entityId = (value: string | undefined) =>
  /^\d{1,15}$/.test((value ?? '').trim()) ? Number(value) : null;

/**
 * Declares one owner of a legal entity: a new natural person (with PEP status, linked to the
 * officials register), another legal entity of the register, or a State; one interest with its
 * share. Checked field by field; the keeper's grant checked (403 for another body); then the
 * person, the relationship and the audit entry in one transaction.
 */
export async function declareOwner(
  db: Database,
  pack: Pick<CountryPack, 'extractives'>,
  actor: Actor,
  input: DeclareOwnerInput,
  meta: RequestMeta,
): Promise<Result<{ ownershipId: number; subjectId: number }>> {
  const problems: FieldProblem[] = [];
  const [organization] = await db.query<{ id: number }>(
    sql`select id::int as id from organizations where slug = ${input.organization} and slug = any(${keeperSlugs(pack)}::text[])`,
  );
  if (!organization) problems.push(problem('organization', 'extractives.owners.error.organization'));
  const subjectId = entityId(input.subject);
  if (subjectId === null) problems.push(problem('subject', 'extractives.owners.error.entityMissing'));
  let party: PartyValues | null = null;
  let officialId: number | null = null;
  if (input.partyKind === 'person') {
    const checked = await checkPerson(db, input as DeclareOwnerInput & { nameMn: string });
    problems.push(...checked.problems);
    officialId = checked.officialId;
    party = { personId: 0 };
  } else if (input.partyKind === 'entity') {
    const id = entityId(input.partyEntity);
    if (id === null) problems.push(problem('partyEntity', 'extractives.owners.error.entityMissing'));
    else party = { entityId: id };
  } else if (input.partyKind === 'state') {
    party = { state: (input.state ?? '').trim().toUpperCase() };
  } else problems.push(problem('partyKind', 'extractives.owners.error.partyKind'));
  const shares = {
    shareExact: percent(input.shareExact),
    shareMin: percent(input.shareMin),
    shareMax: percent(input.shareMax),
  };
  const values: OwnershipValues = {
    subjectId: subjectId ?? 0,
    party: party ?? { state: 'MN' },
    interests: [
      {
        type: input.interestType,
        direct: input.direct || 'direct',
        beneficial: input.beneficial === '1' || input.beneficial === 'true',
        ...shares,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
      },
    ],
    sourceType: input.sourceType,
    sourceUrl: input.sourceUrl,
    sourceDescription: input.sourceDescription,
    statementDate: input.statementDate,
  };
  if (subjectId !== null && party !== null) {
    for (const p of await checkOwnership(db, values))
      problems.push(
        p.field === 'interestedParty'
          ? { ...p, field: party && 'state' in party ? 'state' : 'partyEntity' }
          : p,
      );
  }
  if (problems.length > 0) return refuse(problems);
  authorize(actor, OWNERS_WRITE, { organizationId: organization!.id });
  return refusableTransaction(db, async (tx) => {
    if (input.partyKind === 'person')
      values.party = {
        personId: await insertPerson(
          tx,
          organization!.id,
          input as DeclareOwnerInput & { nameMn: string },
          officialId,
          meta.now,
        ),
      };
    const written = await insertOwnership(tx, organization!.id, values, meta.now, actor.label);
    if (!written.ok) return written;
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, organization!.id, OWNERS_WRITE),
      action: OWNERS_WRITE,
      subject: { type: 'ownership', id: written.value },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { subject: subjectId, partyKind: input.partyKind },
    });
    return ok({ ownershipId: written.value, subjectId: subjectId! });
  });
}
