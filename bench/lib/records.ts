import type { Database, RowSource } from '../../src/platform/db/database.ts';

/**
 * Bulk-loads synthetic rows into any table through the database layer's `copyInto` (COPY ... FROM
 * STDIN on both engines), in one transaction. Returns the row count and the time it took.
 */
export async function loadRecords(
  db: Database,
  table: string,
  columns: readonly string[],
  rows: RowSource,
): Promise<{ count: number; seconds: number }> {
  const started = performance.now();
  const count = await db.copyInto(table, columns, rows);
  return { count, seconds: (performance.now() - started) / 1000 };
}
