import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { and, atom, not, or, type Atom } from '../../server/model/index.js';
import { Entailment, describeWordDiff, restricts, wordDiff } from '../../server/compare/index.js';

const a = (label: string, concept?: string): Atom => ({
  id: label.toLowerCase(),
  label,
  offset: 0,
  end: 0,
  ...(concept ? { concept } : {}),
});

describe('entailment between guards', () => {
  const felon = a('the individual is a previously deported felon');
  const narrowFelon = a(
    'the individual is a previously deported felon, under circumstances for which there is an independent basis',
  );
  const widerFelon = a('the individual is a previously deported felon or a gang member');
  const gang = a('the individual is a gang member');

  it('a condition that repeats another and adds a restriction implies it; one that adds "or" does not', () => {
    assert.equal(restricts(narrowFelon, felon), true);
    assert.equal(restricts(felon, narrowFelon), false);
    assert.equal(restricts(widerFelon, felon), false);
  });

  it('a narrower list entails the wider one, not the other way round', () => {
    const wide = or(atom(felon), atom(gang));
    const narrow = atom(narrowFelon);
    const ent = new Entailment([wide, narrow]);
    assert.equal(ent.entails(narrow, wide), true);
    assert.equal(ent.entails(wide, narrow), false);
    assert.equal(ent.equivalent(wide, or(atom(gang), atom(felon))), true);
  });

  it('satisfiability answers on the same solver, question after question', () => {
    const ent = new Entailment([atom(gang)]);
    assert.equal(ent.satisfiable(and(atom(gang), not(atom(gang)))), false);
    assert.equal(ent.satisfiable(atom(gang)), true);
    assert.equal(ent.satisfiable(atom(gang), not(atom(felon))), true);
  });
});

describe('word differences', () => {
  it('keeps the words both texts share', () => {
    assert.deepEqual(wordDiff(['a', 'b', 'c'], ['a', 'x', 'c']), [
      { op: 'same', words: ['a'] },
      { op: 'added', words: ['x'] },
      { op: 'removed', words: ['b'] },
      { op: 'same', words: ['c'] },
    ]);
  });

  it('says replacements, additions and removals, and how many more', () => {
    assert.equal(
      describeWordDiff('shall not ask individuals', 'shall not ask persons'),
      "'individuals' became 'persons'",
    );
    assert.equal(describeWordDiff('a b', 'a b c'), "added 'c'");
    assert.equal(describeWordDiff('a b c', 'a c'), "removed 'b'");
    assert.equal(
      describeWordDiff('a b c d e f', 'x b y d z f', 2),
      "'a' became 'x'; 'c' became 'y' and 1 more edit",
    );
    assert.equal(describeWordDiff('Same words', 'same  words'), undefined);
  });
});
