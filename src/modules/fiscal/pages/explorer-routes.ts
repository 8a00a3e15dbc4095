import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { aimagPage } from './aimag.ts';
import { aimagPages } from './aimags.ts';
import { bodyPages } from './bodies.ts';
import { budgetPages } from './budget.ts';
import { budgetLinePages } from './budget-line.ts';
import { budgetMessages } from './budget-messages.ts';
import { citizensBudgetPages } from './citizens-budget.ts';
import { explorerPages } from './explorer.ts';
import { peopleMessages } from './people-messages.ts';

/**
 * The explorer's public pages (one line in module.ts): the module's front page, the budget
 * explorer and its lines, reporting bodies, the citizens' budget and per-person figures by aimag.
 */
export function explorerRoutes(app: App, ctx: ModuleContext): void {
  explorerPages(app, ctx);
  budgetPages(app, ctx);
  budgetLinePages(app, ctx);
  bodyPages(app, ctx);
  citizensBudgetPages(app, ctx);
  aimagPages(app, ctx);
  aimagPage(app, ctx);
}

/** The explorer's catalogues (one entry in messages.ts). */
export const explorerMessages = [budgetMessages, peopleMessages];
