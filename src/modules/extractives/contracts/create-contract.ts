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
  refuse,
} from '../../../platform/commands/index.ts';
import { recordCurrentVersions } from '../../../platform/datasets/versions.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { isIsoDate as isDate, isSlug } from '../../../platform/patterns.ts';
import { contractsDataset } from './datasets.ts';
import { RESOURCES } from './lists.ts';
import { reindexContract } from './search.ts';
import { type Contract, findContract } from './store.ts';

/** What the form and the API send to add a contract. */
export interface ContractInput {
  slug: string;
  contractType: string;
  titleMn: string;
  titleEn: string;
  /** `YYYY-MM-DD`, or empty when unknown. */
  signedOn?: string;
  termYears?: string | number;
  extensionYears?: string | number;
  resources?: readonly string[];
  /** In the contract's order: `organization:<slug>` (the state side) or `entity:<id>` (a legal entity). */
  parties: readonly string[];
  /** Slugs of the licences it covers. */
  licences?: readonly string[];
  /** The contract it amends (slug) and the date of the amendment. */
  amends?: string;
  amendedOn?: string;
}

const TITLE_MAX = 300;
export const WRITE = 'extractives.contracts.write';

/** The publishing body's id: the pack's `contractsPublisherSlug`. */
export async function publisherId(db: Queryable, ctx: ModuleContext): Promise<number | undefined> {
  const [row] = await db.query<{ id: number }>(
    sql`select id::int as id from organizations where slug = ${ctx.country.extractives.contractsPublisherSlug}`,
  );
  return row?.id;
}

function years(field: string, value: string | number | undefined, problems: FieldProblem[]): number | null {
  const text = String(value ?? '').trim();
  if (text === '') return null;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 200) {
    problems.push(problem(field, 'extractives.contracts.error.years'));
    return null;
  }
  return n;
}

interface Party {
  entityId: number | null;
  organizationId: number | null;
}

async function resolveParties(
  db: Queryable,
  refs: readonly string[],
  problems: FieldProblem[],
): Promise<Party[]> {
  const parties: Party[] = [];
  const lines = refs.map((r) => r.trim()).filter((r) => r !== '');
  if (lines.length < 2) problems.push(problem('parties', 'extractives.contracts.error.partiesTooFew'));
  if (lines.length > 50) problems.push(problem('parties', 'extractives.contracts.error.partiesTooMany'));
  for (const [i, ref] of lines.slice(0, 50).entries()) {
    const entity = /^entity:(\d{1,15})$/.exec(ref);
    const organization = /^organization:([a-z0-9-]{1,100})$/.exec(ref);
    const [row] = entity
      ? await db.query<{ id: number }>(
          sql`select id::int as id from legal_entities where id = ${Number(entity[1])}`,
        )
      : organization
        ? await db.query<{ id: number }>(
            sql`select id::int as id from organizations where slug = ${organization[1]}`,
          )
        : [];
    if (!row)
      problems.push(problem('parties', 'extractives.contracts.error.party', { line: i + 1, party: ref }));
    else parties.push({ entityId: entity ? row.id : null, organizationId: entity ? null : row.id });
  }
  return parties;
}

/**
 * Adds a contract for the pack's publishing body: the fields checked against the pack (its kinds
 * of contract and their longest term), the parties against the registers, the licences and the
 * amended contract by slug; then the rows, the search index and the audit entry in one transaction.
 */
