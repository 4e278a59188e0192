/**
 * Finding redline.json on disk (node only; the CLI and the node language server share it): from a
 * file's folder upwards, stopping at a config with `"root": true` or at the filesystem root, nearer
 * files overriding farther ones. Results are cached per folder.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  ConfigError,
  parseConfig,
  resolveConfig,
  type RedlineConfig,
  type ResolvedConfig,
} from './config.js';

/** The name configuration files go by. */
export const CONFIG_FILE_NAME = 'redline.json';

/** One configuration file as read. */
export interface LoadedConfig {
  file: string;
  config: RedlineConfig;
}

/** Reads and validates one configuration file; throws ConfigError naming the file. */
export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(file, [
      code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (error as Error).message})`,
    ]);
  }
  return { file, config: parseConfig(text, file) };
}

/** Discovers and resolves the configuration of files, caching what it finds per folder. */
export class ConfigFiles {
  private readonly chains = new Map<string, LoadedConfig[]>();
  private readonly resolved = new Map<string, ResolvedConfig>();

  /** The configuration that applies to the file at `file` (an absolute path). */
  forFile(file: string): ResolvedConfig {
    return this.forFolder(dirname(resolve(file)));
  }

  /** The configuration that applies to files directly in `folder`. */
  forFolder(folder: string): ResolvedConfig {
    const dir = resolve(folder);
    let config = this.resolved.get(dir);
    if (!config) {
      config = resolveConfig(this.chain(dir));
      this.resolved.set(dir, config);
    }
    return config;
  }

  /** Forgets everything read (after a redline.json changed). */
  clear(): void {
    this.chains.clear();
    this.resolved.clear();
  }

  /** The configurations that apply in `dir`, farthest first. */
  private chain(dir: string): LoadedConfig[] {
    const cached = this.chains.get(dir);
    if (cached) return cached;
    const own = this.configIn(dir);
    const parent = dirname(dir);
    let chain: LoadedConfig[];
    if (own?.config.root === true) chain = [own];
    else {
      const above = parent === dir ? [] : this.chain(parent);
      chain = own ? [...above, own] : above;
    }
    this.chains.set(dir, chain);
    return chain;
  }

  private configIn(dir: string): LoadedConfig | undefined {
    const file = join(dir, CONFIG_FILE_NAME);
    try {
      if (!statSync(file).isFile()) return undefined;
    } catch {
      return undefined;
    }
    return loadConfigFile(file);
  }
}

/** A fixed configuration (`--config FILE`): no discovery. */
export function fixedConfig(file: string): ResolvedConfig {
  return resolveConfig([loadConfigFile(resolve(file))]);
}
