/**
 * The safeguard scorecard of an open document, for the code lens: the engine computes it when a
 * provider first asks for a version, not with every analysis, so that an edit's diagnostics never
 * wait for it (on a 5,000-clause draft it costs a third of the analysis). Each version's answer is
 * kept with its facts.
 */
import type { CancellationToken } from 'vscode-languageserver';
import type { DocumentFacts, SafeguardFact } from './document-facts.js';
import type { Analysed } from './provider.js';
import type { RedlineServices } from './services.js';

const computed = new WeakMap<DocumentFacts, SafeguardFact[]>();

/**
 * The safeguards of the analysed version (none without the immigration pack or without clauses),
 * or undefined when cancelled first.
 */
export async function safeguardsOf(
  services: RedlineServices,
  { document, facts }: Analysed,
  token?: CancellationToken,
): Promise<SafeguardFact[] | undefined> {
  const known = computed.get(facts);
  if (known) return known;
  const { config } = await services.configs.resolve(facts.uri);
  if (!config.packs.has('immigration') || !facts.clauses.length || facts.skipped) return [];
  const job = {
    uri: facts.uri,
    version: facts.version,
    text: document.getText(),
    config,
    runId: facts.runId,
  };
  const safeguards = await services.engine.scorecard(job, token);
  if (safeguards) computed.set(facts, safeguards);
  return safeguards;
}
