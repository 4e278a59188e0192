import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository, which the benchmarks read from and write to (they run as out/bench/*.js). */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
