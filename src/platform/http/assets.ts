import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

const ASSET_DIR = path.join(import.meta.dirname, '..', 'views', 'assets');

/**
 * Files of packages served as the site's own (no third-party host, within the CSP): Leaflet for
 * the location picker's map, which draws the site's own GeoJSON and no tiles.
 */
const LEAFLET = path.dirname(createRequire(import.meta.url).resolve('leaflet/dist/leaflet.js'));
const VENDOR_FILES = [path.join(LEAFLET, 'leaflet.js'), path.join(LEAFLET, 'leaflet.css')];

export interface AssetTable {
  /** Logical name (`shilen.css`) to its fingerprinted URL (`/assets/shilen.3f2a9c1b.css`). */
  url(name: string): string;
  /** Every asset's fingerprinted URL by its logical name. */
  readonly files: Readonly<Record<string, string>>;
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves the site's few static files from memory under content-hashed names, cached for a year;
 * a changed file gets a new name, so no browser keeps an old stylesheet.
 */
export function registerAssets(app: FastifyInstance): AssetTable {
  const byUrl = new Map<string, { body: Buffer; type: string; immutable: boolean }>();
  const urls = new Map<string, string>();
  const files = [...fs.readdirSync(ASSET_DIR).map((name) => path.join(ASSET_DIR, name)), ...VENDOR_FILES];
  for (const file of files) {
    const name = path.basename(file);
    const ext = path.extname(name);
    const type = TYPES[ext];
    if (!type) continue;
    const body = fs.readFileSync(file);
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    const url = `/assets/${path.basename(name, ext)}.${hash}${ext}`;
    byUrl.set(url, { body, type, immutable: true });
    urls.set(name, url);
    // The un-hashed name also answers (favicon, tools), with a short cache life.
    byUrl.set(`/assets/${name}`, { body, type, immutable: false });
  }
  app.get(
    '/assets/:file',
    { schema: { hide: true }, config: { access: 'public' } },
    async (request, reply) => {
      const asset = byUrl.get(request.url.split('?')[0] as string);
      if (!asset) return reply.callNotFound();
      reply
        .type(asset.type)
        .header(
          'cache-control',
          asset.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
        );
      return asset.body;
    },
  );
  return {
    url(name) {
      const url = urls.get(name);
      if (!url) throw new Error(`no asset named ${name}`);
      return url;
    },
    files: Object.fromEntries(urls),
  };
}
