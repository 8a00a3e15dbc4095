import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../test/helpers.ts';
import type { Actor, RoleGrant } from '../auth/actor.ts';
import { authorize, registerPermissions } from '../auth/permissions.ts';
import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { AppError } from '../http/errors.ts';
import type { ModuleContext } from '../module.ts';
import { auditRole } from './audit-role.ts';
import { type ChangeFrame, changed, changeRecord, refusableTransaction } from './change.ts';
import { ok, refuse } from './result.ts';

registerPermissions({
  'widgets.rename': { description: 'rename a widget', allow: ['organization-publisher', 'moderator'] },
});

interface Widget {
  id: number;
  name: string;
  organizationId: number;
}

const actorWith = (roles: RoleGrant[], reach: Actor['reach'] = {}): Actor => ({
  kind: 'user',
  userId: 41,
  tokenId: null,
  label: 'user:41',
  roles,
  reach,
  scopes: null,
  secondFactor: true,
});
const grant = (role: RoleGrant['role'], organizationId: number | null): RoleGrant => ({
  role,
  organizationId,
  includeSubOrganizations: false,
});

/** A publisher of organisation 7 whose first grant is elsewhere, so the role must be chosen. */
const publisher = actorWith([grant('organization-administrator', 3), grant('organization-publisher', 7)], {
  'organization-administrator': [3],
  'organization-publisher': [7],
});
const meta = { ip: '203.0.113.9', requestId: 'req-frame', now: new Date('2026-05-01T04:00:00Z') };

let ctx: ModuleContext;
beforeAll(async () => {
  ctx = await createTestContext([]);
  await ctx.db.exec(`create table test_widgets (id int primary key, name text not null, organization_id int not null);
    insert into test_widgets values (1, 'First', 7), (2, 'Second', 7)`);
});

const readWidget = async (q: Queryable, id: number, lock = false) =>
  (
    await q.query<Widget>(
      sql`select id, name, organization_id as "organizationId" from test_widgets where id = ${id}${sql.raw(lock ? ' for update' : '')}`,
    )
  )[0];

/** Renames a widget on the frame; names shorter than 3 are refused after the row was written. */
const rename = (id: number, name: string, overrides: Partial<ChangeFrame<Widget, string>> = {}) =>
  changeRecord<Widget, string>(ctx.db, {
    actor: publisher,
    meta,
    action: 'widgets.rename',
    subject: { type: 'widget', id },
    load: (q) => readWidget(q, id),
    authorise: () => authorize(publisher, 'widgets.rename'),
    lock: (tx, found) => readWidget(tx, found.id, true) as Promise<Widget>,
    organizationId: (w) => w.organizationId,
    change: async (tx, current, now) => {
      await tx.query(sql`update test_widgets set name = ${name} where id = ${current.id}`);
      if (name.length < 3) return refuse('name', 'widgets.error.tooShort', { min: 3 });
      return changed(`${current.name} → ${name}`, { from: current.name, to: name, at: now.toISOString() });
    },
    ...overrides,
  });

const auditFor = (id: number) =>
  ctx.db.query<{ role: string | null; action: string; ip: string; request_id: string; details: unknown }>(
    sql`select role, action, ip, request_id, details from audit_log
      where subject_type = 'widget' and subject_id = ${String(id)} order by seq`,
  );

describe('changeRecord', () => {
  it('commits the change with its audit entry, the role being the grant on the record’s organisation', async () => {
    const result = await rename(1, 'Renamed');
    expect(result).toEqual({ ok: true, value: 'First → Renamed' });
    expect((await readWidget(ctx.db, 1))?.name).toBe('Renamed');
    expect(await auditFor(1)).toEqual([
      {
        role: 'organization-publisher',
        action: 'widgets.rename',
        ip: '203.0.113.9',
        request_id: 'req-frame',
        details: { from: 'First', to: 'Renamed', at: '2026-05-01T04:00:00.000Z' },
      },
    ]);
  });

  it('rolls back what the step wrote when it refuses, and audits nothing', async () => {
    const result = await rename(2, 'X');
    expect(result).toEqual({
      ok: false,
      problems: [{ field: 'name', key: 'widgets.error.tooShort', params: { min: 3 } }],
    });
    expect((await readWidget(ctx.db, 2))?.name).toBe('Second');
    expect(await auditFor(2)).toEqual([]);
  });

  it('is a 404 when the record is missing', async () => {
    const error = await rename(99, 'Nobody').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(404);
    expect((error as AppError).detail).toBe('no widget 99');
  });

  it('lets authorise refuse before anything is locked or written', async () => {
    let stepRan = false;
    const error = await rename(2, 'Forbidden', {
      authorise: () => authorize(actorWith([grant('organization-responder', 7)]), 'widgets.rename'),
      change: async () => {
        stepRan = true;
        return changed('never');
      },
    }).catch((e: unknown) => e);
    expect((error as AppError).status).toBe(403);
    expect(stepRan).toBe(false);
    expect((await readWidget(ctx.db, 2))?.name).toBe('Second');
  });

  it('rolls back and passes on an error thrown by the step', async () => {
    const error = await rename(2, 'Broken', {
      change: async (tx, current) => {
        await tx.query(sql`update test_widgets set name = 'Half-done' where id = ${current.id}`);
        throw new Error('disk on fire');
      },
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('disk on fire');
    expect((await readWidget(ctx.db, 2))?.name).toBe('Second');
    expect(await auditFor(2)).toEqual([]);
  });
});

describe('refusableTransaction', () => {
  it('commits what the step wrote when it succeeds, rolls it back when it refuses', async () => {
    const write = (name: string) =>
      refusableTransaction<string>(ctx.db, async (tx) => {
        await tx.query(sql`insert into test_widgets values (3, ${name}, 7)`);
        return name.length < 3 ? refuse('name', 'widgets.error.tooShort', { min: 3 }) : ok(name);
      });
    expect(await write('Y')).toEqual({
      ok: false,
      problems: [{ field: 'name', key: 'widgets.error.tooShort', params: { min: 3 } }],
    });
    expect(await readWidget(ctx.db, 3)).toBeUndefined();
    expect(await write('Third')).toEqual({ ok: true, value: 'Third' });
    expect((await readWidget(ctx.db, 3))?.name).toBe('Third');
  });
});

describe('auditRole', () => {
  it('prefers the grant on the organisation, then one reaching it, then a national one, then the first', () => {
    expect(auditRole(publisher, 7)).toBe('organization-publisher');
    expect(auditRole(publisher, 3)).toBe('organization-administrator');
    const parent = actorWith([grant('moderator', null), grant('organization-responder', 1)], {
      'organization-responder': [1, 12],
    });
    expect(auditRole(parent, 12)).toBe('organization-responder');
    expect(auditRole(parent, 99)).toBe('moderator');
    expect(auditRole(publisher, 99)).toBe('organization-administrator');
    expect(auditRole(actorWith([]), 7)).toBeNull();
  });

  it('keeps to the roles the action allows when one is named', () => {
    expect(auditRole(publisher, undefined, 'widgets.rename')).toBe('organization-publisher');
    const both = actorWith([grant('organization-administrator', 7), grant('moderator', null)]);
    expect(auditRole(both, 7)).toBe('organization-administrator');
    expect(auditRole(both, 7, 'widgets.rename')).toBe('moderator');
    // An actor none of whose grants the action allows is recorded with the role they hold.
    expect(auditRole(actorWith([grant('citizen', null)]), 7, 'widgets.rename')).toBe('citizen');
  });
});
