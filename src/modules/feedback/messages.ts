import { type Catalogue, mergeCatalogues } from '../../platform/i18n/index.ts';
import { caseMessages } from './messages-cases.ts';
import { citizenMessages } from './messages-citizen.ts';
import { consoleMessages } from './messages-console.ts';
import { errorMessages } from './messages-errors.ts';
import { intakeMessages } from './messages-intake.ts';
import { mailMessages } from './messages-mail.ts';
import { publicMessages } from './messages-public.ts';
import { reportMessages } from './messages-reports.ts';
import { routingMessages } from './messages-routing.ts';

/** The module's catalogue: each feature's messages, both languages side by side, joined. */
export const messages: Catalogue = mergeCatalogues(
  caseMessages,
  errorMessages,
  mailMessages,
  intakeMessages,
  citizenMessages,
  publicMessages,
  consoleMessages,
  reportMessages,
  routingMessages,
);
