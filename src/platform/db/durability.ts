import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * PGlite issues no fsync: a committed transaction reaches the operating system's page cache at
 * once (a killed process loses nothing) but may sit there for tens of seconds before the disk has
 * it. This flusher narrows that window: every `intervalMs` it fsyncs the files of the data folder
 * changed since its last pass, write-ahead log first. An operating-system crash or power loss can
 * then lose at most about one interval of commits. It runs on libuv's thread pool, off the event loop.
 */
export class DataFolderFlusher {
  readonly #dir: string;
  readonly #intervalMs: number;
  #since = 0;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<number> | undefined;

  constructor(dir: string, intervalMs: number) {
    this.#dir = dir;
    this.#intervalMs = intervalMs;
  }

  start(): void {
    this.#timer = setInterval(() => {
      void this.flush().catch(() => {});
    }, this.#intervalMs);
    this.#timer.unref();
  }

  /** Fsyncs every file changed since the last pass; returns how many. One pass at a time. */
  flush(): Promise<number> {
    this.#running ??= this.#pass().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #pass(): Promise<number> {
    const started = Date.now();
    const since = this.#since;
    const files = await changedFiles(this.#dir, since);
    // The write-ahead log first: with it on disk, recovery can rebuild the rest.
    files.sort(
      (a, b) =>
        Number(b.includes(`${path.sep}pg_wal${path.sep}`)) -
        Number(a.includes(`${path.sep}pg_wal${path.sep}`)),
    );
    for (const file of files) await fsyncFile(file);
    if (files.length > 0) await fsyncFile(this.#dir, true);
    // Files written while this pass ran are taken again next time (mtime resolution is coarse).
    this.#since = started - 1000;
    return files.length;
  }

  /** Stops the timer and makes one last pass, for a clean shutdown. */
  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#since = 0;
    await this.flush();
  }
}

async function changedFiles(dir: string, since: number): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  await Promise.all(
    entries.map(async (entry) => {
      if (!entry.isFile()) return;
      const file = path.join(entry.parentPath, entry.name);
      const stat = await fs.stat(file).catch(() => undefined);
      if (stat && stat.mtimeMs >= since) out.push(file);
    }),
  );
  return out;
}

async function fsyncFile(file: string, directory = false): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, directory ? 'r' : 'r+');
    await handle.sync();
  } catch (error) {
    // A file removed between listing and syncing (a recycled WAL segment) needs no flush.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  } finally {
    await handle?.close();
  }
}
