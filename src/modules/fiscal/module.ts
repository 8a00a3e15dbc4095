import { fileURLToPath } from 'node:url';
import { sql } from '../../platform/db/sql.ts';
import type { ShilenModule } from '../../platform/module.ts';
import { homeCard } from '../../platform/views/components.ts';
import { linkReportingEntities, writeReportingBodies } from './bodies.ts';
import { writePackCodes } from './codes.ts';
import { benefitsCube } from './cubes/benefits-cube.ts';
import { registerCube } from './cubes/registry.ts';
import { cubesRoutes } from './cubes/routes.ts';
import { budgetLinesDataset } from './datasets/budget-lines.ts';
import { donationsDataset, fundFlowsDataset } from './datasets/funds.ts';
import { writeFiscalSettings } from './datasets/shared.ts';
import { transactionsDataset } from './datasets/transactions.ts';
import { loadFiscalDemo } from './demo.ts';
import { messages } from './messages.ts';
import { explorerRoutes } from './pages/explorer-routes.ts';
import { fundsApi, fundsPages } from './pages/funds-routes.ts';
import { paymentsPages } from './pages/payments.ts';
import { fiscalPermissions } from './permissions.ts';
import { fiscalQuestionSubjects } from './question-subjects.ts';
import { fiscalSearch } from './search.ts';
import { transactionsApi } from './transactions/api.ts';
import { fiscalEntitySection } from './transactions/entity-section.ts';
import { refreshPayeeRoots } from './transactions/payees-root.ts';

/**
 * The glass account (commitment 3.3.1.3): budgets from proposal to execution, every transaction
 * above the threshold with its payee, special funds, non-budgetary income and public servants'
 * benefits, for every body that reports under the glass-account law. See README.md.
 */
export const fiscalModule: ShilenModule = {
  name: 'fiscal',
  dependsOn: ['organizations', 'legal-entities'],
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  messages,
  permissions: fiscalPermissions,
  searchDocuments: fiscalSearch,
  navigation: [{ href: '/fiscal', label: 'nav.fiscal', group: 'money', order: 10 }],
  pages: async (app, ctx) => {
    explorerRoutes(app, ctx);
    fundsPages(app, ctx);
    paymentsPages(app, ctx);
    registerCube(benefitsCube(ctx.country.fiscal, ctx.country.currency));
    await cubesRoutes(app, ctx);
  },
  api: (app, ctx) => {
    fundsApi(app, ctx);
    transactionsApi(app, ctx);
  },
  datasets: [budgetLinesDataset, transactionsDataset, fundFlowsDataset, donationsDataset],
  questionSubjects: fiscalQuestionSubjects,
  // What public bodies paid a legal entity, on its page (`/legal-entities/:id`) and in its API.
  entitySection: fiscalEntitySection,
  // Transactions carry their payee's root entity (migration 003): a merge or its undoing moves them.
  onEntitiesMerged: async (_ctx, tx, ids) => {
    await refreshPayeeRoots(tx, ids);
  },
  seed: async ({ db, country }) => {
    await writePackCodes(db, country.fiscal);
    await writeReportingBodies(db, country);
    await linkReportingEntities(db, country);
    await writeFiscalSettings(db, country);
  },
  demo: loadFiscalDemo,
  homeCard: async ({ db }, t) => {
    // The pre-aggregated totals' counts (migration 002): no scan of the transactions.
    const [row] = await db.query<{ n: string }>(
      sql`select coalesce(sum(n), 0)::text as n from fiscal_transaction_totals`,
    );
    const count = Number(row?.n ?? 0);
    return homeCard({
      href: '/fiscal',
      title: t('fiscal.title'),
      text: t(count === 0 ? 'fiscal.cardEmpty' : 'fiscal.card'),
      ...(count > 0 ? { figure: { value: t.number(count), label: t('fiscal.cardFigure', { count }) } } : {}),
    });
  },
};
