import { changedFields, recordHistory } from '../../../platform/datasets/versions.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { DatasetDeclaration } from '../../../platform/module.ts';
import { table } from '../../../platform/views/components.ts';
import type { PageContext } from '../../../platform/views/context.ts';
import { type Html, html } from '../../../platform/views/html.ts';

/**
 * The changes of a published record (its dataset's versions): when, and which fields, with a link
 * to every version in the API. Each register's page shows its record's.
 */
export async function historySection(
  db: Queryable,
  page: PageContext,
  t: Translator,
  dataset: DatasetDeclaration,
  key: string,
): Promise<Html> {
  const versions = await recordHistory(db, dataset.id, key);
  const titles = new Map(dataset.fields.map((f) => [f.name, t.pick(f.title)]));
  return html`<h2>${t('extractives.licences.record.history')}</h2>
${table(page, {
  caption: t('extractives.licences.record.history'),
  columns: [
    { key: 'version', label: t('extractives.licences.field.version'), numeric: true },
    { key: 'at', label: t('extractives.licences.field.changedAt') },
    { key: 'fields', label: t('extractives.licences.field.changed') },
  ],
  rows: versions.map((v, i) => [
    t.number(v.version),
    t.date(v.changedAt),
    v.operation === 'insert'
      ? t('extractives.licences.record.added')
      : changedFields(versions[i - 1]?.data ?? null, v.data)
          .filter((f) => f !== 'updated_at')
          .map((f) => titles.get(f) ?? f)
          .join(', '),
  ]),
})}
<p><a href="/api/v1/datasets/${dataset.id}/records/${encodeURIComponent(key)}/versions">${t('extractives.licences.record.versions')}</a></p>`;
}
