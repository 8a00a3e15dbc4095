/**
 * The least this machine does with an OCDS file, measured beside the import in the same run, so
 * that the import's rate can be read against what the parts it cannot do without cost here:
 * - the database alone: every line of the file streamed by COPY into a table of one `json`
 *   column, stored as `procurement_releases.data` is (lz4 where the server has it), with nothing
 *   but its primary key: no parsing in Node, no derived rows, no other index;
 * - Node alone: every release of the file read, parsed and checked against the official schema
 *   (`readOcds` and `checkRelease`, as the import reads and checks), nothing written, in the
 *   benchmark's own process, whose heap is not capped as the import's is: fewer collections, so a
 *   floor below what the same work costs inside the import.
 */
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import { checkRelease } from '../../src/modules/procurement/import/check.ts';
import { readOcds } from '../../src/modules/procurement/import/read.ts';

export interface Floor {
  releases: number;
  /** The COPY of the bare lines, in seconds (the server's backend is busy throughout). */
  copySeconds: number;
  /** Reading, parsing and checking in this process: CPU seconds. */
  checkCpuSeconds: number;
}

/** `file` holds line-delimited releases; `databaseUrl` a database this may add a table to. */
export async function measureFloor(databaseUrl: string, file: string): Promise<Floor> {
  const db = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await db.unsafe(`
      drop table if exists bench_floor_releases;
      create table bench_floor_releases (seq bigint generated always as identity primary key, data json not null);
      do $$ begin
        alter table bench_floor_releases alter column data set compression lz4;
      exception when feature_not_supported then null;
      end $$;`);
    const started = performance.now();
    // A line is one field: no JSON text holds U+0001 or U+0002 unescaped.
    const sink = await db`copy bench_floor_releases (data) from stdin
      with (format csv, quote e'\\x01', delimiter e'\\x02')`.writable();
    await pipeline(fs.createReadStream(file), sink);
    const copySeconds = (performance.now() - started) / 1000;
    const [{ n }] = (await db`select count(*)::int as n from bench_floor_releases`) as unknown as [
      { n: number },
    ];
    await db`drop table bench_floor_releases`;

    const cpu = process.cpuUsage();
    let problems = 0;
    for await (const item of (await readOcds(file)).items)
      problems += checkRelease(item.release, item.where).length;
    const used = process.cpuUsage(cpu);
    if (problems > 0) throw new Error(`the benchmark's file has ${problems} problems`);
    return { releases: n, copySeconds, checkCpuSeconds: (used.user + used.system) / 1e6 };
  } finally {
    await db`drop table if exists bench_floor_releases`.catch(() => {});
    await db.end({ timeout: 5 });
  }
}
