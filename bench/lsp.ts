/**
 * Language-server benchmarks over a real stdio connection to the bundled server (dist/server.cjs):
 * edit → fresh diagnostics latency on 300- and 5,000-clause documents, and the server's memory
 * after opening 1,000 policies — started as the VS Code extension starts it, and, for memory, also
 * plainly, as a stdio client that passes no flags would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node.js';
import { serverEnv, serverExecArgv } from '../server/lsp/launch.js';
import { root } from './root.js';
import { generatePolicy } from './generate.js';
import type { Row } from './run.js';

interface Server {
  child: ChildProcess;
  connection: MessageConnection;
  /** Resolves when diagnostics for `uri` at `version` (or later) arrive. */
  diagnosticsFor(uri: string, version: number): Promise<void>;
}

/**
 * Starts the bundled server over stdio: as the VS Code extension starts it (launch.ts: its V8 flag
 * and environment), or `plain`, as `node dist/server.cjs --stdio` with nothing else.
 */
async function startServer(plain = false): Promise<Server> {
  const args = [...(plain ? [] : serverExecArgv), join(root, 'dist', 'server.cjs'), '--stdio'];
  const child = spawn(process.execPath, args, {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: plain ? process.env : { ...process.env, ...serverEnv },
  });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const waiters: { uri: string; version: number; resolve: () => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]!;
      if (w.uri === p.uri && (p.version ?? -1) >= w.version) {
        waiters.splice(i, 1);
        w.resolve();
      }
    }
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      textDocument: { publishDiagnostics: { versionSupport: true } },
      workspace: { configuration: true },
    },
  });
  await connection.sendNotification('initialized', {});
  return {
    child,
    connection,
    diagnosticsFor: (uri, version) => new Promise<void>((resolve) => waiters.push({ uri, version, resolve })),
  };
}

async function stopServer(server: Server): Promise<void> {
  try {
    await Promise.race([server.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
    await server.connection.sendNotification('exit');
  } catch {
    // The server may already be gone; the kill below is what matters.
  }
  server.connection.dispose();
  server.child.kill();
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/** Edits before measuring: the first few after opening a draft run while the JIT still warms up. */
const WARM_UP_EDITS = 4;

/**
 * Types a character into a clause and deletes it again, edit after edit, and measures until each
 * new version's diagnostics arrive, after a few edits that are not measured, as the other rows
 * measure after a warm-up.
 */
async function editLatency(server: Server, clauses: number, edits: number): Promise<number[]> {
  const uri = pathToFileURL(join(root, `bench-${clauses}.policy`)).href;
  const text = generatePolicy(clauses, 11);
  let version = 1;
  const opened = server.diagnosticsFor(uri, version);
  await server.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'policy', version, text },
  });
  await opened;
  const line = text.split('\n').findIndex((l) => /^\s+\d+\.\d+ /.test(l));
  const latencies: number[] = [];
  for (let i = 0; i < WARM_UP_EDITS + edits; i++) {
    version++;
    const start = performance.now();
    const arrived = server.diagnosticsFor(uri, version);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [
        {
          range: { start: { line, character: 2 }, end: { line, character: 2 + (i % 2) } },
          text: i % 2 ? '' : ' ',
        },
      ],
    });
    await arrived;
    if (i >= WARM_UP_EDITS) latencies.push(performance.now() - start);
  }
  return latencies;
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

/** Opens 1,000 small policies and reads the server process's resident memory. */
async function memoryAfterOpening(server: Server, count: number): Promise<number> {
  const pending: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const uri = pathToFileURL(join(root, `open-${i}.policy`)).href;
    pending.push(server.diagnosticsFor(uri, 1));
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'policy', version: 1, text: generatePolicy(20 + (i % 30), 100 + i) },
    });
  }
  await Promise.all(pending);
  return rssOf(server.child.pid!);
}

/** Rows for the benchmark table. */
export async function lspRows(): Promise<Row[]> {
  const rows: Row[] = [];
  const server = await startServer();
  try {
    for (const [clauses, target] of [
      [300, 100],
      [5000, 500],
    ] as const) {
      // Enough edits that the 95th percentile is not simply the slowest one (it is, with 20).
      const latencies = await editLatency(server, clauses, clauses > 1000 ? 40 : 100);
      const p50 = percentile(latencies, 50);
      const p95 = percentile(latencies, 95);
      rows.push({
        measure: `edit → diagnostics over stdio, ${clauses.toLocaleString('en')} clauses (p50 / p95)`,
        value: `${p50.toFixed(0)} / ${p95.toFixed(0)} ms`,
        target: `p95 ≤ ${target} ms`,
        ok: p95 <= target,
      });
    }
  } finally {
    await stopServer(server);
  }
  for (const plain of [false, true]) {
    const fresh = await startServer(plain);
    try {
      const rss = await memoryAfterOpening(fresh, 1000);
      rows.push({
        measure: plain
          ? 'server RSS after opening 1,000 policies, started plainly (`node server.cjs --stdio`)'
          : 'server RSS after opening 1,000 policies, started as VS Code starts it',
        value: `${(rss / 2 ** 20).toFixed(0)} MB`,
        ...(plain ? {} : { target: '≤ 200 MB', ok: rss <= 200 * 2 ** 20 }),
      });
    } finally {
      await stopServer(fresh);
    }
  }
  return rows;
}
