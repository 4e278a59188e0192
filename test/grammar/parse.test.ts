import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CstNode } from 'chevrotain';
import { collapse, parse, type Clause, type PolicyDocument, type Range } from '../../grammar/index.js';
import { lexer } from '../../grammar/parse.js';
import { print } from '../../grammar/printer.js';
import { parser } from '../../grammar/parser.js';
import { designExample, readRepo } from '../helpers.js';

const clause = (doc: PolicyDocument, number: string): Clause => {
  const found = doc.clauses.find((c) => c.number === number);
  assert.ok(found, `clause ${number} not found`);
  return found;
};

const slice = (doc: PolicyDocument, node: { offset: number; end: number }): string =>
  doc.text.slice(node.offset, node.end);

describe('the DESIGN example', () => {
  const doc = parse(designExample());

  it('parses without syntax errors', () => {
    assert.deepEqual(doc.errors, []);
  });

  it('reads the header and its dates', () => {
    assert.equal(doc.header?.title.text, 'Enforcement of Immigration Laws');
    const fields = Object.fromEntries(doc.header!.fields.map((f) => [f.key, f.dates.map((d) => d.value)]));
    assert.deepEqual(fields.revised, ['2017-10-09', '2019-12-16', '2023-01-31', '2025-12-30']);
    assert.deepEqual(fields.effective, ['2025-12-30']);
    assert.equal(doc.header!.fields[0]!.value.text, '"City of Madison Police Department"');
  });

  it('reads every definition with its kind', () => {
    const defs = doc.definitions.map((d) => [
      d.name.text,
      d.kind,
      d.memberOf?.text ?? null,
      d.longName?.text ?? null,
    ]);
    assert.deepEqual(defs, [
      ['MPD', 'agency', null, 'City of Madison Police Department'],
      ['Officer', 'member', 'MPD', null],
      ['Commander', 'member', 'MPD', null],
      ['OIC', 'member', 'MPD', 'Officer in Charge'],
      ['Chief of Police', 'member', 'MPD', null],
      ['ICE', 'immigration-authority', null, 'United States Immigration and Customs Enforcement'],
      ['serious crime', 'term', null, null],
      ['judicial warrant', 'term', null, null],
    ]);
    assert.equal(doc.definitions[6]!.text?.text, 'an offense listed in §2.5');
  });

  it('nests clauses and notes in their sections', () => {
    assert.deepEqual(
      doc.sections.map((s) => [s.number, s.title.text, s.children.map((c) => c.type)]),
      [
        ['1', 'Purpose', ['note']],
        ['2', 'Procedure', ['clause', 'clause', 'clause', 'clause', 'clause', 'clause', 'clause']],
      ],
    );
    assert.equal(clause(doc, '2.5').section, '2');
  });

  it('splits 2.4 into subject, modal, action and two qualifiers', () => {
    const s = clause(doc, '2.4').sentence;
    assert.equal(s.subject?.text, 'Officers');
    assert.equal(s.modal?.text, 'should');
    assert.equal(s.modal?.force, 'recommendation');
    assert.equal(s.action?.text, 'obtain approval from a Commander or OIC');
    assert.deepEqual(
      s.qualifiers.map((q) => [q.keyword, q.kind, q.condition?.text]),
      [
        ['before', 'before', 'detaining any individual for a reason listed in §2.5'],
        ['when', 'when', 'time and circumstances permit'],
      ],
    );
  });

  it('reads the qualifier list of 2.5 as any-of with three items', () => {
    const s = clause(doc, '2.5').sentence;
    assert.equal(s.modal?.force, 'permission');
    const q = s.qualifiers[0]!;
    assert.equal(q.kind, 'only-if');
    assert.equal(q.condition, undefined);
    assert.equal(q.list?.quantifier, 'any');
    assert.deepEqual(
      q.list?.items.map((i) => [i.marker, i.terminator]),
      [
        ['a.', ';'],
        ['b.', ';'],
        ['c.', '.'],
      ],
    );
    assert.equal(q.list?.items[1]?.text.text, 'the individual is arrested for any violent felony');
    assert.equal(s.terminated, true);
  });

  it('keeps the citation in 2.2 as one token, so its dots do not end the sentence', () => {
    const s = clause(doc, '2.2').sentence;
    const citations = s.action!.words.filter((w) => w.kind === 'citation').map((w) => w.text);
    assert.deepEqual(citations, ['Section 287(g)', '8 U.S.C. § 1357(g)']);
  });

  it('keeps state statutes as one token each: ORS, RCW, the California codes, ILCS', () => {
    const state = parse(
      '2.3 MPD shall comply with ORS 181A.820, RCW 10.93.160, Cal. Gov. Code § 7284.6 and 5 ILCS 805/15.\n2.4 MPD shall not honor any detainer.',
    );
    assert.deepEqual(state.errors, []);
    const s = state.clauses[0]!.sentence;
    assert.deepEqual(
      s.action!.words.filter((w) => w.kind === 'citation').map((w) => w.text),
      ['ORS 181A.820', 'RCW 10.93.160', 'Cal. Gov. Code § 7284.6', '5 ILCS 805/15'],
    );
    assert.equal(state.clauses.length, 2);
  });

  it('keeps a state code citation wrapped onto the next line, and codes cited by a state name', () => {
    const doc = parse(
      '2.1 MPD shall send each report as Or. Rev. Stat.\n    § 181A.829 requires, and comply with N.J. Stat.\n    Ann. § 2A:4A-60, Iowa Code § 27A.4 and Iowa Code section 27A.5.',
    );
    assert.deepEqual(doc.errors, []);
    assert.deepEqual(
      doc.clauses[0]!.sentence.action!.words.filter((w) => w.kind === 'citation').map((w) =>
        collapse(w.text),
      ),
      [
        'Or. Rev. Stat. § 181A.829',
        'N.J. Stat. Ann. § 2A:4A-60',
        'Iowa Code § 27A.4',
        'Iowa Code section 27A.5',
      ],
    );
  });

  it('keeps other state and city codes as one token each, and a time of day', () => {
    const codes = [
      'N.Y.C. Admin. Code § 9-131',
      'Conn. Gen. Stat. § 54-192h',
      'Cal. Veh. Code § 12801.9',
      'Colo. Rev. Stat. § 24-76.6-102',
      'Minn. Stat. § 626.8471',
      "Tex. Gov't Code § 752.053",
      'Wash. Rev. Code § 10.93.160(3)',
      'Fla. Stat. § 908.104',
      'Tex. Code Crim. Proc. art. 2.251',
      'Mun. Code ch. 2-173',
      '20 V.S.A. § 2366',
    ];
    const doc = parse(
      `2.3 MPD shall comply with ${codes.join(', ')}.\n2.4 Officers shall report each request by 5 p.m. on the same day.\n2.5 Officers shall report each request by 5 p.m.\n2.6 No U.S. citizen shall be detained.`,
    );
    assert.deepEqual(doc.errors, []);
    assert.deepEqual(
      doc.clauses[0]!.sentence.action!.words.filter((w) => w.kind === 'citation').map((w) => w.text),
      codes,
    );
    assert.equal(doc.clauses.length, 4);
  });

  it('keeps a time limit that opens a sentence out of its subject', () => {
    const limited = parse(
      [
        '2.1 Within 24 hours after the Sheriff receives a detainer, the Records Unit shall give the person a copy.',
        "2.2 Not later than 24 hours before a person's release, the Watch Commander shall review the file.",
        '2.3 No later than March 1, the Chief shall report to the Council.',
        '2.4 Within the Department, Officers shall wear a name tag.',
        '2.5 By May 1 of each year, the Chief shall publish a report.',
      ].join('\n'),
    );
    assert.deepEqual(limited.errors, []);
    assert.deepEqual(
      limited.clauses.map((c) => [
        c.sentence.preface?.text,
        c.sentence.subject?.text,
        c.sentence.modal?.force,
      ]),
      [
        ['Within 24 hours', 'the Records Unit', 'obligation'],
        ['Not later than 24 hours', 'the Watch Commander', 'obligation'],
        ['No later than March 1,', 'the Chief', 'obligation'],
        ['Within the Department,', 'Officers', 'obligation'],
        ['By May 1 of each year,', 'the Chief', 'obligation'],
      ],
    );
    assert.equal(
      limited.clauses[0]!.sentence.qualifiers[0]?.condition?.text,
      'the Sheriff receives a detainer',
    );
  });

  it('reads 2.6 as a statement', () => {
    const s = clause(doc, '2.6').sentence;
    assert.equal(s.modal, undefined);
    assert.equal(
      s.subject?.text,
      "An individual's right to file a police report is not contingent upon their immigration status",
    );
  });

  it('gives every node a range that matches its offsets', () => {
    const c = clause(doc, '2.3');
    assert.equal(slice(doc, c.sentence.modal!), 'shall not');
    assert.deepEqual(c.sentence.modal!.range.start, doc.lines.position(c.sentence.modal!.offset));
    assert.equal(c.numberRange.start.character, 2);
    assert.equal(doc.text.split('\n')[c.numberRange.start.line]!.slice(2, 5), '2.3');
  });

  it('works out the range of every node from its offsets, and writes them all to JSON', () => {
    const madison = parse(readRepo('clauses', 'madison-sop-2025.policy'));
    const text = madison.text;
    const at = (range: Range) =>
      text.slice(madison.lines.offset(range.start), madison.lines.offset(range.end));
    const body = { ...madison, type: undefined, lines: undefined, text: undefined };
    const json = JSON.parse(JSON.stringify(body)) as unknown;
    const counts = { range: 0, numberRange: 0, keywordRange: 0, keyRange: 0 };
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      const n = node as Record<string, unknown> & { offset?: number; end?: number };
      if (n.type !== undefined) assert.ok(n.range, `a ${String(n.type)} without a range`);
      if (n.range && typeof n.offset === 'number' && typeof n.end === 'number') {
        assert.deepEqual(n.range, madison.lines.range(n.offset, n.end), `${String(n.type)} at ${n.offset}`);
        counts.range++;
      }
      if (n.numberRange) {
        assert.match(
          at(n.numberRange as Range),
          new RegExp(`^(?:§\\s*)?${String(n.number).replace(/\./g, '\\.')}\\.?$`),
        );
        counts.numberRange++;
      }
      if (n.keywordRange) {
        assert.equal(collapse(at(n.keywordRange as Range)), n.keyword);
        counts.keywordRange++;
      }
      if (n.keyRange) {
        assert.equal(at(n.keyRange as Range).replace(/\s*:$/, ''), n.key);
        counts.keyRange++;
      }
      for (const value of Object.values(n)) visit(value);
    };
    visit(json);
    assert.ok(
      counts.range > 300 && counts.numberRange > 30 && counts.keywordRange > 10 && counts.keyRange > 2,
      JSON.stringify(counts),
    );
  });

  it('keeps comments for suppression directives', () => {
    assert.equal(doc.comments.length, 1);
    assert.match(doc.comments[0]!.text, /Comments run from/);
  });
});

