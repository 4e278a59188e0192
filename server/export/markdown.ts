/**
 * A policy rendered as Markdown for circulation to people who do not read `.policy` files: the
 * title and header fields, definitions as a list, sections as headings, clauses as numbered
 * paragraphs with their lists as Markdown lists. Wording is kept exactly as drafted; comments
 * (drafting notes) are left out.
 */
import type * as A from '../../grammar/ast.js';

const FIELD_LABELS: Record<string, string> = {
  agency: 'Agency',
  jurisdiction: 'Jurisdiction',
  effective: 'Effective',
  adopted: 'Adopted',
  revised: 'Revised',
  reviewed: 'Reviewed',
  supersedes: 'Supersedes',
  version: 'Version',
};

/** Escapes the characters that Markdown would read as formatting inside a paragraph. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, '\\$&')
    .replace(/^[#+\-=](?=\s|$)/, '\\$&')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** The source between two offsets, without comments, on one line. */
function prose(doc: A.PolicyDocument, from: number, to: number): string {
  let text = '';
  let at = from;
  for (const comment of doc.comments) {
    if (comment.end <= from || comment.offset >= to) continue;
    text += doc.text.slice(at, Math.max(at, comment.offset));
    at = Math.min(to, comment.end);
  }
  text += doc.text.slice(at, to);
  return text.replace(/\s+/g, ' ').trim();
}

function listsOf(sentence: A.Sentence): A.List[] {
  const lists = [sentence.actionList, ...sentence.qualifiers.map((q) => q.list)];
  return lists
    .filter((list): list is A.List => !!list && list.items.length > 0)
    .sort((a, b) => a.offset - b.offset);
}

/** A clause as a bold number, its sentence, and each list as a Markdown list under it. */
function clause(doc: A.PolicyDocument, node: A.Clause): string[] {
  const out: string[] = [];
  let at = node.sentence.offset;
  let lead = `**${node.number}** `;
  for (const list of listsOf(node.sentence)) {
    const before = prose(doc, at, list.items[0]!.offset);
    if (before || lead) out.push('', `${lead}${escapeMarkdown(before)}`.trimEnd());
    lead = '';
    out.push('');
    // Escaped as one: a marker like `1.` after `- ` would otherwise open a nested ordered list.
    for (const item of list.items)
      out.push(`- ${escapeMarkdown(`${item.marker} ${prose(doc, item.text.offset, item.end)}`)}`);
    at = list.end;
  }
  const rest = prose(doc, at, node.sentence.end);
  if (rest || lead) out.push('', `${lead}${escapeMarkdown(rest)}`.trimEnd());
  return out;
}

function definition(def: A.Definition): string {
  const kind = def.kind === 'member' && def.memberOf ? `member of ${def.memberOf.text}` : def.kindText;
  const long = def.longName ? ` (${escapeMarkdown(def.longName.text)})` : '';
  const text = def.text ? `: ${escapeMarkdown(def.text.text)}` : '';
  return `- **${escapeMarkdown(def.name.text)}**${long}, ${escapeMarkdown(kind)}${text}`;
}

function header(header: A.Header): string[] {
  const out = [`# ${escapeMarkdown(header.title.text)}`];
  if (header.fields.length) out.push('');
  for (const field of header.fields) {
    const label = FIELD_LABELS[field.key] ?? field.key;
    out.push(
      `- **${escapeMarkdown(label)}:** ${escapeMarkdown(field.value.text.replace(/^["“](.*)["”]$/, '$1'))}`,
    );
  }
  return out;
}

function items(
  doc: A.PolicyDocument,
  nodes: readonly A.TopLevel[] | readonly A.SectionChild[],
  topLevel: boolean,
): string[] {
  const out: string[] = [];
  let previous: string | undefined;
  for (const node of nodes) {
    if (node.type === 'definition') {
      if (previous !== 'definition') out.push('', ...(topLevel ? ['## Definitions', ''] : []));
      out.push(definition(node));
    } else if (node.type === 'note') {
      out.push('', `_${escapeMarkdown(prose(doc, node.text.offset, node.text.end))}_`);
    } else if (node.type === 'clause') {
      out.push(...clause(doc, node));
    } else {
      const level = '#'.repeat(Math.min(6, 2 + node.depth));
      out.push(
        '',
        `${level} ${node.number} ${escapeMarkdown(node.title.text)}`,
        ...items(doc, node.children, false),
      );
    }
    previous = node.type;
  }
  return out;
}

/** The document as Markdown; a document with syntax errors is rendered as far as it parsed. */
export function policyToMarkdown(doc: A.PolicyDocument): string {
  const out = doc.header ? header(doc.header) : [];
  out.push(...items(doc, doc.body, true));
  while (out[0] === '') out.shift();
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
