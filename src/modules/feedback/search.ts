import type { Queryable } from '../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import { indexDocuments } from '../../platform/search/index-documents.ts';
import type { SearchDocument, SearchSource } from '../../platform/search/types.ts';

interface Row {
  id: number;
  number: string;
  categoryMn: string;
  categoryEn: string;
  text: string;
  answer: string | null;
  organizationId: number;
  aimag: string | null;
  publishedAt: Date;
}

/** Only published cases are searchable, and only by their moderated, redacted text. */
const SELECT = sql`select c.id, c.number, cat.name_mn as "categoryMn", cat.name_en as "categoryEn",
  c.published_text as text, c.published_answer as answer, c.organization_id as "organizationId",
  c.aimag_code as aimag, c.published_at as "publishedAt"
  from feedback_cases c join feedback_categories cat on cat.code = c.category_code
  where c.published_at is not null`;

function document(r: Row): SearchDocument {
  const body = [r.text, r.answer].filter(Boolean).join('\n');
  return {
    kind: 'feedback-case',
    key: r.number,
    title: { mn: `${r.categoryMn}: ${r.number}`, en: `${r.categoryEn}: ${r.number}` },
    body: { mn: body, en: body },
    url: `/feedback/published/${r.number}`,
    organizationId: r.organizationId,
    aimag: r.aimag,
    year: new Date(r.publishedAt).getUTCFullYear(),
    updatedAt: r.publishedAt,
  };
}

async function* documents(db: Queryable, where: SqlQuery = sql`true`): AsyncGenerator<SearchDocument> {
  for (let after = 0; ; ) {
    const rows = await db.query<Row>(
      sql`${SELECT} and ${where} and c.id > ${after} order by c.id limit 1000`,
    );
    for (const row of rows) yield document(row);
    if (rows.length < 1000) return;
    after = rows[rows.length - 1]!.id;
  }
}

export const feedbackSearch: SearchSource = {
  label: 'feedback.search.label',
  kinds: { 'feedback-case': 'feedback.search.kind' },
  documents: (db) => documents(db),
};

export async function indexPublishedCase(tx: Queryable, number: string): Promise<void> {
  const docs: SearchDocument[] = [];
  for await (const d of documents(tx, sql`c.number = ${number}`)) docs.push(d);
  await indexDocuments(tx, 'feedback', docs);
}
