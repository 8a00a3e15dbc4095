import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import area from '@turf/area';
import { recordAudit } from '../../platform/audit/audit.ts';
import { systemActor } from '../../platform/auth/actor.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ImportReport, ModuleContext } from '../../platform/module.ts';
import { allUnits } from '../../platform/places/boundaries.ts';
import { checkBoundaries, DEFAULT_UNIT_PROPERTY } from '../../platform/places/check.ts';
import { outlineOf } from '../../platform/places/outline.ts';

/**
 * `shilen import boundaries FILE.geojson --source … --licence …`: official boundaries of the admin
 * units from a GeoJSON FeatureCollection, one feature per unit, named by the property
 * `--unit-property` (default `code`; a statistical code, an ISO 3166-2 code or a name in either
 * language). Checked whole by the platform's checker (src/platform/places/check.ts); any problem
 * and nothing is stored. Otherwise, in one transaction: the import's record (file, SHA-256, source,
 * licence, counts), each unit's boundary replaced (units the file does not name keep theirs), and
 * the audit entry `places.import-boundaries`.
 */

export interface BoundaryImportOptions {
  dryRun: boolean;
  source: string;
  licence: string;
  unitProperty?: string;
  /** Who imports, for the audit trail and the import's record; default the command line. */
  actorLabel?: string;
}

class DryRun extends Error {}

const MAX_TEXT = { source: 500, licence: 200 } as const;

/** Imports the bytes of a file of boundaries named `name`. */
export async function importBoundaryBytes(
  ctx: ModuleContext,
  file: { bytes: Buffer; name: string },
  options: BoundaryImportOptions,
): Promise<ImportReport> {
  const report: ImportReport = { added: 0, changed: 0, unchanged: 0, problems: [] };
  for (const key of ['source', 'licence'] as const)
    if (options[key].trim() === '' || options[key].length > MAX_TEXT[key])
      report.problems.push({
        where: `--${key}`,
        message: `say the boundaries' ${key} in 1 to ${MAX_TEXT[key]} characters`,
      });
  if (report.problems.length > 0) return report;
  const unitProperty = options.unitProperty ?? DEFAULT_UNIT_PROPERTY;
  const { boundaries, problems } = checkBoundaries(file.bytes.toString('utf8'), {
    units: await allUnits(ctx.db),
    unitProperty,
    outline: outlineOf(ctx.country),
  });
  report.problems.push(...problems);
  if (problems.length > 0) return report;
  const actor = systemActor(options.actorLabel ?? 'cli');
  await ctx.db
    .transaction(async (tx) => {
      await tx.query(sql`select pg_advisory_xact_lock(hashtext('places.import-boundaries'))`);
      const rows = boundaries.map((b) => ({
        code: b.unitCode,
        geometry: b.geometry,
        ...b.box,
        areaKm2: area(b.geometry) / 1e6,
      }));
      const [stored] = await tx.query<{ id: number }>(sql`
        insert into boundary_imports (file_name, file_sha256, source, licence, unit_property, features,
          added, replaced, unchanged, imported_by)
        values (${file.name}, ${createHash('sha256').update(file.bytes).digest('hex')}, ${options.source.trim()},
          ${options.licence.trim()}, ${unitProperty}, ${rows.length}, 0, 0, 0, ${actor.label})
        returning id`);
      const importId = stored!.id;
      // A unit whose shape, source and licence are as stored is left as it was (and counted unchanged).
      const written = await tx.query<{ inserted: boolean }>(sql`
        insert into admin_unit_boundaries (unit_code, geometry, min_lon, min_lat, max_lon, max_lat, area_km2,
          import_id, source, licence, imported_by)
        select x.code, x.geometry, x."minLon", x."minLat", x."maxLon", x."maxLat", x."areaKm2",
          ${importId}, ${options.source.trim()}, ${options.licence.trim()}, ${actor.label}
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as x(code text, geometry jsonb, "minLon" float8, "minLat" float8, "maxLon" float8, "maxLat" float8, "areaKm2" float8)
        on conflict (unit_code) do update
          set geometry = excluded.geometry, min_lon = excluded.min_lon, min_lat = excluded.min_lat,
            max_lon = excluded.max_lon, max_lat = excluded.max_lat, area_km2 = excluded.area_km2,
            import_id = excluded.import_id, source = excluded.source, licence = excluded.licence,
            imported_at = now(), imported_by = excluded.imported_by
          where (admin_unit_boundaries.geometry, admin_unit_boundaries.source, admin_unit_boundaries.licence)
            is distinct from (excluded.geometry, excluded.source, excluded.licence)
        returning (xmax = 0) as inserted`);
      report.added = written.filter((w) => w.inserted).length;
      report.changed = written.length - report.added;
      report.unchanged = rows.length - written.length;
      if (options.dryRun) throw new DryRun();
      await tx.query(sql`
        update boundary_imports set added = ${report.added}, replaced = ${report.changed}, unchanged = ${report.unchanged}
        where id = ${importId}`);
      await recordAudit(tx, {
        actor,
        action: 'places.import-boundaries',
        subject: { type: 'boundary-import', id: String(importId) },
        details: {
          file: file.name,
          source: options.source.trim(),
          licence: options.licence.trim(),
          units: rows.map((r) => r.code),
          added: report.added,
          replaced: report.changed,
        },
      });
    })
    .catch((e) => {
      if (!(e instanceof DryRun)) throw e;
    });
  return report;
}

/** `shilen import boundaries`: the file at `file`, with the command line's settings. */
export async function importBoundaries(
  ctx: ModuleContext,
  file: string,
  options: { dryRun: boolean; settings?: Readonly<Record<string, string>> },
): Promise<ImportReport> {
  const settings = options.settings ?? {};
  return importBoundaryBytes(
    ctx,
    { bytes: await fs.readFile(file), name: path.basename(file) },
    {
      dryRun: options.dryRun,
      source: settings.source ?? '',
      licence: settings.licence ?? '',
      ...(settings['unit-property'] ? { unitProperty: settings['unit-property'] } : {}),
    },
  );
}
