/**
 * Benchmark suites beyond parsing and checking: each returns rows for the table. Listed here so
 * bench/run.ts stays one table.
 */
import { lspRows } from './lsp.js';
import type { Row } from './run.js';

/** Every extra suite, in table order. */
export const suites: (() => Promise<Row[]>)[] = [lspRows];
