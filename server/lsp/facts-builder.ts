/**
 * Builds `DocumentFacts` from an `analyze()` result: the outline, every use of a defined name
 * (found by the model's own `DefinitionIndex`, so hover and rename agree with the checks) and every
 * `§` reference. Runs where the analysis ran (a worker thread on Node), after every analysis, so
 * objects are written out field by field: spreading a span into each fact cost more than the rest
 * of the building together (43 of 53 ms for the clauses of a 5,000-clause draft).
 */
import type { Clause, LineIndex, PolicyDocument, Section, TextRun } from '../../grammar/index.js';
import type { Analysis } from '../analysis/analyze.js';
import type { Finding } from '../analysis/types.js';
import type {
  ClauseFact,
  CommentFact,
  DefinitionFact,
  DocumentFacts,
  FindingFact,
  ReferenceFact,
  SectionFact,
  Span,
  UseFact,
} from './document-facts.js';

const SUMMARY_LENGTH = 80;

/** The facts of one analysed version of a document. */
export function buildFacts(analysis: Analysis, uri: string, version: number, runId: string): DocumentFacts {
  const { doc } = analysis;
  const facts: DocumentFacts = {
    uri,
    version,
    runId,
    lineStarts: doc.lines.starts,
    findings: analysis.findings.map((f) => findingFact(f, doc.lines)),
    syntaxErrors: doc.errors.length,
    sections: sectionFacts(doc),
    clauses: doc.clauses.map((c) => clauseFact(doc, c)),
    notes: doc.notes.map((n) => ({ offset: n.offset, end: n.end })),
    definitions: doc.definitions.map((d): DefinitionFact => {
      const fact: DefinitionFact = {
        offset: d.offset,
        end: d.end,
        name: d.name.text,
        quoted: d.name.quoted,
        nameSpan: nameSpan(doc, d.name.offset, d.name.end, d.name.quoted),
        kind: d.kind,
        kindText: d.kindText,
      };
      if (d.longName) fact.longName = d.longName.text;
      return fact;
    }),
    uses: useFacts(analysis),
    references: referenceFacts(doc),
    comments: doc.comments.map((c): CommentFact => {
      const line = doc.lines.lineText(c.range.start.line).slice(0, c.range.start.character);
      return { offset: c.offset, end: c.end, ownLine: line.trim() === '' };
    }),
  };
  if (doc.header) {
    facts.title = doc.header.title.text;
    facts.header = { offset: doc.header.offset, end: doc.header.end };
  }
  return facts;
}

/** A finding with spans for ranges; a related place has only a range, turned back into offsets. */
export function findingFact(finding: Finding, lines: LineIndex): FindingFact {
  const { rule, severity, message, offset, end, clause } = finding;
  const fact: FindingFact = { rule, severity, message, offset, end, clause };
  if (finding.related)
    fact.related = finding.related.map((r) => ({
      offset: lines.offset(r.range.start),
      end: lines.offset(r.range.end),
      message: r.message,
    }));
  if (finding.fixes)
    fact.fixes = finding.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((e) => ({ offset: e.offset, end: e.end, newText: e.newText })),
    }));
  return fact;
}

/** A quoted name's span without its quotes, which a rename keeps. */
function nameSpan(doc: PolicyDocument, offset: number, end: number, quoted: boolean): Span {
  const text = doc.text.slice(offset, end);
  if (quoted && /^["“”‘]/.test(text) && /["“”’]$/.test(text) && end - offset >= 2)
    return { offset: offset + 1, end: end - 1 };
  return { offset, end };
}

function sectionFacts(doc: PolicyDocument): SectionFact[] {
  const out: SectionFact[] = [];
  const visit = (section: Section, parent: number) => {
    const index = out.length;
    out.push({
      offset: section.offset,
      end: section.end,
      number: section.number,
      title: section.title.text,
      numberSpan: {
        offset: doc.lines.offset(section.numberRange.start),
        end: doc.lines.offset(section.numberRange.end),
      },
      titleSpan: nameSpan(doc, section.title.offset, section.title.end, section.title.quoted),
      depth: section.depth,
      parent,
      extent: { offset: section.offset, end: lastEnd(section) },
    });
    for (const child of section.children) if (child.type === 'section') visit(child, index);
  };
  for (const item of doc.body) if (item.type === 'section') visit(item, -1);
  return out;
}

