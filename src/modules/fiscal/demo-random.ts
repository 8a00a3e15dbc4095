/**
 * The fiscal demo's randomness: a seeded generator (SplitMix32), so the same seed gives the same
 * demo on every installation and run; never `Math.random`.
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** A number in [min, max). */
  between(min: number, max: number): number;
  /** A number between min and max spread evenly on a log scale (amounts of money). */
  logBetween(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  /** An index into `weights`, each drawn in proportion to its weight. */
  weighted(weights: readonly number[]): number;
  /** True with probability p. */
  chance(p: number): boolean;
}

export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    logBetween: (min, max) => Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min))),
    pick: (list) => {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[Math.floor(next() * list.length)] as (typeof list)[number];
    },
    weighted: (weights) => {
      const total = weights.reduce((a, b) => a + b, 0);
      let r = next() * total;
      for (const [i, w] of weights.entries()) {
        r -= w;
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    chance: (p) => next() < p,
  };
  return random;
}
