/**
 * The clause library's data: entries with provenance and verdict, completion suggestions, and the
 * file access the library is given. Nothing here knows about LSP or VS Code; the language server
 * turns a `CompletionSuggestion` into an LSP `CompletionItem` (insertText is always a snippet).
 */
import type { Force, QualifierKind } from '../../grammar/index.js';
import type { ResolvedConfig } from '../analysis/config.js';
import type { Ranked } from './ranking.js';

/** Where a library clause comes from. */
export interface Provenance {
  /** The policy's title (`policy "…"`), or the file name when it has none. */
  title: string;
  agency?: string;
  clause: string;
  /** The first date of the `effective:` header field. */
  effective?: string;
  /** The file as given to the library: a path or a URI. */
  file: string;
  /** The file as shown to people: relative to the package for the shipped corpus. */
  display: string;
  /** 1-based line of the clause number. */
  line: number;
}

/** What the checks say about one clause. */
export interface Verdict {
  /** mandatory, prohibition, permissive, recommendation, discouragement, or statement (no modal). */
  force: ForceLabel;
  /** The clause's norm lets the action happen only with a judicial warrant. */
  warrantGated: boolean;
  /** Rule ids of the findings inside the clause, in order, once each. */
  rules: string[];
  /** The findings' messages, for the documentation of weak clauses. */
  messages: { rule: string; message: string }[];
  /** 0 (weak) to 1 (strong); ranks strong clauses above weak ones. */
  strength: number;
}

/** The force of a clause in drafting words. */
export type ForceLabel =
  'mandatory' | 'prohibition' | 'permissive' | 'recommendation' | 'discouragement' | 'statement';

/** Forces that can stand in for one another in an action completion. */
export type ForceFamily = 'restrict' | 'require' | 'permit' | 'state';

/** A piece of clause text: literal words, or a defined actor's name (replaceable in snippets). */
export type Segment = string | NameSegment;

/** A defined actor's name as a clause writes it: `MPD's`, `the Department`, `Officers`. */
export interface NameSegment {
  /** As written, article and possessive included. */
  text: string;
  /** The defined name it refers to. */
  name: string;
  kind: ActorKind;
  /** Written with a leading `the`/`The`, which goes when an acronym replaces it. */
  article: boolean;
  possessive: boolean;
}

/** The kinds of definition whose names are rewritten for the drafter's own document. */
export type ActorKind = 'agency' | 'member' | 'role' | 'authority' | 'immigration-authority';

/** One clause of the library. */
export interface LibraryClause {
  id: string;
  /** The key of the document it belongs to (see `documentKey`). */
  doc: string;
  provenance: Provenance;
  verdict: Verdict;
  forceOf: Force | undefined;
  family: ForceFamily;
  sectionTitle?: string;
  /** The sentence as written (whitespace of continuation lines kept, relative to the clause line). */
  segments: Segment[];
  /** The same split at the end of the modal: what an action completion inserts. */
  actionSegments: Segment[];
  /** The action phrase alone, for labels. */
  action?: string;
  actionClasses: string[];
  subject?: string;
  /** The subject's segments (for the index, where agencies become one token). */
  subjectSegments: Segment[];
  /**
   * Term ids (`termIds`): of the subject, and of the section title and action classes, for ranking
   * by context; of the text and the action, for matching words too common to search for.
   */
  terms: { subject: number[]; topic: number[]; text: number[]; action: number[] };
  conditions: LibraryCondition[];
}

/** One condition of a library clause (a qualifier's condition or one list item). */
export interface LibraryCondition {
  id: string;
  clause: string;
  /** The key of the document it belongs to. */
  doc: string;
  /** The qualifier keyword as written, lower case: `unless`, `only if`. */
  keyword: string;
  qualifier: QualifierKind;
  family: ConditionFamily;
  segments: Segment[];
  text: string;
  /** Its index terms joined: the same condition written twice has the same key. */
  key: string;
  /** The condition is a judicial warrant. */
  judicialWarrant: boolean;
  /** Rule ids of findings inside the condition. */
  rules: string[];
  strength: number;
}

/** Qualifiers whose conditions can replace each other: exceptions vs. requirements vs. other. */
export type ConditionFamily = 'exception' | 'requirement' | 'circumstance';

/** A library file that could not be used, and why. Reported once. */
export interface LibraryProblem {
  file: string;
  reason: string;
}

/** How the library reads files; the node build passes fs, the browser build an in-memory map. */
export interface LibraryFiles {
  /** The bytes (or text) of a file; throws when it cannot be read. */
  readFile(path: string): Promise<Uint8Array | string>;
  /** Every `.policy` file under `folder`, recursively; throws when the folder cannot be read. */
  listFiles(folder: string): Promise<string[]>;
}

/** What kind of thing a completion inserts. */
export type SuggestionKind = 'clause' | 'action' | 'condition' | 'name' | 'reference' | 'keyword';

/** One completion, adapter-neutral. Offsets are into the text given to `complete`. */
export interface CompletionSuggestion {
  label: string;
  kind: SuggestionKind;
  /** An LSP snippet: `${1:SPD}` placeholders, `$`, `}` and `\` escaped elsewhere. */
  insertText: string;
  /** The text the client's filter compares with what was typed in `replace`. */
  filterText: string;
  /** Sorts as the server ranked. */
  sortText: string;
  detail: string;
  /** The text the insertion replaces: from `offset` to `end` (the cursor). */
  replace: { offset: number; end: number };
  /** Pass to `ClauseLibrary.resolve` for the Markdown documentation. */
  data: string;
}

/** What `complete` returns. */
export interface CompletionResult {
  items: CompletionSuggestion[];
  /** True when typing more can bring other items: the client should ask again. */
  isIncomplete: boolean;
}

/** How to build a library. */
export interface LibraryOptions {
  files?: LibraryFiles;
  /** Folders of `.policy` files to index. */
  folders?: string[];
  /** The configuration the library's clauses are checked with (default: the defaults). */
  config?: ResolvedConfig;
  /** Larger files are skipped (default: `config.maxFileSize`). */
  maxFileSize?: number;
  onProblem?: (problem: LibraryProblem) => void;
  /** How a file is shown in provenance (default: as given). */
  display?: (file: string) => string;
}

/** A clause found by `search`. */
export interface SearchHit extends Ranked {
  entry: LibraryClause;
}

/** What `search` may be told besides the query. */
export interface SearchOptions {
  limit?: number;
  /** Only clauses of this force family. */
  family?: ForceFamily;
  /** Leave out the clauses of this document (the one being drafted). */
  exclude?: string;
  /** The drafter's agency names, which match any library agency. */
  agencies?: string[];
}
