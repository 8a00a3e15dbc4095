/**
 * The ceiling of the procurement list: GET /api/v1/procurement/processes behind the thinnest
 * Fastify 5 there is (no plugins, hooks, validation, response schema or logger), calling the very
 * same `listForApi` as the real route — the same keyset SQL from src/modules/procurement/service.ts
 * and the same presentation — on postgres.js with prepared statements (see bare-server.ts).
 * Env: PORT, BARE_DATABASE_URL, BARE_POOL_MAX, BARE_PUBLIC_URL.
 */
import Fastify from 'fastify';
import { listForApi } from '../../src/modules/procurement/routes.ts';
import { listenUntilStopped, openBareDatabase } from './bare-server.ts';

const env = process.env;
const { db, close } = await openBareDatabase({
  databaseUrl: env.BARE_DATABASE_URL || undefined,
  pool: Number(env.BARE_POOL_MAX ?? 10),
  driver: 'postgres.js',
});
const publicUrl = env.BARE_PUBLIC_URL || 'http://shilen.bench';
const app = Fastify({ logger: false });
app.get('/readyz', async () => ({ status: 'ready' }));
app.get('/api/v1/procurement/processes', async (request) => {
  const q = request.query as Record<string, string>;
  const query: Record<string, unknown> = { ...q };
  for (const k of ['supplier', 'limit', 'valueMin', 'valueMax'])
    if (q[k] !== undefined) query[k] = Number(q[k]);
  return listForApi({ db }, publicUrl, request.url, query);
});
await listenUntilStopped(app, Number(env.PORT ?? 3998), close);
