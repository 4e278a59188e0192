/**
 * A run keeps its words' texts and places, and makes the words when asked (grammar/nodes.ts). These
 * tests hold the words it makes to what the lexer read, wherever the run is and however it moved.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  hasWordOf,
  parse,
  WordReader,
  type PolicyDocument,
  type TextRun,
  type Word,
} from '../../grammar/index.js';
import { lexer } from '../../grammar/parse.js';

const SOURCE = `define ICE as agency "Immigration and Customs Enforcement".

1.1 MPD may not  respond to a request of ICE under 8 U.S.C. § 1357(g), per Section 2.1.
1.2 Officers shall not inquire about immigration status unless:
    a. required by "a judicial warrant"; or
    b. the Chief approves on 2025-12-30.
`;

/** The lexer's own reading of a run's stretch of source, as words. */
function lexedWords(doc: PolicyDocument, run: TextRun): { text: string; offset: number; end: number }[] {
  const { tokens } = lexer.tokenize(doc.text.slice(run.offset, run.end));
  return tokens.map((t) => ({
    text: t.image,
    offset: run.offset + t.startOffset,
    end: run.offset + t.startOffset + t.image.length,
  }));
}

const action = (doc: PolicyDocument, n: number): TextRun => doc.clauses[n]!.sentence.action!;
const plain = (words: Word[]) => words.map(({ text, offset, end }) => ({ text, offset, end }));

