import type { Actor } from '../../platform/auth/actor.ts';
import { recordCurrentVersions } from '../../platform/datasets/versions.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { commitmentsDataset, milestonesDataset, ratingsDataset } from './dataset.ts';
import { indexCommitments } from './search.ts';
import type { PlanRow } from './service.ts';

/**
 * What follows any change to a published plan, in the change's transaction: its search documents
 * and the open-data change history. A draft is in neither, so nothing follows for it.
 */
export async function afterPlanChange(
  tx: Queryable,
  plan: Pick<PlanRow, 'id' | 'status'>,
  actor: Pick<Actor, 'label'>,
  commitmentIds?: readonly number[],
): Promise<void> {
  if (plan.status !== 'published') return;
  await indexCommitments(tx, plan.id, commitmentIds);
  const keys = commitmentIds?.map(String);
  await recordCurrentVersions(tx, commitmentsDataset, actor.label, keys);
  await recordCurrentVersions(tx, milestonesDataset, actor.label);
  await recordCurrentVersions(tx, ratingsDataset, actor.label);
}
