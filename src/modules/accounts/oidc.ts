import * as client from 'openid-client';
import {
  createUser,
  EMAIL,
  findUserByEmail,
  findUserById,
  normaliseEmail,
  type User,
} from '../../platform/auth/users.ts';
import { ok, type Result, refusedAs } from '../../platform/commands/index.ts';
import type { Config } from '../../platform/config.ts';
import { sql } from '../../platform/db/sql.ts';
import type { RequestMeta } from '../../platform/http/types.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { type SignedIn, signedIn } from './sign-in.ts';
import { auditAccount, startSession } from './trail.ts';

/**
 * Sign-in through an OpenID Connect provider (the national single sign-on): authorization code
 * flow with PKCE, state and nonce (openid-client). The web process keeps no state between the
 * two legs: `OidcFlow` travels in a signed cookie.
 */

export type OidcSettings = NonNullable<Config['oidc']>;

const SCOPE = 'openid email profile';
/** How long the user has at the provider before the flow lapses. */
export const FLOW_SECONDS = 600;

const discovered = new Map<string, Promise<client.Configuration>>();

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The provider's configuration, discovered once per process (a failed discovery is tried again
 * next time). Plain HTTP is allowed only to a provider on this machine, as in development and tests.
 */
export function oidcConfiguration(settings: OidcSettings): Promise<client.Configuration> {
  const key = `${settings.issuer} ${settings.clientId}`;
  const known = discovered.get(key);
  if (known) return known;
  const issuer = new URL(settings.issuer);
  const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
  const found = client.discovery(
    issuer,
    settings.clientId,
    settings.clientSecret,
    client.ClientSecretBasic(settings.clientSecret),
    { execute: insecure ? [client.allowInsecureRequests] : [], timeout: 10 },
  );
  found.catch(() => discovered.delete(key));
  discovered.set(key, found);
  return found;
}

/** What the browser carries between leaving for the provider and coming back (signed, HttpOnly). */
export interface OidcFlow {
  state: string;
  nonce: string;
  verifier: string;
  /** Where to go after signing in: a local path (see `safeNext`). */
  next: string;
  /** Milliseconds since the epoch after which the flow is refused. */
  expires: number;
}

export function encodeFlow(flow: OidcFlow): string {
  return Buffer.from(JSON.stringify(flow)).toString('base64url');
}

/** The flow in a cookie value whose signature was checked; undefined when unreadable or expired. */
export function decodeFlow(value: string, now = Date.now()): OidcFlow | undefined {
  try {
    const flow = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<OidcFlow>;
    const strings = [flow.state, flow.nonce, flow.verifier, flow.next].every((v) => typeof v === 'string');
    if (!strings || typeof flow.expires !== 'number' || flow.expires < now) return undefined;
    return flow as OidcFlow;
  } catch {
    return undefined;
  }
}

/** Starts a sign-in: the provider's authorization URL, and the flow to keep until the callback. */
export async function beginOidcSignIn(
  settings: OidcSettings,
  redirectUri: string,
  next: string,
): Promise<{ url: URL; flow: OidcFlow }> {
  const config = await oidcConfiguration(settings);
  const flow: OidcFlow = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
    next,
    expires: Date.now() + FLOW_SECONDS * 1000,
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: SCOPE,
    response_type: 'code',
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: 'S256',
  });
  return { url, flow };
}

/** Who the provider says the user is. */
export interface OidcIdentity {
  /** The provider's issuer: identities are unique per provider. */
  provider: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
}

/**
 * Completes a sign-in from the URL the provider sent the browser back to: checks state, issuer,
 * PKCE and the ID token's nonce, exchanges the code, then reads the user's claims.
 */
export async function finishOidcSignIn(
  settings: OidcSettings,
  flow: OidcFlow,
  callbackUrl: URL,
): Promise<OidcIdentity> {
  const config = await oidcConfiguration(settings);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: flow.verifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true,
  });
  const idToken = tokens.claims()!;
  // Providers may keep email and name out of the ID token; UserInfo has them.
  const info = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  return {
    provider: settings.issuer,
    subject: idToken.sub,
    email: text(info.email ?? idToken.email),
    emailVerified: (info.email_verified ?? idToken.email_verified) === true,
    name: text(info.name ?? idToken.name),
  };
}

export type OidcFailure = 'denied' | 'expired' | 'state' | 'provider' | 'unavailable';

/** Why the exchange with the provider failed, in the user's terms. */
export function classifyOidcError(error: unknown): OidcFailure {
  if (error instanceof client.AuthorizationResponseError)
    return error.error === 'access_denied' ? 'denied' : 'provider';
  if (error instanceof client.ResponseBodyError || error instanceof client.ClientError) return 'provider';
  // fetch failed (refused, DNS, TLS) or timed out.
  return 'unavailable';
}

/** Why a sign-in through the provider is refused: no address, an address it did not confirm, a disabled account. */
export type OidcRefusal = 'email-unverified' | 'no-email' | 'disabled';

/**
 * Signs in the account linked to the provider's subject; else links the account with the same
 * address, but only if the provider vouches for the address; else creates a citizen account.
 * The session has no second factor yet: officials still prove TOTP, as after a password.
 */
export async function signInWithOidc(
  ctx: ModuleContext,
  identity: OidcIdentity,
  meta: Pick<RequestMeta, 'ip' | 'requestId' | 'userAgent'>,
  locale: Locale,
): Promise<Result<SignedIn, OidcRefusal>> {
  const email = normaliseEmail(identity.email ?? '');
  type Outcome = { refused: OidcRefusal } | { user: User; sessionToken: string };
  const how = { method: 'oidc', provider: identity.provider };
  const outcome = await ctx.db.transaction(async (tx): Promise<Outcome> => {
    const [linked] = await tx.query<{ userId: number }>(sql`select user_id as "userId" from user_identities
      where provider = ${identity.provider} and subject = ${identity.subject}`);
    let user = linked ? await findUserById(tx, linked.userId) : undefined;
    if (!user) {
      if (!EMAIL.test(email)) return { refused: 'no-email' } as const;
      const existing = await findUserByEmail(tx, email);
      if (existing && !identity.emailVerified) return { refused: 'email-unverified' } as const;
      if (existing?.disabledAt) return { refused: 'disabled' } as const;
      if (existing) {
        // An address nobody confirmed may have been registered in advance by someone else, to
        // take over the account once its owner arrives: that password goes.
        if (!existing.emailVerifiedAt)
          await tx.query(sql`update users set email_verified_at = now(), password_hash = null, updated_at = now()
            where id = ${existing.id}`);
        user = existing;
      } else {
        user = await createUser(tx, {
          email,
          displayName: identity.name?.slice(0, 200) ?? email.split('@')[0]!,
          passwordHash: null,
          locale,
          emailVerified: identity.emailVerified,
        });
      }
      await tx.query(sql`insert into user_identities (provider, subject, user_id)
        values (${identity.provider}, ${identity.subject}, ${user.id})`);
      const action = existing ? 'accounts.link-identity' : 'accounts.sign-up';
      await auditAccount(tx, user.id, action, meta, { details: how });
    }
    if (user.disabledAt) return { refused: 'disabled' } as const;
    await auditAccount(tx, user.id, 'accounts.sign-in', meta, { details: how });
    return { user, sessionToken: await startSession(ctx, tx, user.id, meta) };
  });
  if ('refused' in outcome) return refusedAs(outcome.refused);
  return ok(await signedIn(ctx, outcome.user, outcome.sessionToken));
}
