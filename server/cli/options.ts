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
