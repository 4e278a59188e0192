import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scorecardOfText, type SafeguardResult, type Scorecard } from '../../server/scorecard/index.js';
import { readRepo } from '../helpers.js';

const card = (text: string): Scorecard => scorecardOfText(text);
const of = (c: Scorecard, id: string): SafeguardResult => {
  const found = c.safeguards.find((s) => s.id === id);
  assert.ok(found, `no safeguard ${id}`);
  return found;
};
const statusOf = (c: Scorecard, id: string) => of(c, id).status;

/** A policy with the definitions every case below needs, and `clauses` in section 2. */
const draft = (...clauses: string[]) => `policy "Test"
define MPD as agency "Test Police Department".
define Officer as member of MPD.
define ICE as immigration authority "United States Immigration and Customs Enforcement".

section 2 "Procedure"
${clauses.map((c) => `  ${c}`).join('\n')}
`;

describe('scorecard of the Madison SOP (2025)', () => {
  const c = card(readRepo('clauses', 'madison-sop-2025.policy'));

  it('has eleven safeguards, in the order of DESIGN §7', () => {
    assert.equal(c.safeguards.length, 11);
    assert.equal(c.safeguards[0]!.id, 'no-status-inquiry');
    assert.equal(c.safeguards[10]!.id, 'ice-request-reporting');
  });

  it('status inquiry is weak: "shall not routinely inquire"', () => {
    const s = of(c, 'no-status-inquiry');
    assert.equal(s.status, 'weak');
    assert.deepEqual(s.clauses, ['2.11']);
    assert.match(s.reason, /loophole 'routinely'/);
  });

  it('documents are weak: "in the normal course of business"', () => {
    const s = of(c, 'no-document-requests');
    assert.equal(s.status, 'weak');
    assert.deepEqual(s.clauses, ['2.12']);
    assert.match(s.reason, /in the normal course of business/);
  });

  it('detention for civil violations is weak: "solely" lets a second reason justify the same detention', () => {
    const s = of(c, 'no-civil-detention');
    assert.equal(s.status, 'weak');
    assert.deepEqual(s.clauses, ['2.5']);
    assert.match(s.reason, /loophole 'solely'/);
  });

  it('287(g) is present: "MPD will refrain from entering into Section 287(g) agreements"', () => {
    assert.equal(statusOf(c, 'no-287g-agreement'), 'present');
    assert.deepEqual(of(c, 'no-287g-agreement').clauses, ['2.4']);
  });

  it('detainers, information sharing and access are weak: §2.8 allows cooperation without a judicial warrant', () => {
    for (const id of ['no-detainers', 'no-information-sharing', 'no-custody-access']) {
      const s = of(c, id);
      assert.equal(s.status, 'weak', id);
      assert.ok(s.clauses.includes('2.8'), id);
      assert.match(s.reason, /without a judicial warrant/, id);
      assert.match(s.reason, /subjective standard 'has determined'/, id);
    }
  });

  it('services are present through the statement in §2.9', () => {
    const s = of(c, 'services-regardless-of-status');
    assert.equal(s.status, 'present');
    assert.deepEqual(s.clauses, ['2.9']);
    assert.match(s.reason, /§2\.9 states it/);
  });

  it('documentation of ICE requests is missing', () => {
    assert.equal(statusOf(c, 'ice-request-reporting'), 'missing');
    assert.deepEqual(of(c, 'ice-request-reporting').clauses, []);
  });
});

describe('scorecard of the Voces proposal for Milwaukee SOP 130', () => {
  const c = card(readRepo('clauses', 'milwaukee-sop130-voces-proposal.policy'));

  it('most safeguards are present, warrant-gated ones included', () => {
    const present = c.safeguards.filter((s) => s.status === 'present').map((s) => s.id);
    assert.ok(present.length > c.safeguards.length / 2, present.join(', '));
    for (const id of [
      'no-status-inquiry',
      'no-detainers',
      'no-information-sharing',
      'no-raid-assistance',
      'no-agency-resources',
    ])
      assert.ok(present.includes(id), id);
  });

  it('what the FAQ does not propose is missing, not weak', () => {
    for (const id of [
      'no-document-requests',
      'no-287g-agreement',
      'services-regardless-of-status',
      'ice-request-reporting',
    ])
      assert.equal(statusOf(c, id), 'missing', id);
  });
});

describe('scorecard of the model safeguards', () => {
  it('has all eleven present', () => {
    const c = card(readRepo('clauses', 'model-safeguards.policy'));
    const notPresent = c.safeguards.filter((s) => s.status !== 'present');
    assert.deepEqual(
      notPresent.map((s) => `${s.id}: ${s.reason}`),
      [],
    );
    assert.deepEqual(of(c, 'ice-request-reporting').clauses, ['7.1', '7.2', '7.3']);
  });
});

