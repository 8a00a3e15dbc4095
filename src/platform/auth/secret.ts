import type { Database } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { randomToken } from './tokens.ts';

/**
 * The secret that signs cookies: SHILEN_SECRET when set, otherwise one generated at the first
 * start and kept in the database, so that every process of the installation shares it.
 */
export async function installationSecret(db: Database, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db.query(sql`insert into platform_settings (key, value) values ('cookie_secret', ${JSON.stringify(randomToken(48))})
    on conflict (key) do nothing`);
  const [row] = await db.query<{ value: string }>(
    sql`select value from platform_settings where key = 'cookie_secret'`,
  );
  return row!.value;
}
