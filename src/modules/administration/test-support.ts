import { createTestApp } from '../../../test/helpers.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { modules } from '../index.ts';
import { administrationModule } from './module.ts';

/** The whole app with this module, whether or not `src/modules/index.ts` lists it yet. */
export function createAdministrationApp() {
  return createTestApp({
    modules: modules.includes(administrationModule) ? modules : [...modules, administrationModule],
  });
}

export async function organizationId(ctx: ModuleContext, slug: string): Promise<number> {
  const [row] = await ctx.db.query<{ id: number }>(sql`select id from organizations where slug = ${slug}`);
  if (!row) throw new Error(`no organisation ${slug}`);
  return row.id;
}

/** The newest mail queued for an address. */
export async function lastMailTo(
  ctx: ModuleContext,
  to: string,
): Promise<{ subject: string; text: string } | undefined> {
  const [mail] = await ctx.db.query<{ subject: string; text: string }>(
    sql`select subject, text_body as text from mail_outbox where to_address = ${to} order by id desc limit 1`,
  );
  return mail;
}

/** The invitation token in a mail's link. */
export function invitationToken(text: string): string {
  const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
  if (!token) throw new Error(`no invitation link in: ${text}`);
  return token;
}

export interface AuditRecord {
  actor: string;
  role: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: Record<string, unknown>;
}

export async function lastAudit(ctx: ModuleContext, action: string): Promise<AuditRecord | undefined> {
  const [row] =
    await ctx.db.query<AuditRecord>(sql`select actor, role, action, subject_type, subject_id, details
    from audit_log where action = ${action} order by seq desc limit 1`);
  return row;
}

export async function activeGrant(
  ctx: ModuleContext,
  email: string,
  role: string,
  slug: string,
): Promise<{ id: number; includeSub: boolean; grantedBy: number | null } | undefined> {
  const [row] = await ctx.db.query<{ id: number; includeSub: boolean; grantedBy: number | null }>(sql`
    select g.id, g.include_sub_organizations as "includeSub", g.granted_by as "grantedBy"
    from role_grants g join users u on u.id = g.user_id join organizations o on o.id = g.organization_id
    where u.email = ${email} and g.role = ${role} and o.slug = ${slug} and g.revoked_at is null`);
  return row;
}
