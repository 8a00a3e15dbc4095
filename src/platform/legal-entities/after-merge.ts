import type { Queryable } from '../db/database.ts';
import type { ModuleContext, ShilenModule } from '../module.ts';
import { indexEntities } from './search.ts';

/**
 * Everything derived from the register that a merge or its undoing changes, in its own
 * transaction (the `afterMerge` of `confirmCandidate` and `undoMergeCommand`), given every entity
 * whose root changed: the register's search documents (the root's written, a merged one's
 * removed), then each module's `onEntitiesMerged` (procurement's red flags). The register cannot
 * call a module; the modules declare what they recompute in their manifests.
 */
export async function entitiesMerged(
  ctx: ModuleContext,
  modules: readonly ShilenModule[],
  tx: Queryable,
  ids: readonly number[],
): Promise<void> {
  await indexEntities(tx, ids);
  for (const module of modules) await module.onEntitiesMerged?.(ctx, tx, ids);
}
