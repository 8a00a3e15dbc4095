import { sql } from '../../../platform/db/sql.ts';
import type { DatasetDeclaration, ModuleContext, ShilenModule } from '../../../platform/module.ts';

/**
 * The procurement module's processes, reached through its manifest (its dataset's `source` and
 * `recordPath`), never its files: a project links to processes by OCID, and only to one the
 * procurement module publishes. Without that module (or a dataset with these columns) there is
 * nothing to link to.
 */
const COLUMNS = [
  'ocid',
  'title',
  'buyer_name',
  'supplier_name',
  'contract_value',
  'currency',
  'status',
  'stage',
];

export interface ProcurementProcess {
  ocid: string;
  title: string | null;
  buyerName: string | null;
  supplierName: string | null;
  value: string | null;
  currency: string | null;
  status: string | null;
  stage: string | null;
  /** The process's page on the site, from the dataset's `recordPath`. */
  href: string | null;
  /** Set by the demo when it has linked the process. */
  taken?: boolean;
}

export function procurementDataset(modules: readonly ShilenModule[]): DatasetDeclaration | undefined {
  return modules
    .find((m) => m.name === 'procurement')
    ?.datasets?.find((d) => COLUMNS.every((c) => d.fields.some((f) => f.name === c)));
}

/**
 * The processes with these OCIDs (all the works with a contract when none are given, for the demo),
 * in OCID order.
 */
export async function procurementProcesses(
  ctx: Pick<ModuleContext, 'db'>,
  modules: readonly ShilenModule[],
  ocids?: readonly string[],
): Promise<ProcurementProcess[]> {
  const dataset = procurementDataset(modules);
  if (!dataset) return [];
  const rows = await ctx.db.query<Omit<ProcurementProcess, 'href'>>(sql`
    select d.ocid, d.title, d.buyer_name as "buyerName", d.supplier_name as "supplierName",
      d.contract_value::text as value, d.currency, d.status, d.stage
    from (${dataset.source}) d
    where ${
      ocids
        ? sql`d.ocid = any(${[...ocids]}::text[])`
        : sql`d.contract_value > 0 and d.supplier_name is not null`
    }
    order by d.ocid`);
  return rows.map((r) => ({ ...r, href: dataset.recordPath ? dataset.recordPath(r.ocid) : null }));
}
