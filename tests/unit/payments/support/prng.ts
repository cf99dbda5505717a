// A small seeded generator (mulberry32) so property-style tests are reproducible: a failure
// names its seed and case, and rerunning shows the same numbers.
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [min, max], spread over magnitudes so small, medium and huge amounts all occur. */
export function randomAmount(random: () => number, max = Number.MAX_SAFE_INTEGER): number {
  const digits = 1 + Math.floor(random() * Math.log10(max));
  return Math.min(max, Math.floor(random() * 10 ** digits));
}

export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
