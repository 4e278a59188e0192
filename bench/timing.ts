/** Timing for the benchmarks: the best of several runs, which noise on a shared machine only slows. */

/** The fastest of `runs` calls of `fn` (given the run's index), in ms. */
export function best(runs: number, fn: (run: number) => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(i);
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

/** The fastest of `runs` awaited calls of `fn` (given the run's index), in ms. */
export async function bestAsync(runs: number, fn: (run: number) => Promise<unknown>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

/** A time for the table: one decimal under 10 ms. */
export const ms = (n: number): string => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
