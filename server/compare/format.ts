/**
 * A comparison as text: Markdown fit for a pull-request comment (verdict, table of changes, both
 * versions' safeguard scorecards side by side) and JSON for tools.
 */
import { mdCell } from '../scorecard/format.js';
import type { Change, Comparison } from './types.js';

/** Names of the two versions, as the reader should see them. */
export interface CompareLabels {
  old?: string;
  new?: string;
}

/** A plain-text marker for a change's direction (no emoji: it must read in any terminal and screen reader). */
export const MARKER: Record<Change['effect'], string> = {
  strengthens: '[+]',
  weakens: '[-]',
  both: '[+/-]',
  neutral: '[=]',
};

const VERDICT_TEXT: Record<Comparison['verdict'], string> = {
  strengthened: 'this change strengthens the policy',
  weakened: 'this change weakens the policy',
  mixed: 'this change strengthens some safeguards and weakens others',
  unchanged: 'this change neither strengthens nor weakens the policy',
};

function summary(changes: Change[]): string {
  const count = (e: Change['effect']) => changes.filter((c) => c.effect === e).length;
  const parts = [
    [count('strengthens'), 'strengthen', 'strengthens'],
    [count('weakens'), 'weaken', 'weakens'],
    [count('both'), 'do both', 'does both'],
    [count('neutral'), 'are neutral', 'is neutral'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, many, one]) => `${n} ${n === 1 ? one : many}`);
  if (!said.length) return 'No clause changed.';
  // A changed definition is no clause: "2 changes" then.
  const noun = changes.some((c) => c.definition !== undefined) ? 'change' : 'changed clause';
  return `${changes.length} ${noun}${changes.length === 1 ? '' : 's'}: ${said.join(', ')}.`;
}

const clauseCell = (c: Change) =>
  c.definition !== undefined
    ? `definition of ${mdCell(c.definition)}`
    : c.old && c.old !== c.clause
      ? `§${c.clause} (was §${c.old})`
      : `§${c.clause}`;
const withoutPrefix = (reason: string, clause: string) => reason.replace(`§${clause}: `, '');

/** The comparison as Markdown for a pull-request comment or a job summary. */
export function comparisonToMarkdown(c: Comparison, labels: CompareLabels = {}): string {
  const lines = [`### Redline compare: ${c.verdict}`, ''];
  const names = labels.old && labels.new ? ` (\`${mdCell(labels.old)}\` → \`${mdCell(labels.new)}\`)` : '';
  lines.push(`Verdict: **${c.verdict}** — ${VERDICT_TEXT[c.verdict]}${names}. ${summary(c.changes)}`, '');
  if (c.changes.length) {
    lines.push('| Clause | Change | Reasons |', '|---|---|---|');
    for (const ch of c.changes) {
      const reasons = ch.reasons.map((r) => mdCell(withoutPrefix(r, ch.clause))).join('<br>');
      lines.push(`| ${clauseCell(ch)} | ${MARKER[ch.effect]} ${ch.kind} | ${reasons} |`);
    }
    lines.push('');
  }
  lines.push('#### Safeguards', '', '| Safeguard | Old | New | Changed? |', '|---|---|---|---|');
  for (const s of c.safeguards) {
    const changed = s.change === 'same' ? 'no' : `yes, ${s.change}`;
    lines.push(`| ${mdCell(s.title)} | ${s.old} | ${s.new} | ${changed} |`);
  }
  lines.push('');
  return lines.join('\n');
}

/** The comparison as JSON: verdict, changes, safeguard deltas, and both scorecards. */
export function comparisonToJson(c: Comparison, labels: CompareLabels = {}): string {
  const files = labels.old || labels.new ? { old: labels.old ?? null, new: labels.new ?? null } : undefined;
  return `${JSON.stringify({ verdict: c.verdict, ...(files ? { files } : {}), changes: c.changes, safeguards: c.safeguards, scorecards: c.scorecards }, null, 2)}\n`;
}
