import { sql } from '../../platform/db/sql.ts';
import type { ShilenModule } from '../../platform/module.ts';
import { homeCard } from '../../platform/views/components.ts';
import { importBoundaries } from './import.ts';
import { messages } from './messages.ts';
import { placesPages } from './pages/index.ts';

/**
 * The places register: the admin units (table `admin_units`, seeded from the country pack) and
 * their official boundaries (tables `admin_unit_boundaries` and `boundary_imports`, migration 018
 * of the platform; the unit at a point, the outline and the maps in src/platform/places/): published
 * here as pages, and imported from official GeoJSON files by `shilen import boundaries`.
 */
export const placesModule: ShilenModule = {
  name: 'places',
  messages,
  navigation: [{ href: '/places', label: 'nav.places', group: 'registers', order: 50 }],
  pages: placesPages,
  importers: [
    {
      name: 'boundaries',
      description: {
        mn: 'Засаг захиргааны нэгжийн албан ёсны хил (GeoJSON FeatureCollection, нэгж бүр нэг feature)',
        en: 'Official boundaries of the admin units (a GeoJSON FeatureCollection, one feature per unit)',
      },
      options: [
        { name: 'source', description: 'who published the boundaries, and where', required: true },
        { name: 'licence', description: 'the licence they are published under', required: true },
        {
          name: 'unit-property',
          description:
            'the feature property naming its unit by code, ISO 3166-2 code or name (default: code)',
        },
      ],
      run: importBoundaries,
    },
  ],
  sitemap: () => [
    {
      name: 'places',
      pages: sql`select '/places/' || u.code as path, b.imported_at as modified
        from admin_units u left join admin_unit_boundaries b on b.unit_code = u.code
        union all select '/places', (select max(imported_at) from admin_unit_boundaries)`,
    },
  ],
  homeCard: async ({ db }, t) => {
    const [row] = await db.query<{ n: number }>(sql`select count(*)::int as n from admin_unit_boundaries`);
    const count = row?.n ?? 0;
    return homeCard({
      href: '/places',
      title: t('places.title'),
      text: t('places.card'),
      ...(count > 0 ? { figure: { value: t.number(count), label: t('places.cardFigure', { count }) } } : {}),
    });
  },
};
