import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../grammar/index.js';
import {
  buildModel,
  describeGuard,
  requires,
  SOMEONE_ELSE,
  subjectsOverlap,
  type Norm,
} from '../../server/model/index.js';
import { designExample } from '../helpers.js';

const model = (text: string) => buildModel(parse(text));
const normsOf = (norms: Norm[], clause: string) => norms.filter((n) => n.clause.number === clause);

describe('norms of the DESIGN example', () => {
  const m = model(designExample());

  it('2.3 is a prohibition on detain and arrest by Officer', () => {
    const [norm, ...rest] = normsOf(m.norms, '2.3');
    assert.equal(rest.length, 0);
    assert.equal(norm!.force, 'prohibition');
    assert.equal(norm!.subject.definition?.name.text, 'Officer');
    assert.deepEqual(norm!.subject.names, ['officer', 'mpd']);
    assert.deepEqual(
      norm!.actions.map((a) => a.class),
      ['detain', 'arrest'],
    );
    assert.equal(describeGuard(norm!.guard), 'the only reason is a suspected violation of immigration law');
  });

  it('2.5 is a permission to cooperate with ICE guarded by the three listed conditions', () => {
    const [norm, implied] = normsOf(m.norms, '2.5');
    assert.equal(norm!.force, 'permission');
    assert.equal(norm!.implied, false);
    assert.deepEqual(
      norm!.actions.map((a) => a.class),
      ['cooperate'],
    );
    assert.equal(norm!.counterpart, 'ICE');
    assert.equal(norm!.guard.op, 'or');
    assert.deepEqual(
      norm!.guard.op === 'or' ? norm!.guard.guards.map((g) => (g.op === 'atom' ? g.atom.label : g.op)) : [],
      [
        'the individual is engaged in or is suspected of terrorism or espionage',
        'the individual is arrested for any violent felony',
        'the Chief of Police has determined that the individual poses a serious threat to public safety',
      ],
    );
    assert.equal(requires(norm!.guard, 'judicial-warrant'), false);
    // "only if" also forbids cooperation outside the listed conditions.
    assert.equal(implied!.force, 'prohibition');
    assert.equal(implied!.implied, true);
    assert.equal(implied!.guard.op, 'not');
  });

  it('2.6 is a statement, not a norm', () => {
    assert.deepEqual(
      m.statements.map((c) => c.number),
      ['2.6'],
    );
    assert.equal(normsOf(m.norms, '2.6').length, 0);
  });

  it('2.1 forbids investigating unless a serious crime is involved', () => {
    const [norm] = normsOf(m.norms, '2.1');
    assert.deepEqual(
      norm!.actions.map((a) => a.class),
      ['investigate'],
    );
    assert.equal(norm!.guard.op, 'not');
  });

  it('2.7 forbids inquiring into immigration status', () => {
    assert.deepEqual(
      normsOf(m.norms, '2.7')[0]!.actions.map((a) => a.class),
      ['inquire-status'],
    );
  });

  it("members answer to their agency's duties", () => {
    const officer = normsOf(m.norms, '2.3')[0]!.subject;
    const agency = normsOf(m.norms, '2.1')[0]!.subject;
    assert.equal(subjectsOverlap(officer, agency), true);
    const commander = model(
      'define MPD as agency.\ndefine Officer as member of MPD.\ndefine Commander as member of MPD.\n2.1 Commanders shall act.\n2.2 Officers shall act.\n',
    ).norms;
    assert.equal(subjectsOverlap(commander[0]!.subject, commander[1]!.subject), false);
  });
});

