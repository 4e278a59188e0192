/** The safeguard scorecard: which safeguards of the immigration pack a policy has, weakly or not at all. */
export * from './evaluate.js';
export * from './format.js';
export {
  compileSafeguards,
  defaultSafeguards,
  type Safeguard,
  type SafeguardData,
  type SafeguardSpec,
} from './safeguards.js';
export {
  clauseWeaknesses,
  describeWeakness,
  wordListsFor,
  WEAKENING_RULES,
  type Weakness,
} from './weaknesses.js';
export { allowedOf, escapeOf, isNegative, warrantGated, satisfiable, FALSE } from './reach.js';
