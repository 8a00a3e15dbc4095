import type { ShilenModule } from '../platform/module.ts';
import { accountsModule } from './accounts/module.ts';
import { administrationModule } from './administration/module.ts';
import { catalogModule } from './catalog/module.ts';
import { exchangeRatesModule } from './exchange-rates/module.ts';
import { extractivesModule } from './extractives/module.ts';
import { feedbackModule } from './feedback/module.ts';
import { fiscalModule } from './fiscal/module.ts';
import { legalEntitiesModule } from './legal-entities/module.ts';
import { officialsModule } from './officials/module.ts';
import { organizationsModule } from './organizations/module.ts';
import { participationModule } from './participation/module.ts';
import { placesModule } from './places/module.ts';
import { plansModule } from './plans/module.ts';
import { procurementModule } from './procurement/module.ts';
import { projectsModule } from './projects/module.ts';
import { questionsModule } from './questions/module.ts';

/** Every module of the platform, in one explicit list. A module not named here does not exist. */
export const modules: readonly ShilenModule[] = [
  organizationsModule,
  legalEntitiesModule,
  accountsModule,
  administrationModule,
  catalogModule,
  plansModule,
  feedbackModule,
  procurementModule,
  exchangeRatesModule,
  officialsModule,
  placesModule,
  questionsModule,
  fiscalModule,
  extractivesModule,
  projectsModule,
  participationModule,
];
