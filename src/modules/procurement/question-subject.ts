import { sql } from '../../platform/db/sql.ts';
import type { QuestionSubject } from '../../platform/module.ts';

/**
 * A procurement process as the subject of a public question (src/modules/questions), by its OCID:
 * its buyer answers, when the buyer is an organisation of the registry.
 */
export const processQuestionSubject: QuestionSubject = {
  kind: 'procurement.process',
  label: { mn: 'Худалдан авах ажиллагаа', en: 'Procurement process' },
  resolve: async ({ db }, ocid) => {
    const [row] = await db.query<{ ocid: string; title: string; buyerId: number }>(sql`
      select ocid, title, buyer_id as "buyerId" from procurement_processes
      where ocid = ${ocid} and buyer_id is not null`);
    if (!row) return null;
    const title = row.title || row.ocid;
    return {
      title: { mn: title, en: title },
      organizationId: row.buyerId,
      href: `/procurement/processes/${encodeURIComponent(row.ocid)}`,
    };
  },
};
