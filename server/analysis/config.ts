/**
 * Configuration (`redline.json`): parsed, validated against the shipped JSON schema, and resolved
 * over the defaults. Pure data in, data out: configuration never executes anything. Finding the
 * file on disk is the adapters' job (see config-files.ts).
 */
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import schema from '../../schemas/redline.schema.json' with { type: 'json' };
import type { SeveritySetting } from './types.js';

/** `redline.json` as written. */
export interface RedlineConfig {
  root?: boolean;
  rules?: Record<string, SeveritySetting>;
  packs?: string[];
  modalConvention?: 'shall' | 'must';
  words?: Record<string, string[]>;
  library?: string[];
  maxFileSize?: number;
}

/** The configuration a check runs with. */
export interface ResolvedConfig {
  rules: Record<string, SeveritySetting>;
  packs: Set<string>;
  modalConvention: 'shall' | 'must';
  words: Record<string, string[]>;
  library: string[];
  maxFileSize: number;
  /** The files it was read from, nearest last. */
  sources: string[];
}

/** A configuration error that names the file and the key at fault. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_MAX_FILE_SIZE = 5_000_000;

/** The configuration when there is no redline.json. */
export function defaultConfig(): ResolvedConfig {
  return {
    rules: {},
    packs: new Set(['core', 'immigration']),
    modalConvention: 'shall',
    words: {},
    library: [],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    sources: [],
  };
}

const validator = new Validator(schema as object, '7', false);
const schemaProps = (
  schema as { properties: Record<string, { properties?: Record<string, unknown>; enum?: unknown[] }> }
).properties;

function pointerToPath(pointer: string): string {
  return pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** How a schema type is named in a message. */
const TYPE_NAMES: Record<string, string> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

/** What some keys hold, said more exactly than their type. */
const KEY_TYPES: Record<string, string> = {
  rules: 'an object (rule id → severity)',
  packs: 'an array of pack names',
  words: 'an object (word list → phrases)',
  library: 'an array of folders',
};

/** A key path for a message: `words.hedges[0]`. */
function keyPath(path: string): string {
  return path
    .split('.')
    .filter(Boolean)
    .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i ? `.${part}` : part))
    .join('');
}

/** A value as a message names it: its JSON when short and plain, else its kind. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}

function describeProblem(unit: OutputUnit, value: unknown): string | undefined {
  const path = pointerToPath(unit.instanceLocation);
  const key = keyPath(path);
  const found = JSON.stringify(value);
  switch (unit.keyword) {
    case 'false': {
      const parts = path.split('.');
      const last = parts[parts.length - 1] ?? path;
      const parent = parts.length > 1 ? schemaProps[parts[0]!]?.properties : schemaProps;
      const hint = parent ? closest(last, Object.keys(parent)) : undefined;
      return `unknown key '${path}'${hint ? ` (did you mean '${parts.slice(0, -1).concat(hint).join('.')}'?)` : ''}`;
    }
    case 'enum': {
      const allowed = /any of \[(.*)\]/.exec(unit.error)?.[1]?.replace(/"/g, '') ?? '';
      return `'${key}' must be one of ${allowed.split(',').join(', ')}, not ${found}`;
    }
    case 'type': {
      const expected = /Expected "(\w+)"/.exec(unit.error)?.[1] ?? '';
      if (!path) return `a redline.json must hold an object, not ${describeValue(value)}`;
      const wordList = /^words\.[^.]+$/.test(path) ? 'an array of phrases' : undefined;
      const name = KEY_TYPES[path] ?? wordList ?? TYPE_NAMES[expected] ?? `of type ${expected}`;
      return `'${key}' must be ${name}, not ${describeValue(value)}`;
    }
    case 'minimum':
      return `'${key}' must be at least ${/less than (\S+?)\.?$/.exec(unit.error)?.[1] ?? 1}, not ${found}`;
    case 'uniqueItems':
      return `'${key}' lists the same entry twice`;
    case 'pattern':
      return describePhrase(key, String(value));
    default:
      return undefined;
  }
}

/**
 * Why a word-list entry is refused (the schema's `phrases` pattern): one with no letter or digit
 * ("*", " ", ".", "...") matches every word or nothing, and `--fix` would delete what it matches;
 * a `*` anywhere but at the end of a word is not a wildcard.
 */
function describePhrase(key: string, entry: string): string {
  if (!/[\p{L}\p{N}]/u.test(entry))
    return `'${key}' must hold a word (letters or digits), not ${JSON.stringify(entry)}: it would match every word or none`;
  return `'${key}' may use '*' only at the end of a word ("notif*"), not ${JSON.stringify(entry)}`;
}

function at(value: unknown, pointer: string): unknown {
  return pointerToPath(pointer)
    .split('.')
    .filter(Boolean)
    .reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      value,
    );
}

/** Parses and validates the text of a redline.json; throws ConfigError naming the bad keys. */
export function parseConfig(text: string, file: string): RedlineConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, [`not valid JSON (${(error as Error).message})`]);
  }
  const result = validator.validate(value);
  if (!result.valid) {
    const problems = result.errors
      .map((u) => describeProblem(u, at(value, u.instanceLocation)))
      .filter((p): p is string => !!p);
    throw new ConfigError(file, [...new Set(problems.length ? problems : ['does not match the schema'])]);
  }
  return value as RedlineConfig;
}

/** Applies configurations in order (farthest first) over the defaults. */
export function resolveConfig(configs: { file: string; config: RedlineConfig }[]): ResolvedConfig {
  const resolved = defaultConfig();
  for (const { file, config } of configs) {
    Object.assign(resolved.rules, config.rules ?? {});
    if (config.packs) resolved.packs = new Set(config.packs);
    if (config.modalConvention) resolved.modalConvention = config.modalConvention;
    for (const [list, phrases] of Object.entries(config.words ?? {}))
      resolved.words[list] = [...(resolved.words[list] ?? []), ...phrases];
    if (config.library) resolved.library.push(...config.library.map((p) => joinPath(dirOf(file), p)));
    if (config.maxFileSize) resolved.maxFileSize = config.maxFileSize;
    resolved.sources.push(file);
  }
  return resolved;
}

function dirOf(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i < 0 ? '.' : file.slice(0, i);
}

function joinPath(dir: string, path: string): string {
  return /^(?:[A-Za-z]:)?[\\/]/.test(path) ? path : `${dir}/${path}`;
}
