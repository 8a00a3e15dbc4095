import fs from 'node:fs/promises';
import path from 'node:path';
import type { CountryPack } from '../../country/pack.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { systemActor } from '../../platform/auth/actor.ts';
import { recordCurrentVersions } from '../../platform/datasets/versions.ts';
import { sql } from '../../platform/db/sql.ts';
import { csvRecords } from '../../platform/imports/csv-text.ts';
import {
  checkIdentifier,
  ENTITY_KINDS,
  ENTITY_STATUSES,
  type EntityKind,
  type EntityStatus,
  FACT_FIELDS,
  indexEntities,
  type RegisterEntry,
  recordRegisterEntries,
} from '../../platform/legal-entities/index.ts';
import type { ImportReport, ModuleContext } from '../../platform/module.ts';
import { isIsoDate } from '../../platform/patterns.ts';
import { entitiesDataset } from './dataset.ts';

/**
 * `shilen import legal-entities FILE.csv`: an extract of a register of legal entities, one entity a
 * line, under a header naming its columns (any order; `scheme`, `identifier` and a name required):
 * scheme, identifier, name_mn, name_en, common_name_mn, common_name_en, kind, status,
 * admin_unit_code, registered_on, organization_slug. Every line is checked (the identifier by its
 * scheme's rule, kind, status, date, unit, public body, the same identifier twice); any problem,
 * named by line and column, and nothing is stored. The register's facts overwrite what modules
 * spelt (src/platform/legal-entities/facts.ts); each changed fact is sourced
 * `import:legal-entities` with the file's name. The same file twice changes nothing.
 */

/** The columns of an extract: the register's facts, the public body named by its slug. */
export const COLUMNS = [...FACT_FIELDS.filter((f) => f !== 'organization_id'), 'organization_slug'] as const;
type Column = (typeof COLUMNS)[number];

const MAX_NAME = 300;
export const IMPORT_SOURCE = 'import:legal-entities';
/** The advisory lock every writer of the register's own facts (the form, the API, the import) holds. */
export const REGISTER_LOCK = 'legal-entities.facts';

type Problem = ImportReport['problems'][number];

interface Line {
  line: number;
  entry: RegisterEntry;
  organizationSlug: string | null;
}

/** What the database knows that the lines are checked against: units, bodies and who is linked to them. */
interface Known {
  units: ReadonlySet<string>;
  organizations: ReadonlyMap<string, { id: number; linkedTo: string | null }>;
}

/** Reads and checks the lines of an extract: its entries, or the problems that stop it. */
export function readExtract(
  text: string,
  pack: CountryPack['legalEntities'],
  known: Known,
): { lines: Line[]; problems: Problem[] } {
  const { records, problem } = csvRecords(text);
  if (problem) return { lines: [], problems: [problem] };
  const [header, ...body] = records;
  const problems: Problem[] = [];
  if (!header)
    return { lines: [], problems: [{ where: 'file', message: 'the file is empty: it needs a header' }] };
  const columns = new Map<Column, number>();
  header.forEach((name, i) => {
    const column = COLUMNS.find((c) => c === name.toLowerCase());
    if (!column)
      problems.push({
        where: `line 1, column ${i + 1}`,
        message: `unknown column "${name}": the columns are ${COLUMNS.join(', ')}`,
      });
    else if (columns.has(column))
      problems.push({ where: `line 1, column ${i + 1}`, message: `"${name}" twice` });
    else columns.set(column, i);
  });
  const missing: string[] = (['scheme', 'identifier'] as const).filter((c) => !columns.has(c));
  if (!columns.has('name_mn') && !columns.has('name_en')) missing.push('name_mn or name_en');
  if (missing.length > 0)
    problems.push({ where: 'line 1', message: `the header lacks ${missing.join(', ')}` });
  if (problems.length > 0) return { lines: [], problems };
  if (body.length === 0)
    return { lines: [], problems: [{ where: 'file', message: 'the file holds no entities' }] };

  const lines: Line[] = [];
  const seen = new Map<string, number>();
  const bodies = new Map<string, number>();
  body.forEach((record, i) => {
    const line = i + 2;
    const cell = (c: Column) => record[columns.get(c) ?? -1] ?? '';
    const value = (c: Column) => cell(c) || null;
    const at = (c: Column) => `line ${line}, column ${c}`;
    const before = problems.length;
    const [scheme, identifier] = [cell('scheme'), cell('identifier')];
    const wrong = checkIdentifier(scheme, identifier, pack);
    if (wrong) problems.push({ where: at(wrong.field), message: wrong.message.en });
    const names = (['name_mn', 'name_en', 'common_name_mn', 'common_name_en'] as const).map((c) => value(c));
    if (names[0] === null && names[1] === null)
      problems.push({ where: at('name_mn'), message: 'a registered name is needed, in name_mn or name_en' });
    for (const c of ['name_mn', 'name_en', 'common_name_mn', 'common_name_en'] as const)
      if (cell(c).length > MAX_NAME)
        problems.push({ where: at(c), message: `longer than ${MAX_NAME} characters` });
    const kind = value('kind');
    if (kind !== null && !(ENTITY_KINDS as readonly string[]).includes(kind))
      problems.push({
        where: at('kind'),
        message: `unknown kind "${kind}": use one of ${ENTITY_KINDS.join(', ')}`,
      });
    const status = value('status');
    if (status !== null && !(ENTITY_STATUSES as readonly string[]).includes(status))
      problems.push({
        where: at('status'),
        message: `unknown status "${status}": use one of ${ENTITY_STATUSES.join(', ')}`,
      });
    const registeredOn = value('registered_on');
    if (registeredOn !== null && !isIsoDate(registeredOn))
      problems.push({ where: at('registered_on'), message: `"${registeredOn}" is not a date as YYYY-MM-DD` });
    const unit = value('admin_unit_code');
    if (unit !== null && !known.units.has(unit))
      problems.push({
        where: at('admin_unit_code'),
        message: `no administrative unit has the code "${unit}"`,
      });
    const slug = value('organization_slug');
    const body = slug === null ? undefined : known.organizations.get(slug);
    const key = `${scheme}:${identifier}`;
    if (slug !== null && !body)
      problems.push({ where: at('organization_slug'), message: `no public body has the slug "${slug}"` });
    else if (slug !== null && body?.linkedTo && body.linkedTo !== key)
      problems.push({
        where: at('organization_slug'),
        message: `"${slug}" is already linked to the entity ${body.linkedTo}: one entity per public body`,
      });
    else if (slug !== null && bodies.has(slug))
      problems.push({
        where: at('organization_slug'),
        message: `"${slug}" is already on line ${bodies.get(slug)}`,
      });
    if (problems.length > before) return;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        where: at('identifier'),
        message: `${scheme} ${identifier} is already on line ${first}`,
      });
      return;
    }
    seen.set(key, line);
    if (slug !== null) bodies.set(slug, line);
    lines.push({
      line,
      organizationSlug: slug,
      entry: {
        scheme,
        identifier: identifier.trim(),
        name_mn: names[0]!,
        name_en: names[1]!,
        common_name_mn: names[2]!,
        common_name_en: names[3]!,
        kind: kind as EntityKind | null,
        status: status as EntityStatus | null,
        admin_unit_code: unit,
        registered_on: registeredOn,
        organization_id: body?.id ?? null,
      },
    });
  });
  return { lines, problems };
}

