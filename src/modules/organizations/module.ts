import { countryPack } from '../../country/mn/index.ts';
import type { ShilenModule } from '../../platform/module.ts';
import { html } from '../../platform/views/html.ts';
import { organizationsDataset } from './dataset.ts';
import { loadOrganizationsDemo } from './demo.ts';
import { messages } from './messages.ts';
import { organizationsPages } from './pages.ts';
import { organizationEditPages } from './pages-edit.ts';
import { organizationsApi } from './routes.ts';
import { countOrganizations, listOrganizations, seedOrganizations } from './service.ts';

/** The directory of public bodies: the registry every other module's records hang off. */
export const organizationsModule: ShilenModule = {
  name: 'organizations',
  messages,
  navigation: [{ href: '/organizations', label: 'nav.organizations', order: 10 }],
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
  },
  datasets: [organizationsDataset],
  seed: async ({ db }) => {
    await seedOrganizations(db, countryPack.organizations);
  },
  demo: loadOrganizationsDemo,
  homeCard: async ({ db }, t) => {
    const count = await countOrganizations(db);
    return html`<a class="card" href="/organizations"><h3>${t('organizations.title')}</h3><p>${t('organizations.card', { count })}</p></a>`;
  },
  search: async ({ db }, query, t) => {
    const { items } = await listOrganizations(
      db,
      { q: query },
      { sort: 'name', page: 1, pageSize: 20, locale: t.locale },
    );
    return items.map((o) => ({
      href: `/organizations/${o.slug}`,
      title: t.pick({ mn: o.nameMn, en: o.nameEn }),
      kind: t('organizations.search.kind'),
      snippet: t(`organizations.kind.${o.kind}`),
    }));
  },
};