describe('the words of a run', () => {
  it('are the tokens the lexer read, with their kinds', () => {
    const doc = parse(SOURCE);
    const run = action(doc, 0);
    assert.deepEqual(plain(run.words), lexedWords(doc, run));
    const kinds = Object.fromEntries(run.words.map((w) => [w.text, w.kind]));
    assert.equal(kinds['respond'], 'word');
    assert.equal(kinds['8 U.S.C. § 1357(g)'], 'citation');
    assert.equal(kinds['Section 2.1'], 'reference');
    assert.equal(kinds[','], 'punctuation');
    assert.deepEqual(
      run.wordTexts,
      run.words.map((w) => w.text),
    );
  });

  it('keep each kind of a list item: strings, dates and words', () => {
    const doc = parse(SOURCE);
    const items = doc.clauses[1]!.sentence.qualifiers[0]!.list!.items;
    assert.deepEqual(
      items[0]!.text.words.map((w) => w.kind),
      ['word', 'word', 'string'],
    );
    assert.deepEqual(
      items[1]!.text.words.map((w) => [w.text, w.kind]),
      [
        ['the', 'word'],
        ['Chief', 'word'],
        ['approves', 'word'],
        ['on', 'word'],
        ['2025-12-30', 'date'],
      ],
    );
  });

  it('keep their places and kinds in a run of over 4,096 characters', () => {
    // A run stores each word's place in one UTF-16 code unit while the words start close to it.
    const long = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ');
    const doc = parse(`1.1 MPD must ${long} under 8 U.S.C. § 1357, per Section 2.1.\n`);
    const run = action(doc, 0);
    assert.ok(run.end - run.offset > 4096);
    assert.deepEqual(plain(run.words), lexedWords(doc, run));
    const last = run.words.slice(-4).map((w) => w.kind);
    assert.deepEqual(last, ['citation', 'punctuation', 'word', 'reference']);
  });

  it('keep their places and kinds far into a long document', () => {
    const filler = `// ${'x'.repeat(1000)}\n`.repeat(70_000);
    const doc = parse(filler + SOURCE);
    const run = action(doc, 0);
    assert.ok(run.offset > 2 ** 26);
    assert.deepEqual(plain(run.words), lexedWords(doc, run));
    assert.equal(run.words.find((w) => w.text.startsWith('8 U.S.C.'))?.kind, 'citation');
  });

  it('move with their run when an edit above it moves it', () => {
    const before = parse(SOURCE);
    const edited = SOURCE.replace('define ICE', 'define  ICE');
    const doc = parse(edited, before);
    const run = action(doc, 0);
    assert.deepEqual(plain(run.words), lexedWords(doc, run));
    assert.deepEqual(run.words, action(parse(edited), 0).words);
  });

  it('read their texts from the text of the document they are in now', () => {
    // A reused run keeps no texts: an edit that changes the text above it must not change its words.
    const before = parse(SOURCE);
    const edited = `// a comment above\n${SOURCE.replace('MPD may not  respond', 'MPD may not respond')}`;
    const doc = parse(edited, before);
    for (const run of [action(doc, 0), action(doc, 1)]) {
      assert.deepEqual(plain(run.words), lexedWords(doc, run));
      assert.deepEqual(
        run.wordTexts,
        lexedWords(doc, run).map((w) => w.text),
      );
    }
  });

  it('keep a word of 65,536 characters or more whole', () => {
    // Its length does not fit in the UTF-16 code unit a run keeps for it.
    const long = 'x'.repeat(70_000);
    const doc = parse(`1.1 MPD must notify ${long} at once.\n`);
    const run = action(doc, 0);
    assert.deepEqual(plain(run.words), lexedWords(doc, run));
    assert.equal(run.wordTexts[1]!.length, 70_000);
    assert.equal(run.words[2]!.text, 'at');
  });

  it('are made anew on each read, so changing one changes nothing in the tree', () => {
    const doc = parse(SOURCE);
    const run = action(doc, 0);
    run.words[0]!.offset = -1;
    run.words.length = 0;
    assert.equal(run.words[0]!.offset, run.offset);
  });

  it('are in its JSON, and its stored texts and places are not', () => {
    const doc = parse(SOURCE);
    const json = JSON.parse(JSON.stringify(action(doc, 0))) as Record<string, unknown>;
    assert.deepEqual(json.words, JSON.parse(JSON.stringify(action(doc, 0).words)));
    assert.deepEqual(json.wordTexts, undefined);
    assert.equal('wordPlaces' in json, false);
  });

  it('of a subject split from a leading condition keep their own places', () => {
    const doc = parse('1.1 When time and circumstances permit, an officer should notify the Chief.\n');
    const s = doc.clauses[0]!.sentence;
    assert.deepEqual(plain(s.subject!.words), lexedWords(doc, s.subject!));
    assert.equal(s.subject!.text, 'an officer');
    assert.equal(s.qualifiers[0]!.condition!.text, 'time and circumstances permit');
  });

  it('read as their words apart by single blanks, however the source wraps and spaces them', () => {
    const doc = parse(
      '1.1 When time  and\n    circumstances permit, an\tofficer should notify\n    the  Chief.\n',
    );
    const s = doc.clauses[0]!.sentence;
    assert.equal(s.qualifiers[0]!.condition!.text, 'time and circumstances permit');
    assert.equal(s.subject!.text, 'an officer');
    assert.equal(s.action!.text, 'notify the Chief');
    assert.deepEqual(plain(s.action!.words), lexedWords(doc, s.action!));
  });

  it('answer which kinds a run holds without being made, as they would', () => {
    const long = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ');
    const doc = parse(`1.1 MPD must ${long} per Section 2.1.\n1.2 MPD must define "a term".\n`);
    const [first, second] = [action(doc, 0), action(doc, 1)];
    const literal: TextRun = {
      ...second,
      words: second.words,
      wordTexts: second.wordTexts,
      range: second.range,
    };
    for (const run of [first, second, literal])
      for (const kind of ['word', 'reference', 'string', 'citation', 'not'] as const)
        assert.equal(
          hasWordOf(run, kind),
          run.words.some((w) => w.kind === kind),
          `${kind} in ${run.text.slice(0, 20)}`,
        );
    assert.equal(hasWordOf(first, 'reference'), true);
    assert.equal(hasWordOf(second, 'reference'), false);
    assert.equal(hasWordOf(second, 'string'), true);
  });

  it('read one at a time by a WordReader as they would be made, from stored places or from words', () => {
    const long = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ');
    const doc = parse(`${SOURCE}1.3 MPD must ${long} per Section 2.1.\n`);
    const runs: TextRun[] = [];
    for (const clause of doc.clauses) {
      const s = clause.sentence;
      for (const run of [s.subject, s.action, ...(s.actionList?.items ?? []).map((i) => i.text)])
        if (run) runs.push(run);
      for (const q of s.qualifiers) {
        if (q.condition) runs.push(q.condition);
        for (const item of q.list?.items ?? []) runs.push(item.text);
      }
    }
    // A run made of words, as the rules build one for a qualifier and its condition.
    const made = runs[1]!;
    runs.push({ ...made, words: made.words, wordTexts: made.wordTexts, range: made.range });
    const reader = new WordReader();
    for (const run of runs) {
      reader.read(run);
      const read = Array.from({ length: reader.length }, (_, i) => ({
        text: reader.text(i),
        offset: reader.offset(i),
        end: reader.end(i),
        kind: reader.kind(i),
      }));
      assert.deepEqual(
        read,
        run.words.map(({ text, offset, end, kind }) => ({ text, offset, end, kind })),
        run.text.slice(0, 30),
      );
    }
    assert.ok(runs.some((r) => r.words.some((w) => w.kind === 'string')));
    assert.ok(runs.some((r) => r.words.length > 900));
  });
});
