/**
 * The action lexicon: a class counts where it names the main verb, a verb coordinated with it, or
 * anything after a verb of handing over. Patterns are tried only where they can count.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultLexicon } from '../../server/model/lexicon.js';

const classes = (text: string) => defaultLexicon.classify(text).map((m) => `${m.class}@${m.index}`);

describe('ActionLexicon.classify', () => {
  it('finds the main verb and the verbs coordinated with it, past leading adverbs', () => {
    assert.deepEqual(classes('detain or arrest an individual'), ['detain@0', 'arrest@10']);
    assert.deepEqual(classes('only notify ICE of a release'), ['notify@5']);
    assert.deepEqual(classes('routinely and knowingly detain, or transfer custody of, any person'), [
      'detain@24',
      'transfer-custody@35',
    ]);
    assert.deepEqual(classes('ask about the immigration status of a passenger, or notify ICE'), [
      'inquire-status@0',
      'notify@52',
    ]);
  });

  it('does not take a word elsewhere in the action for its verb', () => {
    // "contact" and "notify" are not what this clause does: it records.
    assert.deepEqual(classes('record the contact details of a witness'), []);
    assert.deepEqual(classes('record whether the officer chose to notify ICE'), []);
  });

  it('reads the whole action after a verb of handing over', () => {
    assert.deepEqual(classes('provide release dates to ICE'), ['notify@8', 'transfer-custody@8']);
  });
});
