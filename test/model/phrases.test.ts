/**
 * Phrase patterns (word lists, the action lexicon, safeguards) match on word boundaries in every
 * script, though their expressions are ASCII (see PhraseRegExp in server/model/text.ts). They are
 * checked here against the Unicode expressions they replace, on text mixing scripts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { shippedLists } from '../../server/analysis/words.js';
import lexicon from '../../server/model/lexicon/immigration.json' with { type: 'json' };
import { compileAlternation, compilePhrase, phraseSource } from '../../server/model/text.js';

/**
 * The expression as it was written with Unicode classes: the oracle. The phrases themselves are
 * compiled as the implementation compiles them; what differs is how a word's letters are told.
 */
function unicodeAlternation(patterns: readonly string[]): RegExp {
  const word = "[\\p{L}\\p{N}'’-]";
  const body = [...patterns]
    .sort((a, b) => b.length - a.length)
    .map((p) => phraseSource(p, word))
    .join('|');
  return new RegExp(`(?<!${word})(?:${body})(?!${word})`, 'giu');
}

function matches(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** Asserts that each expression finds in `text` what its Unicode oracle finds. */
function assertSameMatches(pairs: readonly (readonly [RegExp, RegExp])[], text: string, name = ''): void {
  for (const [ascii, unicode] of pairs)
    assert.deepEqual(
      matches(ascii, text),
      matches(unicode, text),
      name || `${unicode.source} on ${JSON.stringify(text)}`,
    );
}

const lexiconPatterns = Object.values(lexicon.classes).flatMap((c) => c.patterns);
const PATTERNS = [
  'detain',
  'notif*',
  'respond* to ... detainer*',
  "officer's discretion",
  'in the officer’s judgment',
  '8 u.s.c. § 1357(g)',
  ...lexiconPatterns.filter((_, i) => i % 9 === 0),
];

/** Pieces of text: the patterns' own words, letters and digits of other scripts, astral letters, punctuation. */
const PIECES = [
  ...new Set(PATTERNS.flatMap((p) => p.replace(/\*/g, '').split(/\s+/))),
  'Detain',
  'NOTIFY',
  'é',
  'ß',
  'Ж',
  '中',
  '٣',
  '𝐀',
  '😀',
  ' ',
  '  ',
  '\n',
  '-',
  "'",
  '’',
  '“',
  '”',
  ',',
  '.',
  '§',
  'x',
];

describe('phrase patterns', () => {
  it('find what the Unicode expressions found, on text in any script', () => {
    const single = PATTERNS.map((p) => [compilePhrase(p), unicodeAlternation([p])] as const);
    const all = [compileAlternation(PATTERNS), unicodeAlternation(PATTERNS)] as const;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        assertSameMatches([...single, all], pieces.join(''));
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });

  it('takes a letter of any script as part of a word, and reports the text as written', () => {
    const detain = compilePhrase('detain');
    assert.deepEqual(matches(detain, 'ädetain, detainé, 𝐀detain'), []);
    assert.deepEqual(matches(detain, '“Detain” 𝐀 detain'), [
      [1, 'Detain'],
      [12, 'detain'],
    ]);
    assert.deepEqual(matches(compilePhrase('notif*'), 'notificación'), [[0, 'notificación']]);
    // A phrase added in redline.json may hold such letters itself.
    const accented = compileAlternation(['discreción policial', 'detain']);
    const text = 'a su discreción policial; discreción policiales; Detain';
    assert.deepEqual(matches(accented, text), [
      [5, 'discreción policial'],
      [49, 'Detain'],
    ]);
    assert.deepEqual(
      matches(accented, text),
      matches(unicodeAlternation(['discreción policial', 'detain']), text),
    );
    // The placeholder for other letters is no letter a pattern could hold.
    assert.deepEqual(matches(compilePhrase('tax'), 'taé'), []);
  });

  it('finds each shipped list and the lexicon as the Unicode expressions do, in any case', () => {
    // Texts made of the lists' own words, upper and lower case, with and without blanks.
    const lists = [...Object.values(shippedLists).map((l) => l.phrases), lexiconPatterns];
    const words = [...new Set(lists.flat().flatMap((p) => p.replace(/\*/g, '').split(/\s+/)))];
    const pieces = [
      ...words,
      ...words.map((w) => w.toUpperCase()),
      'x',
      'ing',
      ' ',
      '  ',
      '\n',
      '-',
      ',',
      '(',
      'é',
    ];
    const compiled = lists.map((l) => [compileAlternation(l), unicodeAlternation(l)] as const);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.boolean(), (chosen, spaced) => {
        assertSameMatches(compiled, chosen.join(spaced ? ' ' : ''));
      }),
      { numRuns: 300, seed: 20261205 },
    );
  });

  it('takes straight and curly apostrophes for one character', () => {
    for (const [pattern, text] of [
      ["in the officer's discretion", 'in the officer’s discretion'],
      ['in the officer’s discretion', "in the officer's discretion"],
      ["person's*", 'a person’s address'],
    ]) {
      const re = compilePhrase(pattern!);
      re.lastIndex = 0;
      assert.ok(re.exec(text!), `${pattern} in ${text}`);
    }
  });

  it('searches from lastIndex, as a global expression does', () => {
    const re = compileAlternation(['as needed', 'if possible']);
    const text = 'as needed, and if possible, as needed';
    re.lastIndex = 1;
    assert.deepEqual(re.exec(text)?.index, 15);
    assert.equal(re.lastIndex, 26);
    assert.equal(re.exec(text)?.index, 28);
    assert.equal(re.exec(text), null);
    assert.equal(re.lastIndex, 0);
    assert.equal(text.replace(re, '_'), '_, and _, _');
    assert.equal(re.test('As Needed'), true);
    assert.equal(re.test('gas needed'), false);
    // Overlapping phrases: searching again just after where a match starts finds one inside it.
    const overlapping = compileAlternation(['judicial warrant', 'warrant signed by a judge']);
    const signed = 'a judicial warrant signed by a judge';
    overlapping.lastIndex = 0;
    const first = overlapping.exec(signed);
    assert.deepEqual([first?.index, first?.[0]], [2, 'judicial warrant']);
    overlapping.lastIndex = first!.index + 1;
    const second = overlapping.exec(signed);
    assert.deepEqual([second?.index, second?.[0], second?.length], [11, 'warrant signed by a judge', 1]);
  });

  it('finds the shipped word lists in text with accents as before', () => {
    const text = 'Les agents, à leur discrétion, should endeavor to notify ICE whenever possible; résumé.';
    for (const [name, list] of Object.entries(shippedLists))
      assertSameMatches([[compileAlternation(list.phrases), unicodeAlternation(list.phrases)]], text, name);
  });
});