class DryRun extends Error {}

/** Imports an extract (see above); `dryRun` checks and counts, writing nothing. */
export async function importEntities(
  ctx: ModuleContext,
  file: string,
  options: { dryRun: boolean; actorLabel?: string },
): Promise<ImportReport> {
  return importEntityBytes(
    ctx,
    { text: await fs.readFile(file, 'utf8'), name: path.basename(file) },
    options,
  );
}

/** Imports the text of an extract named `name`. */
export async function importEntityBytes(
  ctx: ModuleContext,
  file: { text: string; name: string },
  options: { dryRun: boolean; actorLabel?: string },
): Promise<ImportReport> {
  const pack = ctx.country.legalEntities;
  const report: ImportReport = { added: 0, changed: 0, unchanged: 0, problems: [] };
  const actor = systemActor(options.actorLabel ?? 'cli');
  await ctx.db
    .transaction(async (tx) => {
      // One writer of the register's facts at a time, so that a body's link is judged against what the other wrote.
      await tx.query(sql`select pg_advisory_xact_lock(hashtext(${REGISTER_LOCK}))`);
      const units = await tx.query<{ code: string }>(sql`select code from admin_units`);
      const organizations = await tx.query<{ slug: string; id: number; linked: string | null }>(sql`
        select o.slug, o.id, e.scheme || ':' || e.identifier as linked
        from organizations o left join legal_entities e on e.organization_id = o.id`);
      const { lines, problems } = readExtract(file.text, pack, {
        units: new Set(units.map((u) => u.code)),
        organizations: new Map(organizations.map((o) => [o.slug, { id: Number(o.id), linkedTo: o.linked }])),
      });
      report.problems.push(...problems);
      if (problems.length > 0) throw new DryRun();
      const written = await recordRegisterEntries(
        tx,
        lines.map((l) => l.entry),
        { source: IMPORT_SOURCE, reference: file.name },
        pack,
      );
      report.added = written.added.length;
      report.changed = written.changed.length;
      report.unchanged = written.unchanged.length;
      const touched = [...written.added, ...written.changed];
      if (options.dryRun || touched.length === 0) throw new DryRun();
      await recordCurrentVersions(tx, entitiesDataset, actor.label, touched.map(String));
      await indexEntities(tx, touched);
      await recordAudit(tx, {
        actor,
        action: 'legal-entities.import',
        subject: { type: 'legal-entity-import', id: file.name },
        details: { file: file.name, added: report.added, changed: report.changed },
      });
    })
    .catch((e) => {
      if (!(e instanceof DryRun)) throw e;
    });
  return report;
}
