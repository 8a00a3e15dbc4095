import { sql } from '../../../platform/db/sql.ts';
import type { LocationLayer } from '../../../platform/geo/layers.ts';

/**
 * The licence areas as a layer of the platform's map (`/map`, `/api/v1/geo/licence-areas.geojson`):
 * each licence with an area, its shape as the feature's geometry, filtered and paged by the middle
 * of its box (precision `point`: the area's own place). Its properties must be public fields of the
 * module's dataset `extractives-licences` (checked by `moduleLayers` at start), so the manifest
 * declares it in `locations` once that dataset has them.
 */
export const licenceAreasLayer: LocationLayer = {
  id: 'licence-areas',
  title: { mn: 'Лицензийн талбай', en: 'Licence areas' },
  description: {
    mn: 'Ашигт малтмал, газрын тос, газар, усны лиценз бүр талбайн хэлбэрээрээ.',
    en: 'Each mineral, petroleum, land and water licence in the shape of its area.',
  },
  dataset: 'extractives-licences',
  properties: ['slug', 'number', 'licence_type', 'resource', 'status', 'name_mn', 'name_en'],
  source: sql`
    select l.slug as feature_id, (l.min_lon + l.max_lon) / 2 as lon, (l.min_lat + l.max_lat) / 2 as lat,
      'point' as precision, l.admin_unit_code as unit_code, l.slug, l.number, l.licence_type, l.resource,
      l.status, l.name_mn, l.name_en, l.geometry
    from extractive_licences l where l.geometry is not null`,
};
