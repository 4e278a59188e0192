/**
 * The browser language server (dist/browser-server.js), for VS Code for the Web: runs in a web
 * worker, talks through its message port, has no file system, analyses in-process, and completes
 * from the shipped clause corpus bundled into it (folders named in settings cannot be read here).
 */
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  createConnection,
} from 'vscode-languageserver/browser.js';
import { loadBundledLibrary } from '../library/bundled.js';
import { LocalEngine } from './engine.js';
import { lifecycleStrategy } from './lifecycle.js';
import { memoryPlatform } from './platform.js';
import { startServer } from './server.js';

const port = self as unknown as MessagePort;
const platform = {
  ...memoryPlatform(),
  createEngine: () => new LocalEngine({ loadLibrary: () => loadBundledLibrary() }),
};
const connection = createConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port), {
  messageStrategy: lifecycleStrategy(),
});
startServer(connection, { platform });
