import { sql } from '../../platform/db/sql.ts';
import type { LocationLayer } from '../../platform/geo/layers.ts';

/**
 * Contracting processes on the map, each at the centre of its buyer's aimag or the capital (the
 * process's `aimag`, derived from its buyer); processes of national buyers are left out.
 */
export const procurementLayer: LocationLayer = {
  id: 'procurement',
  title: { mn: 'Төрийн худалдан авалт', en: 'Public procurement' },
  description: {
    mn: 'Худалдан авалтын үйл явц бүр захиалагчийнхаа аймаг, нийслэлийн төвд.',
    en: 'Each contracting process at the centre of its buyer’s aimag or the capital.',
  },
  dataset: 'procurement',
  properties: ['ocid', 'title', 'buyer_slug', 'buyer_name', 'stage', 'method', 'date'],
  source: sql`
    select p.ocid as feature_id, a.lon, a.lat, 'aimag' as precision, p.aimag as unit_code,
      p.ocid, p.title, o.slug as buyer_slug, p.buyer_name, p.stage, p.method, p.date
    from procurement_processes p
    join admin_units a on a.code = p.aimag
    left join organizations o on o.id = p.buyer_id`,
};
