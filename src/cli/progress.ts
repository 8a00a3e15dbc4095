import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';

/** Progress of long work: a bar on a terminal, nothing at all anywhere else (pipes, files, tests). */
export interface Progress {
  /** `done` so far, out of `total` when it is known; `note` says what is being done. */
  update(done: number, total?: number, note?: string): void;
  stop(): void;
}

const silent: Progress = { update() {}, stop() {} };

/**
 * A bar when `stream` is a terminal. With a known total it shows the bar and the count; without
 * one, a running count (`unit` names what is counted, e.g. "rows").
 */
export function startProgress(stream: Writable & { isTTY?: boolean }, label: string, unit: string): Progress {
  if (stream.isTTY !== true) return silent;
  let bar: cliProgress.SingleBar | undefined;
  let counting = false;
  const begin = (total: number | undefined) => {
    bar?.stop();
    counting = total === undefined;
    bar = new cliProgress.SingleBar(
      {
        stream,
        format: counting
          ? `${label} | {value} ${unit} {note}`
          : `${label} [{bar}] {percentage}% | {value}/{total} ${unit} {note}`,
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total ?? 0, 0, { note: '' });
    return bar;
  };
  return {
    update(done, total, note = '') {
      // A total that turns up later (a file counted as it is read) turns the count into a bar.
      const current = bar === undefined || (counting && total !== undefined) ? begin(total) : bar;
      if (total !== undefined) current.setTotal(total);
      current.update(done, { note });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
