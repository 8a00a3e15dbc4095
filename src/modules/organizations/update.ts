import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { EMAIL } from '../../platform/auth/users.ts';
import { recordCurrentVersions } from '../../platform/datasets/versions.ts';
import { sql } from '../../platform/db/sql.ts';
import { type FieldError, notFound } from '../../platform/http/errors.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { organizationsDataset } from './dataset.ts';
import { indexOrganizations } from './search.ts';
import { findOrganization, type Organization } from './service.ts';

/** What a body's own staff may correct about it: names and contact details. */
export interface OrganizationChanges {
  nameMn?: string;
  nameEn?: string;
  abbreviation?: string | null;
  website?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
}

const COLUMNS: Record<keyof OrganizationChanges, string> = {
  nameMn: 'name_mn',
  nameEn: 'name_en',
  abbreviation: 'abbreviation',
  website: 'website',
  email: 'email',
  phone: 'phone',
  address: 'address',
};

/** Trimmed values with empty optional fields as null; a field error per problem (message keys). */
export function checkChanges(input: OrganizationChanges): {
  changes: OrganizationChanges;
  problems: FieldError[];
} {
  const problems: FieldError[] = [];
  const changes: OrganizationChanges = {};
  const text = (value: string | null | undefined) => (value === undefined ? undefined : (value ?? '').trim());
  for (const key of ['nameMn', 'nameEn'] as const) {
    const value = text(input[key]);
    if (value === undefined) continue;
    if (!value) problems.push({ field: key, message: 'organizations.error.nameMissing' });
    else if (value.length > 300) problems.push({ field: key, message: 'organizations.error.tooLong' });
    changes[key] = value;
  }
  const optional = (
    key: 'abbreviation' | 'website' | 'email' | 'phone' | 'address',
    max: number,
    valid: (v: string) => boolean,
    message: string,
  ) => {
    const value = text(input[key]);
    if (value === undefined) return;
    if (value && value.length > max) problems.push({ field: key, message: 'organizations.error.tooLong' });
    else if (value && !valid(value)) problems.push({ field: key, message });
    changes[key] = value || null;
  };
  optional('abbreviation', 30, () => true, '');
  optional('website', 300, (v) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), 'organizations.error.website');
  optional('email', 320, (v) => EMAIL.test(v), 'organizations.error.email');
  optional('phone', 50, (v) => /^\+?[0-9][0-9 ()-]{3,}$/.test(v), 'organizations.error.phone');
  optional('address', 500, () => true, '');
  return { changes, problems };
}

export type UpdateResult = { ok: true; organization: Organization } | { ok: false; problems: FieldError[] };

/**
 * Corrects a body's names and contact details. Only its own administrators and publishers (or a
 * platform administrator) may; the change and what it was before go to the audit trail.
 */
export async function updateOrganization(
  ctx: ModuleContext,
  actor: Actor,
  slug: string,
  input: OrganizationChanges,
  meta: { ip: string; requestId: string },
): Promise<UpdateResult> {
  const current = await findOrganization(ctx.db, slug);
  if (!current) throw notFound(`no organisation with slug "${slug}"`);
  authorize(actor, 'organizations.update', { organizationId: current.id });
  const { changes, problems } = checkChanges(input);
  if (problems.length > 0) return { ok: false, problems };
  const changed = (Object.keys(changes) as (keyof OrganizationChanges)[]).filter(
    (k) => (current[k] ?? null) !== (changes[k] ?? null),
  );
  if (changed.length === 0) return { ok: true, organization: current };
  await ctx.db.transaction(async (tx) => {
    const sets = changed.map((k) => sql`${sql.id(COLUMNS[k])} = ${changes[k] ?? null}`);
    await tx.query(
      sql`update organizations set ${sql.join(sets)}, updated_at = now() where id = ${current.id}`,
    );
    await indexOrganizations(tx, [current.slug]);
    await recordCurrentVersions(tx, organizationsDataset, actor.label, [current.slug]);
    await recordAudit(tx, {
      actor,
      role: actor.roles.find((g) => g.organizationId === current.id)?.role ?? actor.roles[0]?.role ?? null,
      action: 'organizations.update',
      subject: { type: 'organization', id: current.slug },
      ip: meta.ip,
      requestId: meta.requestId,
      details: Object.fromEntries(
        changed.map((k) => [k, { from: current[k] ?? null, to: changes[k] ?? null }]),
      ),
    });
  });
  return { ok: true, organization: (await findOrganization(ctx.db, slug))! };
}
