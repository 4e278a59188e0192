/**
 * Benchmark suites beyond parsing and checking: each returns rows for the table. Listed here so
 * bench/run.ts stays one table.
 */
import { cliRows } from './cli.js';
import { benchCompletion } from './completion.js';
import { lspRows } from './lsp.js';
import type { Row } from './run.js';

async function completionRows(): Promise<Row[]> {
  const r = await benchCompletion();
  return [
    {
      measure: `completion with a ${r.clauses.toLocaleString('en')}-clause library (p50 / p95; CPU p95)`,
      value: `${r.p50Ms} / ${r.p95Ms} ms; ${r.cpuP95Ms} ms`,
      target: 'p95 ≤ 20 ms',
      ok: r.ok,
    },
  ];
}

/** Every extra suite, in table order. */
export const suites: (() => Promise<Row[]>)[] = [async () => cliRows(), lspRows, completionRows];
