/** Splitting a condition into the alternatives it offers (server/model/text.ts `alternatives`). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alternatives } from '../../server/model/index.js';

const parts = (text: string, within: [number, number][] = []) =>
  alternatives(text, within).map(([from, to]) => text.slice(from, to));

describe('alternatives', () => {
  it('splits at "or", ", or" and "and/or"', () => {
    assert.deepEqual(parts('a judicial warrant or the approval of the Chief'), [
      'a judicial warrant',
      'the approval of the Chief',
    ]);
    assert.deepEqual(parts('a warrant, or a court order, or an order of removal'), [
      'a warrant',
      'a court order',
      'an order of removal',
    ]);
    assert.deepEqual(parts('a warrant and/or a detainer'), ['a warrant', 'a detainer']);
  });

  it('reads an "or" after an "and" as inside the last conjunct, unless a comma and a clause follow', () => {
    const crimes =
      'ICE presents a judicial warrant and the person is charged with murder, rape or kidnapping';
    assert.deepEqual(parts(crimes), [crimes]);
    const signed =
      'ICE presents a judicial warrant and the Chief has confirmed that a federal or state judge signed it';
    assert.deepEqual(parts(signed), [signed]);
    assert.deepEqual(
      parts('ICE presents a judicial warrant and the Chief approves, or the person consents in writing'),
      ['ICE presents a judicial warrant and the Chief approves', 'the person consents in writing'],
    );
    // "and/or" is no conjunction, and an "and" inside a phrase of `within` is not either.
    assert.deepEqual(parts('a warrant and/or a detainer or a court order'), [
      'a warrant',
      'a detainer',
      'a court order',
    ]);
    assert.deepEqual(parts('a warrant of a judge and magistrate or the approval of the Chief', [[0, 34]]), [
      'a warrant of a judge and magistrate',
      'the approval of the Chief',
    ]);
  });

  it('drops the "either" that opens the alternatives', () => {
    assert.deepEqual(parts('either a judicial warrant or a Form I-200'), [
      'a judicial warrant',
      'a Form I-200',
    ]);
    assert.deepEqual(parts('either way'), ['either way']);
  });

  it('gives the whole text when it offers no alternative', () => {
    assert.deepEqual(parts('a judicial warrant is presented'), ['a judicial warrant is presented']);
    // "or" inside a word, and "Oregon", are not alternatives.
    assert.deepEqual(parts('the order of a court in Oregon'), ['the order of a court in Oregon']);
  });

  it('keeps a name with what follows it: the alternatives are who acts', () => {
    assert.deepEqual(parts('ICE or CBP presents a judicial warrant'), [
      'ICE or CBP presents a judicial warrant',
    ]);
    assert.deepEqual(parts('the Chief of Police or the Sheriff approves or a judge orders it'), [
      'the Chief of Police or the Sheriff approves',
      'a judge orders it',
    ]);
    // A form is no one: it is an alternative of its own.
    assert.deepEqual(parts('Form I-200 or a judicial warrant'), ['Form I-200', 'a judicial warrant']);
  });

  it('keeps papers one modifier qualifies together (probe round 12)', () => {
    assert.deepEqual(parts('a court-issued warrant or order requires the disclosure'), [
      'a court-issued warrant or order requires the disclosure',
    ]);
    // With an article of its own, the second paper is an alternative.
    assert.deepEqual(parts('a judicial warrant or an administrative order is presented'), [
      'a judicial warrant',
      'an administrative order is presented',
    ]);
  });

  it('does not split inside a phrase that holds an "or" of its own', () => {
    const text = 'a warrant signed by a federal or state judge or a detainer';
    const phrase = text.indexOf('a warrant');
    const end = text.indexOf(' or a detainer');
    assert.deepEqual(parts(text, [[phrase, end]]), [
      'a warrant signed by a federal or state judge',
      'a detainer',
    ]);
  });

  it('splits a condition of thousands of alternatives, an "and" among them read where it stands', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `the person is arrested for offense ${i}`);
    assert.deepEqual(parts(many.join(' or ')), many);
    // An "or" after an "and" joins words of the last conjunct, however far from the start.
    const joined = [...many.slice(0, 2999), 'the person is charged and held for murder or rape'];
    assert.deepEqual(parts(joined.join(' or ')), joined);
  });
});
