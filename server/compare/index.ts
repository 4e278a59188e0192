/** Semantic comparison of two versions of a policy (DESIGN §7). */
export * from './compare.js';
export * from './format.js';
export * from './types.js';
export { matchClauses, overlap, contentWords, compareNumbers, type ClausePair } from './match.js';
export { Entailment, restricts } from './entailment.js';
export { wordDiff, describeWordDiff } from './word-diff.js';
