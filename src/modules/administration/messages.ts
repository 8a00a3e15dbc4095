import { mergeCatalogues } from '../../platform/i18n/index.ts';
import { errorMessages } from './errors.messages.ts';
import { mailMessages } from './mail.messages.ts';
import { acceptMessages } from './pages/accept.messages.ts';
import { auditMessages } from './pages/audit.messages.ts';
import { landingMessages } from './pages/landing.messages.ts';
import { memberMessages } from './pages/members.messages.ts';
import { roleMessages } from './pages/roles.messages.ts';
import { secondFactorMessages } from './pages/second-factor.messages.ts';
import { sharedMessages } from './pages/shared.messages.ts';
import { tokenMessages } from './pages/tokens.messages.ts';

/** The module's catalogue: the catalogues of its features, each beside the pages it serves. */
export const messages = mergeCatalogues(
  auditMessages,
  tokenMessages,
  memberMessages,
  acceptMessages,
  roleMessages,
  secondFactorMessages,
  landingMessages,
  mailMessages,
  errorMessages,
  sharedMessages,
);
