/** TextCache: values worked out once per text, across documents, within a bound. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextCache } from '../../server/model/text.js';

describe('TextCache', () => {
  it('works a value out once per text, from the text itself', () => {
    const asked: string[] = [];
    const cache = new TextCache((own) => {
      asked.push(own);
      return own.length;
    });
    const source = 'Officers shall notify ICE. Officers shall notify ICE.';
    assert.equal(cache.get(source.slice(0, 25)), 25);
    assert.equal(cache.get(source.slice(27, 52)), 25);
    assert.equal(cache.get('Officers'), 8);
    assert.deepEqual(asked, ['Officers shall notify ICE', 'Officers']);
  });

  it('starts over once it holds more than its limit', () => {
    let computed = 0;
    const cache = new TextCache((own) => (computed++, own.toUpperCase()), 2);
    for (const t of ['a', 'b', 'c', 'a']) cache.get(t);
    assert.equal(computed, 3);
    cache.get('d'); // it holds a, b and c, more than its limit: d starts it over
    cache.get('a');
    assert.equal(computed, 5);
    assert.equal(cache.get('d'), 'D');
    assert.equal(computed, 5);
  });
});