describe('guards', () => {
  const norm = (sentence: string) =>
    model(`define ICE as immigration authority.\ndefine MPD as agency.\n2.1 ${sentence}\n`).norms[0]!;

  it('recognises a judicial warrant however it is written', () => {
    for (const s of [
      'MPD may respond to a civil immigration detainer only if the request is accompanied by a judicial warrant.',
      'MPD may transfer custody to ICE only if presented with a warrant signed by a federal or state judge.',
      'MPD may notify ICE of a release date if a judicial warrant is presented.',
    ])
      assert.equal(requires(norm(s).guard, 'judicial-warrant'), true, s);
  });

  it('reads "unless" and "without" as negations', () => {
    assert.equal(
      describeGuard(
        norm('MPD shall not share information with ICE unless a judicial warrant is presented.').guard,
      ),
      'not (a judicial warrant is presented)',
    );
    assert.equal(
      describeGuard(norm('MPD shall not detain anyone without a judicial warrant.').guard),
      'not (a judicial warrant is presented)',
    );
    assert.equal(
      describeGuard(norm('MPD may honor a detainer if no judicial warrant is presented.').guard),
      'not (a judicial warrant is presented)',
    );
  });

  it('folds the same condition written twice into one atom', () => {
    const a = norm('MPD shall notify ICE when the individuals are arrested for violent felonies.');
    const b = norm('MPD shall not notify ICE when an individual is arrested for a violent felony.');
    const id = (n: Norm) => (n.guard.op === 'atom' ? n.guard.atom.id : '');
    assert.equal(id(a), id(b));
  });

  it('classes the actions from the lexicon, most specific first', () => {
    assert.deepEqual(
      norm('MPD may notify ICE of release dates.').actions.map((a) => a.class),
      ['notify'],
    );
    assert.deepEqual(
      norm('MPD shall not honor any immigration detainer.').actions.map((a) => a.class),
      ['honor-detainer'],
    );
    assert.deepEqual(norm('MPD shall document every request.').actions, [
      { class: 'verb:document request', known: false },
    ]);
  });
});

describe('who is told', () => {
  const header =
    'define MPD as agency.\ndefine Officer as member of MPD.\ndefine Supervisor as member of MPD.\ndefine "Chief of Police" as member of MPD.\ndefine ICE as immigration authority.\ndefine "personal information" as term.\n';
  const counterpart = (clause: string) => model(`${header}2.1 ${clause}`).norms[0]!.counterpart;

  it('is the subject of a passive verb of telling', () => {
    assert.equal(
      counterpart('A Supervisor shall be notified before an Officer transfers any person to ICE custody.'),
      SOMEONE_ELSE,
    );
    assert.equal(counterpart('The person shall be informed when ICE asks about the person.'), SOMEONE_ELSE);
    assert.equal(counterpart('ICE shall be notified of the release of any person.'), 'ICE');
  });

  it('is the one "that" points at, when "that" is no start of what is said', () => {
    assert.equal(
      counterpart(
        "When ICE asks about a person, the Supervisor shall notify that person's attorney of the request.",
      ),
      SOMEONE_ELSE,
    );
    assert.equal(
      counterpart('When ICE asks about a person, Officers shall notify that person of the request.'),
      SOMEONE_ELSE,
    );
    assert.equal(counterpart('Officers shall inform ICE that the person will be released.'), 'ICE');
  });

  it('is not a counterpart inside what is said, unless "to" or "with" marks it', () => {
    assert.equal(
      counterpart(
        'The Supervisor shall tell each person in custody that MPD will not hold the person for ICE.',
      ),
      SOMEONE_ELSE,
    );
    assert.equal(
      counterpart('Officers shall not share information that identifies a victim with ICE.'),
      'ICE',
    );
    assert.equal(counterpart('Officers shall not notify ICE that a person will be released.'), 'ICE');
  });

  it('is the counterpart named where the one told stands', () => {
    for (const clause of [
      'Officers may notify ICE of the release date of any person.',
      'Officers may notify the Supervisor and ICE when a person is booked.',
      'Officers may contact the ICE field office about a person in custody.',
      'MPD may share information with any agency, including ICE.',
      'MPD may provide ICE with information about a person in custody.',
      'Officers may disclose to ICE agents the home address of any person.',
      'MPD may report to ICE any person arrested for a violent felony.',
      // A defined term after a verb of telling is what is told, not whom.
      'MPD may provide personal information about any person to ICE.',
    ])
      assert.equal(counterpart(clause), 'ICE', clause);
    assert.equal(
      counterpart('Officers may notify federal immigration authorities of a release.'),
      'immigration-authority',
    );
  });

  it('is someone else, no counterpart, when the action names someone else to tell', () => {
    for (const clause of [
      'Officers shall notify the Supervisor immediately when ICE agents request assistance.',
      'Officers shall inform each detained person of any request by ICE to interview the person.',
      "Officers shall tell the person's attorney that ICE has asked for a release date.",
      'The Supervisor shall report to the City Council the number of requests received from ICE.',
      'MPD shall provide to the public information about the requests received from ICE.',
      'Officers shall notify the Supervisor of any contact with ICE.',
      'Officers should inform the Supervisor about each interview with ICE agents.',
      'Officers shall give each patient a written notice of consular notification.',
      'MPD shall send each passenger the information about any request from ICE agents.',
      // A verb of telling joined to the first: the Supervisor is told.
      'Officers shall log the request and tell the Supervisor if ICE asks for a release date.',
      // "with ICE" after a noun of what is told about: a contact with ICE, not telling ICE.
      'Officers shall report any contact with ICE to the Supervisor.',
      'Officers shall notify the Supervisor of each courthouse contact with ICE.',
      'The Supervisor shall report every communication with ICE agents to the Chief of Police.',
      // The counterpart before a noun of what is told about: "each ICE request".
      'Officers shall report each ICE request to the Supervisor.',
      'Officers shall report each ICE contact to the Chief of Police.',
      // "for immigration enforcement" is a purpose, and "to the City Council" the one told; "to
      // identify a person" is an infinitive, and tells nobody.
      'The Chief of Police shall report every query made for immigration enforcement to the Supervisor.',
    ])
      assert.equal(counterpart(clause), SOMEONE_ELSE, clause);
  });

  it('is the counterpart told with someone else, or by a later verb of telling', () => {
    for (const clause of [
      'Officers may notify the Supervisor and ICE of the release.',
      'Officers may notify the supervisor and ICE of the release.',
      'Officers may notify the Chief of Police and ICE of the release.',
      'Officers may notify the Supervisor of the request and then notify ICE of the release date.',
      // "with" after a noun that is not what is told about still marks who is told.
      'MPD may share the contact list with ICE.',
    ])
      assert.equal(counterpart(clause), 'ICE', clause);
  });

  it('falls back to the counterpart the clause names when the action does not say whom it tells', () => {
    assert.equal(counterpart('MPD may share information about a person when requested by ICE.'), 'ICE');
    // A counterpart after "for" is whom it is for: told only when no one else is named.
    assert.equal(counterpart('MPD may provide records for ICE.'), 'ICE');
    // "to" before a verb names no one told: "to identify a person for ICE" is for ICE.
    assert.equal(counterpart('Officers may use footage to identify a person for ICE.'), 'ICE');
    // Other agencies are not someone else for certain: ICE may be one of them.
    assert.equal(counterpart('MPD may share information with other agencies when ICE asks.'), 'ICE');
  });

  it('leaves alone actions that tell nobody: holding someone for ICE is not telling the Supervisor', () => {
    assert.equal(counterpart('Officers may detain a person for ICE after telling the Supervisor.'), 'ICE');
  });
});

