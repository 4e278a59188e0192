/** The policy language: parse text into a typed AST, print an AST back as canonical text. */
export * from './ast.js';
export { parse } from './parse.js';
export { LineIndex } from './line-index.js';
export { collapse, partOfRun, wordsText } from './text-run.js';
export { hasWordOf, WordReader } from './nodes.js';
export { EMPTY } from './empty.js';
export { negatesObject } from './ast-sentence.js';
export {
  exceptsNext,
  forbidsAlways,
  modalForce,
  opensException,
  qualifierKind,
  UPON_EVENTS,
} from './vocabulary.js';
