import { mergeCatalogues } from '../../platform/i18n/index.ts';
import { mailMessages } from './mail.messages.ts';
import { accountMessages } from './pages/account.messages.ts';
import { formMessages } from './pages/form.messages.ts';
import { oidcMessages } from './pages/oidc.messages.ts';
import { resetMessages } from './pages/reset.messages.ts';
import { signInMessages } from './pages/sign-in.messages.ts';
import { signUpMessages } from './pages/sign-up.messages.ts';

/** The module's catalogue: the catalogues of its features, each beside the pages it serves. */
export const messages = mergeCatalogues(
  signInMessages,
  signUpMessages,
  resetMessages,
  oidcMessages,
  accountMessages,
  mailMessages,
  formMessages,
);
