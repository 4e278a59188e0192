/** flatten: the form phrase patterns are matched against, checked against its definition as expressions. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { flatten } from '../../server/model/text.js';

/** The definition: lower case, quotes dropped, whitespace collapsed, edge punctuation dropped. */
function oracle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:]+|[\s,;:.]+$/g, '');
}

const PIECES = [
  'Notify',
  'ICE',
  'of',
  'É',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u2028',
  '“',
  '”',
  '"',
  ',',
  ';',
  ':',
  '.',
  '-',
  "'",
  'x',
];

describe('flatten', () => {
  it('gives what its definition gives, on text of any spacing, quotes and edge punctuation', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        assert.equal(flatten(text), oracle(text), JSON.stringify(text));
      }),
      { numRuns: 2000, seed: 20261205 },
    );
  });

  it('keeps inner punctuation and full stops at the start', () => {
    assert.equal(flatten(' , “Notify”  ICE,\tpromptly. '), 'notify ice, promptly');
    assert.equal(flatten('. and so on;.'), '. and so on');
    assert.equal(flatten(' ,;: . '), '');
  });
});
