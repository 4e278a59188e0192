/** undefined-term: actors, acronyms and quoted terms that a draft uses but never defines. */
import type { Clause, PolicyDocument, TextRun } from '../../grammar/index.js';
import type { Report, Rule } from '../analysis/types.js';
import type { WordLists } from '../analysis/words.js';
import { defaultLexicon, definesTerm } from '../model/index.js';
import { documentRuns } from './support.js';
import {
  ACTOR_WORDS,
  acronyms,
  capitalisedPhrases,
  quotedTerms,
  sentenceStarts,
  undefinedSubject,
  type TermCandidate,
} from './term-candidates.js';

export const undefinedTerm: Rule = {
  meta: {
    id: 'undefined-term',
    pack: 'core',
    severity: 'warning',
    description:
      'Actors, acronyms and quoted terms used but not defined ("Commanding Officer" when only Commander is defined).',
    messages: {
      actor: "'{{term}}' is not defined, so nobody can tell who is meant; define it or use a defined name",
      term: "'{{term}}' is not defined; define it or use a defined name",
    },
    fixable: true,
  },
  check({ doc, model, words, report }) {
    const defs = model.definitions;
    const insert = insertionPoint(doc);
    const agencies = doc.definitions.filter((d) => d.kind === 'agency');
    const owner = agencies.length === 1 ? agencies[0]!.name.text : undefined;
    const named = headerNames(doc);
    const emit = (c: TermCandidate, clause: Clause | null, seen: Set<string>) => {
      const key = c.kind === 'acronym' ? c.name : c.name.toLowerCase();
      if (seen.has(key) || (c.kind === 'phrase' && named(c.name))) return;
      seen.add(key);
      report(finding(c, clause, kindFor(c, owner), insert));
    };
    const runs = documentRuns(doc);
    // One list and one set, emptied for each clause: most clauses have no candidate at all.
    const found: TermCandidate[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < doc.clauses.length; i++) {
      const clause = doc.clauses[i]!;
      const starts = sentenceStarts(clause);
      found.length = 0;
      // A definition in prose ('"Transfer request" refers to a request …') defines what comes
      // before its "means": that is no subject, and needs no definition of its own.
      const defining = definesTerm(clause) ? definedUpTo(doc, clause) : -1;
      const subject = defining < 0 ? undefinedSubject(clause, defs) : undefined;
      if (subject) found.push(subject);
      for (const run of runs[i]!) {
        capitalisedPhrases(run, defs, words, starts, found);
        acronyms(run, defs, words, found);
        const before = found.length;
        quotedTerms(run, defs, found);
        if (found.length > before) dropOtherRulesWords(found, before, run, words);
      }
      if (defining >= 0) removeBefore(found, defining);
      if (!found.length) continue;
      seen.clear();
      found.sort((a, b) => a.offset - b.offset || b.end - a.end);
      for (const c of found) emit(c, clause, seen);
    }
    // Notes and definitions are prose: only an acronym there needs a definition.
    const prose: TextRun[] = [
      ...doc.notes.map((n) => n.text),
      ...doc.definitions.flatMap((d) => (d.text ? [d.text] : [])),
    ];
    for (const run of prose) {
      const seen = new Set<string>();
      for (const c of acronyms(run, defs, words)) emit(c, null, seen);
    }
  },
};

/** Where the words of a prose definition's "means" or "refers to" start. */
function definedUpTo(doc: PolicyDocument, clause: Clause): number {
  const subject = clause.sentence.subject!;
  const m = /\b(?:means|refers\s+to)\b/i.exec(doc.text.slice(subject.offset, subject.end));
  return m ? subject.offset + m.index : -1;
}

/** `found` without the candidates that start before `offset`. */
function removeBefore(found: TermCandidate[], offset: number): void {
  let kept = 0;
  for (const c of found) if (c.offset >= offset) found[kept++] = c;
  found.length = kept;
}

/**
 * Whether a capitalised phrase is named in the header, which says whose policy it is ('agency:
 * "Riverton Police Department"', 'jurisdiction: "City of Riverton, Wisconsin"'): such a name needs
 * no definition. Worked out on the first phrase asked about; most drafts have none.
 */
