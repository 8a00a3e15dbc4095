import type { ErrorObject } from 'ajv';
import type { CountryPack } from '../../../country/pack.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize } from '../../../platform/auth/permissions.ts';
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
import type { Database } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { translator } from '../../../platform/i18n/index.ts';
import { claimKey, entityKey, resolveEntities } from '../../../platform/legal-entities/index.ts';
import { keeperSlugs, OWNERS_WRITE } from './declare.ts';
import { statementValidator } from './schema.ts';
import {
  checkOwnership,
  checkPerson,
  type InterestValues,
  insertOwnership,
  insertPerson,
  type PersonValues,
} from './write.ts';

/**
 * Import of BODS 0.4 JSON (an array of statements) by a register keeper. Every statement is
 * checked with the project's own encoding of the standard (`schema.ts`); a statement that fails is
 * named by its number (from 1) and its field. Entities are claimed in the platform's register of
 * legal entities (by identifier, else by name), a State stays a State, persons keep only what may
 * be published (names, nationality, country of residence, PEP status): birth dates, addresses and
 * identifiers in the file are never stored. All or nothing: one problem and nothing is written.
 */
export interface ImportReport {
  entities: number;
  persons: number;
  relationships: number;
  /** Relationships whose party is unspecified (BODS `UnspecifiedRecord`): not kept. */
  unspecified: number;
}

type Json = Record<string, unknown>;
const SCHEME = /^([A-Z]{2}|X[A-Z])-[A-Z0-9]+$/;

