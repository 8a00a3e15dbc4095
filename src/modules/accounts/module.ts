import type { ShilenModule } from '../../platform/module.ts';
import { accountsCli } from './cli.ts';
import { messages } from './messages.ts';
import { accountPages } from './pages/account.ts';
import { oidcPages } from './pages/oidc.ts';
import { resetPages } from './pages/reset.ts';
import { signInPages } from './pages/sign-in.ts';
import { signUpPages } from './pages/sign-up.ts';

/** Accounts: sign-up with email confirmation, sign-in with password and TOTP, reset, sessions. */
export const accountsModule: ShilenModule = {
  name: 'accounts',
  // People's accounts and identities: never a map layer.
  personalData: true,
  messages,
  cli: accountsCli,
  pages: (app, ctx) => {
    signUpPages(app, ctx);
    signInPages(app, ctx);
    oidcPages(app, ctx);
    resetPages(app, ctx);
    accountPages(app, ctx);
  },
};
