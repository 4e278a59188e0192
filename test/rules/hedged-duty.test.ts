import { hedgedDuty } from '../../server/rules/hedged-duty.js';
import { ruleTester } from './rule-tester.js';

ruleTester(hedgedDuty, {
  valid: [
    {
      name: 'seeking a warrant is conduct, not effort',
      code: '2.22 Officers shall seek a judicial warrant before any search.',
    },
    '2.1 Officers shall obtain approval from a Commander before detaining any individual.',
    '2.2 MPD may cooperate with ICE as appropriate only if a judicial warrant is presented.',
    'note: Officers act when time and circumstances permit.',
    {
      name: 'a permission in disguise hedges no duty: "Nothing … shall be construed to prohibit" (probe round 12)',
      code: 'define ICE as immigration authority.\n4.2 Nothing in this policy shall be construed to prohibit Officers from providing assistance to ICE where necessary to protect officer safety.',
    },
    '2.3 Officers shall document each request within 24 hours.',
    {
      name: "an apostrophe is no quotation mark: the officers' duties hold no quoted hedge",
      code: "2.4 The Sergeants' log shall record when each ICE request arrived and the officers' replies to it.",
    },
    {
      name: 'a hedge in a permission allows less, not more',
      code: '2.7 Officers may request backup when circumstances allow.',
    },
    {
      name: 'strong drafting near the hedges of availability and effort',
      code: [
        '2.8 Officers shall activate a body camera when a warrant is served.',
        '2.9 Officers shall record each stop unless the person declines to give a name.',
        '2.10 MPD shall assign two officers to the front desk at all times.',
        '2.11 Officers shall report each request from ICE to a Commander within one hour.',
        '2.12 Officers shall protect the identity of a victim.',
        '2.13 MPD shall provide language training to every officer within one year of hire.',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'more debris the fix leaves none of: brackets that hold more, an abbreviation, nested quotes, dashes (probe round 16)',
      code: [
        '2.1 Officers shall notify a Commander (where practicable, and in writing).',
        '2.2 Officers shall notify a Sergeant before 8 a.m. where practicable.',
        '2.3 Officers shall report each ICE request (“where practicable”).',
        '2.4 Officers shall notify a Lieutenant — where practicable — of each ICE request.',
      ].join('\n'),
      errors: [
        { messageId: 'hedge', line: 1, column: 40, text: 'where practicable' },
        { messageId: 'hedge', line: 2, column: 52, text: 'where practicable' },
        { messageId: 'hedge', line: 3, column: 46, text: 'where practicable' },
        { messageId: 'hedge', line: 4, column: 42, text: 'where practicable' },
      ],
      output: [
        '2.1 Officers shall notify a Commander (in writing).',
        '2.2 Officers shall notify a Sergeant before 8 a.m.',
        '2.3 Officers shall report each ICE request.',
        '2.4 Officers shall notify a Lieutenant of each ICE request.',
      ].join('\n'),
    },
    {
      name: "a hedge in Word's curly single quotes is a hedge, and its quotes go with it (probe round 16)",
      code: '2.1 Officers shall notify a Commander ‘where practicable’.',
      errors: [{ messageId: 'hedge', line: 1, column: 40, text: 'where practicable' }],
      output: '2.1 Officers shall notify a Commander.',
    },
    {
      name: 'a hedge in straight single quotes is a hedge too, and its quotes (and a comma before them) go with it',
      code: [
        "2.1 Officers shall notify a Commander 'where practicable' of each ICE request.",
        "2.2 Officers shall notify a Sergeant, 'when time and circumstances permit', of each ICE request.",
        '2.3 Officers shall notify a Lieutenant, “as soon as practicable”, of each ICE request.',
      ].join('\n'),
      errors: [
        { messageId: 'hedge', line: 1, column: 40, text: 'where practicable' },
        { messageId: 'hedge', line: 2, column: 40, text: 'when time and circumstances permit' },
        { messageId: 'hedge', line: 3, column: 42, text: 'as soon as practicable' },
      ],
      output: [
        '2.1 Officers shall notify a Commander of each ICE request.',
        '2.2 Officers shall notify a Sergeant of each ICE request.',
        '2.3 Officers shall notify a Lieutenant of each ICE request.',
      ].join('\n'),
    },
    {
      name: 'a quoted hedge that opens the sentence goes with its marks and comma, the next word takes the capital; a quote left open goes too (probe round 18)',
      code: [
        "2.1 'Where practicable', and/or when ICE asks, Officers shall notify a Commander.",
        '2.2 “Where practicable,” Officers shall notify a Sergeant.',
        '2.3 (Where practicable), Officers shall notify a Lieutenant.',
        "2.4 Officers shall notify a Captain 'where practicable.",
      ].join('\n'),
      errors: [
        { messageId: 'hedge', line: 1, column: 6, text: 'Where practicable' },
        { messageId: 'hedge', line: 2, column: 6, text: 'Where practicable' },
        { messageId: 'hedge', line: 3, column: 6, text: 'Where practicable' },
        { messageId: 'hedge', line: 4, column: 38, text: 'where practicable' },
      ],
      output: [
        '2.1 When ICE asks, Officers shall notify a Commander.',
        '2.2 Officers shall notify a Sergeant.',
        '2.3 Officers shall notify a Lieutenant.',
        '2.4 Officers shall notify a Captain.',
      ].join('\n'),
    },
    {
      name: 'two hedges "and" joins go together, the "and" with them (probe round 18)',
      code: [
        "2.1 Officers shall notify a Commander 'where practicable' and 'as appropriate' of each ICE request.",
        '2.2 Officers shall notify a Sergeant of each ICE request where practicable and as appropriate.',
      ].join('\n'),
      errors: [
        { messageId: 'hedge', line: 1, column: 40, text: 'where practicable' },
        { messageId: 'hedge', line: 1, column: 64, text: 'as appropriate' },
        { messageId: 'hedge', line: 2, column: 58, text: 'where practicable' },
        { messageId: 'hedge', line: 2, column: 80, text: 'as appropriate' },
      ],
      output: [
        '2.1 Officers shall notify a Commander of each ICE request.',
        '2.2 Officers shall notify a Sergeant of each ICE request.',
      ].join('\n'),
    },
    {
      name: 'no fix for a hedge "or" joins to another condition: without it the duty narrows (probe round 16)',
      code: '2.8 Where practicable, or when ICE asks, Officers shall notify a Commander.',
      errors: [{ messageId: 'hedge', line: 1, column: 5, text: 'Where practicable' }],
      output: null,
    },
    {
      name: 'the fix leaves no debris: brackets, quotation marks, a joining "and", a number before a line break (probe round 15)',
      code: [
        '2.4 Officers shall notify a Commander (where practicable).',
        '2.6 Officers shall notify a Sergeant "where practicable".',
        '2.8 Where practicable, and when time and circumstances permit, Officers shall notify a Lieutenant.',
        '2.9 Officers shall obtain approval before detaining any individual for a reason listed in §2.5',
        '    when time and circumstances permit.',
      ].join('\n'),
      errors: [
        { messageId: 'hedge', line: 1, column: 40, text: 'where practicable' },
        { messageId: 'hedge', line: 2, column: 39, text: 'where practicable' },
        { messageId: 'hedge', line: 3, column: 5, text: 'Where practicable' },
        { messageId: 'hedge', line: 3, column: 28, text: 'when time and circumstances permit' },
        { messageId: 'hedge', line: 5, column: 5, text: 'when time and circumstances permit' },
      ],
      output: [
        '2.4 Officers shall notify a Commander.',
        '2.6 Officers shall notify a Sergeant.',
        '2.8 When time and circumstances permit, Officers shall notify a Lieutenant.',
        '2.9 Officers shall obtain approval before detaining any individual for a reason listed in §2.5.',
      ].join('\n'),
    },
    {
      name: "a reasonable time is no deadline, and relevance is the officer's to decide",
      code: '3.2 The Records Unit shall purge plate data that is not tied to an investigation within a reasonable time.\n4.4 Officers shall not enter immigration status into the gang database except when relevant.',
      errors: [
        { messageId: 'hedge', line: 1, column: 82, text: 'within a reasonable time' },
        { messageId: 'hedge', line: 2, column: 79, text: 'when relevant' },
      ],
      output:
        '3.2 The Records Unit shall purge plate data that is not tied to an investigation.\n4.4 Officers shall not enter immigration status into the gang database except when relevant.',
    },
    {
      name: 'able, and reasonable effort in the singular',
      code:
        '2.9 Officers shall broadcast the location of the pursuit if able.' +
        '\n' +
        '2.10 Officers shall notify the owner if the owner can be found with reasonable effort.',
      errors: [
        { messageId: 'hedge', line: 1, column: 58, text: 'if able' },
        { messageId: 'hedge', line: 2, column: 64, text: 'with reasonable effort' },
      ],
      output:
        '2.9 Officers shall broadcast the location of the pursuit.\n2.10 Officers shall notify the owner if the owner can be found.',
    },
    {
      name: 'staffing and the records system as hedges (probe round 9)',
      code: '2.11 Officers shall, to the extent staffing allows, review each record.\n2.12 The Records Unit shall flag each record to the extent the jail management system allows.',
      errors: [
        { messageId: 'hedge', line: 1, column: 22, text: 'to the extent staffing allows' },
        { messageId: 'hedge', line: 2, column: 46, text: 'to the extent the jail management system allows' },
      ],
      output: '2.11 Officers shall review each record.\n2.12 The Records Unit shall flag each record.',
    },
    {
      name: 'a second duty of the clause strives, or is hedged after a permission',
      code: [
        '2.1 Officers shall record each request and shall strive to report it to a Commander within one day.',
        '2.2 Officers may request backup when circumstances allow and shall record each request as appropriate.',
      ].join('\n'),
      errors: [
        { messageId: 'strive', line: 1, column: 44, text: 'shall strive to' },
        { messageId: 'hedge', line: 2, column: 88, text: 'as appropriate' },
      ],
      output: [
        '2.1 Officers shall record each request and shall report it to a Commander within one day.',
        '2.2 Officers may request backup when circumstances allow and shall record each request.',
      ].join('\n'),
    },
    {
      name: 'a hedge inside an exception is reported without a fix: deleting it would widen the exception',
      code: '2.9 Officers shall not transfer any person to ICE except where necessary to protect public safety.',
      errors: [{ messageId: 'hedge', line: 1, column: 58, text: 'where necessary' }],
      output: null,
    },
    {
      name: 'funding and resources as hedges',
      code: '2.7 MPD shall provide interpreters to the extent funding is available.\n2.8 MPD shall train every officer as resources allow.',
      errors: [
        { messageId: 'hedge', line: 1, column: 36, text: 'to the extent funding is available' },
        { messageId: 'hedge', line: 2, column: 35, text: 'as resources allow' },
      ],
      output: '2.7 MPD shall provide interpreters.\n2.8 MPD shall train every officer.',
    },
    {
      code: '2.4 Officers should obtain approval from a Commander\n    when time and circumstances permit.',
      errors: [{ messageId: 'hedge', line: 2, column: 5, text: 'when time and circumstances permit' }],
      output: '2.4 Officers should obtain approval from a Commander.',
    },
    {
      name: 'a leading hedge is removed with its comma, and the subject capitalised',
      code: '2.4 When time and circumstances permit, an officer should obtain approval.',
      errors: [{ messageId: 'hedge', line: 1, column: 5, text: 'When time and circumstances permit' }],
      output: '2.4 An officer should obtain approval.',
    },
    {
      code: '2.5 MPD officers shall strive to treat all individuals equally and fairly.',
      errors: [{ messageId: 'strive', line: 1, column: 18, text: 'shall strive to' }],
      output: '2.5 MPD officers shall treat all individuals equally and fairly.',
    },
    {
      code: '2.6 Officers shall, as appropriate, notify a supervisor.',
      errors: [{ messageId: 'hedge', line: 1, column: 21, text: 'as appropriate' }],
      output: '2.6 Officers shall notify a supervisor.',
    },
    {
      name: 'reasonableness and circumstances',
      code: [
        '2.7 Officers shall provide an interpreter to the extent reasonable.',
        '2.8 Where circumstances allow, an officer shall obtain approval from a Commander.',
        '2.9 Officers shall notify the Commander when circumstances allow.',
      ].join('\n'),
      errors: [
        { messageId: 'hedge', line: 1, column: 43, text: 'to the extent reasonable' },
        { messageId: 'hedge', line: 2, column: 5, text: 'Where circumstances allow' },
        { messageId: 'hedge', line: 3, column: 41, text: 'when circumstances allow' },
      ],
      output: [
        '2.7 Officers shall provide an interpreter.',
        '2.8 An officer shall obtain approval from a Commander.',
        '2.9 Officers shall notify the Commander.',
      ].join('\n'),
    },
    {
      name: 'staffing and resources',
      code: [
        '2.10 MPD shall staff the front desk at night if staffing allows.',
        '2.11 MPD shall assign a liaison officer if staffing permits.',
        '2.12 MPD shall, subject to available resources, provide language training.',
      ].join('\n'),
      errors: [
        { messageId: 'hedge', line: 1, column: 46, text: 'if staffing allows' },
        { messageId: 'hedge', line: 2, column: 41, text: 'if staffing permits' },
        { messageId: 'hedge', line: 3, column: 17, text: 'subject to available resources' },
      ],
      output: [
        '2.10 MPD shall staff the front desk at night.',
        '2.11 MPD shall assign a liaison officer.',
        '2.12 MPD shall provide language training.',
      ].join('\n'),
    },
    {
      name: 'time, warrant, practicability and feasibility',
      code: [
        '2.13 Officers shall report each request from ICE to a Commander as soon as reasonably possible.',
        '2.14 Officers shall activate a body camera when warranted.',
        '2.15 Officers shall record each stop unless impracticable.',
        '2.16 Officers should wear a body camera when operationally feasible.',
      ].join('\n'),
      errors: [
        { messageId: 'hedge', line: 1, column: 65, text: 'as soon as reasonably possible' },
        { messageId: 'hedge', line: 2, column: 44, text: 'when warranted' },
        { messageId: 'hedge', line: 3, column: 38, text: 'unless impracticable' },
        { messageId: 'hedge', line: 4, column: 41, text: 'when operationally feasible' },
      ],
      output: [
        '2.13 Officers shall report each request from ICE to a Commander.',
        '2.14 Officers shall activate a body camera.',
        '2.15 Officers shall record each stop.',
        '2.16 Officers should wear a body camera.',
      ].join('\n'),
    },
    {
      name: 'a promise of utmost or best effort: the modal is the promise, and the fix says "shall"',
      code: [
        '2.17 Officers shall do their utmost to protect the identity of a victim.',
        '2.18 MPD shall do its utmost to publish the report.',
        '2.19 MPD shall make reasonable efforts to purge the records.',
        '2.20 MPD shall use best efforts to support the program.',
        '2.21 Officers shall seek to record each stop, and shall try to publish the report.',
      ].join('\n'),
      errors: [
        { messageId: 'strive', line: 1, column: 15, text: 'shall do their utmost to' },
        { messageId: 'strive', line: 2, column: 10, text: 'shall do its utmost to' },
        { messageId: 'strive', line: 3, column: 10, text: 'shall make reasonable efforts to' },
        { messageId: 'strive', line: 4, column: 10, text: 'shall use best efforts to' },
        { messageId: 'strive', line: 5, column: 15, text: 'shall seek to' },
        { messageId: 'strive', line: 5, column: 51, text: 'shall try to' },
      ],
      output: [
        '2.17 Officers shall protect the identity of a victim.',
        '2.18 MPD shall publish the report.',
        '2.19 MPD shall purge the records.',
        '2.20 MPD shall support the program.',
        '2.21 Officers shall record each stop, and shall publish the report.',
      ].join('\n'),
    },
  ],
});
