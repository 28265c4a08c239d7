/**
 * A seeded stream of numbers (mulberry32): the same seed gives the same synthetic Medan, run after run, on every
 * machine. Nothing here is random in the cryptographic sense; it only has to look varied and be repeatable.
 */

/** Draws from one seeded stream. */
export interface Random {
  /** A number in [0, 1). */
  readonly next: () => number;
  /** An integer in [min, max], both included. */
  readonly int: (min: number, max: number) => number;
  /** One item of a non-empty list. */
  readonly pick: <T>(items: readonly T[]) => T;
  /** `true` with the given probability. */
  readonly chance: (probability: number) => boolean;
  /** An item drawn by weight: `[item, weight]` pairs, weights of any positive scale. */
  readonly weighted: <T>(items: readonly (readonly [T, number])[]) => T;
}

/** A stream for one seed; `fork(label)` gives an independent stream for one stage, so stages do not shift each other. */
export function createRandom(seed: number): Random & { readonly fork: (label: string) => Random } {
  const stream = (start: number): Random => {
    let state = start >>> 0;
    const next = (): number => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
    const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
    return {
      next,
      int,
      pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T,
      chance: (probability: number) => next() < probability,
      weighted: <T>(items: readonly (readonly [T, number])[]): T => {
        const total = items.reduce((sum, [, weight]) => sum + weight, 0);
        let draw = next() * total;
        for (const [item, weight] of items) {
          draw -= weight;
          if (draw < 0) return item;
        }
        return (items[items.length - 1] as readonly [T, number])[0];
      },
    };
  };
  const hash = (label: string): number => {
    let h = seed >>> 0;
    for (let i = 0; i < label.length; i += 1) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
    return h;
  };
  return { ...stream(seed), fork: (label: string) => stream(hash(label)) };
}
