/**
 * Every pattern Redline runs on a draft — the lexer's tokens, the word lists, the action lexicon —
 * on adversarial input: a megabyte of one repeated word, 300,000 spaces, long runs of each pattern's
 * own prefix. The bound is generous on purpose: it catches catastrophic backtracking (seconds to
 * hours), it does not measure speed (that is what `npm run bench` is for).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lexer } from '../../grammar/parse.js';
import { analyze } from '../../server/analysis/analyze.js';
import { shippedLists, WordLists } from '../../server/analysis/words.js';
import lexicon from '../../server/model/lexicon/immigration.json' with { type: 'json' };
import { compilePhrase } from '../../server/model/text.js';

const BOUND_MS = 5_000;

function timed(label: string, fn: () => void): void {
  const start = performance.now();
  fn();
  const ms = performance.now() - start;
  assert.ok(ms < BOUND_MS, `${label} took ${ms.toFixed(0)} ms`);
}

/** A long run of a phrase's prefix: every word but the last, repeated, then no match. */
function prefixRun(phrase: string): string {
  const words = phrase
    .replace(/\*/g, '')
    .split(/\s+/)
    .filter((w) => w !== '...');
  const prefix = words.slice(0, Math.max(1, words.length - 1)).join(' ');
  return `${prefix} `.repeat(Math.ceil(200_000 / (prefix.length + 1)));
}

const ADVERSARIAL = [
  'should '.repeat(150_000),
  ' '.repeat(300_000),
  'a'.repeat(1_000_000),
  '§'.repeat(200_000),
  '"'.repeat(200_000),
  '2.1 '.repeat(100_000),
];

describe('regular-expression safety', () => {
  it('the lexer tokenizes adversarial text in bounded time', () => {
    for (const text of ADVERSARIAL)
      timed(`lexing ${JSON.stringify(text.slice(0, 12))}…`, () => lexer.tokenize(text));
  });

  it('every word list, as the rules compile it, runs on adversarial text in bounded time', () => {
    const lists = new WordLists();
    for (const name of Object.keys(shippedLists)) {
      const re = lists.regex(name);
      for (const text of [...ADVERSARIAL, ...shippedLists[name]!.phrases.slice(0, 40).map(prefixRun)])
        timed(`list ${name} on ${JSON.stringify(text.slice(0, 20))}…`, () => {
          re.lastIndex = 0;
          let n = 0;
          while (re.exec(text) && n++ < 1e6);
        });
    }
  });

  it('every action-lexicon pattern runs on a long run of its own prefix in bounded time', () => {
    const classes = (lexicon as { classes: Record<string, { patterns: string[] }> }).classes;
    for (const { patterns } of Object.values(classes))
      for (const pattern of patterns) {
        const re = compilePhrase(pattern);
        const text = prefixRun(pattern);
        timed(`pattern '${pattern}'`, () => {
          re.lastIndex = 0;
          re.exec(text);
        });
      }
  });

  it('the whole check runs on a clause of a megabyte of one repeated word in bounded time', () => {
    for (const word of ['should', 'unless', 'ICE', 'officer']) {
      const text = `define ICE as immigration authority.\n2.1 MPD may notify ${`${word} `.repeat(100_000)}.\n`;
      timed(`analyze with ${word}×100,000`, () => analyze(text));
    }
  });
});
