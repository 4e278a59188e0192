/** What a report format receives: the findings per file, and the files that were not checked. */
import type { LineIndex } from '../../../grammar/index.js';
import type { Finding, RuleMeta } from '../../analysis/types.js';
import type { FileProblem } from '../files.js';
import type { Colors } from '../io.js';

/** The findings of one checked file. */
export interface FileReport {
  /** As shown to the user: relative to the working folder, forward slashes. */
  file: string;
  /** Absolute path. */
  path: string;
  /** The checked text's line index, to convert positions. */
  lines: LineIndex;
  findings: Finding[];
}

/** Everything besides the findings that a format may need. */
export interface FormatContext {
  cwd: string;
  /**
   * The top folder of the git repository the working folder is in, if any: SARIF paths are
   * relative to it, as GitHub code scanning expects.
   */
  repositoryRoot?: string;
  colors: Colors;
  /** Files that were not checked, and why. */
  problems: FileProblem[];
  version: string;
  /** Every rule that can report, including the built-in `syntax` and `unused-suppression`. */
  rules: RuleMeta[];
}

/** A report format: findings in, text out (ending in a newline unless empty). */
export type Formatter = (reports: FileReport[], context: FormatContext) => string;