describe('a phrase set off by commas before the verb', () => {
  it('is passed over to find the action', () => {
    const norm = model(
      'define MPD as agency.\ndefine Officer as member of MPD.\ndefine ICE as immigration authority.\n2.1 Officers shall, within one hour, notify ICE of each release.',
    ).norms[0]!;
    assert.deepEqual(
      norm.actions.map((a) => a.class),
      ['notify'],
    );
    assert.equal(norm.counterpart, 'ICE');
  });
});

describe('conditions that name an event after "upon"', () => {
  it('say that the event happened', () => {
    const guardOf = (clause: string) =>
      describeGuard(
        model(`define MPD as agency.\ndefine ICE as immigration authority.\n2.1 ${clause}`).norms[0]!.guard,
      );
    assert.equal(
      guardOf('MPD may transfer a person to ICE custody upon presentation of Form I-205.'),
      'Form I-205 is presented',
    );
    assert.equal(
      guardOf('Upon receipt of a civil immigration detainer, MPD shall notify the person.'),
      'civil immigration detainer is received',
    );
    // A plural agrees (probe round 12); "process" and "status" are no plurals.
    assert.equal(
      guardOf('MPD may admit ICE agents to the jail upon presentation of credentials.'),
      'credentials are presented',
    );
    assert.equal(guardOf('MPD shall, upon request, notify ICE of each release.'), 'it is requested');
    assert.equal(guardOf('MPD shall notify ICE upon the request of ICE.'), 'ICE requests it');
    assert.equal(
      guardOf('MPD may, upon request by ICE and with the approval of a Sergeant, notify ICE.'),
      'ICE requests it and with the approval of a Sergeant',
    );
  });
});

