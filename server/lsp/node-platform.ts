/**
 * The Node platform: redline.json found on disk (the CLI's `ConfigFiles`), workspace `.policy`
 * files listed with tinyglobby, and the analysis in worker threads. The browser build never
 * imports this file.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import { ConfigFiles } from '../analysis/config-files.js';
import type { ServerPlatform } from './platform.js';
import { LocalEngine } from './engine.js';
import { defaultWorkerScript, WorkerEngine, type WorkerEngineOptions } from './worker-engine.js';

const pathOf = (uri: string): string | undefined => {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
};

/** The platform of the Node server. */
export function nodePlatform(options: WorkerEngineOptions = {}): ServerPlatform {
  const configs = new ConfigFiles();
  return {
    createEngine: () => {
      // A broken install without the worker bundle still serves, on the main thread.
      const script = options.script ?? defaultWorkerScript();
      if (existsSync(script)) return new WorkerEngine(options);
      options.onLog?.(`analysis worker ${String(script)} is missing; analysing on the main thread`);
      return new LocalEngine();
    },
    fileConfig: (uri) => {
      const path = pathOf(uri);
      return path === undefined ? undefined : configs.forFile(path);
    },
    clearFileConfig: () => configs.clear(),
    async listPolicyFiles(folderUri) {
      const folder = pathOf(folderUri);
      if (folder === undefined) return [];
      const found = await glob('**/*.policy', {
        cwd: folder,
        absolute: true,
        ignore: ['**/node_modules/**', '**/.git/**'],
        followSymbolicLinks: false,
      });
      return found.sort().map((path) => pathToFileURL(path).href);
    },
    async readFile(uri) {
      const path = pathOf(uri);
      if (path === undefined) throw new Error(`not a file URI: ${uri}`);
      return readFile(path, 'utf8');
    },
    libraryFolder(path, folderUri) {
      const base = folderUri === undefined ? undefined : pathOf(folderUri);
      return isAbsolute(path) || base === undefined ? path : join(base, path);
    },
  };
}
