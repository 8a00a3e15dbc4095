import type { FiscalPack } from '../../../country/fiscal-pack.ts';
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
import { CHECKBOX_VALUE, isIsoDate } from '../../../platform/patterns.ts';
import { CITIZEN } from './donations.ts';
import { fundsInForce } from './queries.ts';

/** What the forms and the API send; every value as typed (the API's numbers are taken too). */
interface Common {
  ref: string;
  organization: string;
  year: string | number;
  date: string;
  amount: string | number;
  purpose: string;
}
export interface FundFlowInput extends Common {
  fund: string;
  direction: string;
  /** The counterparty's legal entity id, or empty. */
  counterparty?: string | number;
}
export interface DonationInput extends Common {
  kind: string;
  donorType: string;
  /** The donor organisation's legal entity id, or empty (always empty for a citizen). */
  donor?: string | number;
  inKind?: string | boolean;
}

const REF = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/;
const MONEY = /^\d{1,16}(\.\d{1,2})?$/;
const text = (v: unknown) => String(v ?? '').trim();

/** The checks both records share: ref free in `table`, the body the actor publishes for, year, date, amount, purpose. */
async function checkCommon(tx: Queryable, actor: Actor, input: Common, table: 'flows' | 'donations') {
  const problems: FieldProblem[] = [];
  const ref = text(input.ref);
  if (!REF.test(ref)) problems.push(problem('ref', 'fiscal.record.error.ref'));
  else {
    const [taken] = await tx.query(
      table === 'flows'
        ? sql`select 1 from fiscal_fund_flows where ref = ${ref}`
        : sql`select 1 from fiscal_donations where ref = ${ref}`,
    );
    if (taken) problems.push(problem('ref', 'fiscal.record.error.refTaken', { ref }));
  }
  const [body] = await tx.query<{ id: number }>(sql`
    select o.id from organizations o join fiscal_reporting_bodies r on r.organization_id = o.id
    where o.slug = ${text(input.organization)}`);
  const organizationId = body ? Number(body.id) : null;
  if (organizationId === null || !can(actor, 'fiscal.publish', { organizationId }))
    problems.push(problem('organization', 'fiscal.benefits.error.organization'));
  const year = Number(text(input.year));
  if (!/^\d{4}$/.test(text(input.year)) || year < 1990 || year > 2100)
    problems.push(problem('year', 'fiscal.benefits.error.year'));
  const date = text(input.date);
  if (!isIsoDate(date)) problems.push(problem('date', 'fiscal.record.error.date'));
  const amount = text(input.amount).replace(/[\s,]/g, '');
  if (!MONEY.test(amount) || Number(amount) <= 0)
    problems.push(problem('amount', 'fiscal.record.error.amount'));
  const purpose = text(input.purpose);
  if (purpose.length < 1 || purpose.length > 500)
    problems.push(problem('purpose', 'fiscal.record.error.purpose'));
  return { problems, ref, organizationId, year, date, amount, purpose };
}

/** A legal entity id of the register, or null when none was given; a problem on `field` otherwise. */
async function entityOf(tx: Queryable, value: unknown, field: string, problems: FieldProblem[]) {
  const id = text(value);
  if (id === '') return null;
  const [row] = /^\d{1,12}$/.test(id)
    ? await tx.query<{ id: number }>(sql`select id from legal_entities where id = ${Number(id)}`)
    : [];
  if (!row) problems.push(problem(field, 'fiscal.record.error.entity', { id }));
  return row ? Number(row.id) : null;
}

async function audit(
  tx: Queryable,
  actor: Actor,
  meta: RequestMeta,
  action: string,
  organizationId: number,
  details: object,
) {
  await recordAudit(tx, {
    actor,
    role: auditRole(actor, organizationId, 'fiscal.publish'),
    action,
    subject: { type: 'organization', id: organizationId },
    ip: meta.ip,
    requestId: meta.requestId,
    details: details as Record<string, string | number | null>,
  });
}

