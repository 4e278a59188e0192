/**
 * Hover: on a defined name (where defined or used) its definition; on a finding the rule's
 * description and docs page; on a `§` reference the clause it points at; on a clause number the
 * provenance of the library clause it was taken from, when its text matches one.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocsUrl } from '../analysis/docs.js';
import { rules } from '../rules/index.js';
import type { DocumentFacts, Span } from './document-facts.js';
import { positionAt, rangeOf } from './positions.js';
import { analysed, type Provider } from './provider.js';
import type { RedlineServices } from './services.js';
import { declarationOf, targetAt, type Target } from './symbols-at.js';

const DESCRIPTIONS: Record<string, string> = {
  ...Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.description])),
  syntax: 'The draft does not follow the policy language here; the rest of the document is still checked.',
  'unused-suppression': 'A `redline-disable` comment that silences nothing.',
  config: 'A problem with the configuration (redline.json or the redline.* settings).',
};

const DOCUMENTED = new Set([...rules.map((r) => r.meta.id), 'syntax']);

function policyBlock(text: string): string {
  return ['```policy', text.replace(/\s+$/, ''), '```'].join('\n');
}

function definitionHover(document: TextDocument, facts: DocumentFacts, index: number): string | undefined {
  const def = facts.definitions[index];
  if (!def) return undefined;
  const head = `**${def.name}** — ${def.kindText}${def.longName ? ` “${def.longName}”` : ''}`;
  const source = policyBlock(document.getText(rangeOf(facts, def)));
  return [head, source, `Defined on line ${positionAt(facts, def.offset).line + 1}.`].join('\n\n');
}

function targetHover(document: TextDocument, facts: DocumentFacts, target: Target): string | undefined {
  if (target.kind === 'definition') return definitionHover(document, facts, target.index);
  const declaration = declarationOf(facts, target);
  if (!declaration) return undefined;
  if (target.kind === 'section') {
    const section = facts.sections.find((s) => s.number === target.number)!;
    return `**Section ${section.number}** “${section.title}” (line ${positionAt(facts, section.offset).line + 1})`;
  }
  return [
    `**§${target.number}** (line ${positionAt(facts, declaration.span.offset).line + 1})`,
    policyBlock(document.getText(rangeOf(facts, declaration.span))),
  ].join('\n\n');
}

function findingHover(facts: DocumentFacts, offset: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of facts.findings) {
    if (f.offset > offset) break;
    if (offset > f.end || seen.has(f.rule)) continue;
    seen.add(f.rule);
    const link = DOCUMENTED.has(f.rule) ? ` — [docs](${ruleDocsUrl(f.rule)})` : '';
    out.push(`**${f.rule}**: ${DESCRIPTIONS[f.rule] ?? f.message}${link}`);
  }
  return out;
}

async function hover(
  services: RedlineServices,
  document: TextDocument,
  facts: DocumentFacts,
  offset: number,
): Promise<Hover | null> {
  const parts: string[] = [];
  let range: Span | undefined;
  const at = targetAt(facts, offset);
  if (at) {
    const onNumber =
      at.target.kind === 'clause' && declarationOf(facts, at.target)?.name.offset === at.span.offset;
    const text =
      at.target.kind === 'clause' && onNumber
        ? await clauseProvenance(services, document, facts, at.target.number)
        : targetHover(document, facts, at.target);
    if (text) parts.push(text);
    range = at.span;
  }
  parts.push(...findingHover(facts, offset));
  if (!parts.length) return null;
  const result: Hover = { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } };
  if (range) result.range = rangeOf(facts, range);
  return result;
}

/** The library's provenance of a clause whose text is a library clause's. */
async function clauseProvenance(
  services: RedlineServices,
  document: TextDocument,
  facts: DocumentFacts,
  number: string,
) {
  const clause = facts.clauses.find((c) => c.number === number);
  if (!clause) return undefined;
  const text = document.getText(rangeOf(facts, { offset: clause.numberSpan.end, end: clause.end }));
  await services.library;
  const found = await services.engine.provenance(text, document.uri);
  return found && `**From the clause library**\n\n${found}`;
}

/** Hover. */
export const hoverProvider: Provider = {
  capabilities: () => ({ hoverProvider: true }),
  register(services) {
    services.connection.onHover(async ({ textDocument, position }, token) => {
      const current = await analysed(services, textDocument.uri, token);
      if (!current) return null;
      return hover(services, current.document, current.facts, current.document.offsetAt(position));
    });
  },
};
