import { type TOptional, type TString, Type } from 'typebox';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize, declaredActions } from '../../../platform/auth/permissions.ts';
import {
  type AuditDetails,
  auditRole,
  type FieldProblem,
  ok,
  type RequestMeta,
  type Result,
  refusableTransaction,
  refuse,
} from '../../../platform/commands/index.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import type { ModuleContext } from '../../../platform/module.ts';

/**
 * The frame every command of the plans module shares: authorise the declared action, check the
 * input (field problems as message keys, nothing written), then in one transaction write and
 * record the audit entry, its role chosen by the platform's `auditRole` among those the action
 * allows. A write that finds nothing to change records nothing.
 */

/** Where a command came from: `request.meta`, or what a job or the CLI makes. */
export type CommandMeta = Pick<RequestMeta, 'ip' | 'requestId'>;

/** What the audit trail says of a write. */
export interface AuditNote {
  action: string;
  subject: { type: string; id: string | number };
  details?: AuditDetails;
  /** The record's organisation: the audit role is the actor's grant there. */
  organizationId?: number | null;
}

/** What a write gives back: its value, and what to audit when something changed. */
export type Written<T> = { ok: true; value: T; audit?: AuditNote } | { ok: false; problems: FieldProblem[] };

/** A write that changed something, with its audit entry. */
export const wrote = <T>(value: T, audit: AuditNote): Written<T> => ({ ok: true, value, audit });
/** A write that found nothing to change (a retried form, the same decision again): no audit entry. */
export const unchanged = <T>(value: T): Written<T> => ({ ok: true, value });

/** Records a plans command's audit entry, in its transaction. */
export async function recordPlansAudit(
  tx: Queryable,
  actor: Actor,
  meta: Partial<CommandMeta> | undefined,
  permission: string,
  note: AuditNote,
): Promise<void> {
  await recordAudit(tx, {
    actor,
    // The CLI may import before the manifests' actions are registered: then any grant.
    role: auditRole(
      actor,
      note.organizationId ?? null,
      declaredActions().has(permission) ? permission : undefined,
    ),
    action: note.action,
    subject: note.subject,
    ip: meta?.ip ?? null,
    requestId: meta?.requestId ?? null,
    details: note.details ?? {},
  });
}

/** The steps of a plans command. */
export interface PlansCommandSteps<P, T> {
  /** Checks the input before anything is written, adding to `problems`; gives what the write needs. */
  check?: (problems: FieldProblem[]) => P | Promise<P>;
  /** The change, in its transaction; a refusal rolls back everything it wrote. */
  write: (tx: Queryable, checked: P) => Promise<Written<T>>;
}

/**
 * Declares a plans command: `permission` is the declared action the actor needs (the audit role is
 * one it allows), `define` gives its steps for its own arguments. The command is called as
 * `command(ctx, actor, ...arguments, meta)`: authorise, check (problems: nothing written), then
 * write and audit in one transaction.
 */
export function plansCommand<A extends unknown[], P, T>(
  permission: string,
  define: (ctx: ModuleContext, actor: Actor, ...args: A) => PlansCommandSteps<P, T>,
): (ctx: ModuleContext, actor: Actor, ...rest: [...A, CommandMeta]) => Promise<Result<T>> {
  return async (ctx, actor, ...rest) => {
    const meta = rest.at(-1) as CommandMeta;
    const steps = define(ctx, actor, ...(rest.slice(0, -1) as A));
    authorize(actor, permission);
    const problems: FieldProblem[] = [];
    const checked = (await steps.check?.(problems)) as P;
    if (problems.length > 0) return refuse(problems);
    return refusableTransaction(ctx.db, async (tx) => {
      const outcome = await steps.write(tx, checked);
      if (!outcome.ok) return outcome;
      if (outcome.audit) await recordPlansAudit(tx, actor, meta, permission, outcome.audit);
      return ok(outcome.value);
    });
  };
}

/** The input's text, trimmed ('' when absent). */
export const text = (v: string | undefined) => (v ?? '').trim();

/** A form's one-time key, when it is one (16–64 URL-safe characters). */
export const submissionKeyOf = (key: string | undefined) =>
  key && /^[A-Za-z0-9_-]{16,64}$/.test(key) ? key : null;

/**
 * A form's body of optional text fields, each with the most characters it takes: what is longer
 * is refused by the form frame; the command judges everything else, field by field.
 */
export function textFields<K extends string>(bounds: Record<K, number>) {
  const fields = Object.fromEntries(
    Object.entries<number>(bounds).map(([name, maxLength]) => [
      name,
      Type.Optional(Type.String({ maxLength })),
    ]),
  );
  return Type.Object(fields as { [F in K]: TOptional<TString> });
}

/** A group of checkboxes in a form's body: one checked arrives as a string, several as a list. */
export const checkboxes = (maxLength: number, maxItems: number) =>
  Type.Optional(
    Type.Union([Type.String({ maxLength }), Type.Array(Type.String({ maxLength }), { maxItems })]),
  );

/** The checked values of a group of checkboxes. */
export const checkedValues = (v: string | readonly string[] | undefined): string[] =>
  v === undefined ? [] : typeof v === 'string' ? [v] : [...v];
