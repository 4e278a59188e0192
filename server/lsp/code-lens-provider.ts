/**
 * A code lens above each section: how many findings it holds, and the status of each safeguard
 * its clauses decide ("3 findings · status inquiry: weak"). Display only: no command runs.
 */
import type { CodeLens } from 'vscode-languageserver';
import { lastStartingAtOrBefore, type DocumentFacts, type SafeguardFact } from './document-facts.js';
import { rangeOf } from './positions.js';
import { analysed, type Provider } from './provider.js';
import { safeguardsOf } from './safeguards.js';

/** A safeguard's short name: `no-status-inquiry` → "status inquiry". */
export const safeguardLabel = (id: string): string => id.replace(/^no-/, '').replace(/-/g, ' ');

/** The index of the innermost section holding `offset`, or -1. */
function sectionAt(facts: DocumentFacts, offset: number): number {
  let i = lastStartingAtOrBefore(facts.sections, offset);
  while (i >= 0 && offset > facts.sections[i]!.extent.end) i = facts.sections[i]!.parent;
  return i;
}

/** Adds one to `counts` for the section holding `offset` and each section around it. */
function count(facts: DocumentFacts, counts: number[], offset: number): void {
  for (let i = sectionAt(facts, offset); i >= 0; i = facts.sections[i]!.parent) counts[i]!++;
}

/** The lens title of each section, in order. */
export function sectionSummaries(
  facts: DocumentFacts,
  safeguards: SafeguardFact[],
): { section: number; title: string }[] {
  const findings = facts.sections.map(() => 0);
  for (const f of facts.findings) count(facts, findings, f.offset);
  const clauseSections = new Map<string, number>();
  for (const c of facts.clauses) clauseSections.set(c.number, sectionAt(facts, c.offset));
  const labels = facts.sections.map((): string[] => []);
  for (const s of safeguards) {
    const holders = new Set<number>();
    for (const n of s.clauses)
      for (let i = clauseSections.get(n) ?? -1; i >= 0; i = facts.sections[i]!.parent) holders.add(i);
    for (const i of holders) labels[i]!.push(`${safeguardLabel(s.id)}: ${s.status}`);
  }
  return facts.sections.map((_, index) => {
    const n = findings[index]!;
    const head = n === 0 ? 'no findings' : n === 1 ? '1 finding' : `${n} findings`;
    return { section: index, title: [head, ...labels[index]!].join(' · ') };
  });
}

/** Code lens. */
export const codeLensProvider: Provider = {
  capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),
  register(services) {
    services.connection.onCodeLens(async ({ textDocument }, token): Promise<CodeLens[]> => {
      const current = await analysed(services, textDocument.uri, token);
      if (!current) return [];
      const safeguards = await safeguardsOf(services, current, token);
      if (!safeguards) return [];
      const { facts } = current;
      return sectionSummaries(facts, safeguards).map(({ section, title }) => ({
        range: rangeOf(facts, facts.sections[section]!),
        command: { title, command: '' },
      }));
    });
  },
};
