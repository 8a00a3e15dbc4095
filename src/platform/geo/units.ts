import { sql } from '../db/sql.ts';
import type { LocationLayer } from './layers.ts';

/**
 * The platform's own layer: the country's administrative units, each at its centre (the capital
 * and aimags with precision `aimag`, districts and soums with `soum`). The location picker draws
 * it and places a click in a unit with it. Before official boundaries are imported a unit is its
 * centre; once they are (`shilen import boundaries`), a feature's geometry is the unit's shape
 * (still filtered and paged by its centre), and the picker places clicks by point-in-polygon
 * instead of by the nearest centre.
 */
export const adminUnitsLayer: LocationLayer = {
  id: 'admin-units',
  title: { mn: 'Засаг захиргааны нэгжүүд', en: 'Administrative units' },
  description: {
    mn: 'Нийслэл, аймаг, дүүрэг, сум бүр төвийнхөө цэгээр.',
    en: 'The capital, aimags, districts and soums, each at its centre.',
  },
  dataset: 'admin-units',
  properties: ['code', 'kind', 'parent_code', 'name_mn', 'name_en'],
  source: sql`
    select u.code as feature_id, u.lon, u.lat,
      case when u.kind in ('capital', 'aimag') then 'aimag' else 'soum' end as precision,
      u.code as unit_code, u.code, u.kind, u.parent_code, u.name_mn, u.name_en, b.geometry
    from admin_units u left join admin_unit_boundaries b on b.unit_code = u.code`,
};
