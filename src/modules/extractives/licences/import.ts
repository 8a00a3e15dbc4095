import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type Actor, systemActor } from '../../../platform/auth/actor.ts';
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
import { sql } from '../../../platform/db/sql.ts';
import { translator } from '../../../platform/i18n/index.ts';
import type { ImporterDeclaration, ImportReport, ModuleContext } from '../../../platform/module.ts';
import { readAreas } from '../spatial/read-areas.ts';
import {
  type Checked,
  changeLicence,
  checkLicence,
  insertLicence,
  type LicenceInput,
  publishWritten,
} from './commands/write-licence.ts';
import { findLicence, type Licence } from './queries.ts';

/**
 * `shilen import licences FILE --kind <kind> [--source TEXT]` and the form
 * `/extractives/licences/import`: the licences of one kind from a cadastre's export, a GeoJSON
 * FeatureCollection or a ZIP of shapefiles (read and reprojected by `spatial/read-areas.ts`). Each
 * feature is a licence, its geometry the area; its properties (`PROPERTIES`, in any case) give the
 * other fields. Every feature goes through the same checks as a licence added by the form
 * (`checkLicence`), in one transaction: any problem and nothing is stored, each problem naming the
 * feature, the licence's number and the property. A number the kind has already is that licence
 * updated (the cadastre is the source of the register: a newer export brings it up to date); a
 * change of its status needs its decision, as on the form.
 */

/** The input fields and the property names a cadastre's export may give them by (any case). */
export const PROPERTIES = {
  number: ['number', 'licence_no', 'license_no', 'licence_number', 'license_number', 'lic_no'],
  nameMn: ['name_mn', 'namemn', 'name'],
  nameEn: ['name_en', 'nameen'],
  status: ['status'],
  appliedOn: ['applied_on', 'applied', 'application_date', 'appl_date'],
  grantedOn: ['granted_on', 'granted', 'grant_date'],
  expiresOn: ['expires_on', 'expiry_date', 'expiry', 'expires', 'exp_date'],
  commodities: ['commodities', 'commodity', 'minerals'],
  holders: ['holders', 'holder', 'holder_reg'],
  adminUnit: ['admin_unit', 'adminunit', 'unit_code', 'soum_code'],
  decisionNumber: ['decision_number', 'decision_no'],
  decisionBody: ['decision_body'],
  decisionDate: ['decision_date'],
  note: ['note'],
} as const satisfies Record<string, readonly string[]>;

type Field = keyof typeof PROPERTIES;

export interface LicenceImportOptions {
  /** The code of the pack's licence kind every feature is of. */
  kind: string;
  /** Who published the export, and where (optional, kept in the audit entry). */
  source?: string;
  dryRun?: boolean;
}

export interface LicenceImportOutcome {
  added: number;
  changed: number;
}

/** A property's value as text: a date field of a `.dbf` as `YYYY-MM-DD`, a number as written. */
function textOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  return undefined;
}

/** The fields of a feature, with the property each came from (for naming it in a problem). */
function fieldsOf(properties: Record<string, unknown>) {
  const byLower = new Map(Object.keys(properties).map((k) => [k.toLowerCase(), k]));
  const values: Partial<Record<Field, string>> = {};
  const names: Partial<Record<string, string>> = {};
  for (const [field, spellings] of Object.entries(PROPERTIES) as [Field, readonly string[]][])
    for (const spelling of spellings) {
      const key = byLower.get(spelling);
      const value = key === undefined ? undefined : textOf(properties[key]);
      if (key !== undefined && value !== undefined && value !== '') {
        values[field] = value;
        names[field] = key;
        break;
      }
    }
  return { values, names };
}

/**
 * Holders as a cadastre writes them, `1234567:60;7654321:40` (or one a line), into the form's
 * lines; a lone register number with no share holds the whole licence.
 */
