/**
 * What the server needs from where it runs. Node reads redline.json and workspace files from disk
 * and analyses in worker threads (node-platform.ts); the browser build has no file system and
 * analyses in-process. Keeping this behind an interface keeps `fs` out of the browser bundle.
 */
import type { ResolvedConfig } from '../analysis/config.js';
import { LocalEngine, type RedlineEngine } from './engine.js';

/** The environment of one server. */
export interface ServerPlatform {
  createEngine(): RedlineEngine;
  /** The redline.json configuration for a document, or undefined; throws ConfigError on a bad file. */
  fileConfig(uri: string): ResolvedConfig | undefined;
  /** Forgets configuration read so far (a redline.json changed). */
  clearFileConfig(): void;
  /** The URIs of the `.policy` files under a workspace folder. */
  listPolicyFiles(folderUri: string): Promise<string[]>;
  readFile(uri: string): Promise<string>;
  /** A library folder from settings as the engine reads it, relative paths against `folderUri`. */
  libraryFolder(path: string, folderUri: string | undefined): string;
}

/** A platform with no file system and an in-process engine: the browser, and tests. */
export function memoryPlatform(files: Record<string, string> = {}): ServerPlatform {
  return {
    createEngine: () => new LocalEngine(),
    fileConfig: () => undefined,
    clearFileConfig: () => {},
    listPolicyFiles: async (folderUri) => {
      const prefix = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
      return Object.keys(files).filter((uri) => uri.startsWith(prefix) && uri.endsWith('.policy'));
    },
    readFile: async (uri) => {
      const text = files[uri];
      if (text === undefined) throw new Error(`no such file: ${uri}`);
      return text;
    },
    libraryFolder: (path) => path,
  };
}
