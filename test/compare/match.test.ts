import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../grammar/index.js';
import { compare, compareNumbers, contentWords, matchClauses, overlap } from '../../server/compare/index.js';

const doc = (...clauses: string[]) =>
  parse(`policy "T"
define MPD as agency "Test Police Department".
define Officer as member of MPD.
define ICE as immigration authority "United States Immigration and Customs Enforcement".

section 2 "Procedure"
${clauses.map((c) => `  ${c}`).join('\n')}
`);

const pairs = (a: ReturnType<typeof doc>, b: ReturnType<typeof doc>) =>
  matchClauses(a, b).map((p) => `${p.old?.number ?? '-'}>${p.new?.number ?? '-'}${p.by ? `:${p.by}` : ''}`);

describe('matching clauses', () => {
  it('a renumbered clause is matched by its text, even when a new clause takes its number', () => {
    const before = doc(
      '2.5 Officers shall not participate in any immigration raid.',
      '2.6 MPD shall not enter into any 287(g) agreement.',
    );
    const after = doc(
      '2.5 Officers shall not ask any person to produce a passport.',
      '2.6 MPD shall not enter into any 287(g) agreement.',
      '2.8 Officers shall not participate in any immigration raid.',
    );
    assert.deepEqual(pairs(before, after), ['->2.5', '2.6>2.6:text', '2.5>2.8:text']);
  });

  it('a renumbered clause with the same text is a neutral change that says so', () => {
    const text = (n: string) => doc(`${n} Officers shall not participate in any immigration raid.`).text;
    const result = compare(text('2.5'), text('2.8'));
    assert.equal(result.verdict, 'unchanged');
    assert.deepEqual(result.changes, [
      {
        clause: '2.8',
        old: '2.5',
        kind: 'neutral',
        effect: 'neutral',
        reasons: ['§2.8: renumbered from §2.5'],
      },
    ]);
  });

  it('the same number with reworded text is the same clause', () => {
    const before = doc('2.1 Officers shall not inquire into the immigration status of individuals.');
    const after = doc('2.1 Officers should not ask about the immigration status of any person.');
    assert.deepEqual(pairs(before, after), ['2.1>2.1:number']);
  });

  it('a moved and reworded clause is matched by similarity', () => {
    const before = doc(
      '3.1 MPD will not participate in immigration raids conducted by ICE.',
      '3.2 MPD shall not enter into any 287(g) agreement.',
    );
    const after = doc(
      '2.1 MPD shall not enter into any Section 287(g) agreement.',
      '2.9 MPD shall not participate in any immigration raids conducted by ICE.',
    );
    assert.deepEqual(pairs(before, after), ['3.2>2.1:similarity', '3.1>2.9:similarity']);
  });

  it('a number reused for unrelated text is a removal and an addition; removals sit where their number falls', () => {
    const before = doc(
      '2.1 Officers shall not participate in any immigration raid.',
      '2.4 MPD shall not enter into any 287(g) agreement.',
    );
    const after = doc(
      '2.1 MPD shall provide its services to every person regardless of immigration status.',
      '2.5 MPD shall not enter into any 287(g) agreement.',
    );
    assert.deepEqual(pairs(before, after), ['->2.1', '2.1>-', '2.4>2.5:text']);
  });

  it('overlap is the Dice coefficient of stemmed content words', () => {
    const words = (t: string) => contentWords(doc(`2.1 ${t}`).clauses[0]!);
    assert.equal(
      overlap(words('Officers shall not detain any person.'), words('Officer shall not detain persons.')),
      1,
    );
    const some = overlap(
      words('Officers shall not detain any person.'),
      words('Officers shall not arrest any person.'),
    );
    assert.ok(some > 0.5 && some < 1, String(some));
  });

  it('clause numbers compare part by part', () => {
    assert.deepEqual(['2.10', '3.1', '2.9', '2', '130.5'].sort(compareNumbers), [
      '2',
      '2.9',
      '2.10',
      '3.1',
      '130.5',
    ]);
  });
});
