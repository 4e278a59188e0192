/** loophole-qualifier: words that shrink a prohibition to its core ("shall not routinely inquire"). */
import type { Clause, TextRun } from '../../grammar/index.js';
import type { Rule } from '../analysis/types.js';
import { documentRuns } from './support.js';

// In an obligation or a permission the same words narrow what is required or allowed, which is fine.
const PROHIBITIONS = new Set(['prohibition', 'discouragement']);

/** Adverbs of frequency, which can also describe a fact the clause mentions instead of the conduct. */
const FREQUENCY = /^(?:normally|usually|typically|ordinarily|generally)$/i;
/**
 * Words after which such an adverb describes a fact ("the time the person would normally be
 * released", "a person who is otherwise ordinarily released"), not the prohibited conduct.
 */
const DESCRIBES_FACT = /^(?:would|otherwise|be|is|are|was|were|been|being)$/i;
/** One-word loopholes: adverbs ("primarily", "solely", "routinely"). */
const ADVERB = /^[a-z]+ly$/i;
/**
 * Words after which an adverb describes who or what the clause names: "an agency that primarily
 * enforces immigration law" (New York's Green Light law) picks out the recipient; it does not
 * narrow the disclosure.
 */
const RELATIVE = /^(?:that|which|who)$/i;

export const loopholeQualifier: Rule = {
  meta: {
    id: 'loophole-qualifier',
    pack: 'core',
    severity: 'warning',
    description:
      'Qualifiers that shrink a prohibition ("routinely", "solely", "in the normal course of business").',
    messages: {
      loophole:
        "'{{loophole}}' shrinks the prohibition to the cases it names and leaves everything else allowed; forbid the conduct itself",
    },
    fixable: false,
  },
  check({ doc, words, report }) {
    const runs = documentRuns(doc);
    for (let i = 0; i < doc.clauses.length; i++) {
      const clause = doc.clauses[i]!;
      const modal = clause.sentence.modal;
      if (!modal || !PROHIBITIONS.has(modal.force)) continue;
      for (const run of runs[i]!) {
        for (const m of words.find('loopholes', run)) {
          if (ADVERB.test(m.phrase) && describesFact(clause, run, m.offset, FREQUENCY.test(m.phrase)))
            continue;
          report({
            messageId: 'loophole',
            data: { loophole: doc.text.slice(m.offset, m.end).replace(/\s+/g, ' ') },
            offset: m.offset,
            end: m.end,
            clause,
          });
        }
      }
    }
  },
};

/**
 * Whether the adverb at `offset` describes something the clause names rather than the conduct it
 * forbids: it follows a relative pronoun ("an agency that primarily enforces immigration law"), or,
 * for an adverb of frequency, "would", "otherwise" or a form of "be" that is not the first word of
 * the action: "hold any person past the time the person would normally be released" says when
 * release happens, while in "No person shall be generally questioned" the adverb still narrows the
 * prohibited conduct.
 */
function describesFact(clause: Clause, run: TextRun, offset: number, frequency: boolean): boolean {
  const ws = run.words;
  let k = 0;
  while (k < ws.length && ws[k]!.offset < offset) k++;
  if (k === 0 || k >= ws.length || ws[k]!.offset !== offset) return false;
  const before = ws[k - 1]!;
  if (before.kind !== 'word') return false;
  if (RELATIVE.test(before.text)) return true;
  if (!frequency || !DESCRIBES_FACT.test(before.text)) return false;
  return !(run === clause.sentence.action && k - 1 === 0);
}
