import { fileURLToPath } from 'node:url';
import { systemActor } from '../../platform/auth/actor.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ShilenModule } from '../../platform/module.ts';
import { homeCard } from '../../platform/views/components.ts';
import { procurementDataset } from './dataset.ts';
import { loadProcurementDemo } from './demo.ts';
import { procurementEntitySection } from './entity-section.ts';
import { refreshFlagsOfEntities } from './flags-refresh.ts';
import { importKnownSpending } from './import/known-spending.ts';
import { importOcdsFile, OCDS_IMPORT_HEAP } from './import/run.ts';
import { procurementLayer } from './locations.ts';
import { messages } from './messages.ts';
import { procurementPages } from './pages/index.ts';
import { procurementPermissions } from './permissions.ts';
import { processQuestionSubject } from './question-subject.ts';
import { procurementApi } from './routes.ts';
import { procurementSearch } from './search.ts';
import { keyMigratedSuppliers } from './suppliers.ts';

/** Public procurement in OCDS 1.1: releases in and out, compiled records, disclosure duty, red flags. */
export const procurementModule: ShilenModule = {
  name: 'procurement',
  dependsOn: ['organizations'],
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  messages,
  navigation: [{ href: '/procurement', label: 'nav.procurement', group: 'money', order: 20 }],
  api: procurementApi,
  pages: procurementPages,
  permissions: procurementPermissions,
  datasets: [procurementDataset],
  locations: [procurementLayer],
  questionSubjects: [processQuestionSubject],
  importers: [
    {
      name: 'ocds',
      heap: OCDS_IMPORT_HEAP,
      description: {
        en: 'OCDS 1.1 release packages, record packages or line-delimited releases (JSON, any size)',
        mn: 'OCDS 1.1 хувилбарын багц, бүртгэлийн багц эсвэл мөр бүрт нэг хувилбар (JSON, ямар ч хэмжээтэй)',
      },
      run: async (ctx, file, options) => {
        const report = await importOcdsFile(ctx, file, {
          actor: systemActor('cli'),
          dryRun: options.dryRun,
          ...(options.onProgress ? { onProgress: (n: number) => options.onProgress?.(n) } : {}),
          fileName: file,
        });
        return report;
      },
    },
    {
      name: 'procurement-known-spending',
      description: {
        en: 'Spending known from payments or budget lines that a published contract should cover (CSV)',
        mn: 'Гэрээ нь нийтлэгдсэн байх ёстой, төлбөр эсвэл төсвийн мөрөөр мэдэгдэж буй зарлага (CSV)',
      },
      run: (ctx, file, options) => importKnownSpending(ctx, file, { dryRun: options.dryRun }),
    },
  ],
  // Finishes migration 005 (the match keys of the suppliers it moved onto legal entities); a no-op after.
  seed: async (ctx) => {
    await keyMigratedSuppliers(ctx.db, ctx.country);
  },
  // The contracts a legal entity won, on its page (`/legal-entities/:id`) and in its API.
  entitySection: procurementEntitySection,
  // Splitting and a dominant supplier compare root entities: a merge or its undoing recomputes them.
  onEntitiesMerged: async (ctx, tx, ids) => {
    await refreshFlagsOfEntities(tx, ctx.country, ids);
  },
  searchDocuments: procurementSearch,
  // Every stored process is published OCDS data; its page changes with each release.
  sitemap: () => [
    {
      name: 'procurement',
      pages: sql`select '/procurement/processes/' || ocid as path, updated_at as modified from procurement_processes
        union all select '/procurement', (select max(updated_at) from procurement_processes)`,
    },
  ],
  demo: loadProcurementDemo,
  homeCard: async ({ db }, t) => {
    // The planner's estimate once the table is large: an exact count of a million rows on every
    // home page is not worth it; exact while small.
    const [row] = await db.query<{ n: number }>(sql`
      select case when s.estimate > 100000 then s.estimate
        else (select count(*) from procurement_processes) end::int as n
      from (select coalesce((select reltuples from pg_class where relname = 'procurement_processes'), 0) as estimate) s`);
    const count = row?.n ?? 0;
    return homeCard({
      href: '/procurement',
      title: t('procurement.title'),
      text: t(count === 0 ? 'procurement.cardEmpty' : 'procurement.card'),
      figure:
        count === 0 ? undefined : { value: t.number(count), label: t('procurement.cardFigure', { count }) },
    });
  },
  publishedBy: async ({ db }, organization, t) => {
    const [row] = await db.query<{ n: number }>(
      sql`select count(*)::int as n from procurement_processes where buyer_id = ${organization.id}`,
    );
    if (!row?.n) return [];
    return [
      { title: t('procurement.title'), count: row.n, href: `/procurement/buyers/${organization.slug}` },
    ];
  },
};
