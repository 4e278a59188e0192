/** The semantic model: norms, guards, definitions and the action lexicon. */
export * from './norms.js';
export * from './guards.js';
export { DefinitionIndex, indexDefinitions, type NameUse } from './definitions.js';
export { ActionLexicon, defaultLexicon, type LexiconData, type ActionMatch } from './lexicon.js';
export { defaultConcepts, judicialWarrant, noJudicialWarrant } from './concepts.js';
export { alternatives, flatten } from './text.js';
export { isParticiple, readPassive, type PassiveReading } from './passive.js';
