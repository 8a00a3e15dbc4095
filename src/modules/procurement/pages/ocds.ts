import { Readable } from 'node:stream';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { html } from '../../../platform/views/html.ts';
import { packageMeta } from '../ocds/packages.ts';
import { releasesAfter, releaseYears } from '../service.ts';
import { belowList, publicPage, tableOrEmpty } from './shared.ts';

const BATCH = 2000;

/**
 * A year's releases as one release package, streamed in keyset batches: constant memory whatever
 * the year holds. The package's fields come first, then `releases` one by one.
 */
export function releasesOfYear(ctx: ModuleContext, year: number, uri: string): Readable {
  const meta = JSON.stringify(packageMeta(ctx.config, uri));
  async function* chunks() {
    yield `${meta.slice(0, -1)},"releases":[`;
    let after = 0;
    let first = true;
    for (;;) {
      const rows = await releasesAfter(ctx.db, { after, limit: BATCH, year });
      if (rows.length === 0) break;
      let text = '';
      for (const r of rows) {
        text += (first ? '' : ',') + JSON.stringify(r.data);
        first = false;
      }
      yield text;
      if (rows.length < BATCH) break;
      after = rows.at(-1)!.seq;
    }
    yield ']}';
  }
  return Readable.from(chunks());
}

export function ocdsPages(app: App, ctx: ModuleContext): void {
  publicPage(app, '/procurement/ocds', {}, async (request, reply) => {
    const { t } = request;
    const years = await releaseYears(ctx.db);
    return reply.sendPage({
      ...belowList(t, t('procurement.ocds.title')),
      main: html`<h1>${t('procurement.ocds.title')}</h1>
<p class="lead">${t('procurement.ocds.lead')}</p>
<h2>${t('procurement.ocds.api')}</h2>
<ul class="link-list">
<li><a href="/api/v1/procurement/releases">${t('procurement.ocds.releasePackages')}</a> <code>/api/v1/procurement/releases</code></li>
<li><a href="/api/v1/procurement/records">${t('procurement.ocds.recordPackages')}</a> <code>/api/v1/procurement/records</code></li>
</ul>
<h2>${t('procurement.ocds.bulk')}</h2>
${tableOrEmpty(request.page, t('procurement.empty'), {
  caption: t('procurement.ocds.bulk'),
  columns: [
    { key: 'y', label: t('procurement.ocds.year') },
    { key: 'n', label: t('procurement.ocds.releases'), numeric: true },
  ],
  rows: years.map((y) => [
    html`<a href="/procurement/ocds/releases-${y.year}.json" download>${t('procurement.ocds.file', { year: y.year })}</a>`,
    t.number(y.releases),
  ]),
})}`,
    });
  });

  publicPage(app, '/procurement/ocds/:file', { file: 40 }, async (request, reply) => {
    const match = /^releases-(\d{4})\.json$/.exec(request.params.file);
    if (!match) throw notFound();
    const year = Number(match[1]);
    // An empty year has no valid package (at least one release): there is no such file.
    if (!(await releaseYears(ctx.db)).some((y) => y.year === year)) throw notFound();
    const uri = `${ctx.config.publicUrl}/procurement/ocds/releases-${year}.json`;
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="releases-${year}.json"`)
      .send(releasesOfYear(ctx, year, uri));
  });
}
