/**
 * SatSession: scenarios in which guards hold together, proven with MiniSat, on solvers that are
 * replaced every few hundred questions.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Atom, Guard } from '../../server/model/guards.js';
import { describeScenario, SatSession, type Scenario } from '../../server/model/logic.js';

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
    assert.equal(describeScenario(s!), 'violent felony and released and not: judicial warrant');
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
      if (i % 3 === 0) assert.equal(sat.scenario([atom(a), not(atom(a))]), undefined, `question ${i}`);
      else {
        const s = sat.scenario([or(atom(a), atom(b)), not(atom(b))]);
        assert.deepEqual(holds(s), [a], `question ${i}`);
        assert.deepEqual(ids(s!.fails), [b], `question ${i}`);
      }
    }
    assert.equal(sat.questions, n);
    // Asked again, in either order of its operands: answered from memory, not solved again.
    assert.deepEqual(holds(sat.scenario([or(atom('c2'), atom('c1')), not(atom('c2'))])), ['c1']);
    assert.equal(sat.questions, n);
  });
});
