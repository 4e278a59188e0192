/**
 * The Node engine worker: a `LocalEngine` behind a message port. Bundled as dist/engine-worker.cjs;
 * the compiled tests run out/server/lsp/engine-worker.js. Requests are served one at a time, in
 * the order the server sends them (it sends the next only after the last reply).
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { loadNodeLibrary } from '../library/node-files.js';
import type { DocumentFacts } from './document-facts.js';
import { LocalEngine } from './engine.js';
import {
  sliceFacts,
  WORKER_METHODS,
  type EngineMethods,
  type WorkerReply,
  type WorkerRequest,
} from './worker-protocol.js';

const port = parentPort;
const data = (workerData as { data?: MessagePort } | undefined)?.data;
if (port && data) {
  const engine: EngineMethods = new LocalEngine({ loadLibrary: (folders) => loadNodeLibrary({ folders }) });
  port.on('message', (request: WorkerRequest) => void serve(request));

  async function serve(request: WorkerRequest): Promise<void> {
    let reply: WorkerReply;
    try {
      if (!WORKER_METHODS.includes(request.method))
        throw new Error(`unknown method ${String(request.method)}`);
      const method = engine[request.method] as (...args: unknown[]) => Promise<unknown>;
      const result = await method.apply(engine, request.args);
      if (request.method === 'analyze' && result) {
        const { skeleton, slices } = sliceFacts(request.id, result as DocumentFacts);
        for (const slice of slices) data!.postMessage(slice);
        reply = { id: request.id, result: skeleton, slices: slices.length };
      } else reply = { id: request.id, result };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    port!.postMessage(reply);
  }
}