/**
 * Records a collection into or a spending from a special fund (`fiscal.publish`, checked against
 * the organisation): the fund must be one the pack has in force in the year; audited. Problems
 * name the field; nothing is stored with any.
 */
export async function recordFundFlow(
  db: Database,
  pack: FiscalPack,
  actor: Actor,
  input: FundFlowInput,
  meta: RequestMeta,
): Promise<Result<{ fund: string; year: number; ref: string }>> {
  authorize(actor, 'fiscal.publish');
  return refusableTransaction(db, async (tx) => {
    const c = await checkCommon(tx, actor, input, 'flows');
    const fund = text(input.fund);
    if (!fundsInForce(pack, c.year).some((f) => f.code === fund))
      c.problems.push(problem('fund', 'fiscal.record.error.fund', { year: String(c.year) }));
    if (!['collection', 'spending'].includes(input.direction))
      c.problems.push(problem('direction', 'fiscal.record.error.direction'));
    const counterparty = await entityOf(tx, input.counterparty, 'counterparty', c.problems);
    if (c.problems.length > 0 || c.organizationId === null) return refuse(c.problems);
    await tx.query(sql`
      insert into fiscal_fund_flows (ref, fund_code, organization_id, fiscal_year, flowed_on, direction, amount_mnt,
        purpose, counterparty_entity_id)
      values (${c.ref}, ${fund}, ${c.organizationId}, ${c.year}, ${c.date}, ${input.direction}, ${c.amount},
        ${c.purpose}, ${counterparty})`);
    await audit(tx, actor, meta, 'fiscal.fund-flow-recorded', c.organizationId, {
      ref: c.ref,
      fund,
      direction: input.direction,
      amount: c.amount,
    });
    return ok({ fund, year: c.year, ref: c.ref });
  });
}

/**
 * Records a donation, charity or assistance a body received (`fiscal.publish`, checked against
 * the organisation): a donor type of the pack, and the donor's legal entity only for an
 * organisation — a citizen is never linked (a problem on `donor`). Audited; problems name the field.
 */
export async function recordDonation(
  db: Database,
  pack: FiscalPack,
  actor: Actor,
  input: DonationInput,
  meta: RequestMeta,
): Promise<Result<{ year: number; ref: string; organization: string }>> {
  authorize(actor, 'fiscal.publish');
  return refusableTransaction(db, async (tx) => {
    const c = await checkCommon(tx, actor, input, 'donations');
    if (!['donation', 'charity', 'assistance'].includes(input.kind))
      c.problems.push(problem('kind', 'fiscal.record.error.kind'));
    const donorType = text(input.donorType);
    if (!pack.donorTypes.some((d) => d.code === donorType))
      c.problems.push(problem('donorType', 'fiscal.record.error.donorType'));
    if (donorType === CITIZEN && text(input.donor) !== '')
      c.problems.push(problem('donor', 'fiscal.record.error.citizenNamed'));
    const donor = donorType === CITIZEN ? null : await entityOf(tx, input.donor, 'donor', c.problems);
    if (c.problems.length > 0 || c.organizationId === null) return refuse(c.problems);
    const inKind = input.inKind === true || input.inKind === CHECKBOX_VALUE;
    await tx.query(sql`
      insert into fiscal_donations (ref, organization_id, fiscal_year, received_on, kind, donor_type, donor_entity_id,
        in_kind, amount_mnt, purpose)
      values (${c.ref}, ${c.organizationId}, ${c.year}, ${c.date}, ${input.kind}, ${donorType}, ${donor}, ${inKind},
        ${c.amount}, ${c.purpose})`);
    await audit(tx, actor, meta, 'fiscal.donation-recorded', c.organizationId, {
      ref: c.ref,
      kind: input.kind,
      donorType,
      amount: c.amount,
    });
    return ok({ year: c.year, ref: c.ref, organization: text(input.organization) });
  });
}
