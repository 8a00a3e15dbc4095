import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { moduleDocuments } from '../../platform/search/documents.ts';
import type { SearchDocument } from '../../platform/search/types.ts';

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

const SELECT = sql`select c.id, c.number, cat.name_mn as "categoryMn", cat.name_en as "categoryEn",
  c.published_text as text, c.published_answer as answer, c.organization_id as "organizationId",
  c.aimag_code as aimag, c.published_at as "publishedAt"
  from feedback_cases c join feedback_categories cat on cat.code = c.category_code`;

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

/** Only published cases are searchable, and only by their moderated, redacted text. */
const cases = moduleDocuments('feedback', {
  select: SELECT,
  id: sql`c.id`,
  searchable: sql`c.published_at is not null`,
  document,
});

export const feedbackSearch = cases.source('feedback.search.label', {
  'feedback-case': 'feedback.search.kind',
});

export async function indexPublishedCase(tx: Queryable, number: string): Promise<void> {
  await cases.index(tx, sql`c.number = ${number}`);
}
