import type { Command } from 'commander';
import { UsageError } from '../../cli/session.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { organizationRoles, type Role, roles, systemActor } from '../../platform/auth/actor.ts';
import { createUser, EMAIL, findUserByEmail } from '../../platform/auth/users.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { issueOneTimeToken } from './one-time.ts';

interface Session {
  open: () => Promise<ModuleContext>;
  say: (line: string) => void;
}

/**
 * `shilen users grant`: how an installation gets its first platform administrator (and how an
 * operator grants any role from the server). A new account gets a one-time link to set its
 * password; the grant is recorded in the audit trail as done by the CLI.
 */
export function accountsCli(program: Command, session: Session): void {
  const users = program
    .command('users')
    .summary('manage accounts from the server')
    .description('Accounts and roles, for operators.');
  users
    .command('grant')
    .summary('grant a role to an account, creating it if needed')
    .description(
      'Grants ROLE to the account with EMAIL. An account that does not exist yet is created (its ' +
        'address counted as confirmed) and a link to choose its password is printed, valid 24 hours. ' +
        `Roles: ${roles.join(', ')}. Organisation roles need --organization.`,
    )
    .argument('<email>', 'the account’s email address')
    .argument('<role>', 'the role to grant')
    .option('--organization <slug>', 'the organisation an organisation role is for')
    .option(
      '--include-sub-organizations',
      'let an organisation role reach the organisation’s sub-organisations too',
    )
    .option('--name <name>', 'display name for a new account', '')
    .action(
      async (
        email: string,
        role: string,
        options: { organization?: string; includeSubOrganizations?: boolean; name: string },
      ) => {
        const address = email.trim().toLowerCase();
        if (!EMAIL.test(address)) throw new UsageError(`not an email address: "${email}"`);
        if (!(roles as readonly string[]).includes(role))
          throw new UsageError(`unknown role "${role}"; one of: ${roles.join(', ')}`);
        const scoped = organizationRoles.includes(role as Role);
        if (scoped && !options.organization)
          throw new UsageError(
            `${role} is an organisation role: name the organisation with --organization <slug>`,
          );
        if (!scoped && options.organization)
          throw new UsageError(`${role} is a national role: it takes no --organization`);
        const ctx = await session.open();
        const [org] = options.organization
          ? await ctx.db.query<{ id: number }>(
              sql`select id from organizations where slug = ${options.organization}`,
            )
          : [];
        if (options.organization && !org)
          throw new UsageError(`no organisation with slug "${options.organization}"`);
        const actor = systemActor('cli');
        const outcome = await ctx.db.transaction(async (tx) => {
          let user = await findUserByEmail(tx, address);
          let link: string | undefined;
          if (!user) {
            user = await createUser(tx, {
              email: address,
              displayName: options.name.trim() || address.split('@')[0]!,
              passwordHash: null,
              locale: 'mn',
              emailVerified: true,
            });
            const token = await issueOneTimeToken(tx, {
              purpose: 'reset-password',
              userId: user.id,
              validHours: 24,
            });
            link = `${ctx.config.publicUrl}/reset-password/${token}`;
          }
          const granted =
            await tx.query(sql`insert into role_grants (user_id, role, organization_id, include_sub_organizations)
          values (${user.id}, ${role}, ${org?.id ?? null}, ${options.includeSubOrganizations ?? false})
          on conflict do nothing returning id`);
          if (granted.length > 0) {
            await recordAudit(tx, {
              actor,
              role: 'platform-administrator',
              action: 'accounts.grant-role',
              subject: { type: 'user', id: user.id },
              details: {
                role,
                organization: options.organization ?? null,
                includeSubOrganizations: options.includeSubOrganizations ?? false,
              },
            });
          }
          return { user, link, granted: granted.length > 0 };
        });
        session.say(
          outcome.granted
            ? `Granted ${role}${options.organization ? ` for ${options.organization}` : ''} to ${address}.`
            : `${address} already has ${role}${options.organization ? ` for ${options.organization}` : ''}.`,
        );
        if (outcome.link)
          session.say(`New account. Choose its password within 24 hours at:\n${outcome.link}`);
        if (role !== 'citizen')
          session.say('Official roles require two-step verification: it is set up at the first sign-in.');
      },
    );
}
