/**
 * Scorecards as text: JSON for tools, a Markdown table for people, and CSV with one row per policy
 * and one column per safeguard for analysts surveying many agencies.
 */
import type { Scorecard, SafeguardStatus } from './evaluate.js';

/** Every scorecard as JSON: one object per file. */
export function scorecardsToJson(cards: Scorecard[]): string {
  return `${JSON.stringify(cards, null, 2)}\n`;
}

/**
 * A Markdown table cell: pipes escaped, line breaks flattened, and HTML brackets written as
 * entities, so that a draft's text cannot add markup to a pull-request comment.
 */
export function mdCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A count of each status: "present 2 · weak 7 · missing 2". */
export function tally(card: Scorecard): string {
  const count = (s: SafeguardStatus) => card.safeguards.filter((g) => g.status === s).length;
  return `present ${count('present')} · weak ${count('weak')} · missing ${count('missing')} (of ${card.safeguards.length})`;
}

/** One scorecard as a Markdown section with a table. */
export function scorecardToMarkdown(card: Scorecard, heading = '###'): string {
  const lines = [`${heading} Safeguard scorecard${card.file ? `: ${mdCell(card.file)}` : ''}`, ''];
  lines.push('| Safeguard | Status | Clauses | Reason |', '|---|---|---|---|');
  for (const s of card.safeguards) {
    const clauses = s.clauses.map((c) => `§${c}`).join(', ') || '–';
    lines.push(`| ${mdCell(s.title)} | ${s.status} | ${clauses} | ${mdCell(s.reason)} |`);
  }
  lines.push('', tally(card), '');
  return lines.join('\n');
}

/** Every scorecard as Markdown, one section each. */
export function scorecardsToMarkdown(cards: Scorecard[]): string {
  return cards.map((c) => scorecardToMarkdown(c)).join('\n');
}

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV row per policy: `file`, then the status of each safeguard by id. */
export function scorecardsToCsv(cards: Scorecard[]): string {
  const ids = cards[0]?.safeguards.map((s) => s.id) ?? [];
  const rows = [['file', ...ids]];
  for (const card of cards) {
    const status = new Map(card.safeguards.map((s) => [s.id, s.status]));
    rows.push([card.file ?? '', ...ids.map((id) => status.get(id) ?? '')]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}
