/**
 * The lexer matches words, keywords and phrases with functions (for speed); each function is
 * specified by a regex, and must match exactly what that regex matches, at any offset of any text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IToken } from 'chevrotain';
import { lexer, lexerFor } from '../../grammar/parse.js';
import { allTokens, itemStartAt, Matcher } from '../../grammar/tokens.js';
import { designExample, readRepo } from '../helpers.js';

const specified = allTokens.flatMap((type) => {
  const matcher = type.PATTERN;
  return matcher instanceof Matcher && !matcher.lineStart ? [{ name: type.name, matcher }] : [];
});

/** Texts where keywords, phrases and words meet their near misses. */
const TRICKY = [
  "can't cannot Cannot CAN canα café-au-lait x-1 a--b a- -a o’clock don’t’ it'", // words and modals
  'shall not ShAlL NOT shall-not shallnot is required to IS  REQUIRED\n TO is requiredto has the duty to',
  'only if ONLY IF only\tif onlyif iF If in the event of in the event that solely because of so long as',
  'any of: all of the following: one or more of the following circumstances: the following: these following:',
  'e.g. i.e. etc. vs. U.S. U.S.C. A.B.C e.g etc, Mr. Mrs. Sept. Sep. Nos. No. Nope no No',
  '8 U.S.C. § 1357(g) 8 CFR 287.7 Wis. Stat. § 165.85 Form I-247A Forms I-9/A I-9 I-12345 Section 2(a)(1)',
  'ORS 181A.820 ors 1 RCW 10.93.160 RCWX 1.2 Cal. Gov. Code § 7284.6 Cal. Penal Code 1 Cal. 5 ILCS 805/15 5 ILCS x',
  '§2.5 § 2.5 §§ 3 section 2 sections 2.1 Section\t4 clause 2.6 Clauses 3 sectionx 2 clause\n2',
  'http://x.y/z https://a.b/c?d=e. www.example.org, httpx://no wwwx.no',
  'not nothing Not NOT neither Neither nEITHER as As AS ask No Nor',
  'regardless of prior to whenever wherever when where before after without except except as provided that',
  "'where practicable' 'when asked' it's when officers' where 'unless (unless) x'if",
  'beyond the time when beyond the  time where past the date whenever after the point When the time when',
  'even if even When EVEN though evenif even including when including where includingif including',
  'May 1 may 2 May\t3 may  MAY 15 may maybe May. 1 may1',
  'aaaaaaaaaaa shallshallshall is isis sectionsections unlessunless',
];

/** Every code unit, each between letters and after an apostrophe, so that each is tried as part of a word. */
const EVERY_CODE_UNIT = Array.from(
  { length: 0x10000 },
  (_, c) => `a${String.fromCharCode(c)}b'${String.fromCharCode(c)} `,
).join('');

describe('token matchers', () => {
  it('are specified by regexes, for the word and every gated keyword', () => {
    assert.ok(specified.some((s) => s.name === 'Word'));
    assert.ok(specified.length >= 12, specified.map((s) => s.name).join(' '));
  });

  for (const { name, matcher } of specified)
    it(`${name} matches what its regex matches, at every offset`, () => {
      const re = new RegExp(matcher.regex.source, `${matcher.regex.flags}y`);
      const texts = [designExample(), readRepo('clauses', 'madison-sop-2025.policy'), ...TRICKY];
      if (name === 'Word') texts.push(EVERY_CODE_UNIT);
      for (const text of texts)
        for (let offset = 0; offset < text.length; offset++) {
          re.lastIndex = offset;
          // Where a matcher looks at its context (a qualifier after an opening quote), that too.
          const allowed = !matcher.context || matcher.context(text, offset, []);
          const expected = (allowed && re.exec(text)?.[0]) || null;
          const actual = matcher.exec(text, offset, [])?.[0] ?? null;
          if (actual !== expected)
            assert.fail(
              `${name} at ${offset} of ${JSON.stringify(text.slice(offset, offset + 20))}: ${actual} ≠ ${expected}`,
            );
        }
    });
});