function lastEnd(section: Section): number {
  const last = section.children[section.children.length - 1];
  if (!last) return section.end;
  return Math.max(section.end, last.type === 'section' ? lastEnd(last) : last.end);
}

function clauseFact(doc: PolicyDocument, clause: Clause): ClauseFact {
  const numberStart = doc.lines.offset(clause.numberRange.start);
  const numberEnd = doc.lines.offset(clause.numberRange.end);
  const prose = summaryOf(doc.text, numberEnd, clause.end);
  const fact: ClauseFact = {
    offset: clause.offset,
    end: clause.end,
    number: clause.number,
    numberSpan: { offset: numberStart, end: numberEnd },
    summary: prose,
  };
  if (clause.section) fact.section = clause.section;
  const modal = clause.sentence.modal;
  if (modal) fact.modal = { offset: modal.offset, end: modal.end, force: modal.force };
  return fact;
}

/**
 * The first words of `text[start, end)`, blanks collapsed, cut to SUMMARY_LENGTH. Only a window
 * at the start is collapsed, grown while its blanks leave it short: a clause can be long.
 */
function summaryOf(text: string, start: number, end: number): string {
  for (let window = 2 * SUMMARY_LENGTH; ; window *= 2) {
    const last = Math.min(end, start + window);
    const prose = text.slice(start, last).replace(/\s+/g, ' ').trim();
    if (prose.length > SUMMARY_LENGTH) return `${prose.slice(0, SUMMARY_LENGTH - 1)}…`;
    if (last === end) return prose;
  }
}

/** Every run of prose in the document: clause parts, list items, notes and definition texts. */
export function documentRuns(doc: PolicyDocument): TextRun[] {
  const runs: TextRun[] = [];
  const add = (run: TextRun | undefined) => run && runs.push(run);
  for (const clause of doc.clauses) {
    const s = clause.sentence;
    add(s.preface);
    add(s.subject);
    add(s.action);
    for (const item of s.actionList?.items ?? []) add(item.text);
    for (const q of s.qualifiers) {
      add(q.condition);
      for (const item of q.list?.items ?? []) add(item.text);
    }
  }
  for (const note of doc.notes) add(note.text);
  for (const def of doc.definitions) add(def.text);
  return runs;
}

function useFacts({ doc, model }: Analysis): UseFact[] {
  const index = new Map(doc.definitions.map((d, i) => [d, i]));
  const out: UseFact[] = [];
  for (const run of documentRuns(doc)) {
    for (const use of model.definitions.uses(run)) {
      const definition = index.get(use.definition);
      if (definition === undefined) continue;
      const { offset, end } = use;
      out.push({ offset, end, definition });
    }
  }
  for (const def of doc.definitions) {
    if (!def.memberOf) continue;
    const target = model.definitions.lookup(def.memberOf.text);
    const definition = target && index.get(target);
    if (definition === undefined) continue;
    const { offset, end } = nameSpan(doc, def.memberOf.offset, def.memberOf.end, def.memberOf.quoted);
    out.push({ offset, end, definition });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

const REFERENCE = /^(§§?|[Ss]ections?|[Cc]lauses?)([ \t\u00a0]*)(\d+(?:\.\d+)*)/;

function referenceFacts(doc: PolicyDocument): ReferenceFact[] {
  const out: ReferenceFact[] = [];
  for (const run of documentRuns(doc)) {
    for (const word of run.words) {
      if (word.kind !== 'reference') continue;
      const text = doc.text.slice(word.offset, word.end);
      const m = REFERENCE.exec(text);
      if (!m) continue;
      const start = word.offset + m[1]!.length + m[2]!.length;
      const lead = m[1]!.toLowerCase();
      out.push({
        offset: word.offset,
        end: word.end,
        target: m[3]!,
        numberSpan: { offset: start, end: start + m[3]!.length },
        kind: lead.startsWith('section') ? 'section' : lead.startsWith('clause') ? 'clause' : 'any',
      });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}
