import { type Catalogue, mergeCatalogues } from '../../platform/i18n/index.ts';
import { caseMessages } from './messages-cases.ts';
import { errorMessages } from './messages-errors.ts';
import { mailMessages } from './messages-mail.ts';
import { citizenMessages } from './pages/citizen.messages.ts';
import { consoleMessages } from './pages/console.messages.ts';
import { intakeMessages } from './pages/intake.messages.ts';
import { publicMessages } from './pages/public.messages.ts';
import { reportMessages } from './pages/reports.messages.ts';
import { routingMessages } from './pages/routing.messages.ts';

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