describe('alternatives in a condition', () => {
  const guard = (clause: string) =>
    describeGuard(
      model(`define MPD as agency.\ndefine ICE as immigration authority.\n2.1 ${clause}`).norms[0]!.guard,
    );

  it('splits a condition that offers a judicial warrant or something else', () => {
    assert.equal(
      guard('MPD may notify ICE if ICE presents a judicial warrant or the Chief of Police approves.'),
      'a judicial warrant is presented or the Chief of Police approves',
    );
    assert.equal(
      guard(
        'MPD shall not notify ICE unless either a judicial warrant or an administrative warrant is presented.',
      ),
      'not (a judicial warrant is presented or an administrative warrant is presented)',
    );
  });

  it('keeps one condition when every alternative, or none, is a judicial warrant', () => {
    assert.equal(
      guard('MPD may notify ICE if ICE presents a judicial warrant or a court order.'),
      'a judicial warrant is presented',
    );
    assert.equal(
      guard('MPD may notify ICE if ICE presents a warrant signed by a federal or state judge.'),
      'a judicial warrant is presented',
    );
    // Two phrases of the concept overlap here: "judicial warrant" and "warrant signed by … judge".
    assert.equal(
      guard('MPD may notify ICE if ICE presents a judicial warrant signed by a federal or state judge.'),
      'a judicial warrant is presented',
    );
    assert.equal(
      guard('MPD may notify ICE if the person is arrested for a felony or a misdemeanor.'),
      'the person is arrested for a felony or a misdemeanor',
    );
  });
});

describe('the reason an action names for itself', () => {
  const reason = (clause: string) =>
    model(`define MPD as agency.\ndefine Officer as member of MPD.\n2.1 ${clause}`).norms[0]!.reason;

  it('is the condition key of what follows "on the basis of", "because of" and their kin', () => {
    assert.equal(
      reason('Officers shall not arrest any person on the basis of a civil immigration violation.'),
      'immigration violation',
    );
    assert.equal(
      reason('Officers shall not detain a person because of the person’s national origin.'),
      'person national origin',
    );
    assert.equal(
      reason('Officers shall not stop a car for the sole reason that the driver speaks Spanish.'),
      'driver speak spanish',
    );
  });

  it('is the violation of immigration law an arrest is "for"', () => {
    assert.equal(
      reason('No person shall be detained or arrested for a civil immigration violation.'),
      'immigration violation',
    );
    assert.equal(reason('Officers may arrest a person for a violent felony.'), undefined);
  });

  it('is undefined when the action names none', () => {
    assert.equal(reason('Officers shall arrest a person named in a judicial warrant.'), undefined);
  });
});

