import type { LicenceType } from '../../../../country/extractives-pack.ts';
import { recordAudit } from '../../../../platform/audit/audit.ts';
import type { Actor } from '../../../../platform/auth/actor.ts';
import { authorize } from '../../../../platform/auth/permissions.ts';
import {
  auditRole,
  type FieldProblem,
  ok,
  problem,
  type RequestMeta,
  type Result,
  refusableTransaction,
  refuse,
} from '../../../../platform/commands/index.ts';
import { recordCurrentVersions } from '../../../../platform/datasets/versions.ts';
import type { Database, Queryable } from '../../../../platform/db/database.ts';
import { sql } from '../../../../platform/db/sql.ts';
import { notFound } from '../../../../platform/http/errors.ts';
import type { ModuleContext } from '../../../../platform/module.ts';
import { isIsoDate, slugify } from '../../../../platform/patterns.ts';
import { outlineOf } from '../../../../platform/places/outline.ts';
import { licencesDataset } from '../dataset.ts';
import { type CheckedArea, checkArea, unitOfArea } from '../geometry.ts';
import { resolveHolders } from '../holders.ts';
import { findLicence, LICENCE_STATUSES, type Licence, type LicenceStatus } from '../queries.ts';
import { indexLicences } from '../search.ts';
import { checkDates, checkFees, type Fee } from './checks.ts';

/**
 * What the form and the API send to write a licence. Dates are `YYYY-MM-DD` or empty; commodities
 * are separated by commas; holders and fees are one a line (holders.ts, checks.ts); the area is
 * GeoJSON (geometry.ts). A change of status needs the decision behind it.
 */
export interface LicenceInput {
  type: string;
  number: string;
  nameMn: string;
  nameEn: string;
  status: string;
  appliedOn?: string | undefined;
  grantedOn?: string | undefined;
  expiresOn?: string | undefined;
  commodities?: string | undefined;
  holders: string;
  area?: unknown;
  adminUnit?: string | undefined;
  decisionNumber?: string | undefined;
  decisionBody?: string | undefined;
  decisionDate?: string | undefined;
  note?: string | undefined;
  fees?: string | undefined;
}

type Context = Pick<ModuleContext, 'db' | 'country'>;
/** What the checks read: the database or a transaction in it, and the country pack. */
type CheckContext = { db: Queryable; country: ModuleContext['country'] };

const text = (v: string | undefined) => (v ?? '').trim();
const NAME_MAX = 300;

/** The issuing organisation of a kind, by the pack's `issuerSlug`. */
async function issuerOf(db: Queryable, kind: LicenceType): Promise<number | undefined> {
  const [row] = await db.query<{ id: number }>(
    sql`select id from organizations where slug = ${kind.issuerSlug}`,
  );
  return row ? Number(row.id) : undefined;
}

/** A licence's input once every field passed its check, ready to be written. */
export interface Checked {
  kind: LicenceType;
  organizationId: number;
  number: string;
  nameMn: string;
  nameEn: string;
  status: LicenceStatus;
  appliedOn: string | null;
  grantedOn: string | null;
  expiresOn: string | null;
  commodities: string[];
  holders: { entityId: number; share: number }[];
  area: CheckedArea | null;
  adminUnit: string | null;
  decision: { number: string | null; body: string | null; date: string | null; note: string | null };
  fees: Fee[];
}

/**
 * Every field checked; the actor's right to write for the kind's issuer checked first (403).
 * `current` is the licence being changed (undefined for a new one). The importer runs it for each
 * feature of a file inside its one transaction.
 */
