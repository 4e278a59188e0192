/**
 * The browser language server (dist/browser-server.js), for VS Code for the Web: runs in a web
 * worker, talks through its message port, has no file system and analyses in-process.
 */
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  createConnection,
} from 'vscode-languageserver/browser.js';
import { startServer } from './server.js';

const port = self as unknown as MessagePort;
startServer(createConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port)));