describe('duties coordinated in one clause', () => {
  const defs =
    'define MPD as agency.\ndefine Officer as member of MPD.\ndefine "Watch Commander" as member of MPD.\ndefine ICE as immigration authority.\n';
  const norms = (clause: string) =>
    model(`${defs}${clause}`).norms.map((n) => ({
      modal: n.modal.text,
      force: n.force,
      implied: n.implied,
      action: n.action?.text,
      classes: n.actions.filter((a) => a.known).map((a) => a.class),
    }));

  it('reads a second modal after "and" as a second norm with its own force and action', () => {
    assert.deepEqual(
      norms(
        '2.1 Officers shall refer each request to the Watch Commander and may share the requested information with ICE.',
      ),
      [
        {
          modal: 'shall',
          force: 'obligation',
          implied: false,
          action: 'refer each request to the Watch Commander',
          classes: [],
        },
        {
          modal: 'may',
          force: 'permission',
          implied: false,
          action: 'share the requested information with ICE',
          classes: ['share-information'],
        },
      ],
    );
  });

  it('reads "…, nor shall X …" as a second prohibition, its subject after its modal (probe round 17)', () => {
    assert.deepEqual(
      norms(
        "2.1 No person shall be detained on a civil immigration detainer, nor shall notice of the person's release be provided to ICE, unless a judicial warrant is presented.",
      ).map((n) => [n.modal, n.force, n.classes]),
      [
        ['shall', 'prohibition', ['honor-detainer']],
        ['nor shall', 'prohibition', ['notify']],
      ],
    );
    assert.deepEqual(
      norms(
        '2.2 Officers shall not hold any person for ICE, nor shall any Officer notify ICE of a release.',
      ).map((n) => [n.modal, n.force, n.action, n.classes]),
      [
        ['shall not', 'prohibition', 'hold any person for ICE', ['honor-detainer']],
        ['nor shall', 'prohibition', 'notify ICE of a release', ['notify']],
      ],
    );
  });

  it('reads a "no" in a later duty\'s object as forbidding, as in a sentence (probe round 9)', () => {
    assert.deepEqual(
      norms(
        '2.2 MPD will not permit ICE to interview any person in custody, and ICE is to be given no access to the lockup.',
      ).map((n) => [n.modal, n.force]),
      [
        ['will not', 'prohibition'],
        ['is to', 'prohibition'],
      ],
    );
    assert.deepEqual(
      norms('2.3 Officers shall log each request and shall share no information with ICE.').map(
        (n) => n.force,
      ),
      ['obligation', 'prohibition'],
    );
  });

  it('reads a second duty with a subject of its own', () => {
    const duties = (clause: string) =>
      model(`${defs}${clause}`).norms.map((n) => `${n.subject.names[0]} ${n.modal.text} ${n.action?.text}`);
    assert.deepEqual(
      duties(
        '2.3 Officers shall refer each request to the Watch Commander, who may share the records with ICE.',
      ),
      [
        'officer shall refer each request to the Watch Commander',
        'watch commander may share the records with ICE',
      ],
    );
    for (const [clause, second] of [
      [
        '2.4 Officers shall not hold any person for ICE; however, officers may share records with ICE.',
        'officer may',
      ],
      [
        '2.5 Officers shall not hold any person for ICE, and officers should share records with ICE.',
        'officer should',
      ],
      [
        '2.6 Officers shall not hold any person for ICE, but the Watch Commander may share records with ICE.',
        'watch commander may',
      ],
      [
        '2.7 Officers shall not hold any person for ICE; provided, however, that the Watch Commander may share records with ICE.',
        'watch commander may',
      ],
    ] as const)
      assert.deepEqual(
        duties(clause),
        ['officer shall not hold any person for ICE', `${second} share records with ICE`],
        clause,
      );
    // ", which" binds the name before it: data shared through a third party.
    assert.deepEqual(
      duties(
        '2.9 Officers shall share booking data with the Watch Commander, which may share the data with ICE.',
      ),
      [
        'officer shall share booking data with the Watch Commander',
        'watch commander may share the data with ICE',
      ],
    );
    // No second subject: "the person" names no one who acts.
    assert.equal(duties('2.8 Officers shall record the reason the person may be detained.').length, 1);
  });

  it('gives the qualifiers after the actions to the last duty only', () => {
    const [first, second] = model(
      `${defs}2.2 Officers shall release each person on time and shall not transfer the person to ICE custody without a judicial warrant.`,
    ).norms;
    assert.equal(first!.force, 'obligation');
    assert.equal(describeGuard(first!.guard), 'always');
    assert.equal(second!.force, 'prohibition');
    assert.equal(second!.modal.text, 'shall not');
    assert.deepEqual(
      second!.actions.map((a) => a.class),
      ['transfer-custody'],
    );
    assert.notEqual(describeGuard(second!.guard), 'always');
  });

  it('gives qualifiers before the modal to every duty, and reads "but may"', () => {
    const [first, second] = model(
      `${defs}2.3 When ICE requests assistance, Officers shall notify the Watch Commander but may not share information with ICE.`,
    ).norms;
    assert.equal(first!.force, 'obligation');
    assert.equal(second!.force, 'prohibition');
    assert.equal(describeGuard(first!.guard), describeGuard(second!.guard));
    assert.notEqual(describeGuard(second!.guard), 'always');
  });

  it('reads a second duty inside the condition after the action', () => {
    const [first, second] = model(
      `${defs}2.5 MPD shall not disclose any personal information for the purpose of immigration enforcement and shall not permit ICE to search MPD databases.`,
    ).norms;
    assert.equal(first!.action?.text, 'disclose any personal information');
    assert.equal(describeGuard(first!.guard), 'for the purpose of immigration enforcement');
    assert.equal(second!.action?.text, 'permit ICE to search MPD databases');
    assert.equal(second!.force, 'prohibition');
    assert.equal(describeGuard(second!.guard), 'always');
  });

  it('reads "and then may", "and thereafter may" as a second duty too', () => {
    for (const joined of [' and then may', ', and thereafter may'])
      assert.deepEqual(
        norms(`2.6 Officers shall document each request${joined} notify ICE of the release.`).map(
          (n) => n.force,
        ),
        ['obligation', 'permission'],
      );
  });

  it('keeps one norm for one modal', () => {
    assert.equal(norms('2.4 Officers shall notify the Watch Commander and record the request.').length, 1);
  });
});

