import fs from 'node:fs';
import type { Command } from 'commander';
import { auditHead } from '../../platform/audit/audit.ts';
import { parsePublishedHeads } from '../../platform/audit/heads.ts';
import { type VerifyOptions, verifyAuditChain } from '../../platform/audit/verify.ts';
import type { Database } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { startProgress } from '../progress.ts';
import { type Session, UsageError } from '../session.ts';

/** A saved copy of /audit/heads.json, read before the database is opened. */
function readSavedHeads(file: string): NonNullable<VerifyOptions['saved']> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`file not found: ${file}`);
  try {
    return { source: file, heads: parsePublishedHeads(JSON.parse(fs.readFileSync(file, 'utf8'))) };
  } catch (error) {
    throw new UsageError(`${file} is not a saved /audit/heads.json: ${(error as Error).message}`);
  }
}

/** The database as it is (verification changes nothing), if it has an audit trail at all. */
async function openTrail(session: Session): Promise<Database | undefined> {
  const { db } = await session.openBare();
  const [row] = await db.query<{ ok: boolean }>(sql`select to_regclass('audit_log') is not null as ok`);
  if (row?.ok) return db;
  session.io.stderr.write('shilen: this database has no audit trail yet; run `shilen migrate` first\n');
  session.exitCode = 1;
  return undefined;
}

export function registerAudit(program: Command, session: Session): void {
  const audit = program
    .command('audit')
    .summary('check the tamper-evident audit trail')
    .description(
      'The audit trail records every write and every read of restricted data in a hash chain ' +
        '(src/platform/audit/README.md). These commands read it and change nothing.',
    );

  audit
    .command('verify')
    .summary('recompute the hash chain and name the first entry altered, removed or reordered')
    .description(
      'Recomputes the hash of every entry in order and checks each against its neighbours and ' +
        'against the daily heads published at /audit. Exits 0 when the trail is intact, 1 with ' +
        'the first problem when it is not.',
    )
    .option('--heads <file>', 'also check the heads in a copy of /audit/heads.json saved earlier')
    .action(async (options: { heads?: string }) => {
      const saved = options.heads === undefined ? undefined : readSavedHeads(options.heads);
      const db = await openTrail(session);
      if (!db) return;
      const total = (await auditHead(db)).seq;
      const progress = startProgress(session.io.stderr, 'audit', 'entries checked');
      let result: Awaited<ReturnType<typeof verifyAuditChain>>;
      try {
        result = await verifyAuditChain(db, { saved, onProgress: (done) => progress.update(done, total) });
      } finally {
        progress.stop();
      }
      const heads = `${result.headsChecked} published head${result.headsChecked === 1 ? '' : 's'}`;
      if (result.ok) {
        session.say(
          `The audit trail is intact: ${result.checked} entries, head ${result.head.seq} ${result.head.hash}; ${heads} match.`,
        );
        return;
      }
      const problem = result.problem!;
      session.say(
        `The audit trail is NOT intact (${problem.kind} at entry ${problem.seq}): ${problem.message}`,
      );
      session.say(
        result.checked === 0
          ? 'No entry before it could be confirmed.'
          : `Entries 1 to ${result.checked} are intact (head ${result.head.seq} ${result.head.hash}); ${heads} matched before the problem.`,
      );
      session.exitCode = 1;
    });

  audit
    .command('head')
    .summary("print the current head: the last entry's seq and hash")
    .description('Prints "<seq> <hash>" of the last entry (0 and 64 zeros for an empty trail).')
    .action(async () => {
      const db = await openTrail(session);
      if (!db) return;
      const head = await auditHead(db);
      session.say(`${head.seq} ${head.hash}`);
    });
}