describe('forms real SOPs use', () => {
  const one = (sentence: string) => {
    const doc = parse(`section 3 "Test"\n  3.1 ${sentence}\n`);
    assert.deepEqual(doc.errors, [], sentence);
    return doc.clauses[0]!.sentence;
  };

  for (const [text, force] of [
    ['Officers are required to document every request.', 'obligation'],
    ['Officers are prohibited from asking about immigration status.', 'prohibition'],
    ['Officers are not permitted to share information with ICE.', 'prohibition'],
    ['Officers are authorized to accept identification documents.', 'permission'],
    ['MPD will refrain from entering into any agreement.', 'prohibition'],
    ['Transit Officers should refrain from assisting CBP.', 'discouragement'],
    ['Staff are encouraged not to ask students about their immigration status.', 'discouragement'],
    ['Registration Clerks should avoid asking about immigration status.', 'discouragement'],
    ['Officers shall avoid entering a home without a judicial warrant.', 'prohibition'],
    // "avoid" before a noun is the action, not a modal.
    ['Officers shall avoid unnecessary force.', 'obligation'],
    ['At no time, officers shall share information with ICE.', 'prohibition'],
    ['In no event, MPD shall honor a detainer.', 'prohibition'],
    ['Under no circumstances, shall an Officer share information with ICE.', 'prohibition'],
    ['Officers are expected to treat all individuals equally.', 'recommendation'],
    ['MPD is not prohibited from providing ICE with release dates.', 'permission'],
    ['Officers need not obtain approval before contacting a supervisor.', 'permission'],
    ['The Chief is free to assign personnel.', 'permission'],
    ['Officers have the option to record the stop.', 'permission'],
    ['MPD reserves the right to publish the report.', 'permission'],
    ['Officers are empowered to issue citations.', 'permission'],
    ['Officers have been authorized to carry tasers.', 'permission'],
    ['Officers are requested to record each contact.', 'recommendation'],
    ['The Watch Commander is responsible for notifying the family.', 'obligation'],
    ['MPD officers shall strive to treat all individuals equally.', 'recommendation'],
    ['Officers may not detain anyone on a civil detainer.', 'prohibition'],
    ['Officers should not ask about status.', 'discouragement'],
    ['No later than March 1 of each year, the Chief shall report every request.', 'obligation'],
    ['No more than one hour after an arrest, Officers must notify a supervisor.', 'obligation'],
    ['No officer later than the shift change shall ask about status.', 'prohibition'],
    ['Officers ought to record each request.', 'recommendation'],
    ['Officers ought not to ask about status.', 'discouragement'],
    ['Officers are advised to record each request.', 'recommendation'],
    ['Officers are urged to record each request.', 'recommendation'],
    ['Officers cannot honor a detainer.', 'prohibition'],
    ['Officers must notify a supervisor.', 'obligation'],
    ['Officers can accept documents.', 'permission'],
    ['Officers shall make a reasonable effort to record each stop.', 'recommendation'],
    ['MPD agrees to notify ICE of each release.', 'obligation'],
    ['MPD agrees not to detain any person for ICE.', 'prohibition'],
    ['Officers may agree to an interview.', 'permission'],
    ['Officers may agree to record the interview.', 'permission'],
    ['When ICE asks, no Officer shall share information with ICE.', 'prohibition'],
    ['Neither MPD nor any Officer shall share information with ICE.', 'prohibition'],
    ['It is the policy of MPD that no person shall be detained for ICE.', 'prohibition'],
    ['Under no circumstances shall an Officer share information with ICE.', 'prohibition'],
    ['At no time shall an Officer ask a person about immigration status.', 'prohibition'],
    ['Officers shall share no information with ICE.', 'prohibition'],
    ['Officers shall give ICE no access to the jail.', 'prohibition'],
    ['Officers shall take no more than one hour to respond.', 'obligation'],
    ['ICE is to be notified of the release of any person.', 'obligation'],
    ['Officers are to notify a supervisor of each request.', 'obligation'],
    ['Officers are not to ask about immigration status.', 'prohibition'],
  ] as const) {
    it(`gives "${text}" the force ${force}`, () => assert.equal(one(text).modal?.force, force));
  }

  it('reads "is to" as a statement after a word such as "purpose", and before an article', () => {
    for (const text of [
      'The purpose of these amendments is to ensure that residents report crimes.',
      'Its goal is to build trust with every resident.',
      'The answer is to the left of the form.',
    ])
      assert.equal(one(text).modal, undefined, text);
    assert.equal(one('The Chief is to review each request.').modal?.text, 'is to');
    // A new subject after "that" or a comma, or "policy" inside a relative clause: a duty.
    for (const text of [
      'Any Officer who learns of a violation of this policy is to report it to the Chief.',
      'It is the policy of MPD that Officers are to notify the Chief of each request.',
      'To carry out the purpose of this order, Officers are to notify the Chief of each request.',
    ])
      assert.equal(one(text).modal?.force, 'obligation', text);
    // A relative clause that says what something is for does not end the sentence's own duty.
    assert.equal(
      one('ICE, whose goal is to arrest individuals, shall not enter the jail.').modal?.text,
      'shall not',
    );
  });

  it('reads words in straight single quotes as quoted words, not a condition; an apostrophe opens none', () => {
    const quoted = one("Officers shall notify a Commander 'where practicable' of each request.");
    assert.deepEqual(quoted.qualifiers, []);
    assert.equal(quoted.action?.text, "notify a Commander 'where practicable' of each request");
    const elided = one("Officers shall notify the Sergeants' desk when ICE calls.");
    assert.deepEqual(
      elided.qualifiers.map((q) => [q.keyword, q.condition?.text]),
      [['when', 'ICE calls']],
    );
  });

  it('keeps a modal inside a leading condition in the condition', () => {
    for (const [text, condition] of [
      ['When a person is to be released, Officers shall notify the Commander.', 'a person is to be released'],
      [
        'If the person is required to register, Officers shall notify the Commander.',
        'the person is required to register',
      ],
      [
        'Before ICE may interview a person, Officers shall tell the person of the right to decline.',
        'ICE may interview a person',
      ],
    ] as const) {
      const s = one(text);
      assert.equal(s.qualifiers[0]?.condition?.text, condition, text);
      assert.equal(s.subject?.text, 'Officers', text);
      assert.equal(s.modal?.text, 'shall', text);
    }
    // A comma and "and" join a second duty; the first modal is still the clause's.
    const joined = one('When asked, Officers shall notify the Commander, and may share the record.');
    assert.equal(joined.qualifiers[0]?.condition?.text, 'asked');
    assert.equal(joined.modal?.text, 'shall');
  });

  it('reads a condition set off by commas between the modal and the verb', () => {
    const s = one('Officers may, when ICE asks, notify ICE of any release unless the Chief objects.');
    assert.equal(s.modal?.text, 'may');
    assert.equal(s.action?.text, 'notify ICE of any release');
    assert.deepEqual(
      s.qualifiers.map((q) => `${q.keyword} ${q.condition?.text}`),
      ['when ICE asks', 'unless the Chief objects'],
    );
  });

  it('reads "While …," opening a sentence as a condition, and "while" inside an action as its words (probe round 17)', () => {
    const ban = one("While on duty, no Deputy shall communicate with ICE about a person's release date.");
    assert.deepEqual(
      ban.qualifiers.map((q) => [q.keyword, q.kind, q.position, q.condition?.text]),
      [['While', 'when', 'pre', 'on duty']],
    );
    assert.equal(ban.subject?.text, 'no Deputy');
    assert.equal(ban.modal?.force, 'prohibition');
    // A series goes on past its commas; without a comma the negated subject ends the condition;
    // "Whilst" is "While" (probe round 18).
    for (const [text, condition] of [
      [
        'While on duty, on patrol or at the station, no Officer shall notify ICE.',
        'on duty, on patrol or at the station',
      ],
      [
        'While on duty, in uniform, or in a marked vehicle, no Officer shall notify ICE.',
        'on duty, in uniform, or in a marked vehicle',
      ],
      ['Upon arrest, booking or release, no Officer shall notify ICE.', 'arrest, booking or release'],
      ['While on duty no Officer shall notify ICE.', 'on duty'],
      ['Whilst on duty, no Officer shall notify ICE.', 'on duty'],
    ] as const) {
      const s = one(text);
      assert.deepEqual(
        s.qualifiers.map((q) => [q.kind, q.condition?.text]),
        [['when', condition]],
        text,
      );
      assert.equal(s.subject?.text, 'no Officer', text);
      assert.equal(s.modal?.force, 'prohibition', text);
    }
    // Not a series: words that name who acts ("an Officer or a Commander, acting alone"), and no
    // "not" inside a condition ends it (probe round 19).
    const named = one('While on duty, an Officer or a Commander, acting alone, shall not notify ICE.');
    assert.deepEqual(
      named.qualifiers.map((q) => q.condition?.text),
      ['on duty'],
    );
    assert.equal(named.subject?.text, 'an Officer or a Commander, acting alone,');
    assert.deepEqual(one('While ICE agents are not present Officers may notify ICE.').qualifiers, []);
    // A "while" of time keeps its condition, whatever its verb: "remains", "cooperates".
    assert.deepEqual(
      one(
        'While a person remains in ECPD custody, Officers shall not ask the person about immigration status.',
      ).qualifiers.map((q) => q.condition?.text),
      ['a person remains in ECPD custody'],
    );
    // A series ends at its last comma before a subject, whatever its items open with (probe round 20).
    for (const [text, condition] of [
      [
        'While in a patrol car, a holding cell, or an interview room, Officers may notify ICE.',
        'in a patrol car, a holding cell, or an interview room',
      ],
      ['Upon Arrest, Booking, or Release, Officers may notify ICE.', 'Arrest, Booking, or Release'],
    ] as const)
      assert.deepEqual(
        one(text).qualifiers.map((q) => q.condition?.text),
        [condition],
        text,
      );
    // "Nobody", "None of the Officers" forbid, as "No Officer" does (probe round 20).
    for (const text of [
      'Nobody shall ask any person about immigration status.',
      'None of the Officers shall ask any person about immigration status.',
    ])
      assert.equal(one(text).modal?.force, 'prohibition', text);
    // A "while" that concedes sets no condition: it is the preface.
    const conceding = one(
      'While ECPD values its federal partners, no Officer shall share information with ICE.',
    );
    assert.deepEqual(conceding.qualifiers, []);
    assert.equal(conceding.preface?.text, 'While ECPD values its federal partners,');
    assert.equal(conceding.subject?.text, 'no Officer');
    const inside = one('No Agent shall expend time while on duty responding to an inquiry from ICE.');
    assert.deepEqual(inside.qualifiers, []);
    assert.equal(inside.action?.text, 'expend time while on duty responding to an inquiry from ICE');
  });

  it('reads "upon presentation of …" after the action as a condition, and "upon request" as prose', () => {
    const s = one('Officers may release a person to ICE custody upon presentation of Form I-205.');
    assert.equal(s.action?.text, 'release a person to ICE custody');
    assert.deepEqual(
      s.qualifiers.map((q) => [q.keyword, q.kind, q.condition?.text]),
      [['upon', 'when', 'presentation of Form I-205']],
    );
    assert.equal(one('Release dates may be provided to ICE upon request.').qualifiers.length, 0);
  });

  it('reads "in the event" before a noun phrase as "if", and "the event log" as prose', () => {
    const s = one('In the event a detainer is received, MPD shall notify the person.');
    assert.deepEqual(
      s.qualifiers.map((q) => [q.kind, q.condition?.text]),
      [['if', 'a detainer is received']],
    );
    assert.equal(one('Officers shall record in the event log every request.').qualifiers.length, 0);
  });

  it('reads "upon …" and "on or before …" set off by commas after the modal as conditions', () => {
    const upon = one('Officers shall, upon request, provide ICE the release date of each inmate.');
    assert.equal(upon.action?.text, 'provide ICE the release date of each inmate');
    assert.deepEqual(
      upon.qualifiers.map((q) => [q.keyword, q.condition?.text]),
      [['upon', 'request']],
    );
    const deadline = one('The Chief shall, on or before January 31 of each year, report every request.');
    assert.equal(deadline.action?.text, 'report every request');
    assert.deepEqual(
      deadline.qualifiers.map((q) => [q.keyword, q.condition?.text]),
      [['before', 'January 31 of each year']],
    );
  });

  it('reads a modal inside a statement of purpose as part of it', () => {
    for (const text of [
      'The purpose of this policy is to ensure that every resident can call the police.',
      'The purpose of this policy is to establish guidelines under which Officers may share records.',
    ])
      assert.equal(one(text).modal, undefined, text);
  });

  it('reads "No X shall …" as a prohibition on X', () => {
    const s = one('No officer shall ask about immigration status.');
    assert.equal(s.subject?.text, 'officer');
    assert.equal(s.modal?.force, 'prohibition');
    assert.equal(s.modal?.form, 'no');
  });

  it('reads "absent …", "in the absence of …" and "other than as …" as exceptions', () => {
    const kinds = (text: string) => one(text).qualifiers.map((q) => [q.keyword, q.kind, q.condition?.text]);
    assert.deepEqual(kinds('Officers shall not arrest any person absent a request from ICE.'), [
      ['absent', 'without', 'a request from ICE'],
    ]);
    assert.deepEqual(kinds('Officers shall not enter a home in the absence of exigent circumstances.'), [
      ['in the absence of', 'without', 'exigent circumstances'],
    ]);
    assert.deepEqual(
      kinds('No Officer shall take part in any ICE operation, other than as requested by ICE.'),
      [['other than as', 'except', 'requested by ICE']],
    );
    // "absent" as an adjective, and "other than" before a noun, stay prose.
    assert.deepEqual(kinds('Officers shall notify the parent who is absent from the hearing.'), []);
    assert.deepEqual(kinds('Officers shall not tell anyone other than the victim.'), []);
  });

  it('reads an adverb between the modal and "not" as no bar to the negation', () => {
    assert.equal(one('Officers shall generally not discharge a firearm.').modal?.force, 'prohibition');
    assert.equal(one('Officers should normally not stop a vehicle.').modal?.force, 'discouragement');
    assert.equal(one('Officers shall also never ask about status.').modal?.force, 'prohibition');
    // An adverb before the verb, with no "not" after it, is no negation.
    assert.equal(one('Officers shall promptly notify the Sergeant.').modal?.force, 'obligation');
    assert.equal(one('Officers shall generally notify the Sergeant.').modal?.force, 'obligation');
  });

  it('reads "X shall neither … nor …" as a prohibition', () => {
    const s = one('Officers shall neither detain nor arrest anyone for a civil violation.');
    assert.equal(s.modal?.force, 'prohibition');
    assert.equal(s.modal?.form, 'neither');
    assert.equal(s.action?.text, 'detain nor arrest anyone for a civil violation');
  });

  it('takes the subject from after a leading qualifier', () => {
    const s = one('When time and circumstances permit, an officer should obtain approval.');
    assert.equal(s.subject?.text, 'an officer');
    assert.equal(s.qualifiers[0]?.condition?.text, 'time and circumstances permit');
    assert.equal(s.qualifiers[0]?.position, 'pre');
  });

  it('reads a leading "Upon …," past a comma after which it goes on (probe round 12)', () => {
    const s = one(
      "Upon receiving a request from ICE to interview a detained person, to be notified of the person's release or to continue the person's detention, the OIC shall notify the person in writing.",
    );
    assert.equal(s.subject?.text, 'the OIC');
    assert.match(s.qualifiers[0]!.condition!.text, /^receiving a request .* detention$/);
  });

  it('reads a leading "Upon …, and" that goes on into another condition, and prints it back (probe round 14)', () => {
    const text =
      'section 3 "Test"\n  3.1 Upon booking and fingerprinting, and after review, MPD may notify ICE.\n';
    const s = parse(text).clauses[0]!.sentence;
    assert.equal(s.subject?.text, 'MPD');
    assert.deepEqual(
      s.qualifiers.map((q) => q.keyword),
      ['Upon', 'after'],
    );
    assert.equal(print(parse(text)), text);
  });

  it('reads a leading "Upon …," as a condition, up to the comma that ends it', () => {
    const s = one('Upon receipt of a detainer, the Watch Commander shall notify the person.');
    assert.equal(s.subject?.text, 'the Watch Commander');
    assert.equal(s.qualifiers[0]?.keyword, 'Upon');
    assert.equal(s.qualifiers[0]?.kind, 'when');
    assert.equal(s.qualifiers[0]?.condition?.text, 'receipt of a detainer');
    assert.equal(s.qualifiers[0]?.position, 'pre');
    // Elsewhere "upon" is prose: "contingent upon", "act upon a detainer".
    const later = one('Officers shall not act upon a detainer.');
    assert.equal(later.action?.text, 'act upon a detainer');
    assert.equal(later.qualifiers.length, 0);
    // Without a comma to end it, the lead is the subject, as before.
    assert.equal(one('Upon officers shall act.').subject?.text, 'Upon officers');
  });

  it('keeps a phrase of circumstance that opens a sentence out of its subject', () => {
    for (const [text, preface, subject] of [
      ['At the request of ICE, jail staff may hold a person.', 'At the request of ICE,', 'jail staff'],
      [
        'Pursuant to a judicial warrant, officers may detain a person.',
        'Pursuant to a judicial warrant,',
        'officers',
      ],
      [
        'Consistent with 8 C.F.R. § 287.7(d), the Jail Commander shall act.',
        'Consistent with 8 C.F.R. § 287.7(d),',
        'the Jail Commander',
      ],
      ['During a traffic stop, officers shall not ask about status.', 'During a traffic stop,', 'officers'],
      [
        'In Madison, and in every other city, officers shall act.',
        'In Madison, and in every other city,',
        'officers',
      ],
      [
        'In accordance with the agreement of May 1, 2020, the Chief shall act.',
        'In accordance with the agreement of May 1, 2020,',
        'the Chief',
      ],
    ] as const) {
      const s = one(text);
      assert.equal(s.preface?.text, preface, text);
      assert.equal(s.subject?.text, subject, text);
    }
    // A bound, or a negation, is the subject's (see the forms above).
    assert.equal(
      one('At least two officers, including a supervisor, shall be present.').subject?.text,
      'At least two officers, including a supervisor,',
    );
    assert.equal(one('At no time, officers shall share information with ICE.').modal?.force, 'prohibition');
  });

  it('keeps a discourse adverb out of the subject', () => {
    const s = one('Therefore, officers shall not routinely inquire into immigration status.');
    assert.equal(s.subject?.text, 'officers');
    assert.equal(s.preface?.text, 'Therefore,');
  });

  it('reads a bare list after the action, quantified by its connectives', () => {
    const doc = parse(
      [
        '2.5 MPD will only cooperate with a lawful request of ICE under the following circumstances:',
        '    1. The individual is engaged in terrorism; or',
        '    2. The individual is arrested for any violent felony; or',
        '    3. The individual is a previously deported felon.',
      ].join('\n'),
    );
    assert.deepEqual(doc.errors, []);
    const s = doc.clauses[0]!.sentence;
    assert.equal(s.actionList?.quantifier, 'any');
    assert.equal(s.actionList?.intro, 'the following circumstances:');
    assert.deepEqual(
      s.actionList?.items.map((i) => i.connective ?? null),
      ['or', 'or', null],
    );
  });

  it('ends a clause with the list after its action when a condition opens it', () => {
    for (const text of [
      '2.1 After any use of force, the Officer shall do the following:\n    a. render aid;\n    b. notify a Sergeant.\n',
      '2.1 When ICE asks, Officers shall:\n    a. log the request;\n    b. tell the Chief.\n',
      '2.1 When ICE asks, Officers may cooperate under the following circumstances:\n    a. the person is charged with a felony;\n    b. ICE presents a judicial warrant.\n',
    ]) {
      const doc = parse(text);
      assert.deepEqual(doc.errors, [], text);
      const s = doc.clauses[0]!.sentence;
      assert.equal(s.terminated, true, text);
      assert.equal(s.actionList?.items.length, 2, text);
      assert.equal(s.qualifiers[0]?.position, 'pre', text);
    }
  });

  it('accepts (a) and 1. markers and all-of lists', () => {
    const doc = parse(
      '2.1 Officers may transfer custody only if all of:\n  (a) a judicial warrant is presented;\n  (b) the supervisor approves.\n',
    );
    assert.deepEqual(doc.errors, []);
    assert.equal(doc.clauses[0]!.sentence.qualifiers[0]!.list?.quantifier, 'all');
  });

  it('nests sections by number', () => {
    const doc = parse(
      'section 2 "Procedure"\n  2.1 MPD shall act.\nsection 2.3 "Detainers"\n  2.3.1 MPD shall not hold anyone.\nsection 3 "Reporting"\n',
    );
    assert.deepEqual(doc.errors, []);
    assert.deepEqual(
      doc.body.map((n) =>
        n.type === 'section'
          ? [n.number, n.children.map((c) => (c.type === 'section' ? c.number : c.type))]
          : n.type,
      ),
      [
        ['2', ['clause', '2.3']],
        ['3', []],
      ],
    );
    assert.equal(doc.clauses[1]!.section, '2.3');
  });

  it('treats a number as a clause only at the start of a line', () => {
    const doc = parse('2.1 MPD shall act as outlined in 2.5 of this policy.\n');
    assert.deepEqual(doc.errors, []);
    assert.equal(doc.clauses.length, 1);
  });

  it('keeps abbreviations and citations from ending the sentence', () => {
    const s = one(
      'Officers shall not honor a detainer, e.g. Form I-247A, under 8 CFR 287.7 or 8 U.S.C. §1373.',
    );
    const kinds = s
      .action!.words.filter((w) => w.kind === 'citation' || w.kind === 'abbreviation')
      .map((w) => w.text);
    assert.deepEqual(kinds, ['e.g.', 'Form I-247A', '8 CFR 287.7', '8 U.S.C. §1373']);
  });

  it('keeps `http://` in prose rather than starting a comment', () => {
    const doc = parse('2.1 MPD shall publish every request at https://example.org/requests.\n');
    assert.equal(doc.comments.length, 0);
    assert.deepEqual(doc.errors, []);
  });
});