export async function createContract(
  ctx: ModuleContext,
  actor: Actor,
  input: ContractInput,
  meta: RequestMeta,
): Promise<Result<Contract>> {
  const { db } = ctx;
  const problems: FieldProblem[] = [];
  const slug = input.slug.trim();
  if (!isSlug(slug) || slug === 'new' || slug === 'compare')
    problems.push(problem('slug', 'extractives.contracts.error.slug'));
  const type = ctx.country.extractives.contractTypes.find((t) => t.code === input.contractType);
  if (!type) problems.push(problem('contractType', 'extractives.contracts.error.type'));
  const titleMn = input.titleMn.trim();
  const titleEn = input.titleEn.trim();
  for (const [field, value] of [
    ['titleMn', titleMn],
    ['titleEn', titleEn],
  ] as const)
    if (value === '' || value.length > TITLE_MAX)
      problems.push(problem(field, 'extractives.contracts.error.title', { max: TITLE_MAX }));
  const signedOn = input.signedOn?.trim() || null;
  if (signedOn && !isDate(signedOn)) problems.push(problem('signedOn', 'extractives.contracts.error.date'));
  const termYears = years('termYears', input.termYears, problems);
  const extensionYears = years('extensionYears', input.extensionYears, problems);
  if (type?.maxTermYears && termYears && termYears > type.maxTermYears)
    problems.push(
      problem('termYears', 'extractives.contracts.error.termTooLong', { max: type.maxTermYears }),
    );
  const resources = [...new Set(input.resources ?? [])];
  if (resources.some((r) => !(RESOURCES as readonly string[]).includes(r)))
    problems.push(problem('resources', 'extractives.contracts.error.resource'));
  const parties = await resolveParties(db, input.parties, problems);
  const licenceSlugs = [...new Set((input.licences ?? []).map((l) => l.trim()).filter(Boolean))];
  const licences = await db.query<{ id: number; slug: string }>(
    sql`select id::int as id, slug from extractive_licences where slug = any(${licenceSlugs}::text[])`,
  );
  for (const l of licenceSlugs)
    if (!licences.some((x) => x.slug === l))
      problems.push(problem('licences', 'extractives.contracts.error.licence', { licence: l }));
  const amendsSlug = input.amends?.trim() || null;
  const amendedOn = input.amendedOn?.trim() || signedOn;
  const amends = amendsSlug ? await findContract(db, amendsSlug) : undefined;
  if (amendsSlug && !amends)
    problems.push(problem('amends', 'extractives.contracts.error.amends', { contract: amendsSlug }));
  if (amendsSlug && (!amendedOn || !isDate(amendedOn)))
    problems.push(problem('amendedOn', 'extractives.contracts.error.date'));
  const organizationId = await publisherId(db, ctx);
  if (organizationId === undefined)
    throw new Error('the pack’s contractsPublisherSlug is not an organisation');
  if (problems.length > 0) return refuse(problems);
  authorize(actor, WRITE, { organizationId });
  const created = await db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(sql`
      insert into extractive_contracts (organization_id, slug, contract_type, title_mn, title_en, signed_on,
        term_years, extension_years, resources, created_at, updated_at)
      values (${organizationId}, ${slug}, ${input.contractType}, ${titleMn}, ${titleEn}, ${signedOn}, ${termYears},
        ${extensionYears}, ${resources}::text[], ${meta.now}, ${meta.now})
      on conflict (slug) do nothing returning id::int as id`);
    if (!row) return undefined;
    for (const [i, p] of parties.entries())
      await tx.query(sql`insert into extractive_contract_parties (contract_id, position, legal_entity_id, organization_id)
        values (${row.id}, ${i + 1}, ${p.entityId}, ${p.organizationId})`);
    for (const l of licences)
      await tx.query(
        sql`insert into extractive_contract_licences (contract_id, licence_id) values (${row.id}, ${l.id})`,
      );
    if (amends)
      await tx.query(sql`insert into extractive_contract_amendments (contract_id, amends_id, amended_on)
        values (${row.id}, ${amends.id}, ${amendedOn})`);
    await reindexContract(tx, row.id);
    // The contract's first version in the dataset's change history, with the change itself.
    await recordCurrentVersions(tx, contractsDataset, actor.label, [slug]);
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, organizationId, WRITE),
      action: 'extractives.contracts.create',
      subject: { type: 'extractive-contract', id: row.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { slug, type: input.contractType },
    });
    return findContract(tx, slug);
  });
  if (!created) return refuse('slug', 'extractives.contracts.error.slugTaken', { slug });
  return ok(created);
}
