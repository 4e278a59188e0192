import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LineIndex } from '../../grammar/index.js';

/** The line of `offset` counted the slow way: line breaks before it (CRLF, LF or a lone CR). */
function lineByCounting(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\r\n|\r(?!\n)|\n/g) ?? []).length;
}

describe('LineIndex', () => {
  it('finds the line and character of any offset, asked in any order', () => {
    const text = fc
      .array(fc.constantFrom('a', ' ', '\n', '\r\n', '\r', 'é', '😀'), { maxLength: 300 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (t, picks) => {
        const lines = new LineIndex(t);
        for (const pick of picks) {
          let offset = pick % (t.length + 1);
          // An offset inside a CRLF belongs to the line the CR ends.
          if (t[offset - 1] === '\r' && t[offset] === '\n') offset--;
          const { line, character } = lines.position(offset);
          assert.equal(line, lineByCounting(t, offset), `line of ${offset}`);
          assert.equal(offset - character, lines.starts[line]);
          assert.equal(lines.offset({ line, character }), offset);
        }
      }),
      { numRuns: 300, seed: 4 },
    );
  });
});
