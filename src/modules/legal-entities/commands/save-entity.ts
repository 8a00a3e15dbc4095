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
import { recordCurrentVersions } from '../../../platform/datasets/versions.ts';
import type { Database, Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import {
  addNames,
  changedFacts,
  checkIdentifier,
  ENTITY_KINDS,
  ENTITY_STATUSES,
  type EntityFacts,
  type EntityKind,
  type EntityStatus,
  indexEntities,
  readFacts,
  recordSources,
  UNIDENTIFIED,
} from '../../../platform/legal-entities/index.ts';
import { isIsoDate } from '../../../platform/patterns.ts';
import { entitiesDataset } from '../dataset.ts';
import { REGISTER_LOCK } from '../import.ts';

/** What the form and the API send (see `SaveEntityBody`). */
export interface SaveEntityInput {
  scheme: string;
  identifier: string;
  nameMn: string;
  nameEn: string;
  commonNameMn?: string;
  commonNameEn?: string;
  kind: string;
  status: string;
  adminUnit?: string;
  registeredOn?: string;
  organization?: string;
}

const MAX_NAME = 300;

/** Who said it, as the register's sources name a person: `user:12` (a token's owner too), else the actor. */
export const sourceOf = (actor: Actor) => (actor.userId !== null ? `user:${actor.userId}` : actor.label);

/** Checks the input against itself and the pack: the facts to store, or the problems by field. */
function check(input: SaveEntityInput, pack: CountryPack['legalEntities'], stored: EntityFacts | undefined) {
  const v = (s: string | undefined) => (s ?? '').trim() || null;
  const problems: FieldProblem[] = [];
  const scheme = input.scheme.trim();
  const identifier = input.identifier.trim();
  // An entity known by name only keeps its scheme and key until someone gives it an identifier.
  const keepsUnidentified =
    stored?.scheme === UNIDENTIFIED && scheme === UNIDENTIFIED && identifier === stored.identifier;
  const wrong = keepsUnidentified ? null : checkIdentifier(scheme, identifier, pack);
  if (wrong)
    problems.push(problem(wrong.field, 'legal-entities.error.identifierRule', { problem: wrong.message }));
  const names = {
    nameMn: v(input.nameMn),
    nameEn: v(input.nameEn),
    commonNameMn: v(input.commonNameMn),
    commonNameEn: v(input.commonNameEn),
  };
  if (names.nameMn === null && names.nameEn === null)
    problems.push(problem('nameMn', 'legal-entities.error.name'));
  for (const [field, value] of Object.entries(names))
    if (value !== null && value.length > MAX_NAME)
      problems.push(problem(field, 'legal-entities.error.tooLong', { max: MAX_NAME }));
  if (!(ENTITY_KINDS as readonly string[]).includes(input.kind))
    problems.push(problem('kind', 'legal-entities.error.kind'));
  if (!(ENTITY_STATUSES as readonly string[]).includes(input.status))
    problems.push(problem('status', 'legal-entities.error.status'));
  const registeredOn = v(input.registeredOn);
  if (registeredOn !== null && !isIsoDate(registeredOn))
    problems.push(problem('registeredOn', 'legal-entities.error.date'));
  const facts: Omit<EntityFacts, 'organization_id'> = {
    scheme,
    identifier,
    name_mn: names.nameMn,
    name_en: names.nameEn,
    common_name_mn: names.commonNameMn,
    common_name_en: names.commonNameEn,
    kind: input.kind as EntityKind,
    status: input.status as EntityStatus,
    admin_unit_code: v(input.adminUnit),
    registered_on: registeredOn,
  };
  return { facts, problems };
}

/** The problems that need the database: an unknown unit or body, a body or identifier already taken. */
async function checkStored(
  tx: Queryable,
  actor: Actor,
  facts: Omit<EntityFacts, 'organization_id'>,
  slug: string | null,
  id: number | null,
  stored: EntityFacts | undefined,
): Promise<{ organizationId: number | null; problems: FieldProblem[] }> {
  const problems: FieldProblem[] = [];
  if (facts.admin_unit_code !== null) {
    const [unit] = await tx.query(sql`select 1 from admin_units where code = ${facts.admin_unit_code}`);
    if (!unit) problems.push(problem('adminUnit', 'legal-entities.error.adminUnit'));
  }
  const [taken] = await tx.query<{ id: number }>(sql`select id from legal_entities
    where scheme = ${facts.scheme} and identifier = ${facts.identifier} and id is distinct from ${id}::bigint`);
  if (taken)
    problems.push(problem('identifier', 'legal-entities.error.identifierTaken', { id: Number(taken.id) }));
  let organizationId: number | null = null;
  if (slug !== null) {
    const [body] = await tx.query<{ id: number }>(sql`select id from organizations where slug = ${slug}`);
    if (!body) problems.push(problem('organization', 'legal-entities.error.organization'));
    else {
      organizationId = Number(body.id);
      const [linked] = await tx.query<{ id: number }>(sql`select id from legal_entities
        where organization_id = ${organizationId} and id is distinct from ${id}::bigint`);
      if (linked)
        problems.push(
          problem('organization', 'legal-entities.error.organizationTaken', { id: Number(linked.id) }),
        );
    }
  }
  // Linking or unlinking a public body is for those who administer it.
  const before = stored?.organization_id ?? null;
  if (
    before !== organizationId &&
    [before, organizationId].some(
      (body) => body !== null && !can(actor, 'legal-entities.manage', { organizationId: body }),
    )
  )
    problems.push(problem('organization', 'legal-entities.error.organizationNotYours'));
  return { organizationId, problems };
}

/**
 * Records a legal entity (`id` null) or corrects one: checks the identifier against the country
 * pack's rule, names, kind, status, unit, date and the public body (one entity per body, and a
 * body only its administrators link or unlink); writes the facts, sources each changed fact to the
 * person (`user:<id>`), keeps every name for matching, versions the dataset's row, rewrites its
 * search document and audits, in one transaction. Problems are message keys by field; nothing is
 * stored with any.
 */
export async function saveEntity(
  db: Database,
  actor: Actor,
  input: SaveEntityInput,
  meta: RequestMeta,
  pack: CountryPack['legalEntities'],
  id: number | null = null,
): Promise<Result<{ id: number }>> {
  authorize(actor, 'legal-entities.manage');
  return refusableTransaction(db, async (tx) => {
    // One writer of the register's own facts at a time (this and its import), so that the checks
    // of a taken identifier or body see what the other wrote.
    await tx.query(sql`select pg_advisory_xact_lock(hashtext(${REGISTER_LOCK}))`);
    const stored = id === null ? undefined : (await readFacts(tx, [id])).get(id);
    if (id !== null) {
      const [row] = await tx.query<{ merged: number | null }>(
        sql`select merged_into as merged from legal_entities where id = ${id} for update`,
      );
      if (!row || !stored) throw notFound(`no legal entity ${id}`);
    }
    const { facts, problems } = check(input, pack, stored);
    const slug = (input.organization ?? '').trim() || null;
    const linked = await checkStored(tx, actor, facts, slug, id, stored);
    problems.push(...linked.problems);
    if (problems.length > 0) return refuse(problems);
    const all: EntityFacts = { ...facts, organization_id: linked.organizationId };
    const fields = changedFacts(stored, all);
    const [written] = await tx.query<{ id: number }>(
      id === null
        ? sql`insert into legal_entities (scheme, identifier, name_mn, name_en, common_name_mn, common_name_en,
            kind, status, admin_unit_code, registered_on, organization_id, created_at, updated_at)
          values (${all.scheme}, ${all.identifier}, ${all.name_mn}, ${all.name_en}, ${all.common_name_mn},
            ${all.common_name_en}, ${all.kind}, ${all.status}, ${all.admin_unit_code}, ${all.registered_on},
            ${all.organization_id}, ${meta.now}, ${meta.now})
          returning id`
        : sql`update legal_entities set scheme = ${all.scheme}, identifier = ${all.identifier},
            name_mn = ${all.name_mn}, name_en = ${all.name_en}, common_name_mn = ${all.common_name_mn},
            common_name_en = ${all.common_name_en}, kind = ${all.kind}, status = ${all.status},
            admin_unit_code = ${all.admin_unit_code}, registered_on = ${all.registered_on},
            organization_id = ${all.organization_id},
            updated_at = case when ${fields.length > 0} then ${meta.now}::timestamptz else updated_at end
          where id = ${id} returning id`,
    );
    const entityId = Number(written!.id);
    await recordSources(tx, [{ entityId, fields }], { source: sourceOf(actor) });
    await addNames(
      tx,
      [{ entityId, names: [all.name_mn, all.name_en, all.common_name_mn, all.common_name_en] }],
      pack,
    );
    await recordCurrentVersions(tx, entitiesDataset, actor.label, [String(entityId)]);
    await indexEntities(tx, [entityId]);
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, all.organization_id, 'legal-entities.manage'),
      action: id === null ? 'legal-entities.add' : 'legal-entities.correct',
      subject: { type: 'legal-entity', id: entityId },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { scheme: all.scheme, identifier: all.identifier, fields },
    });
    return ok({ id: entityId });
  });
}
