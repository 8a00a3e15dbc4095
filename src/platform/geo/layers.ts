import type { SqlQuery } from '../db/sql.ts';
import type { Bilingual } from '../i18n/index.ts';
import type { ShilenModule } from '../module.ts';

/**
 * How finely a feature places its row: at its own point, at the centre of its soum (or district),
 * or at the centre of its aimag (or the capital). Readers must not take a centre for the place.
 */
export const precisions = ['point', 'soum', 'aimag'] as const;
export type Precision = (typeof precisions)[number];

/**
 * A public register's rows as a map layer, served as GeoJSON at `/api/v1/geo/<id>.geojson`
 * (`src/platform/geo/README.md`). A module declares it in its manifest's `locations`; the platform
 * refuses to start when a layer belongs to a module that holds personal data or publishes a
 * property that is not a field of the module's own public dataset.
 */
export interface LocationLayer {
  /** kebab-case, unique across modules: the file name of the layer, e.g. `organizations`. */
  id: string;
  title: Bilingual;
  description: Bilingual;
  /** The id of a dataset the same module declares: the properties must be its public fields. */
  dataset: string;
  /** The dataset's fields published as each feature's properties (besides `precision`). */
  properties: readonly string[];
  /**
   * Every public row with a place, never personal data: a `select` with the columns `feature_id`
   * (text, unique: features are paged in its order), `lon` and `lat` (WGS 84), `precision` (a
   * `Precision`), `unit_code` (the administrative unit the row is in, for the `unit` filter), and
   * one column per property. Rows without a place are left out by the source itself.
   */
  source: SqlQuery;
}

const LAYER_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * The layers of all modules, checked: a unique, well-formed id; no layer from a module that holds
 * personal data; every property a field of the named dataset of the same module. Throws at start
 * (the app does not start with a layer that could publish what it must not).
 */
export function moduleLayers(
  modules: readonly ShilenModule[],
  reserved: readonly string[] = [],
): LocationLayer[] {
  const seen = new Set(reserved);
  const layers: LocationLayer[] = [];
  for (const module of modules) {
    for (const layer of module.locations ?? []) {
      const where = `module ${module.name}, location layer ${layer.id}`;
      if (!LAYER_ID.test(layer.id)) throw new Error(`${where}: the id must be kebab-case`);
      if (seen.has(layer.id)) throw new Error(`${where}: another layer has this id`);
      seen.add(layer.id);
      if (module.personalData)
        throw new Error(`${where}: the module holds personal data, so none of its rows goes on a public map`);
      const dataset = module.datasets?.find((d) => d.id === layer.dataset);
      if (!dataset) throw new Error(`${where}: the module declares no dataset ${layer.dataset}`);
      const fields = new Set(dataset.fields.map((f) => f.name));
      for (const property of layer.properties) {
        if (!fields.has(property))
          throw new Error(`${where}: ${property} is not a public field of the dataset ${dataset.id}`);
        if (property === 'precision') throw new Error(`${where}: precision is the platform's own property`);
      }
      layers.push(layer);
    }
  }
  return layers;
}
