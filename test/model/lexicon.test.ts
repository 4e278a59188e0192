/**
 * The action lexicon: a class counts where it names the main verb, a verb coordinated with it, or
 * anything after a verb of handing over. Patterns are tried only where they can count.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ActionLexicon, defaultLexicon } from '../../server/model/lexicon.js';

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

describe('ActionLexicon candidates', () => {
  // Patterns are filed by the first three letters of their first word, and a word is looked up
  // only where its first two characters start a key: keys of one, two and three characters, and
  // keys beyond ASCII, must each still be found.
  const lexicon = new ActionLexicon([
    {
      classes: {
        one: { patterns: ['x marks'] },
        two: { patterns: ['ok'] },
        three: { patterns: ['sign* papers'] },
        accented: { patterns: ['éloign*'] },
        second: { patterns: ['aé'] },
        secondOfMore: { patterns: ['aéra* the room'] },
      },
    },
  ]);
  const found = (text: string) => lexicon.classify(text).map((m) => `${m.class}@${m.index}`);

  it('finds patterns whose first word has one, two or three or more letters', () => {
    assert.deepEqual(found('x marks the spot'), ['one@0']);
    assert.deepEqual(found('xx marks'), []);
    assert.deepEqual(found('ok'), ['two@0']);
    assert.deepEqual(found('okay'), []);
    assert.deepEqual(found('signs papers'), ['three@0']);
    assert.deepEqual(found('si papers'), []);
  });

  it('finds patterns that start beyond ASCII, or whose second letter is', () => {
    assert.deepEqual(found('éloigner la personne'), ['accented@0']);
    assert.deepEqual(found('aé'), ['second@0']);
    assert.deepEqual(found('aérate the room'), ['secondOfMore@0']);
  });

  it('takes a class once, from the first of its patterns that counts', () => {
    const twice = new ActionLexicon([{ classes: { notify: { patterns: ['notify', 'notif* ice'] } } }]);
    assert.deepEqual(
      twice.classify('notify ice').map((m) => `${m.class}@${m.index}+${m.length}`),
      ['notify@0+6'],
    );
  });
});

describe('ActionLexicon recipients', () => {
  it('knows which actions tell someone something', () => {
    assert.equal(defaultLexicon.tells([{ class: 'notify' }, { class: 'share-information' }]), true);
    assert.equal(defaultLexicon.tells([{ class: 'notify' }, { class: 'detain' }]), false);
    assert.equal(defaultLexicon.tells([]), false);
    assert.equal(
      new ActionLexicon([{ classes: { notify: { patterns: ['notify'] } } }]).tells([{ class: 'notify' }]),
      false,
    );
  });

  it('reads telling verbs as whole words', () => {
    assert.equal(defaultLexicon.isTellingVerb('notified'), true);
    assert.equal(defaultLexicon.isTellingVerb('inform'), true);
    assert.equal(defaultLexicon.isTellingVerb('information'), false);
    assert.equal(defaultLexicon.isTellingVerb('share'), false);
  });

  it('folds plurals and possessives of those who may be told', () => {
    for (const word of ['person', 'victims', 'witnesses', "attorney's", 'families', 'People', 'parents’'])
      assert.equal(defaultLexicon.namesOther(word), true, word);
    for (const word of ['agency', 'agencies', 'ICE', 'personnel'])
      assert.equal(defaultLexicon.namesOther(word), false, word);
  });

  it('finds every counterpart mention, in text order', () => {
    assert.deepEqual(defaultLexicon.counterpartMentions('from ice to the dhs and ice'), [
      { name: 'immigration-authority', index: 5, length: 3 },
      { name: 'immigration-authority', index: 16, length: 3 },
      { name: 'immigration-authority', index: 24, length: 3 },
    ]);
  });

  it('says its own counterparts in words, and defined names as they are', () => {
    assert.equal(defaultLexicon.counterpartLabel('immigration-authority'), 'an immigration authority');
    assert.equal(defaultLexicon.counterpartLabel('ICE'), 'ICE');
  });
});
