import { Type } from 'typebox';
import type { App } from '../http/types.ts';
import { emptyState, pagination, summaryList, table } from '../views/components.ts';
import { type Html, html } from '../views/html.ts';
import { auditHead } from './audit.ts';
import { GENESIS_HASH } from './chain.ts';
import { allDailyHeads, listDailyHeads } from './heads.ts';

/**
 * The public face of the audit trail: its current head and the daily heads, never an entry's
 * contents (the entries themselves are restricted; only hashes are public).
 */

const PAGE_SIZE = 30;

/** A hash that may break after every 16 digits on a narrow screen, and copies as one word. */
function hashText(hash: string): Html {
  const parts = hash.match(/.{1,16}/g) ?? [];
  return html`<code class="hash">${parts.map((part, i) => (i === 0 ? part : html`<wbr>${part}`))}</code>`;
}

export async function auditRoutes(app: App): Promise<void> {
  const { db, config } = app.shilen;

  app.get(
    '/audit',
    {
      schema: {
        hide: true,
        querystring: Type.Object({
          page: Type.Optional(Type.String({ maxLength: 40 })),
          lang: Type.Optional(Type.String({ maxLength: 10 })),
        }),
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const { t } = request;
      const pageNo = Math.min(Math.max(1, Number.parseInt(request.query.page ?? '1', 10) || 1), 100000);
      const [head, heads] = await Promise.all([
        auditHead(db),
        listDailyHeads(db, { page: pageNo, pageSize: PAGE_SIZE }),
      ]);
      const rows = heads.items.map((h) => [
        html`<time datetime="${h.day}">${t.date(h.day)}</time>`,
        t.number(h.seq),
        hashText(h.hash),
      ]);
      return reply.sendPage({
        title: t('audit.title'),
        description: t('audit.lead'),
        breadcrumbs: [{ label: t('audit.title') }],
        alternates: [{ href: '/audit/heads.json', type: 'application/json' }],
        main: html`<h1>${t('audit.title')}</h1>
<p class="lead">${t('audit.lead')}</p>
<section aria-labelledby="audit-what"><h2 id="audit-what">${t('audit.whatTitle')}</h2>
<p>${t('audit.whatBody')}</p>
<p>${t('audit.chainBody')}</p>
<p>${t('audit.restricted')}</p></section>
<section aria-labelledby="audit-head"><h2 id="audit-head">${t('audit.headTitle')}</h2>
${summaryList([
  { key: t('audit.headEntries'), value: t.number(head.seq) },
  { key: t('audit.headHash'), value: hashText(head.hash) },
])}</section>
<section aria-labelledby="audit-check"><h2 id="audit-check">${t('audit.checkTitle')}</h2>
<ol>
  <li>${t('audit.checkSave')}</li>
  <li>${t('audit.checkCompare')}</li>
  <li>${t('audit.checkRecompute')} <code>shilen audit verify --heads heads.json</code></li>
</ol>
<p>${t('audit.checkLimits')}</p>
<ul class="link-list"><li><a href="/audit/heads.json" download>${t('audit.headsJson')}</a></li></ul></section>
<section aria-labelledby="audit-heads"><h2 id="audit-heads">${t('audit.headsTitle')}</h2>
${
  heads.total === 0
    ? emptyState(t('audit.headsEmpty'), t('audit.headsEmptyHint'))
    : html`<p class="result-count">${t('audit.headsCount', { count: heads.total })}</p>
${table(request.page, {
  caption: t('audit.headsCaption'),
  columns: [
    { key: 'day', label: t('audit.col.day') },
    { key: 'seq', label: t('audit.col.seq'), numeric: true },
    { key: 'hash', label: t('audit.col.hash') },
  ],
  rows,
})}
${pagination(request.page, { page: pageNo, pageSize: PAGE_SIZE, total: heads.total })}`
}</section>`,
      });
    },
  );

  app.get('/audit/heads.json', { schema: { hide: true }, config: { access: 'public' } }, async () => {
    const [head, heads] = await Promise.all([auditHead(db), allDailyHeads(db)]);
    return {
      description:
        'Heads of the Shilen audit trail: for each calendar day, the last entry recorded before it ended and its SHA-256 chain hash. A published head never changes; keep a copy and compare.',
      documentation: `${config.publicUrl}/audit`,
      algorithm: 'sha256',
      genesis: GENESIS_HASH,
      timeZone: app.shilen.country.timeZone,
      current: head,
      heads,
    };
  });
}