export async function checkLicence(
  ctx: CheckContext,
  actor: Actor,
  input: LicenceInput,
  current: Licence | undefined,
): Promise<Result<Checked>> {
  const kind = ctx.country.extractives.licenceTypes.find((k) => k.code === input.type);
  if (!kind) return refuse('type', 'extractives.licences.error.type', { type: input.type });
  const organizationId = await issuerOf(ctx.db, kind);
  if (organizationId === undefined)
    return refuse('type', 'extractives.licences.error.issuer', { issuer: kind.issuerSlug });
  authorize(actor, 'extractives.licences.write', { organizationId });
  const number = text(input.number);
  const licence = number || current?.number || '—';
  const problems: FieldProblem[] = [];
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ./-]{0,59}$/u.test(number))
    problems.push(problem('number', 'extractives.licences.error.number', { licence }));
  const [nameMn, nameEn] = [text(input.nameMn), text(input.nameEn)];
  for (const [field, value] of [
    ['nameMn', nameMn],
    ['nameEn', nameEn],
  ] as const) {
    if (value === '') problems.push(problem(field, 'extractives.licences.error.nameMissing', { licence }));
    else if (value.length > NAME_MAX)
      problems.push(problem(field, 'extractives.licences.error.tooLong', { licence, max: NAME_MAX }));
  }
  const status = input.status as LicenceStatus;
  if (!LICENCE_STATUSES.includes(status))
    problems.push(problem('status', 'extractives.licences.error.status', { licence }));
  const dates = checkDates(kind, input, status, licence);
  problems.push(...dates.problems);
  const commodities = [
    ...new Set(
      text(input.commodities)
        .split(',')
        .map((c) => c.trim().toLowerCase())
        .filter((c) => c !== ''),
    ),
  ];
  if (commodities.some((c) => c.length > 60) || commodities.length > 30)
    problems.push(problem('commodities', 'extractives.licences.error.commodities', { licence }));
  const holders = await resolveHolders(
    ctx.db,
    input.holders ?? '',
    ctx.country.legalEntities.nationalScheme,
    licence,
  );
  problems.push(...holders.problems);
  let area: CheckedArea | null = null;
  const areaGiven = typeof input.area === 'string' ? input.area.trim() !== '' : input.area != null;
  if (areaGiven) {
    const checked = checkArea(input.area, outlineOf(ctx.country), { licence });
    if (checked.ok) {
      area = checked.area;
      const limits = kind.areaHa;
      if (limits?.min != null && area.hectares < limits.min)
        problems.push(
          problem('area', 'extractives.licences.error.areaSmall', {
            licence,
            hectares: area.hectares,
            min: limits.min,
          }),
        );
      if (limits?.max != null && area.hectares > limits.max)
        problems.push(
          problem('area', 'extractives.licences.error.areaLarge', {
            licence,
            hectares: area.hectares,
            max: limits.max,
          }),
        );
    } else problems.push(...checked.problems);
  } else if (kind.polygonRequired)
    problems.push(problem('area', 'extractives.licences.error.areaMissing', { licence }));
  let adminUnit: string | null = text(input.adminUnit) || null;
  if (adminUnit) {
    const [unit] = await ctx.db.query(sql`select code from admin_units where code = ${adminUnit}`);
    if (!unit)
      problems.push(
        problem('adminUnit', 'extractives.licences.error.adminUnit', { licence, code: adminUnit }),
      );
  } else if (area) adminUnit = (await unitOfArea(ctx.db, area))?.code ?? null;
  const decision = {
    number: text(input.decisionNumber) || null,
    body: text(input.decisionBody) || null,
    date: text(input.decisionDate) || null,
    note: text(input.note) || null,
  };
  if (decision.date !== null && !isIsoDate(decision.date))
    problems.push(problem('decisionDate', 'extractives.licences.error.date', { licence }));
  if ((decision.number?.length ?? 0) > 100)
    problems.push(problem('decisionNumber', 'extractives.licences.error.tooLong', { licence, max: 100 }));
  if ((decision.body?.length ?? 0) > 300)
    problems.push(problem('decisionBody', 'extractives.licences.error.tooLong', { licence, max: 300 }));
  if ((decision.note?.length ?? 0) > 2000)
    problems.push(problem('note', 'extractives.licences.error.tooLong', { licence, max: 2000 }));
  // A change of status is a decision: its number, body and date are what the history shows.
  if (current && current.status !== status && LICENCE_STATUSES.includes(status))
    for (const [field, value] of [
      ['decisionNumber', decision.number],
      ['decisionBody', decision.body],
      ['decisionDate', decision.date],
    ] as const)
      if (value === null)
        problems.push(problem(field, 'extractives.licences.error.decisionMissing', { licence }));
  const fees = checkFees(input.fees ?? '', licence);
  problems.push(...fees.problems);
  if (problems.length > 0) return refuse(problems);
  return ok({
    kind,
    organizationId,
    number,
    nameMn,
    nameEn,
    status,
    ...dates.value,
    commodities,
    holders: holders.holders,
    area,
    adminUnit,
    decision,
    fees: fees.value,
  });
}

