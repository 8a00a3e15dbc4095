import { recordCurrentVersions } from '../../platform/datasets/versions.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ShilenModule } from '../../platform/module.ts';
import { homeCard } from '../../platform/views/components.ts';
import { organizationsDataset } from './dataset.ts';
import { loadOrganizationsDemo } from './demo.ts';
import { organizationsLayer } from './locations.ts';
import { messages } from './messages.ts';
import { organizationsPages } from './pages.ts';
import { organizationEditPages } from './pages-edit.ts';
import { organizationsApi } from './routes.ts';
import { organizationsSearch } from './search.ts';
import { countOrganizations, seedOrganizations } from './service.ts';

/** The directory of public bodies: the registry every other module's records hang off. */
export const organizationsModule: ShilenModule = {
  name: 'organizations',
  messages,
  navigation: [{ href: '/organizations', label: 'nav.organizations', group: 'registers', order: 10 }],
  api: organizationsApi,
  pages: (app, ctx) => {
    organizationsPages(app, ctx);
    organizationEditPages(app, ctx);
  },
  permissions: {
    'organizations.update': {
      description: 'Correct a public body’s names and contact details',
      allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
    },
    'organizations.import': {
      description: 'Import the directory of public bodies from a file (its publisher’s officials)',
      allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
    },
  },
  datasets: [organizationsDataset],
  locations: [organizationsLayer],
  seed: async ({ db, country }) => {
    // Versions only for what the seed (or anything since the last start) actually changed.
    await seedOrganizations(db, country.organizations, (tx) =>
      recordCurrentVersions(tx, organizationsDataset, 'system:seed'),
    );
  },
  demo: loadOrganizationsDemo,
  homeCard: async ({ db }, t) => {
    const count = await countOrganizations(db);
    return homeCard({
      href: '/organizations',
      title: t('organizations.title'),
      text: t('organizations.card'),
      figure: { value: t.number(count), label: t('organizations.cardFigure', { count }) },
    });
  },
  searchDocuments: organizationsSearch,
  // The directory is public whole: every organisation has its page.
  sitemap: () => [
    {
      name: 'organizations',
      pages: sql`select '/organizations/' || slug as path, updated_at as modified from organizations
        union all select '/organizations', (select max(updated_at) from organizations)`,
    },
  ],
};
