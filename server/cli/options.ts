/** Parsers for option values, so a bad value is a usage error naming the option. */
import { InvalidArgumentError } from 'commander';

/** A parser accepting whole numbers no smaller than `min`. */
export function integerOption(name: string, min: number): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < min)
      throw new InvalidArgumentError(
        `${name} takes a whole number${min > 0 ? ` of at least ${min}` : ''}, not '${value}'.`,
      );
    return Number(value);
  };
}

/**
 * `--max-warnings`: a whole number, or -1 for no limit, as in ESLint (whose default it is, and which
 * CI templates pass explicitly). No limit is returned as -1.
 */
export function maxWarningsOption(value: string): number {
  const n = value.trim();
  if (n !== '-1' && !/^\d+$/.test(n))
    throw new InvalidArgumentError(
      `--max-warnings takes a whole number, or -1 for no limit, not '${value}'.`,
    );
  return Number(n);
}
