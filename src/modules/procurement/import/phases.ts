/**
 * Where an import's time goes: milliseconds per phase, added up over the batches. Phases that
 * overlap (the next batch is read and checked while one is written) are each counted in full.
 */
export type PhaseTimes = Record<string, number>;

export async function timed<T>(
  times: PhaseTimes | undefined,
  phase: string,
  work: () => Promise<T>,
): Promise<T> {
  if (!times) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    times[phase] = (times[phase] ?? 0) + (performance.now() - started);
  }
}

export function timedSync<T>(times: PhaseTimes | undefined, phase: string, work: () => T): T {
  if (!times) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    times[phase] = (times[phase] ?? 0) + (performance.now() - started);
  }
}
