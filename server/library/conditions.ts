/**
 * Conditions offered after a qualifier even when the library has none like them: the judicial
 * warrant that the immigration pack looks for, worded for each kind of qualifier.
 */
import type { QualifierKind } from '../../grammar/index.js';
import type { ConditionFamily } from './types.js';

/** Whether a qualifier takes a clause (`unless ICE presents …`) or a noun phrase (`without a …`). */
export type ConditionForm = 'clause' | 'noun';

const NOUN_KINDS = new Set<QualifierKind>([
  'only-with',
  'without',
  'only-after',
  'before',
  'after',
  'solely',
  'purpose',
  'regardless',
]);

/** The form a qualifier's condition takes. */
export function conditionForm(kind: QualifierKind, keyword: string): ConditionForm {
  return NOUN_KINDS.has(kind) || keyword === 'except' ? 'noun' : 'clause';
}

/** A built-in condition. */
export interface BuiltinCondition {
  id: string;
  text: string;
  form: ConditionForm;
  families: ConditionFamily[];
}

const GATES: ConditionFamily[] = ['exception', 'requirement'];

/** The built-in conditions, all of them a judicial warrant. */
export const builtinConditions: BuiltinCondition[] = [
  {
    id: 'builtin:0',
    text: 'a judicial warrant signed by a federal or state judge is presented',
    form: 'clause',
    families: GATES,
  },
  {
    id: 'builtin:1',
    text: 'the request is accompanied by a judicial warrant signed by a federal or state judge',
    form: 'clause',
    families: GATES,
  },
  {
    id: 'builtin:2',
    text: 'presented with a judicial warrant signed by a federal or state judge',
    form: 'clause',
    families: ['exception'],
  },
  {
    id: 'builtin:3',
    text: 'a judicial warrant signed by a federal or state judge',
    form: 'noun',
    families: GATES,
  },
];

/** Markdown for a built-in condition. */
export function builtinDocumentation(b: BuiltinCondition): string {
  return [
    '```policy',
    b.text,
    '```',
    '',
    "**Built-in condition** (Redline): a warrant signed by a federal or state judge, the safeguard the immigration pack's",
    '`missing-judicial-warrant` check looks for. An administrative warrant or a detainer (Forms I-200, I-205, I-247) is not one.',
  ].join('\n');
}