describe('definitions in prose', () => {
  it('a term defined with "means" binds no one, though its definition holds a modal', () => {
    const m = model(
      'define CFPD as agency.\ndefine ICE as immigration authority.\n1.2 "Hold request" means a request from ICE that CFPD shall keep a person in custody past the release date or shall notify ICE of the release date.\n1.3 CFPD shall not honor a hold request.',
    );
    assert.deepEqual(
      m.norms.map((n) => n.clause.number),
      ['1.3'],
    );
    assert.deepEqual(
      m.statements.map((c) => c.number),
      ['1.2'],
    );
  });
});

describe('"before" as a place', () => {
  it('appearing before a judge is no condition', () => {
    const [norm] = model(
      'define MPD as agency.\n2.10 MPD shall hold a person arrested for a felony until the person appears before a judge.',
    ).norms;
    assert.equal(describeGuard(norm!.guard), 'always');
    const [timed] = model('define MPD as agency.\n2.11 MPD shall notify the person before a hearing.').norms;
    assert.notEqual(describeGuard(timed!.guard), 'always');
  });
});

describe('a ban on release until an immigration authority takes custody', () => {
  const defs =
    'define MPD as agency.\ndefine Officer as member of MPD.\ndefine ICE as immigration authority.\n';

  it('is a duty to hold the person for it, with no condition of its own', () => {
    for (const clause of [
      '2.1 Officers shall not release a person subject to a detainer until ICE takes custody of the person.',
      '2.1 Officers are not to release any inmate before ICE assumes custody.',
      '2.1 Officers shall not immediately release a person until ICE agents arrive.',
    ]) {
      const [norm, ...rest] = model(defs + clause).norms;
      assert.equal(rest.length, 0, clause);
      assert.equal(norm!.force, 'obligation', clause);
      assert.deepEqual(
        norm!.actions.map((a) => a.class),
        ['honor-detainer'],
        clause,
      );
      assert.equal(norm!.counterpart, 'ICE', clause);
      assert.equal(describeGuard(norm!.guard), 'always', clause);
    }
    const [advised] = model(`${defs}2.1 Officers should not release a person until ICE takes custody.`).norms;
    assert.equal(advised!.force, 'recommendation');
  });

  it('is still a ban when the release waits for anything else, or when it hands the person to ICE', () => {
    for (const clause of [
      "2.1 Officers shall not release a person held on a detainer until the person's release date.",
      '2.1 Officers shall not release a person to ICE custody unless ICE presents a judicial warrant.',
      '2.1 Officers shall not delay the release of any person until ICE takes custody.',
      '2.1 Officers shall not release a person until the Sergeant takes custody of the person.',
    ]) {
      const [norm] = model(defs + clause).norms;
      // (Delaying a release is itself honoring a detainer, which this bans.)
      assert.equal(norm!.force, 'prohibition', clause);
    }
  });
});

