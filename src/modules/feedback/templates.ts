import type { Database, Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';

/** Answer templates every organisation is offered; organisations may add their own rows. */
const general = [
  {
    titleMn: 'Шийдвэрлэсэн',
    titleEn: 'Resolved',
    bodyMn: 'Таны хандлагыг хүлээн авч шалгасан. Асуудлыг шийдвэрлэсэн бөгөөд дараах арга хэмжээ авлаа: ',
    bodyEn:
      'We have looked into your case. The matter has been resolved and we have taken the following action: ',
  },
  {
    titleMn: 'Мэдээлэл өгөх',
    titleEn: 'Information given',
    bodyMn: 'Таны асуусан мэдээллийг хүргүүлж байна: ',
    bodyEn: 'Here is the information you asked for: ',
  },
  {
    titleMn: 'Эрх хэмжээнд хамаарахгүй',
    titleEn: 'Outside our remit',
    bodyMn:
      'Таны хандлагад дурдсан асуудал манай байгууллагын эрх хэмжээнд хамаарахгүй тул дараах байгууллагад хандана уу: ',
    bodyEn: 'The matter you raise is outside this organisation’s remit; please contact: ',
  },
];

export async function seedTemplates(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    for (const g of general) {
      await tx.query(sql`insert into feedback_templates (organization_id, title_mn, title_en, body_mn, body_en)
        select null, ${g.titleMn}, ${g.titleEn}, ${g.bodyMn}, ${g.bodyEn}
        where not exists (select 1 from feedback_templates where organization_id is null and title_en = ${g.titleEn})`);
    }
  });
}

export interface AnswerTemplate {
  id: number;
  titleMn: string;
  titleEn: string;
  bodyMn: string;
  bodyEn: string;
}

export async function templatesFor(q: Queryable, organizationId: number): Promise<AnswerTemplate[]> {
  return q.query<AnswerTemplate>(sql`select id, title_mn as "titleMn", title_en as "titleEn", body_mn as "bodyMn",
    body_en as "bodyEn" from feedback_templates
    where organization_id is null or organization_id = ${organizationId} order by organization_id nulls first, id`);
}
