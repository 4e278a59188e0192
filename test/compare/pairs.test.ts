import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare, type Comparison } from '../../server/compare/index.js';
import { readRepo } from '../helpers.js';

const changeOf = (c: Comparison, clause: string) => {
  const found = c.changes.find((ch) => ch.clause === clause);
  assert.ok(found, `no change for §${clause}: ${c.changes.map((ch) => ch.clause).join(', ')}`);
  return found;
};
const deltaOf = (c: Comparison, id: string) => c.safeguards.find((s) => s.id === id)!;

describe('Madison 2017 → 2025', () => {
  const c = compare(
    readRepo('clauses', 'madison-sop-2017.policy'),
    readRepo('clauses', 'madison-sop-2025.policy'),
  );

  it('dropping the criminal-street-gang criterion narrows the cooperation exception', () => {
    const reasons = changeOf(c, '2.8').reasons;
    assert.ok(
      reasons.includes(
        "§2.8: no longer permits it when 'The individual is reasonably suspected of participating in a criminal street gang' (strengthens)",
      ),
      reasons.join('\n'),
    );
    assert.ok(
      reasons.some((r) => /previously deported felon' narrowed to/.test(r) && r.endsWith('(strengthens)')),
    );
  });

  it("but the 2025 list adds the Chief of Police's determination, a subjective standard", () => {
    const change = changeOf(c, '2.8');
    assert.ok(
      change.reasons.some(
        (r) =>
          /now also permits it when 'The Chief of Police has determined/.test(r) && r.endsWith('(weakens)'),
      ),
    );
    assert.ok(change.reasons.includes("§2.8: the subjective standard 'has determined' added (weakens)"));
    assert.equal(change.effect, 'both');
  });

  it('the other differences are reported too: a new hedge, a new loophole, the raids clause dropped, 287(g) added', () => {
    assert.deepEqual(changeOf(c, '2.6').reasons, [
      "§2.6: the hedge 'When time and circumstances permit' added (weakens)",
    ]);
    assert.deepEqual(changeOf(c, '2.12').reasons, [
      "§2.12: the loophole 'in the normal course of business' added (weakens)",
    ]);
    assert.equal(changeOf(c, '3.3').kind, 'removed');
    assert.equal(changeOf(c, '3.3').effect, 'weakens');
    assert.equal(changeOf(c, '2.4').kind, 'added');
    assert.equal(changeOf(c, '2.4').effect, 'strengthens');
    assert.equal(changeOf(c, '2.11').kind, 'neutral');
  });

  it('the code of conduct clause §3.1 continues as §2.5, forbidding fewer actions', () => {
    const change = changeOf(c, '2.5');
    assert.equal(change.old, '3.1');
    assert.ok(
      change.reasons.some((r) => /^§2\.5: no longer forbids: .*investigate.* \(weakens\)$/.test(r)),
      change.reasons.join('\n'),
    );
  });

  it('so the honest verdict is mixed, and the scorecards say which safeguards moved', () => {
    assert.equal(c.verdict, 'mixed');
    assert.equal(deltaOf(c, 'no-287g-agreement').change, 'stronger');
    assert.equal(deltaOf(c, 'no-document-requests').change, 'weaker');
    assert.equal(deltaOf(c, 'no-raid-assistance').change, 'weaker');
    assert.equal(deltaOf(c, 'no-detainers').change, 'same');
  });
});

describe('Milwaukee SOP 130, the 2017 revision the ACLU of Wisconsin opposed', () => {
  const c = compare(
    readRepo('test', 'fixtures', 'compare', 'milwaukee-sop130-2017-before.policy'),
    readRepo('test', 'fixtures', 'compare', 'milwaukee-sop130-2017-after.policy'),
  );

  it('a subjective-intent standard in the status prohibition weakens it', () => {
    assert.equal(c.verdict, 'weakened');
    assert.deepEqual(c.changes, [
      {
        clause: '130.10',
        kind: 'weakened',
        effect: 'weakens',
        reasons: ["§130.10: the subjective standard 'subjective intent' added (weakens)"],
      },
    ]);
    assert.deepEqual(
      { old: deltaOf(c, 'no-status-inquiry').old, new: deltaOf(c, 'no-status-inquiry').new },
      { old: 'present', new: 'weak' },
    );
  });
});

describe('Milwaukee SOP 130, the current policy against the Voces proposal', () => {
  const c = compare(
    readRepo('test', 'fixtures', 'compare', 'milwaukee-sop130-current.policy'),
    readRepo('clauses', 'milwaukee-sop130-voces-proposal.policy'),
  );

  it('is strengthened: discretion replaced by prohibitions that require a judicial warrant', () => {
    assert.equal(c.verdict, 'strengthened');
    for (const clause of ['130.10', '130.50', '130.60']) {
      const change = changeOf(c, clause);
      assert.equal(change.kind, 'strengthened', clause);
      assert.ok(change.reasons.includes(`§${clause}: now requires a judicial warrant (strengthens)`), clause);
    }
    assert.ok(c.changes.every((ch) => ch.effect !== 'weakens' && ch.effect !== 'both'));
  });

  it('no safeguard gets weaker, and the warrant-gated ones appear', () => {
    assert.ok(c.safeguards.every((s) => s.change !== 'weaker'));
    for (const id of ['no-detainers', 'no-information-sharing', 'no-custody-access'])
      assert.deepEqual([deltaOf(c, id).old, deltaOf(c, id).new], ['missing', 'present'], id);
  });
});