describe('a duty that refuses an action', () => {
  const defs =
    'define MPD as agency.\ndefine Officer as member of MPD.\ndefine ICE as immigration authority.\n';
  const only = (clause: string) => {
    const norms = model(defs + clause).norms;
    assert.equal(norms.length, 1, clause);
    return norms[0]!;
  };
  const classes = (n: Norm) => n.actions.map((a) => a.class).join(',');

  it('turns the force, with the refusing words in the modal', () => {
    const cases: [string, string, string, string][] = [
      [
        '2.1 Officers shall refuse to honor any immigration detainer.',
        'prohibition',
        'shall refuse to',
        'honor-detainer',
      ],
      [
        '2.1 Officers shall not refuse to honor an immigration detainer.',
        'obligation',
        'shall not refuse to',
        'honor-detainer',
      ],
      [
        '2.1 Officers shall not fail to notify ICE of any release.',
        'obligation',
        'shall not fail to',
        'notify',
      ],
      ['2.1 Officers should decline to assist ICE.', 'discouragement', 'should decline to', 'cooperate'],
      [
        '2.1 MPD shall not decline any detainer request from ICE.',
        'obligation',
        'shall not decline',
        'honor-detainer',
      ],
      ['2.1 MPD shall reject every immigration detainer.', 'prohibition', 'shall reject', 'honor-detainer'],
    ];
    for (const [clause, force, modal, action] of cases) {
      const norm = only(clause);
      assert.equal(norm.force, force, clause);
      assert.equal(norm.modal.text, modal, clause);
      assert.deepEqual(
        norm.actions.map((a) => a.class),
        [action],
        clause,
      );
    }
  });

  it('denying access refuses to give it; a detainer named after a preposition is no refused detainer', () => {
    const denied = only('2.1 Officers must not deny ICE officers access to holding cells.');
    assert.equal(denied.force, 'obligation');
    assert.equal(classes(denied), 'grant-access');
    const service = only(
      '2.1 MPD may not deny any person in custody a program on the basis of a hold request.',
    );
    assert.equal(service.force, 'prohibition');
    assert.notEqual(classes(service), 'honor-detainer');
  });

  it('a permission to refuse waives a duty and binds no one', () => {
    assert.equal(model(`${defs}2.1 Officers may decline to honor a detainer.`).norms.length, 0);
    assert.equal(model(`${defs}2.1 Officers may refuse to help ICE in any operation.`).norms.length, 0);
  });

  it('refusing a thing other than a detainer or a request of ICE\'s, or refusing without "to", is the action itself', () => {
    assert.equal(only('2.1 Officers shall not refuse medical care to any person.').force, 'prohibition');
    const declined = only('2.1 Officers shall decline every request from a reporter to see a person.');
    assert.equal(declined.force, 'obligation');
    assert.equal(declined.modal.text, 'shall');
  });

  it("refusing a request of ICE's is not complying with it (Texas SB 4, probe round 17)", () => {
    const declined = only('2.1 Officers shall decline every request from ICE to hold a person.');
    assert.deepEqual([declined.force, declined.modal.text], ['prohibition', 'shall decline']);
    const refused = only('2.2 Officers shall not refuse any request from ICE.');
    assert.deepEqual([refused.force, refused.modal.text], ['obligation', 'shall not refuse']);
    assert.deepEqual(
      refused.actions.map((a) => a.class),
      ['cooperate'],
    );
  });
});

describe('a list of duties', () => {
  const defs =
    'define MPD as agency.\ndefine Officer as member of MPD.\ndefine ICE as immigration authority.\n';
  const classes = (n: Norm) => n.actions.map((a) => a.class).join(',');

  it('"shall do the following:" makes each item a duty of the modal and subject', () => {
    const norms = model(
      `${defs}2.1 MPD shall do the following:\n    a. notify ICE of each release;\n    b. give ICE access to the jail; and\n    c. record every request from ICE.`,
    ).norms;
    assert.deepEqual(
      norms.map((n) => [n.force, n.action?.text, n.subject.definition?.name.text]),
      [
        ['obligation', 'notify ICE of each release', 'MPD'],
        ['obligation', 'give ICE access to the jail', 'MPD'],
        ['obligation', 'record every request from ICE', 'MPD'],
      ],
    );
    assert.equal(classes(norms[0]!), 'notify');
  });

  it('an item’s qualifier words open its own conditions, as a sentence’s do', () => {
    const [notify, transfer, more] = model(
      `${defs}2.1 Officers shall not do the following:\n    a. notify ICE of a release unless ICE presents a judicial warrant;\n    b. transfer a person to ICE custody when the Chief objects.`,
    ).norms;
    assert.equal(notify!.action?.text, 'notify ICE of a release');
    assert.equal(describeGuard(notify!.exception!), 'a judicial warrant is presented');
    assert.equal(transfer!.action?.text, 'transfer a person to ICE custody');
    assert.equal(describeGuard(transfer!.guard), 'the Chief objects');
    assert.equal(more, undefined);
  });

  it('"shall:" and "shall take the following steps when …:" list duties too, under the condition', () => {
    const bare = model(
      `${defs}2.1 Officers shall:\n    a. notify ICE of each release;\n    b. log the notice.`,
    ).norms;
    assert.deepEqual(
      bare.map((n) => n.action?.text),
      ['notify ICE of each release', 'log the notice'],
    );
    const steps = model(
      `${defs}2.1 Officers shall take the following steps when ICE asks for a person:\n    a. notify the Chief;\n    b. transfer the person to ICE custody.`,
    ).norms;
    assert.deepEqual(
      steps.map((n) => [n.action?.text, describeGuard(n.guard)]),
      [
        ['notify the Chief', 'ICE asks for a person'],
        ['transfer the person to ICE custody', 'ICE asks for a person'],
      ],
    );
  });

  it('a list of conditions, or of alternatives, stays one duty', () => {
    const conditions = model(
      `${defs}2.1 Officers may notify ICE under the following circumstances:\n    a. the person is charged with a felony;\n    b. ICE presents a judicial warrant.`,
    ).norms;
    assert.equal(conditions.length, 1);
    const alternatives = model(
      `${defs}2.1 Officers shall do one of the following:\n    a. notify ICE; or\n    b. notify the Chief.`,
    ).norms;
    assert.equal(alternatives.length, 1);
    const choice = model(
      `${defs}2.1 Officers shall do any of the following:\n    a. notify ICE; or\n    b. notify the Chief.`,
    ).norms;
    assert.equal(choice.length, 1);
  });

  it('so does one whose condition comes before the colon (probe round 14)', () => {
    const ban = model(
      `${defs}2.1 MPD shall not do any of the following unless ICE presents a judicial warrant:\n    a. transfer any person to ICE custody;\n    b. honor an immigration detainer.`,
    ).norms;
    assert.deepEqual(
      ban.map((n) => [n.force, classes(n)]),
      [
        ['prohibition', 'transfer-custody'],
        ['prohibition', 'honor-detainer'],
      ],
    );
  });

  it('a ban or a permission of "any of the following" bans or allows each item (probe round 12)', () => {
    const ban = model(
      `${defs}2.1 Except when presented with a judicial warrant, MPD shall not do any of the following:\n    a. transfer any person to ICE custody;\n    b. give ICE access to any person in custody.`,
    ).norms;
    assert.deepEqual(
      ban.map((n) => [n.force, n.action?.text, classes(n), describeGuard(n.exception!)]),
      [
        [
          'prohibition',
          'transfer any person to ICE custody',
          'transfer-custody',
          'a judicial warrant is presented',
        ],
        [
          'prohibition',
          'give ICE access to any person in custody',
          'grant-access',
          'a judicial warrant is presented',
        ],
      ],
    );
    const leave = model(
      `${defs}2.1 Officers may do any of the following:\n    a. notify the Chief; or\n    b. log the request.`,
    ).norms;
    assert.deepEqual(
      leave.map((n) => [n.force, n.action?.text]),
      [
        ['permission', 'notify the Chief'],
        ['permission', 'log the request'],
      ],
    );
  });
});

