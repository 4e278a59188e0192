/**
 * The Markdown documentation of a completion item, resolved lazily from its `data` id: the clause
 * text, where it comes from (policy, agency, clause number, effective date, file) and its verdict,
 * with the reasons when the checks found it weak.
 */
import type { ClauseLibrary } from './clause-library.js';
import { builtinConditions, builtinDocumentation } from './conditions.js';
import { plainText } from './segments.js';
import type { LibraryClause, LibraryCondition, Provenance } from './types.js';
import { describeVerdict } from './verdict.js';

/** The documentation for `id`, or undefined when the item is gone (its document changed). */
export function resolveDocumentation(library: ClauseLibrary, id: string): string | undefined {
  const transient = library.transientDocs.get(id);
  if (transient !== undefined) return transient;
  const colon = id.indexOf(':');
  const kind = id.slice(0, colon);
  const key = id.slice(colon + 1);
  if (kind === 'clause' || kind === 'action') {
    const entry = library.entry(key);
    return entry && clauseDocumentation(entry);
  }
  if (kind === 'condition') {
    const condition = library.condition(key);
    const entry = condition && library.entry(condition.clause);
    return condition && entry && conditionDocumentation(condition, entry);
  }
  if (kind === 'builtin') {
    const builtin = builtinConditions.find((b) => b.id === id);
    return builtin && builtinDocumentation(builtin);
  }
  return undefined;
}

/** A clause's text, provenance and verdict. */
export function clauseDocumentation(entry: LibraryClause): string {
  const v = entry.verdict;
  const lines = [
    '```policy',
    `${entry.provenance.clause} ${plainText(entry.segments)}`,
    '```',
    '',
    provenanceLine(entry.provenance),
    '',
  ];
  lines.push(`**Verdict:** ${describeVerdict(v)}`);
  if (v.messages.length) {
    lines.push('', 'Weaker than it looks:');
    for (const m of v.messages) lines.push(`- \`${m.rule}\`: ${m.message}`);
  }
  return lines.join('\n');
}

function conditionDocumentation(condition: LibraryCondition, entry: LibraryClause): string {
  const verdict = [
    condition.judicialWarrant ? 'requires a judicial warrant' : 'no judicial warrant',
    ...condition.rules,
  ];
  return [
    '```policy',
    `${condition.keyword} ${condition.text}`,
    '```',
    '',
    `**Condition:** ${verdict.join(' · ')}`,
    '',
    `From ${provenanceLine(entry.provenance)}:`,
    '',
    '```policy',
    `${entry.provenance.clause} ${plainText(entry.segments)}`,
    '```',
    '',
    `**Clause verdict:** ${describeVerdict(entry.verdict)}`,
  ].join('\n');
}

/** "*Enforcement of Immigration Laws* — City of Madison Police Department, §2.11, effective 2025-12-30 ([file](…))". */
export function provenanceLine(p: Provenance): string {
  const parts = [`*${p.title}*`];
  if (p.agency && p.agency !== p.title) parts.push(`— ${p.agency},`);
  parts.push(`§${p.clause}${p.effective ? `, effective ${p.effective}` : ''}`);
  parts.push(`([${p.display}:${p.line}](${fileLink(p.file, p.line)}))`);
  return parts.join(' ');
}

function fileLink(file: string, line: number): string {
  const uri = /^[a-z][a-z0-9+.-]*:\/\//i.test(file)
    ? file
    : `file://${file.startsWith('/') ? '' : '/'}${encodeURI(file.replace(/\\/g, '/'))}`;
  return `${uri.replace(/[()]/g, (c) => encodeURIComponent(c))}#L${line}`;
}
