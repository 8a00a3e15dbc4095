import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import area from '@turf/area';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { systemActor } from '../../../platform/auth/actor.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { ImporterDeclaration, ImportReport, ModuleContext } from '../../../platform/module.ts';
import { outsideProblems } from '../../../platform/places/check.ts';
import { outlineOf } from '../../../platform/places/outline.ts';
import { readAreas } from './read-areas.ts';

/**
 * `shilen import restricted-areas FILE --layer protected-areas --source …`: the areas of one of the
 * pack's restricted layers (protected areas, water sources …) from its keeper's export, a GeoJSON
 * FeatureCollection or a ZIP of shapefiles (read and reprojected by `read-areas.ts`). Each area is
 * named by the property `--name-property` (default `name`, in any case). Every area is checked
 * (closed rings that do not cross, inside the country's outline); any problem and nothing is
 * stored. Otherwise, in one transaction, the layer is replaced whole, with the audit entry
 * `extractives.import-restricted-areas`.
 */

export interface RestrictedImportOptions {
  dryRun: boolean;
  layer: string;
  source: string;
  nameProperty?: string;
  actorLabel?: string;
}

class DryRun extends Error {}

/** The value of a property named `name` in any case, as text, or null. */
function propertyOf(properties: Record<string, unknown>, name: string): string | null {
  const key = Object.keys(properties).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : properties[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() || null : null;
}

/** Imports the bytes of an export named `name` as the whole of layer `options.layer`. */
export async function importRestrictedAreaBytes(
  ctx: ModuleContext,
  file: { bytes: Uint8Array; name: string },
  options: RestrictedImportOptions,
): Promise<ImportReport> {
  const report: ImportReport = { added: 0, changed: 0, unchanged: 0, problems: [] };
  const layers = ctx.country.extractives.restrictedLayers.map((l) => l.layer);
  if (!layers.includes(options.layer))
    report.problems.push({
      where: '--layer',
      message: `"${options.layer}" is not a restricted layer of the country pack (${layers.join(', ')})`,
    });
  const source = options.source.trim();
  if (source === '' || source.length > 500)
    report.problems.push({
      where: '--source',
      message: 'say who published the layer, and where, in 1 to 500 characters',
    });
  if (report.problems.length > 0) return report;
  const nameProperty = options.nameProperty ?? 'name';
  const { areas, problems } = await readAreas(file);
  report.problems.push(...problems);
  const outline = outlineOf(ctx.country);
  const rows = areas.flatMap((a) => {
    const name = propertyOf(a.properties, nameProperty);
    const found = [
      ...(name === null
        ? [`has no property "${nameProperty}" naming the area (choose another with --name-property)`]
        : []),
      ...(name !== null && name.length > 300 ? ['has a name longer than 300 characters'] : []),
      ...(outline ? outsideProblems(a.geometry, outline) : []),
    ];
    for (const message of found) report.problems.push({ where: a.where, message });
    if (found.length > 0) return [];
    return [{ name, geometry: a.geometry, ...a.box, areaHa: area(a.geometry) / 1e4 }];
  });
  if (report.problems.length > 0) return report;
  const actor = systemActor(options.actorLabel ?? 'cli');
  await ctx.db
    .transaction(async (tx) => {
      await tx.query(sql`select pg_advisory_xact_lock(hashtext('extractives.import-restricted-areas'))`);
      const [before] = await tx.query<{ n: number }>(
        sql`select count(*)::int as n from extractive_restricted_areas where layer = ${options.layer}`,
      );
      await tx.query(sql`delete from extractive_restricted_areas where layer = ${options.layer}`);
      await tx.query(sql`
        insert into extractive_restricted_areas (layer, name, geometry, min_lon, min_lat, max_lon, max_lat, area_ha,
          source, file_name, imported_by)
        select ${options.layer}, x.name, x.geometry, x."minLon", x."minLat", x."maxLon", x."maxLat", x."areaHa",
          ${source}, ${file.name}, ${actor.label}
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as x(name text, geometry jsonb, "minLon" float8, "minLat" float8, "maxLon" float8, "maxLat" float8, "areaHa" float8)`);
      report.added = rows.length;
      if (before?.n)
        report.notes = [
          { where: `layer ${options.layer}`, message: `replaces its ${before.n} earlier areas` },
        ];
      if (options.dryRun) throw new DryRun();
      await recordAudit(tx, {
        actor,
        action: 'extractives.import-restricted-areas',
        subject: { type: 'restricted-layer', id: options.layer },
        details: {
          file: file.name,
          sha256: createHash('sha256').update(file.bytes).digest('hex'),
          source,
          areas: rows.length,
          replaced: before?.n ?? 0,
        },
      });
    })
    .catch((e) => {
      if (!(e instanceof DryRun)) throw e;
    });
  return report;
}

/** `shilen import restricted-areas`: the file at `file`, with the command line's settings. */
export async function importRestrictedAreas(
  ctx: ModuleContext,
  file: string,
  options: { dryRun: boolean; settings?: Readonly<Record<string, string>> },
): Promise<ImportReport> {
  const settings = options.settings ?? {};
  return importRestrictedAreaBytes(
    ctx,
    { bytes: await fs.readFile(file), name: path.basename(file) },
    {
      dryRun: options.dryRun,
      layer: settings.layer ?? '',
      source: settings.source ?? '',
      ...(settings['name-property'] ? { nameProperty: settings['name-property'] } : {}),
    },
  );
}

/** The command's declaration, for the module's manifest. */
export const restrictedAreasImporter: ImporterDeclaration = {
  name: 'restricted-areas',
  description: {
    mn: 'Тусгай хамгаалалттай газар, усны эх зэрэг давхцаж болохгүй газрын давхарга (GeoJSON эсвэл shapefile-ийн ZIP)',
    en: 'A layer of areas licences must not overlap, such as protected areas or water sources (GeoJSON, or a ZIP of shapefiles)',
  },
  options: [
    {
      name: 'layer',
      description: "the country pack's restricted layer the file replaces (e.g. protected-areas)",
      required: true,
    },
    { name: 'source', description: 'who published the layer, and where', required: true },
    { name: 'name-property', description: 'the property naming each area (default: name, in any case)' },
  ],
  run: importRestrictedAreas,
};