/** Holders and fees replaced by the ones given, in the transaction. */
async function writeParts(tx: Queryable, id: number, c: Checked): Promise<void> {
  await tx.query(sql`delete from extractive_licence_holders where licence_id = ${id}`);
  await tx.query(sql`
    insert into extractive_licence_holders (licence_id, legal_entity_id, share)
    select ${id}, entity_id, share from jsonb_to_recordset(${JSON.stringify(c.holders.map((h) => ({ entity_id: h.entityId, share: h.share })))}::jsonb)
      as x(entity_id bigint, share numeric)`);
  await tx.query(sql`delete from extractive_licence_fees where licence_id = ${id}`);
  if (c.fees.length > 0)
    await tx.query(sql`
      insert into extractive_licence_fees (licence_id, fee_year, due, paid)
      select ${id}, fee_year, due, paid from jsonb_to_recordset(${JSON.stringify(c.fees.map((f) => ({ fee_year: f.year, due: f.due, paid: f.paid })))}::jsonb)
        as x(fee_year int, due numeric, paid numeric)`);
}

async function addEvent(tx: Queryable, id: number, status: LicenceStatus, on: string, c: Checked | null) {
  await tx.query(sql`
    insert into extractive_licence_events (licence_id, status, occurred_on, decision_number, decision_body, note_mn, note_en)
    values (${id}, ${status}, ${on}, ${c?.decision.number ?? null}, ${c?.decision.body ?? null},
      ${c?.decision.note ?? null}, ${c?.decision.note ?? null})`);
}

const geometryColumns = (a: CheckedArea | null) =>
  a
    ? [JSON.stringify(a.geometry), a.box.minLon, a.box.minLat, a.box.maxLon, a.box.maxLat, a.hectares]
    : [null, null, null, null, null, null];

/** The audit entry of a licence written. */
async function auditWrite(
  tx: Queryable,
  actor: Actor,
  meta: RequestMeta,
  action: string,
  id: number,
  c: Checked,
) {
  await recordAudit(tx, {
    actor,
    role: auditRole(actor, c.organizationId, 'extractives.licences.write'),
    action,
    subject: { type: 'extractive-licence', id },
    ip: meta.ip,
    requestId: meta.requestId,
    details: { type: c.kind.code, number: c.number, status: c.status },
  });
}

/** The dataset's versions and the search documents of the licences written (ids), at once. */
export async function publishWritten(tx: Queryable, actor: Actor, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await tx.query<{ slug: string }>(
    sql`select slug from extractive_licences where id = any(${ids.map(Number)}::bigint[]) order by id`,
  );
  await recordCurrentVersions(
    tx,
    licencesDataset,
    actor.label,
    rows.map((r) => r.slug),
  );
  await indexLicences(tx, [...ids]);
}

/**
 * Writes a new licence checked by `checkLicence`, in the transaction `tx`: the licence, its holders,
 * fees, the history of its status so far (applied, granted and its status now, the decision on the
 * last) and the audit entry; its id, or `numberTaken` when its kind has that number already.
 */
export async function insertLicence(
  tx: Queryable,
  actor: Actor,
  meta: RequestMeta,
  c: Checked,
): Promise<Result<number>> {
  const slug = slugify(`${c.kind.code}-${c.number}`).slice(0, 100).replace(/-+$/, '');
  const [g0, g1, g2, g3, g4, g5] = geometryColumns(c.area);
  const [row] = await tx.query<{ id: number }>(sql`
    insert into extractive_licences (organization_id, licence_type, resource, number, slug, name_mn, name_en,
      status, applied_on, granted_on, expires_on, commodities, geometry, min_lon, min_lat, max_lon, max_lat,
      area_ha, admin_unit_code, created_at, updated_at)
    values (${c.organizationId}, ${c.kind.code}, ${c.kind.resource}, ${c.number}, ${slug}, ${c.nameMn}, ${c.nameEn},
      ${c.status}, ${c.appliedOn}, ${c.grantedOn}, ${c.expiresOn}, ${c.commodities}::text[], ${g0}::jsonb,
      ${g1}, ${g2}, ${g3}, ${g4}, ${g5}, ${c.adminUnit}, ${meta.now}, ${meta.now})
    on conflict do nothing returning id`);
  if (!row) return refuse('number', 'extractives.licences.error.numberTaken', { licence: c.number });
  const id = Number(row.id);
  await writeParts(tx, id, c);
  const on = (d: string | null) => d ?? meta.now.toISOString().slice(0, 10);
  const last =
    c.decision.date ?? (c.status === 'granted' ? c.grantedOn : c.status === 'applied' ? c.appliedOn : null);
  if (c.appliedOn && c.status !== 'applied') await addEvent(tx, id, 'applied', c.appliedOn, null);
  if (c.grantedOn && !['applied', 'granted'].includes(c.status))
    await addEvent(tx, id, 'granted', c.grantedOn, null);
  await addEvent(tx, id, c.status, on(last), c);
  await auditWrite(tx, actor, meta, 'extractives.licences.create', id, c);
  return ok(id);
}

