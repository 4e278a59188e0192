/** missing-actor: passive duties that name nobody responsible ("notification should only be made"). */
import type { Clause, Force, PolicyDocument, Word } from '../../grammar/index.js';
import type { Rule } from '../analysis/types.js';
import { readPassive, type DefinitionIndex } from '../model/index.js';

/** The message for each force: a permission names who may act, a prohibition who must not. */
const MESSAGE: Record<Force, string> = {
  obligation: 'passive',
  recommendation: 'passive',
  permission: 'permission',
  prohibition: 'prohibition',
  discouragement: 'prohibition',
};

export const missingActor: Rule = {
  meta: {
    id: 'missing-actor',
    pack: 'core',
    severity: 'warning',
    description: 'Passive duties with nobody responsible ("notification should only be made").',
    messages: {
      passive:
        "'{{verb}}' says what must happen but not who must do it; make the one responsible the subject of the clause",
      permission:
        "'{{verb}}' says what may be done but not who may do it; make the one allowed the subject of the clause",
      prohibition:
        "'{{verb}}' says what must not be done but not who must not do it; make the ones bound the subject of the clause",
    },
    fixable: false,
  },
  check({ doc, model, report }) {
    for (const clause of doc.clauses) {
      const passive = passiveVerb(doc, clause, model.definitions);
      if (!passive) continue;
      const modal = clause.sentence.modal!;
      report({
        messageId: MESSAGE[modal.force],
        data: { verb: doc.text.slice(modal.offset, passive.end).replace(/\s+/g, ' ') },
        offset: modal.offset,
        end: passive.end,
        clause,
      });
    }
  },
};

/** The participle of a passive action without an agent (`be made`, `only be notified`), if any. */
function passiveVerb(doc: PolicyDocument, clause: Clause, defs: DefinitionIndex): Word | undefined {
  const s = clause.sentence;
  if (!s.modal || !s.action) return undefined;
  const passive = readPassive(s.action, defs, doc);
  if (!passive || passive.agent || passive.participle.kind !== 'word') return undefined;
  return passive.participle;
}
