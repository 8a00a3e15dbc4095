import { sql } from '../../platform/db/sql.ts';
import type { QuestionSubject } from '../../platform/module.ts';

/**
 * A commitment of a published plan as the subject of a public question (src/modules/questions),
 * by its id: its lead organisation answers (the commitment's own lead before a milestone's).
 */
export const commitmentQuestionSubject: QuestionSubject = {
  kind: 'plans.commitment',
  label: { mn: 'Төлөвлөгөөний амлалт', en: 'Action plan commitment' },
  resolve: async ({ db }, key) => {
    if (!/^[1-9][0-9]{0,14}$/.test(key)) return null;
    const [row] = await db.query<{
      id: number;
      number: string | null;
      mn: string | null;
      en: string | null;
      lead: number | null;
    }>(sql`
      select c.id, c.number, c.title_mn as mn, c.title_en as en,
        (select l.organization_id from plan_item_organizations l
          where l.commitment_id = c.id and l.role = 'lead' and l.organization_id is not null
          order by l.milestone_id is not null, l.position limit 1) as lead
      from plan_commitments c join plans p on p.id = c.plan_id
      where c.id = ${Number(key)} and p.status = 'published'`);
    if (!row || row.lead === null) return null;
    const prefix = row.number ? `${row.number} ` : '';
    return {
      title: { mn: `${prefix}${row.mn ?? row.en ?? ''}`, en: `${prefix}${row.en ?? row.mn ?? ''}` },
      organizationId: row.lead,
      href: `/plans/commitments/${row.id}`,
    };
  },
};