describe('how each status is decided', () => {
  it('a plain prohibition is present; with "should not" it is weak', () => {
    assert.equal(
      statusOf(
        card(draft('2.1 Officers shall not assist ICE in any immigration raid.')),
        'no-raid-assistance',
      ),
      'present',
    );
    const weak = of(
      card(draft('2.1 Officers should not assist ICE in any immigration raid.')),
      'no-raid-assistance',
    );
    assert.equal(weak.status, 'weak');
    assert.match(weak.reason, /should not/);
  });

  it('a ban that protects one group only is weak; one that protects anyone, or a group besides, is present', () => {
    const narrow = of(
      card(
        draft('2.1 Officers shall not inquire about the immigration status of any crime victim or witness.'),
      ),
      'no-status-inquiry',
    );
    assert.equal(narrow.status, 'weak');
    assert.match(narrow.reason, /protection only for 'any crime victim or witness'/);
    for (const text of [
      '2.1 Officers shall not inquire about the immigration status of any person, including a victim or a witness.',
      '2.1 Officers shall not inquire about the immigration status of any person.\n2.2 Officers shall not ask a juvenile about immigration status.',
      // Students are the whole population of a school district's policy.
      '2.1 Officers shall not inquire about the immigration status of any student.',
    ])
      assert.equal(statusOf(card(draft(text)), 'no-status-inquiry'), 'present', text);
  });

  it('a judicial warrant defined to take in an administrative warrant protects nothing', () => {
    const clause = '2.1 MPD shall not honor a detainer unless it is accompanied by a judicial warrant.';
    const withDefinition = (text: string) =>
      draft(clause).replace('define ICE', `define "judicial warrant" as term: ${text}.\ndefine ICE`);
    assert.equal(
      statusOf(card(withDefinition('a warrant signed by a federal or state judge')), 'no-detainers'),
      'present',
    );
    const loose = of(
      card(withDefinition('a warrant signed by a federal or state judge, or an ICE administrative warrant')),
      'no-detainers',
    );
    assert.equal(loose.status, 'weak');
    assert.match(loose.reason, /definition lets an administrative warrant be/);
  });

  it('an exception that needs a judicial warrant keeps a warrant safeguard present; any other makes it weak', () => {
    const judicial = draft(
      '2.1 MPD shall not notify ICE of the release date of any person unless ICE presents a judicial warrant.',
    );
    assert.equal(statusOf(card(judicial), 'no-information-sharing'), 'present');
    const other = draft(
      '2.1 MPD shall not notify ICE of the release date of any person unless the person is a convicted felon.',
    );
    const s = of(card(other), 'no-information-sharing');
    assert.equal(s.status, 'weak');
    assert.match(
      s.reason,
      /exception without a judicial warrant \('unless the person is a convicted felon'\)/,
    );
  });

  it('a ban on denying service because of status assures the service; leave to deny it does not (probe round 9)', () => {
    const ban = draft(
      "2.1 MPD will not deny any service, benefit or protection to a person because of the person's immigration status.",
    );
    assert.equal(statusOf(card(ban), 'services-regardless-of-status'), 'present');
    const leave = draft(
      "2.1 Officers may deny services to a person because of the person's immigration status.",
    );
    assert.equal(statusOf(card(leave), 'services-regardless-of-status'), 'missing');
    const collected = draft(
      '2.1 Officers shall not inquire into or collect information about the immigration or citizenship status of any person.',
    );
    assert.equal(statusOf(card(collected), 'no-status-inquiry'), 'present');
  });

  it('a permission "only if" a judicial warrant is presented covers a safeguard', () => {
    const text = draft(
      '2.1 MPD may honor an immigration detainer only if the detainer is accompanied by a judicial warrant.',
    );
    assert.equal(statusOf(card(text), 'no-detainers'), 'present');
  });

  it('a permission without a judicial warrant undoes a prohibition on the same action', () => {
    const text = draft(
      '2.1 MPD shall not share information with ICE.',
      '2.2 MPD may notify ICE of the release date of a person convicted of a violent felony.',
    );
    const s = of(card(text), 'no-information-sharing');
    assert.equal(s.status, 'weak');
    assert.deepEqual(s.clauses, ['2.1', '2.2']);
    assert.match(s.reason, /§2\.1 forbids it, but §2\.2 permits it/);
  });

  it('a general permission to cooperate does not undo a specific prohibition', () => {
    const text = draft(
      '2.1 Officers shall not participate in any immigration raid.',
      '2.2 MPD may cooperate with ICE when the individual is arrested for a violent felony.',
    );
    assert.equal(statusOf(card(text), 'no-raid-assistance'), 'present');
  });

  it('a ban on release until ICE takes custody is a hold for ICE, not a safeguard against transfer', () => {
    const text = draft(
      '2.1 Officers shall not release a person subject to an ICE detainer until ICE takes custody.',
    );
    const access = of(card(text), 'no-custody-access');
    assert.equal(access.status, 'missing');
    assert.deepEqual(access.clauses, []);
    const detainers = of(card(text), 'no-detainers');
    assert.equal(detainers.status, 'missing');
    assert.match(detainers.reason, /§2\.1 requires it/);
  });

  it('a permission alone leaves the safeguard missing and says so', () => {
    const s = of(
      card(draft('2.1 Officers may ask any person about immigration status.')),
      'no-status-inquiry',
    );
    assert.equal(s.status, 'missing');
    assert.match(s.reason, /no clause forbids it, and §2\.1 permits it/);
  });

  it('an assurance needs a duty: "shall" is present, "should" weak, a limit weak', () => {
    const services = (c: string) => of(card(draft(c)), 'services-regardless-of-status');
    assert.equal(
      services('2.1 MPD shall provide its services to every person regardless of immigration status.').status,
      'present',
    );
    assert.equal(
      services('2.1 MPD should provide its services to every person regardless of immigration status.')
        .status,
      'weak',
    );
    const limited = services(
      '2.1 MPD shall provide its services regardless of immigration status when resources permit.',
    );
    assert.equal(limited.status, 'weak');
  });

  it('documentation needs both parts: recording alone is weak', () => {
    const s = of(card(draft('2.1 Officers shall record every request from ICE.')), 'ice-request-reporting');
    assert.equal(s.status, 'weak');
    assert.match(s.reason, /publishes a report of them: no clause requires it/);
  });

  it('documentation is a duty to record or publish requests, not any clause that names records and requests', () => {
    const handing = draft(
      '2.1 MPD shall provide records to ICE upon request.',
      '2.2 Officers should request immigration documents from every person.',
    );
    assert.equal(statusOf(card(handing), 'ice-request-reporting'), 'missing');
    const both = draft(
      '2.1 Officers shall promptly record every request from ICE.',
      '2.2 MPD shall publish a report of every request from ICE each year.',
    );
    assert.equal(statusOf(card(both), 'ice-request-reporting'), 'present');
  });

  it('a subjective standard in a prohibition makes it weak', () => {
    const text = draft(
      '2.1 Officers shall not inquire about the immigration status of a victim with the subjective intent to dissuade the victim from reporting a crime.',
    );
    const s = of(card(text), 'no-status-inquiry');
    assert.equal(s.status, 'weak');
    assert.match(s.reason, /subjective standard 'subjective intent'/);
  });
});

