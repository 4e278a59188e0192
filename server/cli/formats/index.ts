/** The report formats of `redline check --format`, by name. */
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatRdjson } from './rdjson.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

/** Every format; the first is the default. */
export const formats: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  rdjson: formatRdjson,
};
