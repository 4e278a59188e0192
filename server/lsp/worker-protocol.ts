/**
 * The messages between the language server and its engine workers. A request names a
 * `RedlineEngine` method; the reply carries its result. Facts travel in slices on a separate port,
 * so that the server takes them in a few milliseconds at a time instead of all at once.
 */
import { LIST_KEYS, type DocumentFacts } from './document-facts.js';
import type { RedlineEngine } from './engine.js';

/** The engine methods a worker serves. */
export const WORKER_METHODS = [
  'analyze',
  'scorecard',
  'format',
  'loadLibrary',
  'libraryDocument',
  'complete',
  'resolveCompletion',
  'provenance',
] as const;

/** The name of one of them. */
export type WorkerMethod = (typeof WORKER_METHODS)[number];

/** A call of one engine method. */
export interface WorkerRequest {
  id: number;
  method: WorkerMethod;
  args: unknown[];
}

/** The answer to a request; `slices` says how many facts slices precede it on the data port. */
export interface WorkerReply {
  id: number;
  result?: unknown;
  error?: string;
  slices?: number;
}

/** One slice of one of the facts' long lists. */
export interface FactsSlice {
  id: number;
  key: (typeof LIST_KEYS)[number];
  items: unknown[];
}

const SLICE = 400;

/** Splits facts into a skeleton (lists emptied) and slices of the lists. */
export function sliceFacts(
  id: number,
  facts: DocumentFacts,
): { skeleton: DocumentFacts; slices: FactsSlice[] } {
  const skeleton = { ...facts };
  const slices: FactsSlice[] = [];
  for (const key of LIST_KEYS) {
    const list = facts[key] as unknown[];
    (skeleton[key] as unknown[]) = [];
    for (let i = 0; i < list.length; i += SLICE) slices.push({ id, key, items: list.slice(i, i + SLICE) });
  }
  return { skeleton, slices };
}

/** Puts one slice back into its skeleton. */
export function addSlice(skeleton: DocumentFacts, slice: FactsSlice): void {
  (skeleton[slice.key] as unknown[]).push(...slice.items);
}

/** Type check that the worker methods are engine methods. */
export type EngineMethods = Pick<RedlineEngine, WorkerMethod>;
