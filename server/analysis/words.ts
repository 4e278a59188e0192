/**
 * The rules' word lists (one data file per pack), extended from configuration, each compiled into
 * one alternation so a list costs one regular-expression pass per text run.
 */
import { collapse, EMPTY, type TextRun } from '../../grammar/index.js';
import core from '../rules/words/core.json' with { type: 'json' };
import immigration from '../rules/words/immigration.json' with { type: 'json' };
import { compileAlternation } from '../model/text.js';

interface WordFile {
  lists: Record<string, { rule: string; description?: string; phrases: string[] }>;
}

/** A phrase found in a run, with its source offsets. */
export interface PhraseMatch {
  phrase: string;
  offset: number;
  end: number;
}

/** The shipped lists, by name. */
export const shippedLists: Record<string, { rule: string; phrases: string[] }> = {
  ...(core as WordFile).lists,
  ...(immigration as WordFile).lists,
};

/** Compiled word lists for one configuration. */
export class WordLists {
  private readonly compiled = new Map<string, RegExp>();
  readonly phrases: Record<string, string[]> = {};

  constructor(extra: Record<string, string[]> = {}) {
    for (const [name, list] of Object.entries(shippedLists)) this.phrases[name] = [...list.phrases];
    for (const [name, phrases] of Object.entries(extra))
      this.phrases[name] = [...(this.phrases[name] ?? []), ...phrases];
  }

  /** The list's phrases as one regular expression (longest first, so the longest phrase wins). */
  regex(list: string): RegExp {
    let re = this.compiled.get(list);
    if (!re) this.compiled.set(list, (re = compileAlternation(this.phrases[list] ?? [])));
    return re;
  }

  /** Every phrase of `list` in `run`, with source offsets. */
  find(list: string, run: TextRun | undefined): readonly PhraseMatch[] {
    if (!run) return NONE;
    const re = this.regex(list);
    re.lastIndex = 0;
    const text = unquoted(run.text);
    // Most runs match nothing: they share the empty list.
    let out: PhraseMatch[] | undefined;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const span = sourceSpan(run, m.index, m.index + m[0].length);
      (out ??= []).push({ phrase: m[0], offset: span.offset, end: span.end });
    }
    return out ?? NONE;
  }

  /** True when `text` contains a phrase of `list`. */
  test(list: string, text: string): boolean {
    const re = this.regex(list);
    re.lastIndex = 0;
    return re.test(text);
  }
}

const NONE: readonly PhraseMatch[] = EMPTY;

/**
 * `text` with single quotation marks as blanks: in "notify a Commander ‘where practicable’" (Word's
 * quotes) the closing ’ is no apostrophe, and the hedge is a phrase like any other (probe round 16).
 * An ’ before a letter stays ("the officer’s"), and the length, so offsets, are kept. Straight
 * quotes are blanked in pairs: one that opens a word ('where practicable'), and the first after it
 * that closes one; one that opens a word and is never closed goes too; an apostrophe after a letter
 * ("the officers' duties") stays.
 */
function unquoted(text: string): string {
  let out = text.includes('‘') ? text.replace(QUOTE_MARKS, ' ') : text;
  if (out.includes("'"))
    out = out.replace(STRAIGHT_QUOTED, (quoted) => ` ${quoted.slice(1, -1)} `).replace(OPENING_QUOTE, ' ');
  return out;
}

/** A straight quote that opens a word and is left open: "notify a Commander 'where practicable." */
const OPENING_QUOTE = /(?<![\p{L}\p{N}'’])'(?=\p{L})/gu;

const QUOTE_MARKS = /‘|’(?!\p{L})/gu;
/** A straight-quoted stretch: an opening ' before a letter, apostrophes inside words, a closing '. */
const STRAIGHT_QUOTED =
  /(?<![\p{L}\p{N}'’])'(?=\p{L})(?:[^']|'(?=\p{L}))*?(?<=[\p{L}\p{N}.,!?])'(?![\p{L}\p{N}])/gu;

/**
 * Maps a span of `run.text` (words joined by single blanks) back to source offsets. A word keeps its
 * own characters; only the blanks between words differ from the source.
 */
export function sourceSpan(run: TextRun, start: number, end: number): { offset: number; end: number } {
  let position = 0;
  let previousEnd = -1;
  let offset = run.offset;
  let endOffset = run.end;
  let startFound = false;
  for (const w of run.words) {
    if (previousEnd >= 0 && w.offset > previousEnd) position += 1;
    // Only multi-word tokens ("is required to") hold blanks; collapse returns other words as they are.
    const text = collapse(w.text);
    const wordStart = position;
    const wordEnd = position + text.length;
    if (!startFound && start < wordEnd) {
      offset = w.offset + Math.min(Math.max(0, start - wordStart), w.end - w.offset);
      startFound = true;
    }
    if (end <= wordEnd) {
      endOffset = w.offset + Math.min(Math.max(0, end - wordStart), w.end - w.offset);
      break;
    }
    position = wordEnd;
    previousEnd = w.end;
  }
  return { offset, end: Math.max(offset, endOffset) };
}