describe('text as pasted from Word', () => {
  it('accepts curly quotes and apostrophes', () => {
    const doc = parse(
      'define “Chief of Police” as role.\n2.1 The Chief of Police shall review each officer’s report.\n',
    );
    assert.deepEqual(doc.errors, []);
    assert.equal(doc.definitions[0]!.name.text, 'Chief of Police');
    assert.ok(doc.clauses[0]!.sentence.action!.words.some((w) => w.text === 'officer’s'));
  });

  it('quotes an emoji whole in an error, and marks both its code units (probe round 13)', () => {
    const doc = parse('define MPD as agency "M".\ndefine Officer\u{1F600} as member of MPD.\n');
    const error = doc.errors.find((e) => e.message.includes('found'));
    assert.ok(error, 'a syntax error');
    assert.match(error.message, /found '\u{1F600}'/u);
    // No lone surrogate: JSON encoders write one as an escape strict decoders refuse.
    assert.doesNotMatch(
      error.message,
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
    );
    assert.equal(error.range.end.character - error.range.start.character, 2);
  });

  it('accepts CRLF, a BOM and tabs, with ranges in LSP terms', () => {
    const text =
      '\ufeffsection 2 "Procedure"\r\n\t2.1 MPD shall not\r\n\t\tdetain anyone.\r\n\t2.2 MPD shall act.\r\n';
    const doc = parse(text);
    assert.deepEqual(doc.errors, []);
    const second = doc.clauses[1]!;
    assert.deepEqual(second.numberRange, {
      start: { line: 3, character: 1 },
      end: { line: 3, character: 4 },
    });
    assert.equal(doc.clauses[0]!.sentence.action?.text, 'detain anyone');
  });

  it('ends a clause at a full stop inside its closing quotation mark (probe round 9)', () => {
    const text = '2.1 Officers shall not ask for a document called a "green card."\n2.2 MPD shall act.\n';
    const doc = parse(text);
    assert.deepEqual(doc.errors, []);
    assert.equal(doc.clauses[0]!.sentence.terminated, true);
    assert.equal(print(doc), text);
  });

  it('reads the abbreviations of SOPs, and an initial, as words whose dots end nothing (probe round 9)', () => {
    const text = [
      'define MPD as agency.',
      'define "Station 3" as document: the station at 1600 N. 16th St.',
      'SECTION 2 "PROPERTY"',
      '  2.1 Officers shall deliver the property to Rm. 104 within 24 hrs. of seizure.',
      '  2.2 Officers shall apply Graham v. Connor, 490 U.S. 386 (1989), to each use of force.',
      '  2.3 Officers shall not exceed 25 m.p.h. in a school zone.',
      '  2.4 Officers shall notify Sgt. Alvarez or Asst. Chief Mary B. Smith, and cite Fed. R. Evid. 803.',
      '  2.5 Officers shall keep the records for 7 yrs. and file them by Jul. 1 (Vol. 2, p. 14).',
      '  2.6 Officers shall do the following:',
      '      i. log the request;',
      '      ii. tell the Chief.',
      '  2.7 Officers shall do the following:',
      '      A. log the request;',
      '      B. tell the Chief.',
      '',
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(doc.errors, []);
    assert.deepEqual(
      doc.clauses.map((c) => c.number),
      ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7'],
    );
    assert.equal(doc.sections[0]!.title.text, 'PROPERTY');
    assert.deepEqual(
      doc.clauses[6]!.sentence.actionList?.items.map((i) => i.marker),
      ['A.', 'B.'],
    );
    // A definition without its full stop is still reported.
    assert.match(
      parse('define X as term: a thing\n').errors[0]!.message,
      /expected '\.' to end the definition of X/,
    );
  });

  it('reads Vietnamese names, precomposed or decomposed, as whole words (probe round 9)', () => {
    const doc = parse(
      '2.1 MPD shall refer each person to the Đặng Thị Mai Center and the Nguye\u0302\u0303n Unit.\n',
    );
    assert.deepEqual(doc.errors, []);
    const words = doc.clauses[0]!.sentence.action!.words.map((w) => w.text);
    assert.ok(words.includes('Đặng') && words.includes('Thị'), words.join(' '));
    assert.ok(words.includes('Nguye\u0302\u0303n'), words.join(' '));
  });

  it('takes a non-breaking space after structure as a blank (probe round 9)', () => {
    const doc = parse(
      'define\u00a0MPD as agency.\nsection\u00a01 "S"\n  1.1\u00a0MPD shall do the following:\n      a.\u00a0log the request;\n      b. tell the Chief.\n',
    );
    assert.deepEqual(doc.errors, []);
    assert.equal(doc.definitions[0]!.name.text, 'MPD');
    assert.equal(doc.clauses[0]!.number, '1.1');
    assert.equal(doc.clauses[0]!.sentence.actionList?.items.length, 2);
  });

  it('measures characters in UTF-16 code units, as LSP does', () => {
    const doc = parse('2.1 MPD 😀 shall act.\n');
    const modal = doc.clauses[0]!.sentence.modal!;
    assert.deepEqual(modal.range.start, { line: 0, character: 11 });
  });
});

describe('the concrete syntax tree', () => {
  const nodes = (node: CstNode): CstNode[] => [
    node,
    ...Object.values(node.children).flatMap((list) =>
      list.flatMap((el) => ('children' in el ? nodes(el) : [])),
    ),
  ];

  it('gives every node children without inherited members, in fast-property objects', () => {
    parser.input = lexer.tokenize(
      'define MPD as agency.\n2.1 MPD shall act only if any of:\n  a. x; or\n  b. y.\n',
    ).tokens;
    const all = nodes(parser.document());
    assert.ok(all.length > 5);
    for (const node of all) {
      assert.equal(node.children.constructor, undefined);
      assert.equal(node.children.toString, undefined);
      assert.equal(Object.getPrototypeOf(Object.getPrototypeOf(node.children)), null);
    }
  });
});