describe('line-start matchers', () => {
  const lineStart = allTokens.flatMap((type) =>
    type.PATTERN instanceof Matcher && type.PATTERN.lineStart
      ? [{ name: type.name, matcher: type.PATTERN }]
      : [],
  );
  const texts = [
    'policy "P"\n  agency: "MPD"\ndefine ICE as agency.\nsection 2 "S"\n2.1 a. b) (c) (iv) 3. x\n',
    '  2.1 Officers\n\t§ 3.1. x 2.2 y\n   note: n\nNote : m section 4 "T"\na. x\n(b) y define Z',
  ];

  it('cover every structural token, and the list markers', () => {
    assert.deepEqual(lineStart.map((s) => s.name).sort(), [
      'ClauseNumber',
      'DefineKw',
      'HeaderKey',
      'ListMarker',
      'NoteKw',
      'PolicyKw',
      'SectionKw',
    ]);
  });

  for (const { name, matcher } of lineStart)
    it(`${name} matches what its regex matches at a line start, and nothing elsewhere`, () => {
      // The header key also needs the header: it is tried after `policy`, as the lexer tries it.
      const tokens = lexer.tokenize('policy "P"\n').tokens;
      const re = new RegExp(matcher.regex.source, `${matcher.regex.flags}y`);
      for (const text of texts)
        for (let offset = 0; offset < text.length; offset++) {
          const atStart = /(^|\n)[ \t]*$/.test(text.slice(0, offset));
          re.lastIndex = offset;
          const expected = atStart ? (re.exec(text)?.[0] ?? null) : null;
          const actual = matcher.exec(text, offset, tokens)?.[0] ?? null;
          assert.equal(
            actual,
            expected,
            `${name} at ${offset} of ${JSON.stringify(text.slice(offset, offset + 12))}`,
          );
        }
    });
});

describe('itemStartAt', () => {
  it('finds the token that starts an item at a line start, after any blanks, as the lexer reads it', () => {
    for (const line of [
      '2.1 Officers shall act.',
      '  § 2.1. Officers',
      '\t130.10.3 MPD',
      '\u00a0\ufeffdefine X as term.',
      'section 2 "P"',
      'note: text',
      'Note : text',
    ]) {
      const text = `x\n${line}\n`;
      const found = itemStartAt(text, 2);
      const lexed = lexer.tokenize(text).tokens.find((t) => t.startOffset >= 2);
      assert.ok(found, line);
      assert.equal(found.tokenType, lexed?.tokenType, line);
      assert.equal(found.startOffset, lexed?.startOffset, line);
      assert.equal(found.image, lexed?.image, line);
    }
  });

  it('finds nothing on a line that continues an item', () => {
    for (const line of [
      'a. the individual',
      'definer',
      'sections 2.1',
      'notes: x',
      '2.1Officers',
      'policy "T"',
      'Officers',
    ])
      assert.equal(itemStartAt(`x\n${line}\n`, 2), undefined, line);
  });
});

describe('lexerFor', () => {
  /** `text` in chunks as parse() reads it: one per line that starts an item. */
  function chunks(text: string): { chunk: string; offset: number }[] {
    const out: { chunk: string; offset: number }[] = [];
    let from = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (!itemStartAt(text, i + 1)) continue;
      out.push({ chunk: text.slice(from, i + 1), offset: from });
      from = i + 1;
    }
    out.push({ chunk: text.slice(from), offset: from });
    return out;
  }
  const read = (tokens: IToken[]) => tokens.map((t) => `${t.tokenType.name}@${t.startOffset}:${t.image}`);

  it('reads every chunk as the full lexer does, header keys included', () => {
    const texts = [
      designExample(),
      ...['madison-sop-2025.policy', 'madison-sop-2017.policy', 'milwaukee-sop130-voces-proposal.policy'].map(
        (f) => readRepo('clauses', f),
      ),
      // A `policy` line inside a clause, then a key: a header key after all, in a later chunk.
      'policy "P"\n  agency: "MPD"\n2.1 Officers shall act.\npolicy "Q"\n  agency: "ICE"\n  effective: 2026-01-01\n',
      '2.1 MPD shall keep\n  records: of each request.\n',
    ];
    let bodyChunks = 0;
    for (const text of texts)
      for (const { chunk, offset } of chunks(text)) {
        const chosen = lexerFor(chunk, offset);
        if (chosen !== lexer) bodyChunks++;
        assert.deepEqual(read(chosen.tokenize(chunk).tokens), read(lexer.tokenize(chunk).tokens), chunk);
      }
    assert.ok(bodyChunks > 50, `${bodyChunks} chunks read without header keys`);
    const keyed = lexer.tokenize('2.1 Officers shall act.\npolicy "Q"\n  agency: "ICE"\n').tokens;
    assert.ok(keyed.some((t) => t.tokenType.name === 'HeaderKey'));
  });
});
