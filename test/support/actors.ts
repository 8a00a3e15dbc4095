import type { FastifyInstance } from 'fastify';
import type { Role } from '../../src/platform/auth/actor.ts';
import { createApiToken } from '../../src/platform/auth/api-tokens.ts';
import { createSession } from '../../src/platform/auth/sessions.ts';
import { createUser } from '../../src/platform/auth/users.ts';
import { sql } from '../../src/platform/db/sql.ts';
import type { ModuleContext } from '../../src/platform/module.ts';
import { TestClient } from './client.ts';

let counter = 0;

export interface ActorOptions {
  role?: Role;
  /** Slug of the organisation an organisation role is scoped to. */
  organization?: string;
  includeSubOrganizations?: boolean;
  /** Whether the session proved a second factor (default yes). */
  secondFactor?: boolean;
}

/** An account with the given role, signed in on a fresh client (a real session in the database). */
export async function signedInAs(
  app: FastifyInstance,
  ctx: ModuleContext,
  options: ActorOptions = {},
): Promise<TestClient & { userId: number }> {
  counter += 1;
  const user = await createUser(ctx.db, {
    email: `${options.role ?? 'citizen'}-${counter}-${process.pid}@example.mn`,
    displayName: `Test ${options.role ?? 'citizen'} ${counter}`,
    passwordHash: null,
    locale: 'en',
    emailVerified: true,
  });
  if (options.role && options.role !== 'citizen') {
    const [org] = options.organization
      ? await ctx.db.query<{ id: number }>(
          sql`select id from organizations where slug = ${options.organization}`,
        )
      : [];
    if (options.organization && !org) throw new Error(`no organisation ${options.organization}`);
    await ctx.db.query(sql`insert into role_grants (user_id, role, organization_id, include_sub_organizations)
      values (${user.id}, ${options.role}, ${org?.id ?? null}, ${options.includeSubOrganizations ?? false})`);
  }
  const token = await createSession(
    ctx.db,
    user.id,
    { idleMinutes: ctx.config.sessionIdleMinutes, absoluteHours: ctx.config.sessionAbsoluteHours },
    { secondFactor: options.secondFactor ?? true },
  );
  const client = new TestClient(app) as TestClient & { userId: number };
  client.userId = user.id;
  client.cookies.set('sid', token);
  return client;
}

/** A bearer API token of this user with these scopes, valid for an hour (`Authorization: Bearer …`). */
export async function apiTokenOf(
  ctx: ModuleContext,
  userId: number,
  scopes: readonly string[],
  options: { name?: string; organizationId?: number | null; createdBy?: number | null } = {},
): Promise<string> {
  const { token } = await createApiToken(ctx.db, {
    userId,
    organizationId: options.organizationId ?? null,
    name: options.name ?? 'test',
    scopes,
    expiresAt: new Date(Date.now() + 3600_000),
    createdBy: options.createdBy ?? null,
  });
  return token;
}
