import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compare,
  comparisonToMarkdown,
  verdictOf,
  type Change,
  type Comparison,
} from '../../server/compare/index.js';

const draft = (...clauses: string[]) => `policy "T"
define MPD as agency "Test Police Department".
define Officer as member of MPD.
define ICE as immigration authority "United States Immigration and Customs Enforcement".

section 3 "Procedure"
${clauses.map((c) => `  ${c}`).join('\n')}
`;

const only = (c: Comparison): Change => {
  assert.equal(c.changes.length, 1, JSON.stringify(c.changes, null, 2));
  return c.changes[0]!;
};

describe('what each kind of change is', () => {
  it("'shall not' became 'should not': weakened", () => {
    const c = compare(
      draft('3.2 Officers shall not participate in any immigration raid.'),
      draft('3.2 Officers should not participate in any immigration raid.'),
    );
    const change = only(c);
    assert.equal(change.kind, 'weakened');
    assert.deepEqual(change.reasons, ["§3.2: 'shall not' became 'should not' (weakens)"]);
    assert.equal(c.verdict, 'weakened');
  });

  it("'may' became 'shall not' for cooperation: strengthened", () => {
    const c = compare(
      draft('3.2 MPD may notify ICE of the release date of any person.'),
      draft('3.2 MPD shall not notify ICE of the release date of any person.'),
    );
    assert.equal(only(c).kind, 'strengthened');
    assert.match(only(c).reasons[0]!, /'may' became 'shall not' \(strengthens\)/);
  });

  it('a ban whose "not" moved to its subject is the same ban: no "removed \'not\'"', () => {
    const c = compare(
      draft('3.3 MPD shall not grant ICE access to any person in custody.'),
      draft('3.3 No Officer shall grant ICE access to any person in custody.'),
    );
    assert.equal(only(c).kind, 'neutral');
    assert.ok(!only(c).reasons.some((r) => /'not'/.test(r)), only(c).reasons.join('\n'));
  });

  it('an exception for a failing condition says it in words, not "not (…)"', () => {
    const c = compare(
      draft('3.2 Officers shall not inquire about the immigration status of any person.'),
      draft(
        '3.2 When time and circumstances permit, Officers shall not inquire about the immigration status of any person.',
      ),
    );
    const reasons = only(c).reasons.join('\n');
    assert.match(reasons, /new exception: 'it is not the case that time and circumstances permit'/);
    assert.doesNotMatch(reasons, /not \(/);
  });

  it("'shall not … unless W' and 'may … only if W' allow the same: neutral, either way", () => {
    const ban = draft(
      '3.1 MPD shall not honor a detainer unless the detainer is accompanied by a judicial warrant.',
    );
    const permission = draft(
      '3.1 MPD may honor a detainer only if the detainer is accompanied by a judicial warrant.',
    );
    for (const [before, after] of [
      [ban, permission],
      [permission, ban],
    ] as const) {
      const c = compare(before, after);
      assert.equal(only(c).kind, 'neutral', only(c).reasons.join('\n'));
      assert.match(only(c).reasons[0]!, /became '(?:may|shall not)', allowing it in the same cases$/);
      assert.equal(c.verdict, 'unchanged');
    }
    // Nor "may … if W", which forbids nothing when W fails.
    const ifOnly = compare(
      ban,
      draft('3.1 MPD may honor a detainer if the detainer is accompanied by a judicial warrant.'),
    );
    assert.equal(only(ifOnly).kind, 'weakened');
    // Not when the cases differ: the permission without the condition allows more.
    const c = compare(ban, draft('3.1 MPD may honor a detainer.'));
    assert.equal(only(c).kind, 'weakened');
    assert.match(only(c).reasons.join('\n'), /'shall not' became 'may' \(weakens\)/);
  });

  it('a ban narrowed from anyone to one group: weakened; widened back: strengthened', () => {
    const anyone = draft('2.1 Officers shall not inquire about the immigration status of any person.');
    const group = draft(
      '2.1 Officers shall not inquire about the immigration status of any crime victim or witness.',
    );
    const narrowed = compare(anyone, group);
    assert.equal(only(narrowed).kind, 'weakened');
    assert.ok(
      only(narrowed).reasons.includes("§2.1: now protects only 'any crime victim or witness' (weakens)"),
      only(narrowed).reasons.join('\n'),
    );
    assert.equal(compare(group, anyone).verdict, 'strengthened');
  });

  it('a definition that lets an administrative warrant count as a judicial one: weakened', () => {
    const version = (definition: string) =>
      draft('3.1 MPD shall not honor a detainer unless it is accompanied by a judicial warrant.').replace(
        'section 3',
        `define "judicial warrant" as term: ${definition}.\n\nsection 3`,
      );
    const strict = version('a warrant signed by a federal or state judge');
    const loose = version(
      'a warrant signed by a federal or state judge, or an administrative warrant on Form I-200',
    );
    const c = compare(strict, loose);
    const change = only(c);
    assert.equal(change.definition, 'judicial warrant');
    assert.equal(change.kind, 'weakened');
    assert.match(change.reasons[0]!, /^now: the definition lets 'administrative warrant'.*\(weakens\)$/);
    assert.equal(c.verdict, 'weakened');
    assert.equal(c.safeguards.find((s) => s.id === 'no-detainers')?.change, 'weaker');
    assert.match(comparisonToMarkdown(c), /\| definition of judicial warrant \| \[-\] weakened \|/);
    assert.match(comparisonToMarkdown(c), /1 change: 1 weakens\./);
    // Other words in a definition change nothing.
    const reworded = compare(strict, version('a warrant that a federal or state judge has signed'));
    assert.equal(only(reworded).kind, 'neutral');
    assert.equal(reworded.verdict, 'unchanged');
  });

  it('a clause split in two, or two merged into one, changes nothing', () => {
    const together = draft(
      '3.1 MPD shall not honor a detainer or grant ICE access to any person in custody unless ICE presents a judicial warrant.',
    );
    const apart = draft(
      '3.1 MPD shall not honor a detainer unless ICE presents a judicial warrant.',
      '3.3 MPD shall not grant ICE access to any person in custody unless ICE presents a judicial warrant.',
    );
    const split = compare(together, apart);
    assert.equal(split.verdict, 'unchanged', JSON.stringify(split.changes, null, 2));
    assert.deepEqual(
      split.changes.map((c) => [c.clause, c.kind, c.effect]),
      [
        ['3.1', 'neutral', 'neutral'],
        ['3.3', 'added', 'neutral'],
      ],
    );
    assert.match(split.changes[0]!.reasons[0]!, /'give access' moved to §3\.3/);
    assert.match(split.changes[1]!.reasons[0]!, /, as §3\.1 did$/);
    const merged = compare(apart, together);
    assert.equal(merged.verdict, 'unchanged', JSON.stringify(merged.changes, null, 2));
    assert.ok(merged.changes.some((c) => c.kind === 'removed' && /which §3\.1 now does/.test(c.reasons[0]!)));
    // Split, with the halves in the other order; and two duties of one clause split.
    const reordered = draft(
      '3.1 MPD shall not grant ICE access to any person in custody unless ICE presents a judicial warrant.',
      '3.3 MPD shall not honor a detainer unless ICE presents a judicial warrant.',
    );
    assert.equal(compare(together, reordered).verdict, 'unchanged');
    const twoDuties = draft(
      '3.1 MPD shall not hold any person for ICE and shall not transfer any person to ICE custody.',
    );
    const twoClauses = draft(
      '3.1 MPD shall not transfer any person to ICE custody.',
      '3.2 MPD shall not hold any person for ICE.',
    );
    assert.equal(compare(twoDuties, twoClauses).verdict, 'unchanged');
    // A merge that narrows the moved ban to one group is no move.
    const narrowed = compare(
      draft('3.1 MPD shall not honor a detainer.', '3.2 MPD shall not transfer any person to ICE custody.'),
      draft('3.1 MPD shall not honor a detainer or transfer any juvenile to ICE custody.'),
    );
    const removed = narrowed.changes.find((c) => c.kind === 'removed');
    assert.equal(removed?.effect, 'weakens', JSON.stringify(narrowed.changes, null, 2));
    assert.notEqual(narrowed.verdict, 'unchanged');
    // Not when the moved duty allows more in its new place. (Its new clause still counts as an
    // added ban, so the verdict is mixed rather than weakened.)
    const looser = draft(
      '3.1 MPD shall not honor a detainer unless ICE presents a judicial warrant.',
      '3.3 MPD shall not grant ICE access to any person in custody unless a Commander approves.',
    );
    const loosened = compare(together, looser);
    assert.ok(['weakened', 'mixed'].includes(loosened.verdict), loosened.verdict);
    assert.ok(loosened.changes.some((c) => c.clause === '3.1' && c.kind === 'weakened'));
  });

  it('a judicial-warrant requirement lost: weakened', () => {
    const c = compare(
      draft(
        '4.1 MPD may notify ICE of the release date of a person only if ICE presents a judicial warrant.',
      ),
      draft('4.1 MPD may notify ICE of the release date of a person only if ICE presents a warrant.'),
    );
    assert.equal(only(c).kind, 'weakened');
    assert.ok(
      // It names what now suffices instead.
      only(c).reasons.includes(
        "§4.1: no longer requires a judicial warrant (now also permits it when 'ICE presents a warrant') (weakens)",
      ),
      only(c).reasons.join('\n'),
    );
  });

  it('a judicial-warrant requirement gained: strengthened', () => {
    const c = compare(
      draft('4.1 MPD may transfer a person to ICE custody when a Commander approves the transfer.'),
      draft('4.1 MPD may transfer a person to ICE custody only if ICE presents a judicial warrant.'),
    );
    assert.equal(only(c).kind, 'strengthened');
    assert.ok(only(c).reasons.includes('§4.1: now requires a judicial warrant (strengthens)'));
  });

  it('an item removed from an "only if any of:" list narrows the permission: strengthened', () => {
    const list = (...items: string[]) =>
      draft(
        [
          '3.5 MPD may cooperate with a lawful request of ICE',
          '      only if any of:',
          ...items.map((t, i) => `        ${'abc'[i]}. ${t}`),
        ].join('\n'),
      );
    const c = compare(
      list(
        'the individual is arrested for a violent felony;',
        'the individual is a member of a criminal street gang.',
      ),
      list('the individual is arrested for a violent felony.'),
    );
    assert.equal(only(c).kind, 'strengthened');
    assert.deepEqual(only(c).reasons, [
      "§3.5: no longer permits it when 'the individual is a member of a criminal street gang' (strengthens)",
    ]);
  });

  it('an item added to the list widens it: weakened', () => {
    const c = compare(
      draft('3.5 MPD may cooperate with ICE only if the individual is arrested for a violent felony.'),
      draft(
        '3.5 MPD may cooperate with ICE only if any of:\n        a. the individual is arrested for a violent felony;\n        b. the individual is charged with a misdemeanor.',
      ),
    );
    assert.equal(only(c).kind, 'weakened');
    assert.ok(
      only(c).reasons.includes(
        "§3.5: now also permits it when 'the individual is charged with a misdemeanor' (weakens)",
      ),
    );
  });

  it('an exception added to a prohibition: weakened; taken away: strengthened', () => {
    const plain = draft('3.2 Officers shall not participate in any immigration raid.');
    const excepted = draft(
      '3.2 Officers shall not participate in any immigration raid unless the Chief of Police approves.',
    );
    const added = only(compare(plain, excepted));
    assert.equal(added.kind, 'weakened');
    assert.ok(
      added.reasons.includes("§3.2: new exception: 'the Chief of Police approves' (weakens)"),
      added.reasons.join('\n'),
    );
    const removed = only(compare(excepted, plain));
    assert.equal(removed.kind, 'strengthened');
    assert.ok(
      removed.reasons.includes("§3.2: exception 'the Chief of Police approves' removed (strengthens)"),
    );
  });

  it('a loophole added: weakened; a hedge removed from a duty: strengthened', () => {
    const loophole = only(
      compare(
        draft('2.7 Officers shall not inquire into the immigration status of any person.'),
        draft('2.7 Officers shall not routinely inquire into the immigration status of any person.'),
      ),
    );
    assert.equal(loophole.kind, 'weakened');
    assert.deepEqual(loophole.reasons, ["§2.7: the loophole 'routinely' added (weakens)"]);
    const hedge = only(
      compare(
        draft(
          '2.4 Officers shall obtain approval from a Commander before detaining any person when time and circumstances permit.',
        ),
        draft('2.4 Officers shall obtain approval from a Commander before detaining any person.'),
      ),
    );
    assert.equal(hedge.kind, 'strengthened');
    assert.deepEqual(hedge.reasons, [
      "§2.4: the hedge 'when time and circumstances permit' removed (strengthens)",
    ]);
  });

  it('a prohibition that covers more actions: strengthened', () => {
    const c = compare(
      draft('4.2 MPD shall not notify ICE of the release of any person.'),
      draft('4.2 MPD shall not share any information with ICE.'),
    );
    assert.equal(only(c).kind, 'strengthened');
    assert.ok(only(c).reasons.some((r) => r.includes('now also forbids: share information')));
  });

  it('a wording-only change is neutral and the verdict is unchanged', () => {
    const c = compare(
      draft('2.2 Officers shall not ask any individual to produce a passport.'),
      draft('2.2 Officers shall not ask any person to produce a passport.'),
    );
    assert.deepEqual(only(c), {
      clause: '2.2',
      kind: 'neutral',
      effect: 'neutral',
      reasons: ["§2.2: wording only: 'individual' became 'person'"],
    });
    assert.equal(c.verdict, 'unchanged');
  });

  it('identical versions: no changes, unchanged', () => {
    const text = draft('2.2 Officers shall not ask any person to produce a passport.');
    assert.deepEqual(compare(text, text).changes, []);
    assert.equal(compare(text, text).verdict, 'unchanged');
  });
});

describe('added and removed clauses carry their direction', () => {
  const base = '3.1 Officers shall not participate in any immigration raid.';

  it('a new permission to notify ICE of release dates weakens', () => {
    const c = compare(
      draft(base),
      draft(base, '3.4 MPD may notify ICE of the release dates of persons in custody.'),
    );
    const change = only(c);
    assert.equal(change.kind, 'added');
    assert.equal(change.effect, 'weakens');
    assert.deepEqual(change.reasons, [
      "new §3.4 permits 'notify ICE of the release dates of persons in custody' without a judicial warrant (weakens)",
    ]);
    assert.equal(c.verdict, 'weakened');
  });

  it('a new prohibition strengthens; removing it weakens', () => {
    const extra = '3.5 MPD shall not enter into any 287(g) agreement.';
    const added = compare(draft(base), draft(base, extra));
    assert.equal(only(added).kind, 'added');
    assert.equal(only(added).effect, 'strengthens');
    assert.equal(added.verdict, 'strengthened');
    const removed = compare(draft(base, extra), draft(base));
    assert.equal(only(removed).kind, 'removed');
    assert.deepEqual(only(removed).reasons, [
      "§3.5 removed; it forbade 'enter into any 287(g) agreement' (weakens)",
    ]);
    assert.equal(removed.verdict, 'weakened');
    assert.equal(removed.safeguards.find((s) => s.id === 'no-287g-agreement')!.change, 'weaker');
  });

  it("removing a duty to tell someone else weakens: notifying a person's attorney is no cooperation (probe round 15)", () => {
    const extra = "3.7 Officers shall notify the person's attorney of each detention.";
    const removed = compare(draft(base, extra), draft(base));
    assert.deepEqual(only(removed).reasons, [
      "§3.7 removed; it required 'notify the person's attorney of each detention' (weakens)",
    ]);
    assert.equal(removed.verdict, 'weakened');
    // Forbidding it weakens too (probe round 16).
    const banned = compare(
      draft(base, extra),
      draft(base, "3.7 Officers shall not notify the person's attorney of each detention."),
    );
    assert.equal(only(banned).effect, 'weakens');
    assert.equal(banned.verdict, 'weakened');
    // Notifying ICE is one: a new duty to do it weakens.
    const added = compare(draft(base), draft(base, '3.8 Officers shall notify ICE of each detention.'));
    assert.equal(only(added).effect, 'weakens');
  });

  it('a permission to cooperate only with a judicial warrant strengthens', () => {
    const c = compare(
      draft(base),
      draft(
        base,
        '3.6 MPD may honor an immigration detainer only if it is accompanied by a judicial warrant.',
      ),
    );
    assert.equal(only(c).effect, 'strengthens');
    assert.match(only(c).reasons[0]!, /only with a judicial warrant \(strengthens\)$/);
  });
});

describe('the verdict', () => {
  it('follows the directions of all reasons', () => {
    assert.equal(verdictOf([]), 'unchanged');
    assert.equal(verdictOf([0, 0]), 'unchanged');
    assert.equal(verdictOf([1, 0]), 'strengthened');
    assert.equal(verdictOf([-1, 0]), 'weakened');
    assert.equal(verdictOf([1, -1]), 'mixed');
  });

  it('one strengthening and one weakening change make it mixed', () => {
    const c = compare(
      draft(
        '3.1 Officers should not participate in any immigration raid.',
        '3.2 MPD shall not enter into any 287(g) agreement.',
      ),
      draft(
        '3.1 Officers shall not participate in any immigration raid.',
        '3.2 MPD should not enter into any 287(g) agreement.',
      ),
    );
    assert.deepEqual(
      c.changes.map((ch) => ch.kind),
      ['strengthened', 'weakened'],
    );
    assert.equal(c.verdict, 'mixed');
  });

  it('a clause that both narrows and widens is classed weakened, marked both, and counts both ways', () => {
    const c = compare(
      draft(
        '3.5 MPD may cooperate with ICE only if any of:\n        a. the individual is arrested for a violent felony;\n        b. the individual is a gang member.',
      ),
      draft(
        '3.5 MPD may cooperate with ICE only if any of:\n        a. the individual is arrested for a violent felony;\n        b. the Chief of Police has determined that the individual is dangerous.',
      ),
    );
    const change = only(c);
    assert.equal(change.kind, 'weakened');
    assert.equal(change.effect, 'both');
    assert.equal(c.verdict, 'mixed');
  });
});
