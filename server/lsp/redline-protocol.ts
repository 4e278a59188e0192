/**
 * Redline's own LSP requests, beyond the protocol: what the VS Code commands ask the server for.
 * Shared by the server and the client; it imports nothing, so the client bundle stays thin.
 */

/** A document the server has open, by URI. */
export interface DocumentParams {
  uri: string;
}

/** Compare an older version (given as text, so that it may come from git) with an open document. */
export interface CompareParams extends DocumentParams {
  oldText: string;
  /** How the report names the old version: a file name or `HEAD:path`. */
  oldLabel: string;
}

/** Every answer is a Markdown report for people. */
export interface MarkdownResult {
  markdown: string;
}

/** The method names. */
export const RedlineRequests = {
  /** DocumentParams → MarkdownResult: the safeguard scorecard of a document. */
  scorecard: 'redline/scorecard',
  /** CompareParams → MarkdownResult: what changed between the old text and the document. */
  compare: 'redline/compare',
  /** DocumentParams → MarkdownResult: the document as Markdown for circulation. */
  exportMarkdown: 'redline/exportMarkdown',
} as const;
