import { sql } from '../../platform/db/sql.ts';
import type { LocationLayer } from '../../platform/geo/layers.ts';

/**
 * Public bodies on the map, each at the centre of its aimag or the capital (a district's or
 * soum's body at its aimag's): the directory records a unit, never an address's point. National
 * bodies (no unit) are left out.
 */
export const organizationsLayer: LocationLayer = {
  id: 'organizations',
  title: { mn: 'Төрийн байгууллагууд', en: 'Public bodies' },
  description: {
    mn: 'Байгууллага бүр аймаг, нийслэлийнхээ төвд.',
    en: 'Each body at the centre of its aimag or the capital.',
  },
  dataset: 'organizations',
  properties: ['slug', 'name_mn', 'name_en', 'kind', 'admin_unit_code'],
  source: sql`
    select o.slug as feature_id, a.lon, a.lat, 'aimag' as precision, o.admin_unit_code as unit_code,
      o.slug, o.name_mn, o.name_en, o.kind, o.admin_unit_code
    from organizations o
    join admin_units u on u.code = o.admin_unit_code
    join admin_units a on a.code = coalesce(case when u.kind in ('capital', 'aimag') then u.code end, u.parent_code)`,
};
