/**
 * What stands at a position, for hover, definition, references and rename: a defined name (where
 * it is defined or used), or a clause or section number (where it is written or referenced), and
 * every place that names the same thing.
 */
import { itemAt, type DocumentFacts, type ReferenceFact, type Span } from './document-facts.js';

/** Something with a name that several places share. */
export type Target =
  | { kind: 'definition'; index: number }
  | { kind: 'clause'; number: string }
  | { kind: 'section'; number: string };

/** A target, and the span at the position that names it. */
export interface TargetAt {
  target: Target;
  span: Span;
  /** The span a rename replaces there (a reference's number, a name without quotes). */
  name: Span;
}

/** One place that names a target; `declaration` for the `define` or the number itself. */
export interface Occurrence {
  span: Span;
  declaration: boolean;
}

const numbers = new WeakMap<DocumentFacts, { clauses: Set<string>; sections: Set<string> }>();

/** The clause and section numbers of a document, computed once per facts. */
function numbersOf(facts: DocumentFacts): { clauses: Set<string>; sections: Set<string> } {
  let found = numbers.get(facts);
  if (!found) {
    found = {
      clauses: new Set(facts.clauses.map((c) => c.number)),
      sections: new Set(facts.sections.map((s) => s.number)),
    };
    numbers.set(facts, found);
  }
  return found;
}

const inside = (span: Span, offset: number) => span.offset <= offset && offset <= span.end;

/** What a reference points at: `section 2` a section, `clause 2.6` a clause, `§2` whichever exists. */
export function resolveReference(facts: DocumentFacts, ref: ReferenceFact): Target | undefined {
  const { clauses, sections } = numbersOf(facts);
  const clause = clauses.has(ref.target);
  const section = sections.has(ref.target);
  if (ref.kind === 'section') return section ? { kind: 'section', number: ref.target } : undefined;
  if (clause) return { kind: 'clause', number: ref.target };
  if (ref.kind === 'any' && section) return { kind: 'section', number: ref.target };
  return undefined;
}

/** The target at `offset`, if any. */
export function targetAt(facts: DocumentFacts, offset: number): TargetAt | undefined {
  const use = itemAt(facts.uses, offset);
  if (use) return { target: { kind: 'definition', index: use.definition }, span: use, name: use };
  const ref = itemAt(facts.references, offset);
  if (ref) {
    const target = resolveReference(facts, ref);
    return target && { target, span: ref, name: ref.numberSpan };
  }
  const def = facts.definitions.findIndex((d) => inside(d.nameSpan, offset));
  if (def >= 0) {
    const span = facts.definitions[def]!.nameSpan;
    return { target: { kind: 'definition', index: def }, span, name: span };
  }
  const clause = itemAt(facts.clauses, offset);
  if (clause && inside(clause.numberSpan, offset))
    return {
      target: { kind: 'clause', number: clause.number },
      span: clause.numberSpan,
      name: clause.numberSpan,
    };
  const section = facts.sections.find((s) => inside(s.numberSpan, offset));
  if (section)
    return {
      target: { kind: 'section', number: section.number },
      span: section.numberSpan,
      name: section.numberSpan,
    };
  return undefined;
}

/** Every place that names `target`, in source order. */
export function occurrences(facts: DocumentFacts, target: Target): Occurrence[] {
  const out: Occurrence[] = [];
  if (target.kind === 'definition') {
    const def = facts.definitions[target.index];
    if (def) out.push({ span: def.nameSpan, declaration: true });
    for (const use of facts.uses)
      if (use.definition === target.index) out.push({ span: use, declaration: false });
  } else {
    const own = target.kind === 'clause' ? facts.clauses : facts.sections;
    for (const item of own)
      if (item.number === target.number) out.push({ span: item.numberSpan, declaration: true });
    for (const ref of facts.references) {
      const to = resolveReference(facts, ref);
      if (to && to.kind === target.kind && to.number === target.number)
        out.push({ span: ref.numberSpan, declaration: false });
    }
  }
  return out.sort((a, b) => a.span.offset - b.span.offset);
}

/**
 * Whether `at` is the number of a clause or section that repeats an earlier one's: references
 * point at the first, so that number is this clause's alone ("renumber the second §2.2").
 */
export function repeatsNumber(facts: DocumentFacts, at: TargetAt): boolean {
  if (at.target.kind === 'definition') return false;
  const number = at.target.number;
  const own = at.target.kind === 'clause' ? facts.clauses : facts.sections;
  const first = own.find((x) => x.number === number);
  return (
    !!first &&
    first.numberSpan.offset !== at.span.offset &&
    own.some((x) => x.numberSpan.offset === at.span.offset)
  );
}

/** Where `target` is declared: the `define`, the clause or the section heading. */
export function declarationOf(facts: DocumentFacts, target: Target): { span: Span; name: Span } | undefined {
  if (target.kind === 'definition') {
    const def = facts.definitions[target.index];
    return def && { span: def, name: def.nameSpan };
  }
  if (target.kind === 'clause') {
    const clause = facts.clauses.find((c) => c.number === target.number);
    return clause && { span: clause, name: clause.numberSpan };
  }
  const section = facts.sections.find((s) => s.number === target.number);
  return section && { span: section.extent, name: section.numberSpan };
}
