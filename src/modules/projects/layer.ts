import { sql } from '../../platform/db/sql.ts';
import type { LocationLayer } from '../../platform/geo/layers.ts';

/**
 * The projects' places as a layer of the platform's map (`/map`, `/api/v1/geo/projects.geojson`):
 * each place of each project (a point, a line or an area) as a feature with its own geometry,
 * filtered and paged by the middle of its box. Its properties are public fields of the dataset
 * `projects`.
 */
export const projectPlacesLayer: LocationLayer = {
  id: 'projects',
  title: { mn: 'Төслүүд', en: 'Projects' },
  description: {
    mn: 'Улсын хөрөнгө оруулалт, гадаад зээлийн төсөл бүрийн байршил: цэг, шугам, талбай.',
    en: 'Where each public investment and foreign-loan project is: its points, lines and areas.',
  },
  dataset: 'projects',
  properties: ['slug', 'title_mn', 'title_en', 'sector', 'stage', 'status', 'organization'],
  source: sql`
    select p.slug || '-' || l.id as feature_id, (l.min_lon + l.max_lon) / 2 as lon, (l.min_lat + l.max_lat) / 2 as lat,
      'point' as precision, coalesce(l.admin_unit_code, p.admin_unit_code) as unit_code, p.slug, p.title_mn,
      p.title_en, p.sector, p.stage, p.status, o.slug as organization, l.geometry
    from project_locations l join projects p on p.id = l.project_id join organizations o on o.id = p.organization_id`,
};