describe('what a passive hands over', () => {
  it('is information, not a person in custody, when its subject says so (probe round 12)', () => {
    const classes = (clause: string) =>
      model(`define ICE as immigration authority.\n2.1 ${clause}`).norms[0]!.actions.map((a) => a.class);
    assert.deepEqual(classes('Patient information may be released to ICE pursuant to a warrant.'), [
      'share-information',
    ]);
    assert.deepEqual(classes("Notification of an inmate's release may be provided to ICE."), ['notify']);
    // A person released to ICE is handed into its custody.
    assert.deepEqual(classes('No inmate shall be released to ICE without a judicial warrant.'), [
      'transfer-custody',
    ]);
  });

  it('is what is made to someone: "Notifications may be made to ICE", not "made by telephone" (probe round 17)', () => {
    const classes = (clause: string) =>
      model(`define ICE as immigration authority.\n2.1 ${clause}`).norms[0]!.actions.map((a) => a.class);
    assert.deepEqual(classes('Notifications may be made to ICE upon request.'), ['notify']);
    assert.deepEqual(classes('Courtesy notifications may be made to ICE whenever the Sheriff approves.'), [
      'notify',
    ]);
    assert.deepEqual(classes('Any notification to ICE is to be made by telephone.'), ['verb:be made']);
  });

  it('says when it may be done, not that it must, with "shall … only …" (the Madison SOP, 4.10 of probe round 7)', () => {
    const norms = model(
      'define ICE as immigration authority.\n2.1 A person is to be released to ICE custody only upon presentation of a judicial warrant.',
    ).norms;
    assert.deepEqual(
      norms.map((n) => [n.force, n.implied]),
      [
        ['permission', false],
        ['prohibition', true],
      ],
    );
  });
});

describe('actions outside the lexicon', () => {
  it('are named by verb and object, past possessives, with plural gerunds folded', () => {
    const [ban, leave] = model(
      'define MPD as agency.\ndefine Officer as member of MPD.\n3.1 Officers shall not view a recording before writing the report.\n3.2 Officers may view their own recordings.',
    ).norms;
    assert.equal(ban!.actions[0]!.class, 'verb:view record');
    assert.equal(leave!.actions[0]!.class, 'verb:view record');
  });
});
