/**
 * Runs the browser bundle (dist/browser-server.js) in a worker thread, with `self` standing in
 * for a web worker's global scope: messages from the parent arrive as `self.onmessage` events and
 * `self.postMessage` answers. Used by browser.test.ts.
 */
import { parentPort } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

const port = parentPort!;
const scope = {
  addEventListener: () => {},
  set onmessage(listener: (event: { data: unknown }) => void) {
    port.on('message', (data: unknown) => listener({ data }));
  },
  postMessage: (message: unknown) => port.postMessage(message),
};
Object.assign(globalThis, { self: scope });
await import(pathToFileURL(process.env.REDLINE_BROWSER_BUNDLE!).href);
