/**
 * Library entries from one analysed document: each clause with its provenance, verdict, text
 * segments (names split out for snippets) and conditions.
 */
import type { Clause, PolicyDocument, Qualifier, QualifierKind, TextRun } from '../../grammar/index.js';
import type { Analysis } from '../analysis/analyze.js';
import type { Finding } from '../analysis/types.js';
import { conditionGuard, judicialWarrant, type DefinitionIndex } from '../model/index.js';
import { segmentTerms, termIds, terms } from './normalize.js';
import { actorUses, plainText, segmentsOf } from './segments.js';
import type { ConditionFamily, LibraryClause, LibraryCondition, Provenance, Segment } from './types.js';
import { clauseVerdict, familyOf } from './verdict.js';

/** Where a document comes from, for the provenance of its clauses. */
export interface DocumentSource {
  key: string;
  file: string;
  display: string;
}

const FAMILIES: Partial<Record<QualifierKind, ConditionFamily>> = {
  unless: 'exception',
  except: 'exception',
  without: 'exception',
  'only-if': 'requirement',
  'only-with': 'requirement',
  'only-after': 'requirement',
  provided: 'requirement',
};

/** The family of a qualifier kind: exceptions, requirements, or other circumstances. */
export const conditionFamily = (kind: QualifierKind): ConditionFamily => FAMILIES[kind] ?? 'circumstance';

/** Every clause of `analysis` as a library entry. */
export function buildEntries(analysis: Analysis, source: DocumentSource): LibraryClause[] {
  const { doc, model, findings } = analysis;
  const header = headerInfo(doc, source);
  const titles = new Map(doc.sections.map((s) => [s.number, s.title.text]));
  const seen = new Map<string, number>();
  // Every entry is built with the same keys in the same order (optional ones set to undefined):
  // one object shape keeps property access fast when ranking scans a large library.
  return doc.clauses.map((clause) => {
    const count = seen.get(clause.number) ?? 0;
    seen.set(clause.number, count + 1);
    const id = `${source.key}#${clause.number}${count ? `~${count}` : ''}`;
    const norms = model.norms.filter((n) => n.clause === clause);
    const verdict = clauseVerdict(clause, norms, findings);
    const s = clause.sentence;
    const indent = clause.range.start.character;
    const runs = [
      s.subject,
      s.action,
      ...(s.actionList?.items.map((i) => i.text) ?? []),
      ...s.qualifiers.flatMap(qualifierRuns),
    ];
    const uses = actorUses(model.definitions, runs);
    const actionStart = s.action?.offset ?? s.modal?.end ?? s.offset;
    const hasList = !!s.actionList || s.qualifiers.some((q) => q.list);
    const sectionTitle = clause.section ? titles.get(clause.section) : undefined;
    const provenance: Provenance = { ...header, clause: clause.number, line: clause.range.start.line + 1 };
    const classes = [...new Set(norms.flatMap((n) => n.actions.map((a) => a.class)))];
    const subjectSegments = s.subject ? segmentsOf(doc, s.subject.offset, s.subject.end, uses, indent) : [];
    const segments = capitalise(segmentsOf(doc, sentenceStart(clause), s.end, uses, indent));
    const actionSegments = s.modal ? flow(segmentsOf(doc, actionStart, s.end, uses, indent), hasList) : [];
    return {
      id,
      doc: source.key,
      provenance,
      verdict,
      forceOf: s.modal?.force,
      family: familyOf(s.modal?.force),
      sectionTitle,
      segments,
      actionSegments,
      action: s.action?.text,
      actionClasses: classes,
      subject: s.subject?.text,
      subjectSegments,
      terms: {
        subject: termIds(segmentTerms(subjectSegments)),
        topic: termIds([
          ...terms(sectionTitle ?? ''),
          ...classes.flatMap((k) => terms(k.replace(/^verb:/, '').replace(/-/g, ' '))),
        ]),
        text: termIds([...new Set(segmentTerms(segments))]),
        action: termIds([...new Set(segmentTerms(actionSegments))]),
      },
      conditions: conditionsOf(doc, clause, id, model.definitions, findings, verdict.strength),
    };
  });
}

/** Where the sentence starts once a discourse adverb ("Therefore,") is left out. */
function sentenceStart(clause: Clause): number {
  const s = clause.sentence;
  if (!s.preface) return s.offset;
  const starts = [s.subject?.offset, s.modal?.offset, ...s.qualifiers.map((q) => q.offset)].filter(
    (o): o is number => o !== undefined,
  );
  return starts.length ? Math.min(...starts) : s.offset;
}

function capitalise(segments: Segment[]): Segment[] {
  const first = segments[0];
  const upper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  if (typeof first === 'string') segments[0] = upper(first);
  else if (first) segments[0] = { ...first, text: upper(first.text) };
  return segments;
}

/** An action lands after the drafter's own subject, so its line breaks are the library's no more. */
function flow(segments: Segment[], keepLines: boolean): Segment[] {
  return keepLines
    ? segments
    : segments.map((s) => (typeof s === 'string' ? s.replace(/\s*\n\s*/g, ' ') : s));
}

function qualifierRuns(q: Qualifier): (TextRun | undefined)[] {
  return [q.condition, ...(q.list?.items.map((i) => i.text) ?? [])];
}

function headerInfo(doc: PolicyDocument, source: DocumentSource): Omit<Provenance, 'clause' | 'line'> {
  const field = (key: string) => doc.header?.fields.find((f) => f.key === key);
  const agency = field('agency')?.value.text.replace(/^["“]|["”]$/g, '');
  const effective = field('effective')?.dates[0]?.value;
  return {
    title: doc.header?.title.text ?? source.display,
    agency,
    effective,
    file: source.file,
    display: source.display,
  };
}

function conditionsOf(
  doc: PolicyDocument,
  clause: Clause,
  clauseId: string,
  defs: DefinitionIndex,
  findings: Finding[],
  clauseStrength: number,
): LibraryCondition[] {
  const out: LibraryCondition[] = [];
  for (const q of clause.sentence.qualifiers) {
    if (q.kind === 'regardless') continue;
    for (const run of qualifierRuns(q)) {
      if (!run?.text) continue;
      const guard = conditionGuard(run, [judicialWarrant], false);
      const jw = guard.op === 'atom' && guard.atom.concept === judicialWarrant.id;
      const mine = findings.filter((f) => f.offset >= run.offset && f.offset < run.end);
      const segments = oneLine(segmentsOf(doc, run.offset, run.end, actorUses(defs, [run]), 0));
      out.push({
        id: `${clauseId}~c${out.length}`,
        clause: clauseId,
        doc: clauseId.slice(0, clauseId.lastIndexOf('#')),
        keyword: q.keyword.toLowerCase().replace(/\s+/g, ' '),
        qualifier: q.kind,
        family: conditionFamily(q.kind),
        segments,
        text: plainText(segments),
        key: segmentTerms(segments).join(' '),
        judicialWarrant: jw,
        rules: [...new Set(mine.map((f) => f.rule))],
        strength: Math.max(0.05, (jw ? 1 : Math.min(0.7, clauseStrength)) - 0.3 * mine.length),
      });
    }
  }
  return out;
}

/** Conditions are inserted inline: one line, no trailing punctuation. */
function oneLine(segments: Segment[]): Segment[] {
  const out = segments.map((s) => (typeof s === 'string' ? s.replace(/\s+/g, ' ') : s));
  const last = out[out.length - 1];
  if (typeof last === 'string') out[out.length - 1] = last.replace(/[\s;,.:]+$/, '');
  return out.filter((s) => s !== '');
}