describe('probe round 17: who is told, services withheld, negated conditions', () => {
  it('reporting to a council or notifying the person’s attorney shares nothing with ICE', () => {
    const c = card(
      draft(
        '2.1 MPD shall not share any information about a person with ICE unless ICE presents a judicial warrant.',
        '2.2 The Chief shall report to the City Council each year the number of requests received from ICE.',
        "2.3 Before any interview by ICE of a person in custody, Officers shall notify the person's attorney.",
      ) + 'define Chief as member of MPD.\ndefine "City Council" as authority.\n',
    );
    const s = of(c, 'no-information-sharing');
    assert.equal(s.status, 'present');
    assert.deepEqual(s.clauses, ['2.1']);
    // The report to the council still documents ICE's requests.
    assert.equal(statusOf(c, 'ice-request-reporting'), 'present');
  });

  it('a duty to notify ICE still undoes the ban', () => {
    const c = card(
      draft(
        '2.1 MPD shall not share any information about a person with ICE unless ICE presents a judicial warrant.',
        "2.2 Officers shall notify ICE of the person's release date.",
      ),
    );
    assert.equal(statusOf(c, 'no-information-sharing'), 'weak');
    assert.deepEqual(of(c, 'no-information-sharing').clauses, ['2.1', '2.2']);
  });

  it('a ban on conditioning a service on status assures services; leave to condition them does not', () => {
    const banned = card(
      draft(
        '2.1 MPD shall not condition any benefit, opportunity or service on matters related to immigration status.',
      ),
    );
    assert.equal(statusOf(banned, 'services-regardless-of-status'), 'present');
    assert.deepEqual(of(banned, 'services-regardless-of-status').clauses, ['2.1']);
    const allowed = card(
      draft("2.1 MPD may condition the provision of any service on the person's immigration status."),
    );
    assert.equal(statusOf(allowed, 'services-regardless-of-status'), 'missing');
  });

  it('a negated condition in a reason is said in words, not as a formula', () => {
    const c = card(
      draft(
        '2.1 MPD shall not share any information about a person with ICE unless ICE presents a judicial warrant.',
        '2.2 Before any interview by ICE of a person in custody, Officers shall notify ICE of the interview.',
      ),
    );
    const s = of(c, 'no-information-sharing');
    assert.equal(s.status, 'weak');
    assert.doesNotMatch(s.reason, /not \(/);
    assert.match(
      s.reason,
      /§2\.2 requires it when 'it is not the case that any interview by ICE of a person in custody'/,
    );
  });
});
