import type { Actor } from '../../../platform/auth/actor.ts';
import { recordCurrentVersions } from '../../../platform/datasets/versions.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { disbursementsDataset, loansDataset, schedulesDataset } from './datasets.ts';
import { indexLoans } from './search.ts';

/**
 * The change history and search document of a loan written, in its transaction: its row, every
 * instalment of its schedule (those gone recorded as deleted, under its slug before a rename too)
 * and its disbursements.
 */
export async function publishLoan(
  tx: Queryable,
  actor: Actor,
  loanId: number,
  formerSlug?: string,
): Promise<void> {
  const [loan] = await tx.query<{ slug: string }>(sql`select slug from project_loans where id = ${loanId}`);
  if (!loan) return;
  const slugs = [...new Set([loan.slug, formerSlug ?? loan.slug])];
  await recordCurrentVersions(tx, loansDataset, actor.label, slugs);
  const instalments = await tx.query<{ key: string }>(sql`
    select ${loan.slug} || ':' || seq as key from project_loan_schedule where loan_id = ${loanId}
    union
    select distinct record_key from record_versions
    where dataset = ${schedulesDataset.id} and split_part(record_key, ':', 1) = any(${slugs})`);
  await recordCurrentVersions(
    tx,
    schedulesDataset,
    actor.label,
    instalments.map((r) => r.key),
  );
  const disbursements = await tx.query<{ key: string }>(
    sql`select id::text as key from project_loan_disbursements where loan_id = ${loanId}`,
  );
  if (disbursements.length > 0)
    await recordCurrentVersions(
      tx,
      disbursementsDataset,
      actor.label,
      disbursements.map((r) => r.key),
    );
  await indexLoans(tx, [loanId]);
}
