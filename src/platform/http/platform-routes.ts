import { Type } from 'typebox';
import { auditRoutes } from '../audit/routes.ts';
import { pendingMigrations } from '../db/migrate.ts';
import { leaguePage } from '../deadlines/league.ts';
import { geoRoutes } from '../geo/routes.ts';
import { searchRoutes } from '../search/routes.ts';
import { html } from '../views/html.ts';
import { navigationGroups } from '../views/navigation.ts';
import { apiReference } from './api-reference.ts';
import { crawlerRoutes } from './crawlers.ts';
import { notFound, type ProblemCode, problems } from './errors.ts';
import type { App } from './types.ts';

/**
 * Routes of the platform itself: health, the OpenAPI document and its reference, home, search (page
 * and API), the league table of who answers citizens' requests on time.
 */
export async function platformRoutes(app: App): Promise<void> {
  const { db, migrations, modules } = app.shilen;

  await auditRoutes(app);
  crawlerRoutes(app);
  geoRoutes(app);

  app.get('/healthz', { schema: { hide: true }, config: { access: 'public' } }, async () => ({
    status: 'ok',
  }));

  // Anyone may ask (load balancers do), so the answer says only whether; why goes to the log, as
  // a database's error text can name hosts, users and paths.
  app.get('/readyz', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    try {
      await db.ping();
      const pending = await pendingMigrations(db, migrations);
      if (pending.length === 0) return { status: 'ready', engine: db.engine };
      request.log.warn({ pending }, 'readiness: migrations pending');
    } catch (error) {
      request.log.error({ err: error }, 'readiness: database unreachable');
    }
    return reply.code(503).send({ status: 'not ready' });
  });

  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () =>
    app.swagger(),
  );

  app.get('/api', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) =>
    reply.sendPage(
      apiReference(request.page, app.swagger() as unknown as Parameters<typeof apiReference>[1]),
    ),
  );

  app.get(
    '/problems/:code',
    {
      schema: { hide: true, params: Type.Object({ code: Type.String({ maxLength: 100 }) }) },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const code = request.params.code as ProblemCode;
      const problem = problems[code];
      if (!problem) throw notFound();
      const { t } = request;
      return reply.sendPage({
        title: problem[request.locale],
        breadcrumbs: [{ href: '/api', label: t('nav.api') }, { label: problem[request.locale] }],
        main: html`<h1>${problem[request.locale]}</h1>
<p>${t('problems.explain', { status: problem.status, code })}</p>`,
      });
    },
  );

  app.get('/', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const { t } = request;
    // Each module's card under the group its navigation names, in the header's order.
    const cards = await Promise.all(
      modules
        .filter((m) => m.homeCard)
        .map(async (m) => ({ group: m.navigation?.[0]?.group, card: await m.homeCard!(app.shilen, t) })),
    );
    const groups = navigationGroups
      .map((g) => ({ ...g, cards: cards.filter((c) => c.group === g.id).map((c) => c.card) }))
      .filter((g) => g.cards.length > 0);
    const ungrouped = cards.filter((c) => !navigationGroups.some((g) => g.id === c.group)).map((c) => c.card);
    return reply.sendPage({
      title: t('home.title'),
      description: t('home.lead'),
      main: html`<div class="hero">
  <h1>${t('home.title')}</h1>
  <p class="lead">${t('home.lead')}</p>
</div>
<section aria-labelledby="holds"><h2 id="holds">${t('home.holds')}</h2>
${groups.map(
  (
    g,
  ) => html`<section class="home-group" aria-labelledby="home-${g.id}"><h3 id="home-${g.id}">${t(g.label)}</h3>
<div class="cards">${g.cards}</div></section>`,
)}
${ungrouped.length > 0 ? html`<div class="cards">${ungrouped}</div>` : ''}</section>
<section aria-labelledby="open"><h2 id="open">${t('home.openTitle')}</h2>
<p>${t('home.openBody')}</p>
<ul class="link-list"><li><a href="/api">${t('home.apiLink')}</a></li></ul></section>`,
    });
  });

  leaguePage(app);
  await searchRoutes(app);
}
