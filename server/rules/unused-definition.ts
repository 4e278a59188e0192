/** unused-definition: definitions whose name nothing in the document uses. */
import type { Definition, TextRun } from '../../grammar/index.js';
import type { Rule } from '../analysis/types.js';
import { documentRuns } from './support.js';

export const unusedDefinition: Rule = {
  meta: {
    id: 'unused-definition',
    pack: 'core',
    severity: 'info',
    description: 'Definitions nobody uses: often the trace of a clause that was removed or rewritten.',
    messages: {
      unused:
        "'{{name}}' is defined but never used; delete the definition, or look for the clause that used to need it",
    },
    fixable: false,
  },
  check({ doc, model, report }) {
    const defs = model.definitions;
    const used = new Set<Definition>();
    const note = (run: TextRun | undefined, owner?: Definition) => {
      for (const use of defs.uses(run)) if (use.definition !== owner) used.add(use.definition);
    };
    for (const d of doc.definitions) {
      note(d.text, d);
      const agency = d.memberOf ? defs.lookup(d.memberOf.text) : undefined;
      if (agency && agency !== d) used.add(agency);
    }
    // Once every definition is used there is nothing left to find: most drafts use all of theirs
    // early on, so the clauses after that are not read at all.
    const all = doc.definitions.length;
    for (const runs of documentRuns(doc)) {
      if (used.size >= all) break;
      for (const run of runs) note(run);
    }
    for (const n of doc.notes) if (used.size < all) note(n.text);
    for (const d of doc.definitions) {
      // A definition with a syntax error is reported as that; whether it is used comes after.
      if (used.has(d) || doc.errors.some((e) => e.offset >= d.offset && e.offset <= d.end)) continue;
      // The name without its quotes: the finding marks the name, as a reader sees it.
      const inset = d.name.quoted ? 1 : 0;
      report({
        messageId: 'unused',
        data: { name: d.name.text },
        offset: d.name.offset + inset,
        end: d.name.end - inset,
        clause: null,
      });
    }
  },
};
