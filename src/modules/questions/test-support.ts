import { sql } from '../../platform/db/sql.ts';
import type { ShilenModule } from '../../platform/module.ts';

/**
 * A module that exists only in tests: its records are the public bodies themselves (`key` a slug),
 * each answered by itself, so the question flow is tested through the manifest field as any module
 * declares it, without another module's tables.
 */
export const testRecordsModule: ShilenModule = {
  name: 'test-records',
  questionSubjects: [
    {
      kind: 'test-records.body',
      label: { mn: 'Туршилтын бүртгэл', en: 'Test record' },
      resolve: async ({ db }, slug) => {
        const [row] = await db.query<{ id: number; mn: string; en: string | null }>(
          sql`select id, name_mn as mn, name_en as en from organizations where slug = ${slug}`,
        );
        return row
          ? {
              title: { mn: row.mn, en: row.en ?? row.mn },
              organizationId: row.id,
              href: `/organizations/${slug}`,
            }
          : null;
      },
    },
  ],
};
