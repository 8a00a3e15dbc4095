import type { Row } from '../db/database.ts';
import type { Bilingual } from '../i18n/index.ts';
import type { DatasetDeclaration } from '../module.ts';
import { changedFields, type RecordVersion, type VersionOperation } from './versions.ts';

/** Entries in a feed at most: the newest changes; the changes API has the rest. */
export const FEED_ENTRIES = 100;

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe in XML: escaped, and without the control characters XML 1.0 forbids. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\P{Cc}\t\n\r]|[\uFFFE\uFFFF]/gu, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string);
}

const operationTitles: Record<VersionOperation, Bilingual> = {
  insert: { mn: 'Нэмсэн', en: 'Added' },
  update: { mn: 'Шинэчилсэн', en: 'Updated' },
  delete: { mn: 'Устгасан', en: 'Removed' },
};

function both(text: Bilingual): string {
  return `${text.mn} · ${text.en}`;
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The entry's text, fields in the dataset's order: all of them for an addition, the changed ones otherwise. */
function entryContent(change: RecordVersion & { previous: Row | null }, order: readonly string[]): string {
  if (change.operation === 'delete') return '';
  const inOrder = (names: string[]) =>
    [...names].sort((a, b) => (order.indexOf(a) + 1 || 1e6) - (order.indexOf(b) + 1 || 1e6));
  if (change.operation === 'insert' || change.previous === null)
    return inOrder(Object.keys(change.data ?? {}))
      .map((k) => `${k}: ${shown(change.data?.[k])}`)
      .join('\n');
  return inOrder(changedFields(change.previous, change.data))
    .map((k) => `${k}: ${shown(change.previous?.[k])} → ${shown(change.data?.[k])}`)
    .join('\n');
}

/**
 * A dataset's newest changes as an Atom 1.0 feed (RFC 4287), newest first: one entry per
 * version, titled in both languages, its content the fields that changed (all fields for an
 * addition).
 */
export function changesFeed(options: {
  dataset: DatasetDeclaration;
  publicUrl: string;
  publisher: { name: Bilingual; path: string } | undefined;
  changes: readonly (RecordVersion & { previous: Row | null })[];
}): string {
  const { dataset, publicUrl, changes } = options;
  const page = `${publicUrl}/datasets/${dataset.id}`;
  const order = dataset.fields.map((f) => f.name);
  const self = `${page}/changes.atom`;
  const updated = (changes[0]?.changedAt ?? new Date(0)).toISOString();
  const author = options.publisher
    ? `<author><name>${xmlText(both(options.publisher.name))}</name><uri>${xmlText(publicUrl + options.publisher.path)}</uri></author>`
    : `<author><name>Shilen</name><uri>${xmlText(publicUrl)}</uri></author>`;
  const entries = changes.map((change) => {
    const link = dataset.recordPath ? publicUrl + dataset.recordPath(change.key) : page;
    const history = `${publicUrl}/api/v1/datasets/${dataset.id}/records/${encodeURIComponent(change.key)}/versions`;
    const title = `${both(operationTitles[change.operation])}: ${change.key} (v${change.version})`;
    const fields = change.operation === 'update' ? changedFields(change.previous, change.data) : [];
    const summary =
      fields.length > 0 ? `<summary xml:lang="en">Changed: ${xmlText(fields.join(', '))}</summary>` : '';
    const content = entryContent(change, order);
    return `<entry>
<id>${xmlText(`${page}/changes/${change.id}`)}</id>
<title>${xmlText(title)}</title>
<updated>${change.changedAt.toISOString()}</updated>
<link rel="alternate" type="text/html" href="${xmlText(link)}"/>
<link rel="related" type="application/json" href="${xmlText(history)}"/>
<category term="${change.operation}"/>
${summary}${content ? `<content type="text">${xmlText(content)}</content>` : ''}
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${xmlText(self)}</id>
<title>${xmlText(`${dataset.title.mn}: өөрчлөлт · ${dataset.title.en}: changes`)}</title>
<subtitle>${xmlText(both(dataset.description))}</subtitle>
<updated>${updated}</updated>
<link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>
<link rel="alternate" type="text/html" href="${xmlText(page)}"/>
${author}
<generator uri="${xmlText(publicUrl)}">Shilen</generator>
${entries.join('\n')}
</feed>
`;
}
