/**
 * Bounds by growth, never by a wall-clock number: a reader that is linear takes about 10× as
 * long on 10× the input, one that backtracks takes 100× (quadratic) or far more. Timing noise
 * on a shared machine only ever adds time, so each size keeps its fastest of several runs, and
 * a small input is repeated until the run is long enough for the clock to resolve it.
 */
import { performance } from 'node:perf_hooks';

export interface Growth {
  small: number;
  large: number;
  /** Milliseconds per call at each size (fastest run). */
  smallMs: number;
  largeMs: number;
  ratio: number;
}

/** Past this ratio for a 10× larger input the cost is clearly super-linear (quadratic gives ~100). */
export const MAX_RATIO_FOR_10X = 25;

/**
 * Times `fn` on `make(small)` and `make(small * factor)`. `make` builds the input once per size
 * (outside the clock); `fn` must not cache across calls (clear any cache inside it). The two sizes
 * are timed in alternating rounds, so a burst of load from other processes hits both alike.
 */
export function growth<T>(make: (size: number) => T, fn: (input: T) => unknown, small = 10_000, factor = 10): Growth {
  // A shared machine's bursts of load can push one measurement past the bound; a super-linear
  // reader stays past it however often it is measured, so a ratio over the bound is measured again.
  let best = measure(make, fn, small, factor);
  for (let retry = 0; retry < 3 && best.ratio >= MAX_RATIO_FOR_10X; retry++) {
    const again = measure(make, fn, small, factor);
    if (again.ratio < best.ratio) best = again;
  }
  return best;
}

function measure<T>(make: (size: number) => T, fn: (input: T) => unknown, small: number, factor: number, rounds = 5): Growth {
  const a = make(small);
  const b = make(small * factor);
  fn(a); // warm-up: compile the code and its regular expressions
  fn(b);
  let reps = 1;
  while (reps < 1_000_000) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn(a);
    if (performance.now() - t0 >= 4) break;
    reps *= 2;
  }
  const largeReps = Math.max(1, Math.round(reps / factor));
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    for (let i = 0; i < reps; i++) fn(a);
    smallMs = Math.min(smallMs, (performance.now() - t0) / reps);
    t0 = performance.now();
    for (let i = 0; i < largeReps; i++) fn(b);
    largeMs = Math.min(largeMs, (performance.now() - t0) / largeReps);
  }
  return { small, large: small * factor, smallMs, largeMs, ratio: largeMs / Math.max(smallMs, 1e-6) };
}

/** `text` repeated (and cut) to exactly `size` UTF-16 units. */
export function fill(text: string, size: number): string {
  return text.repeat(Math.ceil(size / text.length)).slice(0, size);
}

export function describeGrowth(g: Growth): string {
  return `${g.small} → ${g.large}: ${g.smallMs.toFixed(3)} ms → ${g.largeMs.toFixed(3)} ms (×${g.ratio.toFixed(1)})`;
}
