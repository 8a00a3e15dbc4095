import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { OrganizationSeed } from '../src/country/index.ts';
import { seedOrganizations } from '../src/modules/organizations/service.ts';
import type { Role } from '../src/platform/auth/actor.ts';
import { createApiToken } from '../src/platform/auth/api-tokens.ts';
import { createUser, type User } from '../src/platform/auth/users.ts';
import type { Database, Queryable } from '../src/platform/db/database.ts';
import { sql } from '../src/platform/db/sql.ts';
import type { ModuleContext } from '../src/platform/module.ts';
import { type ActorOptions, signedInAs } from './support/actors.ts';
import type { TestClient } from './support/client.ts';

/**
 * The test factories, in one place: organisations, users and signed-in clients; each module's
 * `test-support.ts` builds the records of that module on top of these. A test builds what it
 * needs here instead of repeating lookups and inserts of its own.
 */

let serial = 0;
const next = () => `${++serial}-${process.pid}`;

/** The id of an organisation (of the country pack, or one a test built); a missing one is an error. */
export async function organizationId(db: Queryable, slug: string): Promise<number> {
  const [row] = await db.query<{ id: number }>(sql`select id from organizations where slug = ${slug}`);
  if (!row) throw new Error(`no organisation ${slug}`);
  return row.id;
}

/** A public body of the test's own, written as the seed writes them; returns its id and slug. */
export async function buildOrganization(
  ctx: Pick<ModuleContext, 'db'> & { db: Database },
  overrides: Partial<OrganizationSeed> = {},
): Promise<{ id: number; slug: string }> {
  const n = next();
  const seed: OrganizationSeed = {
    slug: `test-body-${n}`,
    nameMn: `Туршилтын байгууллага ${n}`,
    nameEn: `Test body ${n}`,
    kind: 'agency',
    parentSlug: null,
    adminUnitCode: null,
    ...overrides,
  };
  await seedOrganizations(ctx.db, [seed]);
  return { id: await organizationId(ctx.db, seed.slug), slug: seed.slug };
}

/** An account, with a role on an organisation (by slug) when asked; no password, e-mail confirmed. */
export async function buildUser(
  ctx: Pick<ModuleContext, 'db'>,
  options: { role?: Role; organization?: string; email?: string; locale?: 'mn' | 'en' } = {},
): Promise<User> {
  const n = next();
  const user = await createUser(ctx.db, {
    email: options.email ?? `user-${n}@example.mn`,
    displayName: `Test user ${n}`,
    passwordHash: null,
    locale: options.locale ?? 'en',
    emailVerified: true,
  });
  if (options.role && options.role !== 'citizen') {
    const org = options.organization ? await organizationId(ctx.db, options.organization) : null;
    await ctx.db.query(
      sql`insert into role_grants (user_id, role, organization_id) values (${user.id}, ${options.role}, ${org})`,
    );
  }
  return user;
}

/** A client signed in (a real session) as an account with the given role. */
export function signedInClient(
  app: FastifyInstance,
  ctx: ModuleContext,
  options: ActorOptions = {},
): Promise<TestClient & { userId: number }> {
  return signedInAs(app, ctx, options);
}

/**
 * An API token that a user holds for an organisation (by slug), with the given scopes, valid for an
 * hour and made by that user; `token` is its secret for the `authorization: Bearer` header.
 */
export async function buildApiToken(
  ctx: Pick<ModuleContext, 'db'>,
  options: { userId: number; organization: string; scopes: readonly string[]; name?: string },
): Promise<{ token: string }> {
  return createApiToken(ctx.db, {
    userId: options.userId,
    organizationId: await organizationId(ctx.db, options.organization),
    name: options.name ?? 'test',
    scopes: options.scopes,
    expiresAt: new Date(Date.now() + 3600_000),
    createdBy: options.userId,
  });
}

/**
 * A form sent as a person would: signed in as an account with the given role, the form's page
 * opened (at `path`, or at `options.open` such as `path?lang=en`), then `fields` posted with its
 * CSRF token. Returns the client, for what follows, and the answer.
 */
export async function submittedAs(
  app: FastifyInstance,
  ctx: ModuleContext,
  actor: ActorOptions,
  path: string,
  fields: Record<string, string>,
  options: { open?: string } = {},
): Promise<{ client: TestClient & { userId: number }; res: LightMyRequestResponse }> {
  const client = await signedInAs(app, ctx, actor);
  await client.get(options.open ?? path);
  return { client, res: await client.submit(path, fields) };
}

export type { ActorOptions };
