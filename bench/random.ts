/** A small seeded PRNG (mulberry32): the synthetic graphs and the query mixes are the same on every run. */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [0, n). */
export const randomInt = (random: Random, n: number) => Math.floor(random() * n);

export function pick<T>(random: Random, xs: readonly T[]): T {
  return xs[randomInt(random, xs.length)];
}
