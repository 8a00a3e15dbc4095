import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type AdapterFactory, type AdapterPayload, type JWK } from 'oidc-provider';

/** A person the test provider knows; they sign in by typing `sub` into its login form. */
export interface TestOidcAccount {
  sub: string;
  email?: string;
  emailVerified?: boolean;
  name?: string;
}

export const defaultOidcAccounts: readonly TestOidcAccount[] = [
  { sub: 'citizen-1', email: 'oyun@example.mn', emailVerified: true, name: 'Оюун' },
  { sub: 'citizen-2', email: 'bold@example.mn', emailVerified: true, name: 'Bold' },
  { sub: 'unverified-1', email: 'unverified@example.mn', emailVerified: false, name: 'Unverified' },
  { sub: 'no-email-1', name: 'No Email' },
];

export interface TestOidcProvider {
  /** `http://127.0.0.1:<port>`, for OIDC_ISSUER. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The accounts by `sub`; add to it at any time. */
  readonly accounts: Map<string, TestOidcAccount>;
  /**
   * Walks a plain HTTP client (no JavaScript, its own cookies) from the provider's authorization
   * URL through the login form as `sub`; returns the URL the provider sends the browser back to.
   */
  signIn(authorizationUrl: string, sub: string): Promise<string>;
  /** The same walk, pressing Cancel: the URL back carries `error=access_denied`. */
  cancel(authorizationUrl: string): Promise<string>;
  stop(): Promise<void>;
}

const page = (body: string, status = 200) => ({
  status,
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head>
<body><main><h1>Test identity provider</h1>${body}</main></body></html>`,
});

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The provider's storage, in this process's memory; gone with the provider. */
function memoryStorage(): AdapterFactory {
  const rows = new Map<string, { payload: AdapterPayload; until: number }>();
  return (name) => {
    const key = (id: string) => `${name}:${id}`;
    const live = (k: string) => {
      const row = rows.get(k);
      return row && row.until > Date.now() ? row.payload : undefined;
    };
    const where = (test: (payload: AdapterPayload) => boolean) =>
      [...rows].find(([k, row]) => k.startsWith(`${name}:`) && test(row.payload))?.[1].payload;
    return {
      async upsert(id, payload, expiresIn) {
        rows.set(key(id), { payload, until: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
      },
      find: async (id) => live(key(id)),
      findByUid: async (uid) => where((p) => p.uid === uid),
      findByUserCode: async (code) => where((p) => p.userCode === code),
      async consume(id) {
        const payload = live(key(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id) {
        rows.delete(key(id));
      },
      async revokeByGrantId(grantId) {
        for (const [k, row] of rows) if (row.payload.grantId === grantId) rows.delete(k);
      },
    };
  };
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * A real OpenID Connect provider (`oidc-provider`) on 127.0.0.1 and a random port, with one
 * confidential client and a one-page interaction: the login form also grants consent (the
 * client is first-party, as with a national single sign-on), and Cancel answers `access_denied`.
 * The form works with and without JavaScript.
 */
export async function startTestOidcProvider(options: {
  redirectUri: string;
  accounts?: readonly TestOidcAccount[];
}): Promise<TestOidcProvider> {
  const accounts = new Map((options.accounts ?? defaultOidcAccounts).map((a) => [a.sub, a]));
  const clientId = 'shilen-test';
  const clientSecret = randomBytes(24).toString('base64url');
  let provider: Provider | undefined;
  let handle: ReturnType<Provider['callback']> | undefined;

  const interaction = async (req: IncomingMessage, res: ServerResponse, uid: string, action?: string) => {
    const oidc = provider!;
    const details = await oidc.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    if (action === 'abort') {
      return oidc.interactionFinished(req, res, {
        error: 'access_denied',
        error_description: 'the user cancelled',
      });
    }
    let error = '';
    if (action === 'login' && req.method === 'POST') {
      const login = (await formBody(req)).get('login')?.trim() ?? '';
      if (accounts.has(login)) {
        const grant = new oidc.Grant({ accountId: login, clientId: String(details.params.client_id) });
        grant.addOIDCScope(String(details.params.scope));
        const grantId = await grant.save();
        return oidc.interactionFinished(
          req,
          res,
          { login: { accountId: login }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
      }
      error = `<p role="alert" id="login-error">No test account "${escapeHtml(login)}".</p>`;
    }
    const shown = page(
      `${error}<form method="post" action="/interaction/${uid}/login">
<label for="login">Account</label> <input id="login" name="login" autocomplete="off" required${error ? ' aria-describedby="login-error"' : ''}>
<button type="submit">Sign in</button></form>
<form method="post" action="/interaction/${uid}/abort"><button type="submit">Cancel</button></form>`,
      error ? 422 : 200,
    );
    res.writeHead(shown.status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(shown.html);
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(path);
    if (!match) return handle!(req, res);
    interaction(req, res, match[1]!, match[2]).catch((error: unknown) => {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`interaction failed: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...(privateKey.export({ format: 'jwk' }) as JWK), kid: 'test', use: 'sig' }] },
    adapter: memoryStorage(),
    cookies: { keys: [randomBytes(32).toString('hex')] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, found) => `/interaction/${found.uid}` },
    async findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: account.email,
          email_verified: account.email === undefined ? undefined : (account.emailVerified ?? false),
          name: account.name,
        }),
      };
    },
  });
  handle = provider.callback();
  // Otherwise silent: the test would only see the provider's error page.
  provider.on('server_error', (_ctx, error) => console.error('test OIDC provider:', error));

  /** Follows the provider's redirects with a cookie jar until they leave for the client. */
  async function walk(authorizationUrl: string, sub: string | null): Promise<string> {
    const jar = new Map<string, string>();
    const call = async (url: string, form?: Record<string, string>) => {
      const res = await fetch(url, {
        method: form ? 'POST' : 'GET',
        redirect: 'manual',
        headers: {
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: form ? new URLSearchParams(form).toString() : undefined,
      });
      for (const line of res.headers.getSetCookie()) {
        const pair = line.split(';', 1)[0]!;
        const name = pair.slice(0, pair.indexOf('=')).trim();
        const value = pair.slice(pair.indexOf('=') + 1);
        if (!value || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
        else jar.set(name, value);
      }
      return res;
    };
    let url = authorizationUrl;
    let res = await call(url);
    for (let hops = 0; hops < 10; hops++) {
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        url = new URL(location, url).href;
        if (!url.startsWith(`${issuer}/`)) return url;
        res = await call(url);
        continue;
      }
      const form = /action="(\/interaction\/[\w-]+)\/login"/.exec(await res.text());
      if (res.status !== 200 || !form) break;
      res = await call(`${issuer}${form[1]}/${sub === null ? 'abort' : 'login'}`, sub ? { login: sub } : {});
    }
    throw new Error(`the test OIDC provider did not send the browser back (HTTP ${res.status} at ${url})`);
  }

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    signIn: (authorizationUrl, sub) => walk(authorizationUrl, sub),
    cancel: (authorizationUrl) => walk(authorizationUrl, null),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
