/**
 * The configuration a document is checked with: the redline.json found for it, with the client's
 * `redline.*` settings merged over it. Settings come from `workspace/configuration` when the
 * client supports it, otherwise from the last `didChangeConfiguration`. A setting only overrides
 * the file when it differs from its default, because clients report defaults as if they were set.
 */
import type { Connection } from 'vscode-languageserver';
import {
  ConfigError,
  defaultConfig,
  DEFAULT_MAX_FILE_SIZE,
  type ResolvedConfig,
} from '../analysis/config.js';
import type { SeveritySetting } from '../analysis/types.js';
import type { ServerPlatform } from './platform.js';

/** The `redline` section of the client's settings, as the client sends it. */
export interface ClientSettings {
  rules?: Record<string, unknown>;
  packs?: unknown;
  modalConvention?: unknown;
  library?: { paths?: unknown };
  maxFileSize?: unknown;
}

/** A document's configuration and what was wrong on the way. */
export interface DocumentConfig {
  config: ResolvedConfig;
  /** One line each: a bad redline.json, a bad setting. */
  notices: string[];
}

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);
const DEFAULT_PACKS = ['core', 'immigration'];

/** `settings` merged over `base`; a bad value is skipped with a notice. */
export function mergeSettings(base: ResolvedConfig, settings: ClientSettings | undefined): DocumentConfig {
  const config: ResolvedConfig = {
    ...base,
    rules: { ...base.rules },
    packs: new Set(base.packs),
    library: [...base.library],
  };
  const notices: string[] = [];
  if (!settings || typeof settings !== 'object') return { config, notices };
  for (const [rule, severity] of Object.entries(settings.rules ?? {})) {
    if (typeof severity === 'string' && SEVERITIES.has(severity))
      config.rules[rule] = severity as SeveritySetting;
    else
      notices.push(
        `setting redline.rules.${rule} must be off, info, warning or error, not ${JSON.stringify(severity)}`,
      );
  }
  const packs = settings.packs;
  if (Array.isArray(packs) && packs.every((p) => typeof p === 'string')) {
    const same = packs.length === DEFAULT_PACKS.length && DEFAULT_PACKS.every((p) => packs.includes(p));
    if (!same) config.packs = new Set(packs as string[]);
  }
  if (settings.modalConvention === 'must') config.modalConvention = 'must';
  const paths = settings.library?.paths;
  if (Array.isArray(paths)) config.library.push(...paths.filter((p): p is string => typeof p === 'string'));
  const size = settings.maxFileSize;
  if (typeof size === 'number' && size >= 0 && size !== DEFAULT_MAX_FILE_SIZE) config.maxFileSize = size;
  return { config, notices };
}

/** Resolves and caches each document's configuration. */
export class ConfigResolver {
  /** Settings pushed by `didChangeConfiguration`, for clients without `workspace/configuration`. */
  pushed: ClientSettings | undefined;
  /** Whether the client answers `workspace/configuration`. */
  pull = false;
  private readonly cache = new Map<string, Promise<DocumentConfig>>();

  constructor(
    private readonly connection: Connection,
    private readonly platform: ServerPlatform,
  ) {}

  /** The configuration of the document at `uri`. */
  resolve(uri: string): Promise<DocumentConfig> {
    let pending = this.cache.get(uri);
    if (!pending) {
      pending = this.load(uri);
      this.cache.set(uri, pending);
    }
    return pending;
  }

  /** The client's settings for `uri` (undefined when it has none). */
  async settings(uri: string | undefined): Promise<ClientSettings | undefined> {
    if (!this.pull) return this.pushed;
    try {
      const value: unknown = await this.connection.workspace.getConfiguration({
        ...(uri ? { scopeUri: uri } : {}),
        section: 'redline',
      });
      return value && typeof value === 'object' ? (value as ClientSettings) : undefined;
    } catch {
      return this.pushed;
    }
  }

  /** Forgets everything resolved (settings or a redline.json changed). */
  clear(): void {
    this.cache.clear();
    this.platform.clearFileConfig();
  }

  /**
   * Settings or a redline.json may have changed: forgets everything resolved, resolves again the
   * configuration of every document resolved before, and returns those whose configuration or
   * notices are not what they were. Clients also send their settings when nothing changed (VS Code
   * does so as its client starts), and a document checked under the same configuration would only
   * get the same findings again.
   */
  async reload(): Promise<string[]> {
    const before = [...this.cache];
    this.clear();
    const changed = await Promise.all(
      before.map(async ([uri, was]) => {
        const [old, now] = await Promise.all([fingerprint(was), fingerprint(this.resolve(uri))]);
        return old !== undefined && old === now ? undefined : uri;
      }),
    );
    return changed.filter((uri) => uri !== undefined);
  }

  private async load(uri: string): Promise<DocumentConfig> {
    const notices: string[] = [];
    let base = defaultConfig();
    try {
      base = this.platform.fileConfig(uri) ?? base;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      notices.push(`${error.message} (checking with the default configuration)`);
    }
    const merged = mergeSettings(base, await this.settings(uri));
    return { config: merged.config, notices: [...notices, ...merged.notices] };
  }
}

/** What a document's configuration decides, as a string to compare; undefined if it failed. */
async function fingerprint(pending: Promise<DocumentConfig>): Promise<string | undefined> {
  try {
    const { config, notices } = await pending;
    return JSON.stringify({ ...config, packs: [...config.packs].sort(), notices });
  } catch {
    return undefined;
  }
}
