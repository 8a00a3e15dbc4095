import type { FiscalPack } from '../../../country/fiscal-pack.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize, can } from '../../../platform/auth/permissions.ts';
import {
  auditRole,
  type FieldProblem,
  ok,
  problem,
  type RequestMeta,
  type Result,
  refusableTransaction,
  refuse,
} from '../../../platform/commands/index.ts';
import type { Database } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';

/** One grade × type of a body's report: recipients and the amount (MNT), as typed or sent. */
export interface BenefitInputCell {
  grade: string;
  type: string;
  recipients: string | number;
  amount: string | number;
}

export interface RecordBenefitsInput {
  /** The organisation's slug. */
  organization: string;
  year: string | number;
  cells: readonly BenefitInputCell[];
}

/** The form's field of a cell's measure: `recipients__<grade>__<type>`, `amount__<grade>__<type>`. */
export const cellField = (measure: 'recipients' | 'amount', grade: string, type: string) =>
  `${measure}__${grade}__${type}`;

const WHOLE = /^\d{1,9}$/;
const MONEY = /^\d{1,16}(\.\d{1,2})?$/;

/**
 * Records a body's benefit totals for a fiscal year (`fiscal.publish`, checked against the
 * organisation): recipients and amount per grade and benefit type of the pack, replacing what the
 * body reported for that year, audited, in one transaction. A blank cell counts nobody. Problems
 * name the field (`organization`, `year`, `cells`, or a cell's `cellField`); nothing is stored with any.
 */
export async function recordBenefits(
  db: Database,
  pack: FiscalPack,
  actor: Actor,
  input: RecordBenefitsInput,
  meta: RequestMeta,
): Promise<Result<{ organization: string; year: number; recipients: number }>> {
  authorize(actor, 'fiscal.publish');
  return refusableTransaction(db, async (tx) => {
    const problems: FieldProblem[] = [];
    const [body] = await tx.query<{ id: number; slug: string }>(sql`
      select o.id, o.slug from organizations o join fiscal_reporting_bodies r on r.organization_id = o.id
      where o.slug = ${input.organization.trim()}`);
    if (!body || !can(actor, 'fiscal.publish', { organizationId: Number(body.id) }))
      problems.push(problem('organization', 'fiscal.benefits.error.organization'));
    const yearText = String(input.year).trim();
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 1990 || year > 2100)
      problems.push(problem('year', 'fiscal.benefits.error.year'));
    const grades = new Map(pack.benefits.grades.map((g) => [g.code, g]));
    const types = new Map(pack.benefits.types.map((g) => [g.code, g]));
    const rows: { grade: string; type: string; recipients: number; amount: string }[] = [];
    const seen = new Set<string>();
    for (const cell of input.cells) {
      const grade = grades.get(cell.grade);
      const type = types.get(cell.type);
      if (!grade || !type || seen.has(`${cell.grade}|${cell.type}`)) {
        problems.push(
          problem('cells', 'fiscal.benefits.error.unknownCode', { code: !grade ? cell.grade : cell.type }),
        );
        continue;
      }
      seen.add(`${cell.grade}|${cell.type}`);
      const names = { grade: { mn: grade.mn, en: grade.en }, type: { mn: type.mn, en: type.en } };
      const recipientsText = String(cell.recipients).trim();
      const amountText = String(cell.amount).trim().replace(/[\s,]/g, '');
      if (recipientsText !== '' && !WHOLE.test(recipientsText))
        problems.push(
          problem(cellField('recipients', cell.grade, cell.type), 'fiscal.benefits.error.recipients', names),
        );
      if (amountText !== '' && !MONEY.test(amountText))
        problems.push(
          problem(cellField('amount', cell.grade, cell.type), 'fiscal.benefits.error.amount', names),
        );
      const recipients = recipientsText === '' ? 0 : Number(recipientsText);
      const amount = amountText === '' ? '0' : amountText;
      if (recipients === 0 && Number(amount) > 0)
        problems.push(
          problem(
            cellField('amount', cell.grade, cell.type),
            'fiscal.benefits.error.amountWithoutRecipients',
            names,
          ),
        );
      if (recipients > 0) rows.push({ grade: cell.grade, type: cell.type, recipients, amount });
    }
    if (problems.length > 0 || !body) return refuse(problems);
    const organizationId = Number(body.id);
    await tx.query(
      sql`delete from fiscal_benefits where organization_id = ${organizationId} and fiscal_year = ${year}`,
    );
    if (rows.length > 0)
      await tx.query(sql`
        insert into fiscal_benefits (organization_id, fiscal_year, grade, benefit_type, recipients, amount_mnt)
        select ${organizationId}, ${year}, r.grade, r.type, r.recipients, r.amount
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(grade text, type text, recipients integer, amount numeric)`);
    const recipients = rows.reduce((s, r) => s + r.recipients, 0);
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, organizationId, 'fiscal.publish'),
      action: 'fiscal.benefits-recorded',
      subject: { type: 'organization', id: organizationId },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { year, cells: rows.length, recipients },
    });
    return ok({ organization: body.slug, year, recipients });
  });
}
