import { type Actor, anonymous } from '../../platform/auth/actor.ts';
import { createApiToken } from '../../platform/auth/api-tokens.ts';
import { actorForUser, createUser } from '../../platform/auth/users.ts';
import type { RequestMeta } from '../../platform/commands/index.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { submitCase } from './submit.ts';
import type { CaseInput } from './validation.ts';

let counter = 0;

/** A staff member with an organisation role (second factor proved), as commands see them. */
export async function staffActor(
  ctx: ModuleContext,
  role: 'organization-responder' | 'organization-administrator' | 'moderator' | 'platform-administrator',
  organizationSlug?: string,
  email?: string,
): Promise<Actor> {
  counter += 1;
  const user = await createUser(ctx.db, {
    email: email ?? `staff-${counter}-${process.pid}@example.mn`,
    displayName: `Staff ${counter}`,
    passwordHash: null,
    locale: 'en',
    emailVerified: true,
  });
  const [org] = organizationSlug
    ? await ctx.db.query<{ id: number }>(sql`select id from organizations where slug = ${organizationSlug}`)
    : [];
  await ctx.db.query(
    sql`insert into role_grants (user_id, role, organization_id) values (${user.id}, ${role}, ${org?.id ?? null})`,
  );
  return actorForUser(ctx.db, user.id, { secondFactor: true });
}

/** The health ministry's portal, with an API token of these scopes (the JSON API, Open311). */
export async function systemToken(ctx: ModuleContext, scopes: string[]): Promise<string> {
  const user = await createUser(ctx.db, {
    email: `system+ministry-of-health-${Math.random().toString(36).slice(2)}@shilen.invalid`,
    displayName: 'Health portal',
    passwordHash: null,
    locale: 'en',
    emailVerified: true,
  });
  const [org] = await ctx.db.query<{ id: number }>(
    sql`select id from organizations where slug = 'ministry-of-health'`,
  );
  await ctx.db.query(
    sql`insert into role_grants (user_id, role, organization_id) values (${user.id}, 'organization-publisher', ${org!.id})`,
  );
  const { token } = await createApiToken(ctx.db, {
    userId: user.id,
    organizationId: org!.id,
    name: 'portal',
    scopes,
    expiresAt: new Date(Date.now() + 86_400_000),
    createdBy: null,
  });
  return token;
}

/** A command's request metadata in tests: `now` when given, else the current time. */
export const meta = (now?: Date): RequestMeta => ({
  ip: '127.0.0.1',
  requestId: 'test',
  now: now ?? new Date(),
});

/** A complete, valid web submission. */
export const sampleCase = {
  kind: 'complaint',
  category: 'roads',
  subject: 'Pothole on the main road',
  body: 'A deep pothole in front of school number 5 has been there for a month.',
  aimag: '65',
};

/** Files a web case (`sampleCase` with `input` over it) as `actor` at `now`; throws when it is refused. */
export async function fileCase(
  ctx: ModuleContext,
  input: CaseInput = {},
  now = new Date(),
  actor: Actor = anonymous,
) {
  const result = await submitCase(
    ctx,
    actor,
    { ...sampleCase, ...input },
    { channel: 'web', meta: meta(now), locale: 'en' },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}
