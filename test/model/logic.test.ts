/**
 * SatSession: scenarios in which guards hold together, proven with MiniSat, on solvers that are
 * replaced every few hundred questions.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Atom, Guard } from '../../server/model/guards.js';
import {
  describeScenario,
  essential,
  quotable,
  SatSession,
  type Scenario,
} from '../../server/model/logic.js';

const atom = (id: string, concept?: string): Guard => ({
  op: 'atom',
  atom: { id, label: id.replace(/-/g, ' '), offset: 0, end: 0, ...(concept ? { concept } : {}) },
});
const not = (guard: Guard): Guard => ({ op: 'not', guard });
const and = (...guards: Guard[]): Guard => ({ op: 'and', guards });
const or = (...guards: Guard[]): Guard => ({ op: 'or', guards });

const ids = (atoms: Atom[]) => atoms.map((a) => a.id).sort();
const holds = (s: Scenario | undefined) => (s ? ids(s.holds) : undefined);

describe('SatSession', () => {
  it('finds a scenario in which every guard holds, naming each atom as holding or failing', () => {
    const sat = new SatSession();
    const s = sat.scenario([and(atom('violent-felony'), not(atom('judicial-warrant'))), atom('released')]);
    assert.deepEqual(holds(s), ['released', 'violent-felony']);
    assert.deepEqual(ids(s!.fails), ['judicial-warrant']);
    assert.equal(
      describeScenario(s!),
      'violent felony and released and it is not the case that judicial warrant',
    );
  });

  it('quotes a long condition cut at a word (probe round 15: a message of 214,013 characters)', () => {
    const long = Array.from({ length: 400 }, (_, i) => `is arrested for offense ${i}`).join(' and ');
    const cut = quotable(`the person ${long}`);
    assert.ok(cut.length <= 162, `${cut.length} characters`);
    assert.match(cut, /^the person is arrested for offense 0 and .* …$/);
    assert.equal(quotable('the person is arrested for a felony'), 'the person is arrested for a felony');
    // Never cut after a word that needs the next one (probe round 16).
    const words = `${'x'.repeat(150)} and the warrant`;
    assert.equal(quotable(words), `${'x'.repeat(150)} …`);
    const scenario = describeScenario({
      holds: [{ id: 'x', label: `the person ${long}`, concept: undefined, offset: 0, end: 0 }],
      fails: [],
    });
    assert.equal(scenario, cut);
  });

  it('says a failing condition that is no clause in words that read', () => {
    const fails = (label: string) =>
      describeScenario({ holds: [], fails: [{ id: label, label, concept: undefined, offset: 0, end: 0 }] });
    assert.equal(
      fails('with the approval of the County Board'),
      'the approval of the County Board is not given',
    );
    assert.equal(fails('a federal warrant'), 'there is no federal warrant');
    assert.equal(fails('a signed consent form'), 'there is no signed consent form');
    // A paper not shown (probe round 12): "no subpoena is presented", not "it is not the case that …".
    assert.equal(fails('a subpoena is presented'), 'no subpoena is presented');
    assert.equal(fails('presented with a court order'), 'no court order is presented');
    assert.equal(fails('a signed consent form is received'), 'no signed consent form is received');
    // Not a list: that stays as written.
    assert.equal(
      fails('presented with a subpoena, a warrant'),
      'it is not the case that presented with a subpoena, a warrant',
    );
    // What a series cut at its "or" leaves (see seriesEndingInOr in norms.ts), and a paper with who signs it.
    assert.equal(fails('presented with a subpoena or a warrant'), 'no subpoena or warrant is presented');
    assert.equal(fails('a subpoena signed by a judge'), 'there is no subpoena signed by a judge');
    // A participle with its agent inside a clause is no paper's: a verb follows (probe round 16).
    assert.equal(
      fails('a person detained by MPD consents'),
      'it is not the case that a person detained by MPD consents',
    );
    assert.equal(fails('a judge signed the warrant'), 'it is not the case that a judge signed the warrant');
    assert.equal(fails('required by law'), 'it is not required by law');
    assert.equal(fails(', the Chief approves,'), 'it is not the case that the Chief approves');
    assert.equal(fails('a judge has signed it'), 'it is not the case that a judge has signed it');
    assert.equal(
      fails('necessary to investigate the offense'),
      'it is not necessary to investigate the offense',
    );
    assert.equal(fails('otherwise directed by the Sheriff'), 'it is not otherwise directed by the Sheriff');
    // A gerund's phrase, as "before writing any report" leaves it.
    assert.equal(fails('writing any report'), 'not writing any report');
    assert.equal(fails('there are exigent circumstances'), 'there are no exigent circumstances');
    assert.equal(fails('booking is complete'), 'it is not the case that booking is complete');
    // A purpose or a setting, but not a clause after one.
    assert.equal(
      fails('for the purpose of a criminal investigation'),
      'not for the purpose of a criminal investigation',
    );
    assert.equal(fails('in exigent circumstances'), 'not in exigent circumstances');
    assert.equal(fails('the hold lasts no more than 48 hours'), 'the hold lasts more than 48 hours');
    assert.equal(
      fails("in the Supervisor's judgment, the witness is a threat"),
      "it is not the case that in the Supervisor's judgment, the witness is a threat",
    );
  });

  it('finds none when the guards cannot hold together', () => {
    const sat = new SatSession();
    assert.equal(sat.scenario([atom('warrant'), not(atom('warrant'))]), undefined);
    assert.equal(sat.scenario([or(atom('a'), atom('b')), not(atom('a')), not(atom('b'))]), undefined);
  });

  it('reads "solely for X" as excluding every other condition but a judicial warrant', () => {
    const sat = new SatSession();
    const solely = atom('solely-status', 'solely');
    assert.equal(sat.scenario([solely, atom('violent-felony')]), undefined);
    assert.deepEqual(holds(sat.scenario([solely, atom('judicial-warrant', 'judicial-warrant')])), [
      'judicial-warrant',
      'solely-status',
    ]);
  });

  it('answers alike across the replacement of its solver, and remembers answers by shape', () => {
    const sat = new SatSession();
    const n = 1_200; // more than two solvers' worth of questions
    for (let i = 0; i < n; i++) {
      const [a, b] = [`c${i}`, `c${i + 1}`];
      // Guards with an `or`, which the solver answers (conjunctions of literals are answered without it).
      if (i % 3 === 0)
        assert.equal(
          sat.scenario([or(atom(a), atom(b)), not(atom(a)), not(atom(b))]),
          undefined,
          `question ${i}`,
        );
      else {
        const s = sat.scenario([or(atom(a), atom(b)), not(atom(b))]);
        assert.deepEqual(holds(s), [a], `question ${i}`);
        assert.deepEqual(ids(s!.fails), [b], `question ${i}`);
      }
    }
    assert.equal(sat.questions, n);
    assert.equal(sat.solved, n);
    // Asked again: answered from memory, not solved again.
    assert.deepEqual(holds(sat.scenario([or(atom('c1'), atom('c2')), not(atom('c2'))])), ['c1']);
    assert.equal(sat.questions, n);
    // Its operands in another order make another question, whose scenario may differ.
    assert.deepEqual(holds(sat.scenario([or(atom('c2'), atom('c1')), not(atom('c2'))])), ['c1']);
    assert.equal(sat.questions, n + 1);
  });

  it('keeps the fewest conditions, and the first-named of the alternatives', () => {
    const sat = new SatSession();
    const items = ['terrorism', 'gang', 'violent-felony', 'deported-felon'].map((id) => atom(id));
    const list = or(...items);
    assert.deepEqual(holds(sat.scenario([list, not(atom('judicial-warrant'))])), ['terrorism']);
    assert.deepEqual(holds(sat.scenario([list, not(items[0]!)])), ['gang']);
    assert.deepEqual(holds(sat.scenario([or(...[...items].reverse())])), ['deported-felon']);
    // A condition the guards need is kept, however late it is named.
    assert.deepEqual(holds(sat.scenario([or(and(items[0]!, atom('night')), items[3]!), atom('night')])), [
      'night',
      'terrorism',
    ]);
  });

  it('gives a question the same scenario whatever the session was asked before', () => {
    const item = fc.constantFrom('a', 'b', 'c', 'd', 'e').map((id) => atom(id));
    const literal = fc.oneof(item, item.map(not));
    const question = fc.array(
      fc.oneof(
        literal,
        fc.array(literal, { minLength: 2, maxLength: 4 }).map((gs) => or(...gs)),
        fc.array(literal, { minLength: 2, maxLength: 3 }).map((gs) => and(...gs)),
      ),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(fc.array(question, { maxLength: 30 }), question, (before, asked) => {
        const fresh = new SatSession().scenario(asked);
        const used = new SatSession();
        for (const q of before) used.scenario(q);
        const after = used.scenario(asked);
        assert.deepEqual(holds(after), holds(fresh));
      }),
      { numRuns: 200, seed: 20261205 },
    );
  });

  it('answers conjunctions of literals without the solver, as the solver would', () => {
    const pool = [
      atom('arrested'),
      atom('released'),
      atom('violent-felony'),
      atom('solely-status', 'solely'),
      atom('solely-origin', 'solely'),
      atom('judicial-warrant', 'judicial-warrant'),
    ];
    const literal = fc.oneof(
      fc.constantFrom(...pool),
      fc.constantFrom(...pool).map(not),
      fc.constant<Guard>({ op: 'true' }),
      fc.constant<Guard>(not({ op: 'true' })),
    );
    const guard: fc.Arbitrary<Guard> = fc.letrec<{ g: Guard }>((tie) => ({
      g: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        literal,
        fc.array(tie('g'), { minLength: 1, maxLength: 3 }).map((gs) => and(...gs)),
        fc.array(tie('g'), { minLength: 1, maxLength: 3 }).map((gs) => or(...gs)),
        tie('g').map(not),
      ),
    })).g;
    let shortcuts = 0;
    fc.assert(
      fc.property(fc.array(guard, { minLength: 1, maxLength: 3 }), (guards) => {
        const quick = new SatSession();
        const solver = new SatSession({ literals: false });
        const a = quick.scenario(guards);
        const b = solver.scenario(guards);
        // A question answered without the solver has one scenario, so it must be the solver's.
        if (quick.solved === 0) shortcuts++;
        assert.deepEqual(a && [ids(a.holds), ids(a.fails)], b && [ids(b.holds), ids(b.fails)]);
      }),
      { numRuns: 250, seed: 20261205 },
    );
    assert.ok(shortcuts > 50, `only ${shortcuts} questions took the shortcut`);
  });
});

describe('essential', () => {
  it('keeps only the atoms the guards depend on', () => {
    const sat = new SatSession();
    const guards = [or(atom('felony'), atom('terrorism'), atom('gang')), not(atom('judicial-warrant'))];
    const s = sat.scenario(guards)!;
    const kept = essential(s, guards);
    // One listed reason is enough, and the missing warrant is needed; the other reasons are not.
    assert.equal(kept.holds.length, 1);
    assert.deepEqual(ids(kept.fails), ['judicial-warrant']);
  });

  it('keeps a holding atom the guards need, and lets go of one they do not', () => {
    const s: Scenario = {
      holds: [
        { id: 'a', label: 'a', offset: 0, end: 0 },
        { id: 'b', label: 'b', offset: 0, end: 0 },
      ],
      fails: [],
    };
    assert.deepEqual(ids(essential(s, [atom('a')]).holds), ['a']);
    assert.deepEqual(essential(s, [{ op: 'true' }]), { holds: [], fails: [] });
  });
});
