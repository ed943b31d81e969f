/** A random number in [0, 1): Math.random in use, a seeded sequence in tests. */
export type Random = () => number;

/** mulberry32: a tiny seeded PRNG, so rotation is deterministic under test. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let n = Math.imul(state ^ (state >>> 15), 1 | state);
    n = (n + Math.imul(n ^ (n >>> 7), 61 | n)) ^ n;
    return ((n ^ (n >>> 14)) >>> 0) / 4294967296;
  };
}
