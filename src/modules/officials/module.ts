import { sql } from '../../platform/db/sql.ts';
import type { ShilenModule } from '../../platform/module.ts';
import { homeCard } from '../../platform/views/components.ts';
import { officialsApi } from './api.ts';
import { officialsDataset } from './dataset.ts';
import { loadOfficialsDemo } from './demo.ts';
import { messages } from './messages.ts';
import { officialsPages } from './pages/index.ts';
import { permissions } from './permissions.ts';
import { countCurrentOfficials } from './queries.ts';

/**
 * Public officials, a register of the platform (tables `officials`, `official_posts`,
 * `official_memberships`, migration 016 of the platform): people holding posts in organisations over
 * time, in Popolo's terms, published here as pages, API and dataset.
 */
export const officialsModule: ShilenModule = {
  name: 'officials',
  dependsOn: ['organizations'],
  messages,
  permissions,
  navigation: [{ href: '/officials', label: 'nav.officials', group: 'registers', order: 30 }],
  api: officialsApi,
  pages: officialsPages,
  datasets: [officialsDataset],
  demo: loadOfficialsDemo,
  sitemap: () => [
    {
      name: 'officials',
      pages: sql`select '/officials/' || slug as path, updated_at as modified from officials
        union all select '/officials', (select max(updated_at) from official_memberships)`,
    },
  ],
  publishedBy: async ({ db }, organization, t) => {
    const [row] = await db.query<{ n: number }>(sql`select count(*)::int as n from official_memberships m
      join official_posts p on p.id = m.post_id where p.organization_id = ${organization.id}`);
    const count = row?.n ?? 0;
    return count === 0
      ? []
      : [{ title: t('officials.title'), count, href: `/officials?organization=${organization.slug}` }];
  },
  homeCard: async ({ db }, t) => {
    const count = await countCurrentOfficials(db);
    return homeCard({
      href: '/officials',
      title: t('officials.title'),
      text: t(count === 0 ? 'officials.cardEmpty' : 'officials.card'),
      ...(count > 0
        ? { figure: { value: t.number(count), label: t('officials.cardFigure', { count }) } }
        : {}),
    });
  },
};
