/**
 * What the analysis reports, and what a rule is. These types are the contract between the rules and
 * their adapters (CLI, language server); nothing here knows about LSP or VS Code.
 */
import type { Clause, PolicyDocument, Range } from '../../grammar/index.js';
import type { PolicyModel } from '../model/index.js';
import type { ResolvedConfig } from './config.js';
import type { WordLists } from './words.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A replacement of the text between two offsets. */
export interface TextEdit {
  offset: number;
  end: number;
  range: Range;
  newText: string;
}

/** A quick fix: a title for the menu and the edits that make it. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** Another place that explains a finding (the other clause of a contradiction). */
export interface RelatedLocation {
  range: Range;
  message: string;
}

/** One finding: a rule's verdict on a span of the draft. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  offset: number;
  end: number;
  range: Range;
  /** The number of the clause the finding is in, or null outside clauses. */
  clause: string | null;
  related?: RelatedLocation[];
  fixes?: Fix[];
}

/** What a rule says about itself; the registry and the docs are built from it. */
export interface RuleMeta {
  id: string;
  pack: 'core' | 'immigration';
  severity: Severity;
  /** One line: what the rule finds. */
  description: string;
  /** Message templates with `{{placeholders}}`, by message id. */
  messages: Record<string, string>;
  fixable: boolean;
}

/** What a rule reports; offsets are into the document text. */
export interface Report {
  messageId: string;
  data?: Record<string, string>;
  offset: number;
  end: number;
  clause?: Clause | null;
  related?: { offset: number; end: number; message: string }[];
  fixes?: { title: string; edits: { offset: number; end: number; newText: string }[] }[];
}

/** Everything a rule may look at, and the one way it speaks. */
export interface RuleContext {
  doc: PolicyDocument;
  model: PolicyModel;
  config: ResolvedConfig;
  words: WordLists;
  report(report: Report): void;
}

/** A check: data plus one function (ESLint's shape). */
export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