/** `/recordDetails/interests/0/share` → `recordDetails.interests[0].share`. */
function place(pointer: string): string {
  let out = '';
  for (const part of pointer.split('/').slice(1))
    out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

/** The schema's complaints about one statement, as `statement N: field: what`. */
function statementProblems(n: number, errors: readonly ErrorObject[]): FieldProblem[] {
  const seen = new Set<string>();
  const out: FieldProblem[] = [];
  for (const e of errors) {
    if (['if', 'anyOf', 'oneOf', 'allOf'].includes(e.keyword)) continue;
    let field = place(e.instancePath);
    if (e.keyword === 'required')
      field = place(`${e.instancePath}/${(e.params as { missingProperty: string }).missingProperty}`);
    const message =
      e.keyword === 'required'
        ? 'is required'
        : e.keyword === 'enum'
          ? `unknown code ${JSON.stringify(e.data)}`
          : (e.message ?? e.keyword);
    const key = `${field}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(
      problem('statements', 'extractives.owners.import.statement', {
        n,
        field: field || '(statement)',
        message,
      }),
    );
  }
  return out;
}

/** A problem of a statement's value, named by the statement's number and field, its reason in both languages. */
function at(n: number, p: FieldProblem): FieldProblem {
  const reason = { mn: translator('mn')(p.key, p.params), en: translator('en')(p.key, p.params) };
  return problem('statements', 'extractives.owners.import.value', { n, field: p.field, reason });
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** What a person statement may give the register: never birth dates, addresses or identifiers. */
function personValues(d: Json): PersonValues {
  const names = (d.names as Json[] | undefined) ?? [];
  const legal = names.find((x) => x.type === 'legal') ?? names[0];
  const latin = names.find((x) => x !== legal && /^[\p{Script=Latin}\s.'-]+$/u.test(String(x.fullName)));
  const residence = ((d.addresses as Json[] | undefined) ?? []).find((a) => a.type === 'residence');
  const pep = d.politicalExposure as Json | undefined;
  const reason = str(((pep?.details as Json[] | undefined) ?? [])[0]?.reason);
  return {
    nameMn: str(legal?.fullName) ?? '',
    nameEn: str(latin?.fullName),
    nationality: str(((d.nationalities as Json[] | undefined) ?? [])[0]?.code),
    residence: str((residence?.country as Json | undefined)?.code),
    pepStatus: str(pep?.status),
    pepReason: reason?.slice(0, 500),
  };
}

function interestValues(i: Json): InterestValues {
  const share = (i.share as Json | undefined) ?? {};
  const n = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    type: String(i.type ?? 'unknownInterest'),
    direct: str(i.directOrIndirect),
    beneficial: i.beneficialOwnershipOrControl === true,
    shareExact: n(share.exact),
    shareMin: n(share.minimum) ?? n(share.exclusiveMinimum),
    shareMax: n(share.maximum) ?? n(share.exclusiveMaximum),
    startsOn: str(i.startDate),
    endsOn: str(i.endDate),
  };
}

export async function importBods(
  db: Database,
  pack: Pick<CountryPack, 'extractives' | 'legalEntities'>,
  actor: Actor,
  organization: string,
  text: string,
  meta: RequestMeta,
): Promise<Result<ImportReport>> {
  const [keeper] = await db.query<{ id: number }>(
    sql`select id::int as id from organizations where slug = ${organization} and slug = any(${keeperSlugs(pack)}::text[])`,
  );
  if (!keeper) return refuse('organization', 'extractives.owners.error.organization');
  let statements: unknown;
  try {
    statements = JSON.parse(text);
  } catch {
    return refuse('statements', 'extractives.owners.import.notJson');
  }
  if (!Array.isArray(statements) || statements.length === 0)
    return refuse('statements', 'extractives.owners.import.notArray');
  const validate = statementValidator();
  const problems: FieldProblem[] = [];
  statements.forEach((s, i) => {
    if (!validate(s)) problems.push(...statementProblems(i + 1, validate.errors ?? []));
  });
  if (problems.length > 0) return refuse(problems);
  authorize(actor, OWNERS_WRITE, { organizationId: keeper.id });
  const records = new Map<string, { n: number; s: Json }>();
  for (const [i, s] of (statements as Json[]).entries()) records.set(String(s.recordId), { n: i + 1, s });
  return refusableTransaction(db, async (tx) => {
    const report: ImportReport = { entities: 0, persons: 0, relationships: 0, unspecified: 0 };
    const parties = new Map<string, { personId: number } | { entityId: number } | { state: string }>();
    const claims: { recordId: string; claim: Parameters<typeof resolveEntities>[1][number] }[] = [];
    for (const [recordId, { n, s }] of records) {
      const d = s.recordDetails as Json;
      if (s.recordType === 'entity') {
        const type = (d.entityType as Json).type;
        const code = str((d.jurisdiction as Json | undefined)?.code);
        if (type === 'state') {
          if (!code || !/^[A-Z]{2}$/.test(code))
            return refuse('statements', 'extractives.owners.import.stateCode', { n });
          parties.set(recordId, { state: code });
          continue;
        }
        const name = str(d.name) ?? ((d.alternateNames as string[] | undefined) ?? [])[0];
        if (!name) return refuse('statements', 'extractives.owners.import.entityName', { n });
        const id = ((d.identifiers as Json[] | undefined) ?? []).find(
          (x) => SCHEME.test(String(x.scheme)) && str(x.id),
        );
        claims.push({
          recordId,
          claim: {
            scheme: id ? String(id.scheme) : null,
            identifier: id ? String(id.id) : null,
            name,
            registeredOn: str(d.foundingDate) ?? null,
            ...(type === 'stateBody' ? { kind: 'government-body' as const } : {}),
          },
        });
      } else if (s.recordType === 'person') {
        const values = personValues(d);
        const checked = await checkPerson(tx, values, 'recordDetails.');
        if (checked.problems.length > 0) return refuse(checked.problems.map((p) => at(n, p)));
        parties.set(recordId, { personId: await insertPerson(tx, keeper.id, values, null, meta.now) });
        report.persons += 1;
      }
    }
    const ids = await resolveEntities(
      tx,
      claims.map((c) => c.claim),
      { source: 'import:extractives-owners' },
      pack.legalEntities,
    );
    for (const { recordId, claim } of claims) {
      const id = ids.get(entityKey(claimKey(claim, pack.legalEntities)));
      if (id !== undefined) parties.set(recordId, { entityId: id });
    }
    report.entities = claims.length;
    for (const { n, s } of records.values()) {
      if (s.recordType !== 'relationship') continue;
      const d = s.recordDetails as Json;
      if (typeof d.interestedParty !== 'string') {
        report.unspecified += 1;
        continue;
      }
      const subject = typeof d.subject === 'string' ? parties.get(d.subject) : undefined;
      if (!subject || !('entityId' in subject))
        return refuse('statements', 'extractives.owners.import.subject', { n });
      const party = parties.get(d.interestedParty);
      if (!party)
        return refuse('statements', 'extractives.owners.import.party', { n, record: d.interestedParty });
      const source = (s.source as Json | undefined) ?? {};
      const values = {
        subjectId: subject.entityId,
        party,
        interests: ((d.interests as Json[] | undefined) ?? [{ type: 'unknownInterest' }]).map(interestValues),
        sourceType: str(((source.type as string[] | undefined) ?? [])[0]) ?? 'thirdParty',
        sourceUrl: str(source.url),
        sourceDescription: str(((source.assertedBy as Json[] | undefined) ?? [])[0]?.name),
        statementDate: String(s.statementDate).slice(0, 10),
      };
      const checked = await checkOwnership(tx, values, 'recordDetails.');
      if (checked.length > 0) return refuse(checked.map((p) => at(n, p)));
      const written = await insertOwnership(
        tx,
        keeper.id,
        values,
        meta.now,
        actor.label,
        'recordDetails.interests.',
      );
      if (!written.ok) return refuse(written.problems.map((p) => at(n, p)));
      report.relationships += 1;
    }
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, keeper.id, OWNERS_WRITE),
      action: 'extractives.owners.import',
      subject: { type: 'organization', id: keeper.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { ...report },
    });
    return ok(report);
  });
}
