import { fileURLToPath } from 'node:url';
import { sql } from '../../platform/db/sql.ts';
import type { ShilenModule } from '../../platform/module.ts';
import { homeCard } from '../../platform/views/components.ts';
import { writePackCodes, writeReportingBodies } from './codes.ts';
import { budgetLinesDataset } from './datasets/budget-lines.ts';
import { donationsDataset, fundFlowsDataset } from './datasets/funds.ts';
import { writeImportSettings } from './datasets/shared.ts';
import { transactionsDataset } from './datasets/transactions.ts';
import { loadFiscalDemo } from './demo.ts';
import { messages } from './messages.ts';
import { fiscalPermissions } from './permissions.ts';

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
  navigation: [{ href: '/fiscal', label: 'nav.fiscal', group: 'money', order: 10 }],
  datasets: [budgetLinesDataset, transactionsDataset, fundFlowsDataset, donationsDataset],
  seed: async ({ db, country }) => {
    await writePackCodes(db, country.fiscal);
    await writeReportingBodies(db, country.fiscal);
    await writeImportSettings(db, country);
  },
  demo: loadFiscalDemo,
  homeCard: async ({ db }, t) => {
    const count = Number(
      (await db.query<{ n: string }>(sql`select count(*)::text as n from fiscal_transactions`))[0]?.n ?? 0,
    );
    return homeCard({
      href: '/fiscal',
      title: t('fiscal.title'),
      text: t(count === 0 ? 'fiscal.cardEmpty' : 'fiscal.card'),
      ...(count > 0 ? { figure: { value: t.number(count), label: t('fiscal.cardFigure', { count }) } } : {}),
    });
  },
};
