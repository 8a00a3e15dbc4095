import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize } from '../../../platform/auth/permissions.ts';
import { EMAIL } from '../../../platform/auth/users.ts';
import {
  changed,
  changeRecord,
  type FieldProblem,
  problem,
  type Result,
  refuse,
} from '../../../platform/commands/index.ts';
import { recordCurrentVersions } from '../../../platform/datasets/versions.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { RequestMeta } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { organizationsDataset } from '../dataset.ts';
import { indexOrganizations } from '../search.ts';
import { findOrganization, type Organization } from '../service.ts';

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

/** Trimmed values with empty optional fields as null, and a field problem (a message key) per mistake. */
export function checkChanges(input: OrganizationChanges): {
  changes: OrganizationChanges;
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  const changes: OrganizationChanges = {};
  const text = (value: string | null | undefined) => (value === undefined ? undefined : (value ?? '').trim());
  for (const key of ['nameMn', 'nameEn'] as const) {
    const value = text(input[key]);
    if (value === undefined) continue;
    if (!value) problems.push(problem(key, 'organizations.error.nameMissing'));
    else if (value.length > 300) problems.push(problem(key, 'organizations.error.tooLong'));
    changes[key] = value;
  }
  const optional = (
    key: 'abbreviation' | 'website' | 'email' | 'phone' | 'address',
    max: number,
    valid?: { test: (v: string) => boolean; key: string },
  ) => {
    const value = text(input[key]);
    if (value === undefined) return;
    if (value && value.length > max) problems.push(problem(key, 'organizations.error.tooLong'));
    else if (value && valid && !valid.test(value)) problems.push(problem(key, valid.key));
    changes[key] = value || null;
  };
  optional('abbreviation', 30);
  optional('website', 300, {
    test: (v) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v),
    key: 'organizations.error.website',
  });
  optional('email', 320, { test: (v) => EMAIL.test(v), key: 'organizations.error.email' });
  optional('phone', 50, { test: (v) => /^\+?[0-9][0-9 ()-]{3,}$/.test(v), key: 'organizations.error.phone' });
  optional('address', 500);
  return { changes, problems };
}

/**
 * Corrects a body's names and contact details. Only its own administrators and publishers (or a
 * platform administrator) may; the change and what it was before go to the audit trail, and the
 * body's search document and dataset version are rewritten in the same transaction.
 * `meta.now` defaults to the present (callers outside a request give no time).
 */
export function updateOrganization(
  ctx: ModuleContext,
  actor: Actor,
  slug: string,
  input: OrganizationChanges,
  meta: Pick<RequestMeta, 'ip' | 'requestId'> & { now?: Date },
): Promise<Result<Organization>> {
  return changeRecord(ctx.db, {
    actor,
    meta: { ...meta, now: meta.now ?? new Date() },
    action: 'organizations.update',
    permission: 'organizations.update',
    subject: { type: 'organization', id: slug },
    load: (db) => findOrganization(db, slug),
    authorise: (found) => authorize(actor, 'organizations.update', { organizationId: found.id }),
    lock: async (tx, found) => {
      await tx.query(sql`select id from organizations where id = ${found.id} for update`);
      return (await findOrganization(tx, found.slug))!;
    },
    organizationId: (current) => current.id,
    change: async (tx, current) => {
      const { changes, problems } = checkChanges(input);
      if (problems.length > 0) return refuse(problems);
      const fields = (Object.keys(changes) as (keyof OrganizationChanges)[]).filter(
        (k) => (current[k] ?? null) !== (changes[k] ?? null),
      );
      if (fields.length === 0) return changed(current);
      const sets = fields.map((k) => sql`${sql.id(COLUMNS[k])} = ${changes[k] ?? null}`);
      await tx.query(
        sql`update organizations set ${sql.join(sets)}, updated_at = now() where id = ${current.id}`,
      );
      await indexOrganizations(tx, [current.slug]);
      await recordCurrentVersions(tx, organizationsDataset, actor.label, [current.slug]);
      return changed(
        (await findOrganization(tx, current.slug))!,
        Object.fromEntries(fields.map((k) => [k, { from: current[k] ?? null, to: changes[k] ?? null }])),
      );
    },
  });
}
