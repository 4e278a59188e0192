/**
 * A code lens above each section: how many findings it holds, and the status of each safeguard
 * its clauses decide ("3 findings · status inquiry: weak"). Display only: no command runs.
 */
import type { CodeLens } from 'vscode-languageserver';
import type { DocumentFacts } from './document-facts.js';
import { analysed, type Provider } from './provider.js';

/** A safeguard's short name: `no-status-inquiry` → "status inquiry". */
export const safeguardLabel = (id: string): string => id.replace(/^no-/, '').replace(/-/g, ' ');

/** The lens title of each section, in order. */
export function sectionSummaries(facts: DocumentFacts): { section: number; title: string }[] {
  return facts.sections.map((section, index) => {
    const { offset, end } = section.extent;
    const count = facts.findings.filter((f) => f.offset >= offset && f.offset <= end).length;
    const numbers = new Set(facts.clauses.filter((c) => c.offset >= offset && c.offset <= end).map((c) => c.number));
    const parts = [count === 0 ? 'no findings' : count === 1 ? '1 finding' : `${count} findings`];
    for (const s of facts.safeguards ?? [])
      if (s.clauses.some((n) => numbers.has(n))) parts.push(`${safeguardLabel(s.id)}: ${s.status}`);
    return { section: index, title: parts.join(' · ') };
  });
}

/** Code lens. */
export const codeLensProvider: Provider = {
  capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),
  register(services) {
    services.connection.onCodeLens(async ({ textDocument }, token): Promise<CodeLens[]> => {
      const current = await analysed(services, textDocument.uri, token);
      if (!current) return [];
      const { facts } = current;
      return sectionSummaries(facts).map(({ section, title }) => ({
        range: facts.sections[section]!.range,
        command: { title, command: '' },
      }));
    });
  },
};
