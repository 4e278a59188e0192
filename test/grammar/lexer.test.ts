/**
 * Redline's lexer (grammar/lexer.ts) against Chevrotain's, configured as Redline configured it: the
 * same token types must give the same tokens, comments and errors on every text.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createToken, Lexer, type ILexingResult, type TokenType } from 'chevrotain';
import fc from 'fast-check';
import { generatePolicy } from '../../bench/generate.js';
import { PolicyLexer } from '../../grammar/lexer.js';
import { lexer } from '../../grammar/parse.js';
import { allTokens, HeaderKey, Space, Word } from '../../grammar/tokens.js';
import { readRepo, repoPath } from '../helpers.js';

const RUNS = Number(process.env.REDLINE_FUZZ_RUNS ?? 300);
const SEED = process.env.REDLINE_FUZZ_RUNS ? {} : { seed: 20261205 };

/** Chevrotain's lexer for `types`, with the options Redline used with it. */
const chevrotain = (types: TokenType[]) =>
  new Lexer(types, { positionTracking: 'onlyOffset', ensureOptimizations: true, skipValidations: true });

const oracles = [
  { ours: lexer, theirs: chevrotain(allTokens), name: 'with header keys' },
  {
    ours: new PolicyLexer(allTokens.filter((t) => t !== HeaderKey)),
    theirs: chevrotain(allTokens.filter((t) => t !== HeaderKey)),
    name: 'without header keys',
  },
];

/** A lexing result as plain data. */
function read(result: ILexingResult) {
  return {
    tokens: result.tokens.map((t) => `${t.tokenType.name}@${t.startOffset}:${t.image}`),
    comments: (result.groups.comments ?? []).map((t) => `${t.startOffset}:${t.image}`),
    errors: result.errors.map((e) => `${e.offset}+${e.length}: ${e.message}`),
  };
}

function assertSameTokens(text: string): void {
  for (const { ours, theirs, name } of oracles)
    assert.deepEqual(
      read(ours.tokenize(text)),
      read(theirs.tokenize(text)),
      `${name}: ${JSON.stringify(text)}`,
    );
}

/** Pieces that meet at every kind of boundary: structure, keywords and their near misses, numbers, blanks. */
const PIECES = [
  '2.1',
  '§ 3.4.',
  '130.10.3',
  'a.',
  '(b)',
  '(iv)',
  '1)',
  'define',
  'section 2 "S"',
  'note:',
  'Note :',
  'policy "P"',
  'agency:',
  'effective: 2026-01-01',
  'shall',
  'shall not',
  'must',
  'may',
  'cannot',
  'is required to',
  'are not permitted to',
  'has the discretion to',
  'shall strive to',
  'only if',
  'unless',
  'when',
  'whenever',
  'in the event of',
  'not',
  'notify',
  'neither',
  'No',
  'no',
  'as',
  'ask',
  'any of:',
  'all of the following circumstances:',
  'the following:',
  'e.g.',
  'U.S.',
  'Mr.',
  '8 U.S.C. § 1357(g)',
  'Form I-247A',
  'I-9',
  'Wis. Stat. § 165.85',
  'ORS 181A.820',
  'RCW 10.93.160',
  'Cal. Gov. Code § 7284.6',
  '5 ILCS 805/15',
  'Conn. Gen. Stat. § 54-192h',
  'N.Y.C. Admin. Code § 9-131',
  'Tex. Code Crim. Proc. art. 2.251',
  '20 V.S.A. § 2366',
  'Dr. Smith',
  '5 p.m.',
  'Section 2(a)',
  '§2.5',
  'clause 2.6',
  'https://example.org/x.',
  'www.a.b,',
  '"quoted term"',
  '“curly”',
  '‘single’',
  '// a comment',
  'http://x',
  '12,000',
  '3rd',
  '50%',
  'officer',
  'Officers',
  "officer's",
  'o’clock',
  'café',
  'ICE',
  'ICE-related',
  'x-',
  '-y',
  '.',
  ';',
  ',',
  ':',
  '(',
  ')',
  '—',
  '/',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u0000',
  '\ud800',
  '😀',
];
const BLANKS = [' ', '  ', '\n', '\n  ', '\r\n', '\t', ''];

describe('the lexer', () => {
  it('reads every policy of the repository and generated drafts as Chevrotain does', () => {
    const texts = [generatePolicy(2_000, 7)];
    for (const dir of ['examples', 'clauses'])
      for (const file of readdirSync(repoPath(dir)))
        if (file.endsWith('.policy')) texts.push(readRepo(dir, file));
    assert.ok(texts.length > 10);
    for (const text of texts) assertSameTokens(text);
  });

  it('reads random texts of keywords, structure, numbers and blanks as Chevrotain does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...BLANKS)), { maxLength: 25 }),
        (parts) => assertSameTokens(parts.map(([piece, blank]) => piece + blank).join('')),
      ),
      { numRuns: RUNS, ...SEED },
    );
  });

  it('reads every code unit, alone and after a letter, as Chevrotain does', () => {
    for (let from = 0; from < 0x10000; from += 0x1000) {
      let text = '';
      for (let c = from; c < from + 0x1000; c++)
        text += `${String.fromCharCode(c)} a${String.fromCharCode(c)}\n`;
      assertSameTokens(text);
    }
  });

  it('reports characters no type matches as Chevrotain does, one error per stretch', () => {
    const types = [Space, Word];
    const ours = new PolicyLexer(types);
    const theirs = chevrotain(types);
    for (const text of ['officers !! act', '!a', 'a!', '1 2 3', ''])
      assert.deepEqual(read(ours.tokenize(text)), read(theirs.tokenize(text)), text);
    assert.equal(ours.tokenize('officers !! act').errors[0]?.length, 2);
  });

  it('refuses token types it cannot try without a hint', () => {
    const Digits = createToken({ name: 'Digits', pattern: /\d+x/ });
    assert.throws(() => new PolicyLexer([Digits, Word]), /Digits: .*start_chars_hint/);
    assert.throws(() => new PolicyLexer([Space]), /needs the Word token type/);
  });
});
