import type { Queryable } from '../../../platform/db/database.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { fetchPage, type OffsetPage } from '../../../platform/lists/fetch.ts';
import type { ListFilterValues } from '../../../platform/lists/query.ts';
import { contractList } from './lists.ts';
import { type ContractMatch, searchContracts } from './search.ts';
import { CONTRACT_COLUMNS, type Contract, contractRows } from './store.ts';

export interface ListedContract {
  contract: Contract;
  /** Where the text search matched it, when the list was searched. */
  match?: ContractMatch;
}

/** One page of the list, filtered and sorted as `contractList` declares; with `q`, each item's match. */
export async function listContracts(
  db: Queryable,
  filters: ListFilterValues,
  options: { sort: string; page: number; pageSize: number; locale: Locale },
): Promise<OffsetPage<ListedContract>> {
  const result = await fetchPage<Contract>(db, contractList, {
    rows: contractRows,
    select: CONTRACT_COLUMNS,
    filters,
    ...options,
  });
  const q = typeof filters.q === 'string' ? filters.q : undefined;
  const matches =
    q && result.items.length > 0
      ? await searchContracts(db, q, {
          contractIds: result.items.map((c) => c.id),
          limit: result.items.length,
        })
      : [];
  const byId = new Map(matches.map((m) => [m.contractId, m]));
  return {
    ...result,
    items: result.items.map((contract) => {
      const match = byId.get(contract.id);
      return match ? { contract, match } : { contract };
    }),
  };
}