export function holderLines(text: string): string {
  const parts = text
    .split(/[;\n|]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 1 && /^#?[^\s,;:]+$/.test(parts[0]!)) return `${parts[0]} 100`;
  return parts.join('\n');
}

/** The licence input of a feature of kind `kind`. */
function inputOf(kind: string, values: Partial<Record<Field, string>>, area: unknown): LicenceInput {
  const number = values.number ?? '';
  const status = values.status?.toLowerCase() ?? (values.grantedOn ? 'granted' : 'applied');
  return {
    type: kind,
    number,
    nameMn: values.nameMn ?? number,
    nameEn: values.nameEn ?? values.nameMn ?? number,
    status,
    appliedOn: values.appliedOn,
    grantedOn: values.grantedOn,
    expiresOn: values.expiresOn,
    commodities: values.commodities?.replaceAll(';', ','),
    holders: holderLines(values.holders ?? ''),
    area,
    adminUnit: values.adminUnit,
    decisionNumber: values.decisionNumber,
    decisionBody: values.decisionBody,
    decisionDate: values.decisionDate,
    note: values.note,
  };
}

/** A problem of one feature: where it is, the property, and the check's own message in both languages. */
function atFeature(where: string, names: Partial<Record<string, string>>, p: FieldProblem): FieldProblem {
  const property =
    p.field === 'area' ? 'geometry' : (names[p.field] ?? PROPERTIES[p.field as Field]?.[0] ?? p.field);
  const reason = { mn: translator('mn')(p.key, p.params), en: translator('en')(p.key, p.params) };
  return problem('file', 'extractives.licences.import.feature', { where, property, reason });
}

/** Ends the transaction: with the problems found, or null for a dry run that found none. */
class Stop extends Error {
  readonly problems: FieldProblem[] | null;
  constructor(problems: FieldProblem[] | null) {
    super('import stopped');
    this.problems = problems;
  }
}

/**
 * Imports the licences of `file` (its bytes and name) as licences of `options.kind`, for `actor`
 * (who must be allowed to write licences for the kind's issuer: 403 otherwise, before the file is
 * read). All or nothing, in one transaction.
 */
export async function importLicenceBytes(
  ctx: ModuleContext,
  actor: Actor,
  file: { bytes: Uint8Array; name: string },
  options: LicenceImportOptions,
  meta: RequestMeta,
): Promise<Result<LicenceImportOutcome>> {
  const kinds = ctx.country.extractives.licenceTypes;
  const kind = kinds.find((k) => k.code === options.kind);
  if (!kind)
    return refuse('kind', 'extractives.licences.import.kind', {
      kind: options.kind,
      kinds: kinds.map((k) => k.code).join(', '),
    });
  const source = (options.source ?? '').trim();
  if (source.length > 500) return refuse('source', 'extractives.licences.import.source');
  const [issuer] = await ctx.db.query<{ id: number }>(
    sql`select id from organizations where slug = ${kind.issuerSlug}`,
  );
  if (!issuer) return refuse('kind', 'extractives.licences.error.issuer', { issuer: kind.issuerSlug });
  const organizationId = Number(issuer.id);
  authorize(actor, 'extractives.licences.write', { organizationId });
  const read = await readAreas(file);
  if (read.problems.length > 0)
    return refuse(
      read.problems.map((p) =>
        problem('file', 'extractives.licences.import.read', { where: p.where, message: p.message }),
      ),
    );
  const outcome: LicenceImportOutcome = { added: 0, changed: 0 };
  try {
    await ctx.db.transaction(async (tx) => {
      await tx.query(sql`select pg_advisory_xact_lock(hashtext('extractives.import-licences'))`);
      const problems: FieldProblem[] = [];
      const seen = new Map<string, string>();
      const ready: { where: string; current: Licence | undefined; checked: Checked }[] = [];
      for (const area of read.areas) {
        const { values, names } = fieldsOf(area.properties);
        const input = inputOf(kind.code, values, area.geometry);
        const number = input.number.trim();
        if (number !== '' && seen.has(number)) {
          problems.push(
            problem('file', 'extractives.licences.import.twice', {
              where: area.where,
              licence: number,
              first: seen.get(number)!,
            }),
          );
          continue;
        }
        seen.set(number, area.where);
        const [existing] = await tx.query<{ id: number }>(
          sql`select id from extractive_licences where licence_type = ${kind.code} and number = ${number}`,
        );
        const current = existing ? await findLicence(tx, Number(existing.id)) : undefined;
        const checked = await checkLicence({ db: tx, country: ctx.country }, actor, input, current);
        if (checked.ok) ready.push({ where: area.where, current, checked: checked.value });
        else problems.push(...checked.problems.map((p) => atFeature(area.where, names, p)));
      }
      if (problems.length > 0) throw new Stop(problems);
      const ids: number[] = [];
      for (const { where, current, checked } of ready) {
        const written = current
          ? await changeLicence(tx, actor, meta, current, checked)
          : await insertLicence(tx, actor, meta, checked);
        if (!written.ok) throw new Stop(written.problems.map((p) => atFeature(where, {}, p)));
        ids.push(written.value);
        if (current) outcome.changed += 1;
        else outcome.added += 1;
      }
      await publishWritten(tx, actor, ids);
      await recordAudit(tx, {
        actor,
        role: auditRole(actor, organizationId, 'extractives.licences.write'),
        action: 'extractives.licences.import',
        subject: { type: 'extractive-licence-kind', id: kind.code },
        ip: meta.ip,
        requestId: meta.requestId,
        details: {
          file: file.name,
          sha256: createHash('sha256').update(file.bytes).digest('hex'),
          source: source || undefined,
          added: outcome.added,
          changed: outcome.changed,
        },
      });
      if (options.dryRun) throw new Stop(null);
    });
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    if (e.problems) return refuse(e.problems);
  }
  return ok(outcome);
}

/** `shilen import licences`: the file at `file`, with the command line's settings, as the system. */
export async function importLicences(
  ctx: ModuleContext,
  file: string,
  options: { dryRun: boolean; settings?: Readonly<Record<string, string>> },
): Promise<ImportReport> {
  const settings = options.settings ?? {};
  const report: ImportReport = { added: 0, changed: 0, unchanged: 0, problems: [] };
  const result = await importLicenceBytes(
    ctx,
    systemActor('cli'),
    { bytes: await fs.readFile(file), name: path.basename(file) },
    {
      kind: settings.kind ?? '',
      dryRun: options.dryRun,
      ...(settings.source ? { source: settings.source } : {}),
    },
    { ip: 'cli', requestId: `cli-${randomUUID()}`, now: new Date() },
  );
  if (result.ok) return { ...report, ...result.value };
  const t = translator('en');
  report.problems = result.problems.map((p) => ({
    where: p.field === 'file' ? path.basename(file) : `--${p.field}`,
    message: t(p.key, p.params),
  }));
  return report;
}

/** The command's declaration, for the module's manifest. */
export const licencesImporter: ImporterDeclaration = {
  name: 'licences',
  description: {
    mn: 'Кадастрын экспортоос тусгай зөвшөөрлүүд талбайн хамт (GeoJSON эсвэл shapefile-ийн ZIP)',
    en: 'Licences with their areas from a cadastre export (GeoJSON, or a ZIP of shapefiles)',
  },
  options: [
    {
      name: 'kind',
      description: "the country pack's licence kind of every feature (e.g. mineral-exploration)",
      required: true,
    },
    { name: 'source', description: 'who published the export, and where' },
  ],
  run: importLicences,
};