function headerNames(doc: PolicyDocument): (name: string) => boolean {
  let values: string[] | undefined;
  return (name) => {
    values ??= doc.header
      ? [doc.header.title.text, ...doc.header.fields.map((f) => f.value.text)].map((v) => ` ${flat(v)} `)
      : [];
    const wanted = ` ${flat(name)} `;
    return values.some((v) => v.includes(wanted));
  };
}

/** Lower case, words apart by single spaces, no punctuation: how header values and names are compared. */
const flat = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'’-]+/gu, ' ')
    .trim();

/** What the inserted definition says the term is. */
function kindFor(c: TermCandidate, owner: string | undefined): string {
  if (c.kind === 'acronym' && defaultLexicon.counterpart(c.name) === 'immigration-authority')
    return 'immigration authority';
  const actor =
    c.kind === 'actor' ||
    (c.kind === 'phrase' && c.name.split(/\s+/).some((w) => ACTOR_WORDS.has(w.toLowerCase())));
  return actor && owner ? `member of ${quoteName(owner)}` : 'term';
}

function finding(c: TermCandidate, clause: Clause | null, kind: string, at: Insertion): Report {
  const name = quoteName(
    c.kind === 'actor' && !/\s/.test(c.name) ? c.name[0]!.toUpperCase() + c.name.slice(1) : c.name,
  );
  const line = `define ${name} as ${kind}.`;
  return {
    messageId: c.kind === 'actor' || kind.startsWith('member') ? 'actor' : 'term',
    data: { term: c.name },
    offset: c.offset,
    end: c.end,
    clause,
    fixes: [
      {
        title: `Define ${name} as ${kind}`,
        edits: [{ offset: at.offset, end: at.offset, newText: at.before + line + at.after }],
      },
    ],
  };
}

/** A name as a `define` writes it: one capitalised word or acronym bare, anything else quoted. */
function quoteName(name: string): string {
  return /^\p{Lu}[\p{L}\p{N}-]*$/u.test(name) ? name : `"${name.replace(/["“”]/g, '')}"`;
}

interface Insertion {
  offset: number;
  before: string;
  after: string;
}

/** After the last definition (at the end of its line, in its indentation), else after the header, else at the top. */
function insertionPoint(doc: PolicyDocument): Insertion {
  const text = doc.text;
  // Where the line ends, and how: CRLF, LF or, in old Mac files, CR alone (probe round 15).
  const eol = (offset: number) => {
    for (let i = offset; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') return i;
    return text.length;
  };
  const newline = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
  const last = doc.definitions.reduce<PolicyDocument['definitions'][number] | undefined>(
    (a, d) => (!a || d.offset > a.offset ? d : a),
    undefined,
  );
  if (last) {
    const lineStart = text.lastIndexOf('\n', last.offset - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart, last.offset))?.[0] ?? '';
    return { offset: eol(last.end), before: newline + indent, after: '' };
  }
  if (doc.header) return { offset: eol(doc.header.end), before: newline + newline, after: '' };
  // Above the first item, and above the comments that lead into it (a suppression stays with its line).
  let start = doc.body[0] ? text.lastIndexOf('\n', doc.body[0].offset - 1) + 1 : 0;
  for (;;) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    if (start === 0 || !/^[ \t]*\/\//.test(text.slice(previous, start))) break;
    start = previous;
  }
  if (start === 0 && text.startsWith('\uFEFF')) start = 1;
  return { offset: start, before: '', after: newline + newline };
}

/** Word lists whose phrases another rule reports: quoted, such a phrase is that rule's finding. */
const OTHER_RULES_LISTS = ['hedges', 'loopholes', 'subjective-standards', 'open-ended'];

/**
 * Drops from `found` (from index `from`) a quoted term that is wholly a phrase another rule reports:
 * 'shall notify a Commander "where practicable"' is hedged-duty's, and a definition for it, which
 * --fix wrote as the hedge was removed, defined nothing any more (probe round 15).
 */
function dropOtherRulesWords(found: TermCandidate[], from: number, run: TextRun, words: WordLists): void {
  for (let i = found.length - 1; i >= from; i--) {
    const c = found[i]!;
    if (
      OTHER_RULES_LISTS.some((list) =>
        words.find(list, run).some((m) => m.offset === c.offset && m.end === c.end),
      )
    )
      found.splice(i, 1);
  }
}