/**
 * Writes the change of licence `current` checked by `checkLicence` (with `current`), in `tx`: its
 * fields, holders and fees, the event of a change of status with its decision, the audit entry.
 */
export async function changeLicence(
  tx: Queryable,
  actor: Actor,
  meta: RequestMeta,
  current: Licence,
  c: Checked,
): Promise<Result<number>> {
  const [g0, g1, g2, g3, g4, g5] = geometryColumns(c.area);
  // The status as it is now, the row locked: a change of it is an event of the history.
  const [locked] = await tx.query<{ status: string }>(
    sql`select status from extractive_licences where id = ${current.id} for update`,
  );
  const [row] = await tx.query<{ id: number }>(sql`
    update extractive_licences set organization_id = ${c.organizationId}, licence_type = ${c.kind.code},
      resource = ${c.kind.resource}, number = ${c.number}, name_mn = ${c.nameMn}, name_en = ${c.nameEn},
      status = ${c.status}, applied_on = ${c.appliedOn}, granted_on = ${c.grantedOn}, expires_on = ${c.expiresOn},
      commodities = ${c.commodities}::text[], geometry = ${g0}::jsonb, min_lon = ${g1}, min_lat = ${g2},
      max_lon = ${g3}, max_lat = ${g4}, area_ha = ${g5}, admin_unit_code = ${c.adminUnit}, updated_at = ${meta.now}
    where id = ${current.id}
      and not exists (select 1 from extractive_licences o where o.licence_type = ${c.kind.code}
        and o.number = ${c.number} and o.id <> ${current.id})
    returning id`);
  if (!row || !locked)
    return refuse('number', 'extractives.licences.error.numberTaken', { licence: c.number });
  await writeParts(tx, current.id, c);
  if (locked.status !== c.status) await addEvent(tx, current.id, c.status, c.decision.date!, c);
  await auditWrite(tx, actor, meta, 'extractives.licences.update', current.id, c);
  return ok(current.id);
}

/** The writing of one licence, then its dataset version and search document, and the licence as read back. */
function writeOne(
  db: Database,
  actor: Actor,
  write: (tx: Queryable) => Promise<Result<number>>,
): Promise<Result<Licence>> {
  return refusableTransaction(db, async (tx) => {
    const written = await write(tx);
    if (!written.ok) return written;
    await publishWritten(tx, actor, [written.value]);
    return ok((await findLicence(tx, written.value))!);
  });
}

/**
 * Adds a licence: every field checked (each problem a message key naming the licence), the actor's
 * grant at the kind's issuer checked (403 otherwise), then in one transaction the licence, its
 * holders, fees, the history of its status so far, the audit entry, the dataset's version and the
 * search document.
 */
export async function createLicence(
  ctx: Context & { db: Database },
  actor: Actor,
  input: LicenceInput,
  meta: RequestMeta,
): Promise<Result<Licence>> {
  const checked = await checkLicence(ctx, actor, input, undefined);
  if (!checked.ok) return checked;
  return writeOne(ctx.db, actor, (tx) => insertLicence(tx, actor, meta, checked.value));
}

/**
 * Changes a licence (its slug stays): the same checks as adding one, the actor's grant at the
 * issuer of its kind before and after; a change of status adds its event with the decision.
 */
export async function updateLicence(
  ctx: Context & { db: Database },
  actor: Actor,
  slug: string,
  input: LicenceInput,
  meta: RequestMeta,
): Promise<Result<Licence>> {
  const current = await findLicence(ctx.db, slug);
  if (!current) throw notFound(`no licence "${slug}"`);
  authorize(actor, 'extractives.licences.write', { organizationId: current.organizationId });
  const checked = await checkLicence(ctx, actor, input, current);
  if (!checked.ok) return checked;
  return writeOne(ctx.db, actor, (tx) => changeLicence(tx, actor, meta, current, checked.value));
}
