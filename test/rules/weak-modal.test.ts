import { weakModal } from '../../server/rules/weak-modal.js';
import { ruleTester } from './rule-tester.js';

ruleTester(weakModal, {
  valid: [
    '2.1 Officers shall obtain approval from a Commander before detaining any individual.',
    '2.2 Officers must not ask about immigration status.',
    '2.3 MPD may respond to a detainer only if the request is accompanied by a judicial warrant.',
    'note: Officers should read this policy with the code of conduct.',
    '2.4 No officer shall ask about immigration status.',
    '2.5 Officers shall record each request and may report it to a Commander.',
  ],
  invalid: [
    {
      name: '"should refrain from" recommends a ban; the fix makes it one',
      code: '2.1 Transit Officers should refrain from assisting CBP in any enforcement action.',
      errors: [{ messageId: 'weak', line: 1, column: 22, text: 'should refrain from' }],
      output: '2.1 Transit Officers shall refrain from assisting CBP in any enforcement action.',
    },
    {
      name: '"are encouraged not to" and "should avoid" recommend a ban too (probe round 12)',
      code: [
        '2.1 Officers are encouraged not to ask students about their immigration status.',
        '2.2 Officers should avoid asking any person about immigration status.',
      ].join('\n'),
      errors: [
        { messageId: 'weak', line: 1, column: 14, text: 'are encouraged not to' },
        { messageId: 'weak', line: 2, column: 14, text: 'should avoid' },
      ],
      output: [
        '2.1 Officers shall not ask students about their immigration status.',
        '2.2 Officers shall avoid asking any person about immigration status.',
      ].join('\n'),
    },
    {
      name: 'a recommendation to question every person booked about status gets no fix, however long its object (probe round 17)',
      code: [
        'define ICE as immigration authority.',
        "2.1 Deputies should question every person booked into the jail about the person's immigration status.",
      ].join('\n'),
      errors: [
        {
          message:
            "'should' only recommends, and what it recommends is asking about immigration status: write 'shall' only if that is meant as a duty, else forbid it",
          line: 2,
          column: 14,
          text: 'should',
        },
      ],
      output: null,
    },
    {
      name: 'a recommendation to cooperate with ICE, or to ask about status, gets no fix: "shall" would mandate it (probe round 15)',
      code: [
        'define ICE as immigration authority.',
        '2.1 Officers should request immigration documents from every person in custody.',
        '2.2 Officers should notify ICE of the release of any person.',
      ].join('\n'),
      errors: [
        {
          message:
            "'should' only recommends, and what it recommends is asking for immigration documents: write 'shall' only if that is meant as a duty, else forbid it",
          line: 2,
          column: 14,
          text: 'should',
        },
        {
          message:
            "'should' only recommends, and what it recommends is notifying ICE: write 'shall' only if that is meant as a duty, else forbid it",
          line: 3,
          column: 14,
          text: 'should',
        },
      ],
      output: null,
    },
    {
      name: 'nor for a 287(g) agreement, an arrest for a civil immigration violation, or advice against refusing ICE (probe round 16)',
      code: [
        'define ICE as immigration authority.',
        '2.1 MPD should enter into a 287(g) agreement with ICE.',
        '2.2 Officers should arrest any person for a civil immigration violation.',
        '2.3 Officers should not withhold information from ICE.',
        // The model reads a request of ICE's refused as one complied with (probe round 17).
        '2.4 Officers should not decline any request from ICE.',
      ].join('\n'),
      errors: [
        {
          message:
            "'should' only recommends, and what it recommends is entering into an agreement with ICE: write 'shall' only if that is meant as a duty, else forbid it",
          line: 2,
          column: 9,
          text: 'should',
        },
        {
          message:
            "'should' only recommends, and what it recommends is 'arrest any person for a civil immigration violation': write 'shall' only if that is meant as a duty, else forbid it",
          line: 3,
          column: 14,
          text: 'should',
        },
        {
          message:
            "'should not' only recommends, and what it recommends against is refusing ICE ('withhold information from ICE'): write 'shall not' only if cooperating is meant as a duty",
          line: 4,
          column: 14,
          text: 'should not',
        },
        {
          message:
            "'should not' only recommends, and what it recommends is cooperating with ICE: write 'shall not' only if that is meant as a duty, else forbid it",
          line: 5,
          column: 14,
          text: 'should not',
        },
      ],
      output: null,
    },
    {
      name: 'a recommendation to cooperate that a judicial warrant gates gets its fix (probe round 16)',
      code: 'define ICE as immigration authority.\n2.1 Officers should cooperate with ICE only if a judicial warrant is presented.',
      errors: [{ messageId: 'weak', line: 2, column: 14, text: 'should' }],
      output:
        'define ICE as immigration authority.\n2.1 Officers shall cooperate with ICE only if a judicial warrant is presented.',
    },
    {
      name: 'a second duty of the clause recommends, or both do',
      code: [
        '2.1 Officers shall refer each request from ICE to a Commander and should notify the Commander of the request.',
        '2.2 Officers should record each request and should report it to a Commander.',
      ].join('\n'),
      errors: [
        { messageId: 'weak', line: 1, column: 67, text: 'should' },
        { messageId: 'weak', line: 2, column: 14, text: 'should' },
        { messageId: 'weak', line: 2, column: 45, text: 'should' },
      ],
      output: [
        '2.1 Officers shall refer each request from ICE to a Commander and shall notify the Commander of the request.',
        '2.2 Officers shall record each request and shall report it to a Commander.',
      ].join('\n'),
    },
    {
      name: '"No Officer should" only recommends too',
      code: "2.6 No Officer should disclose a victim's immigration status to any person.",
      errors: [
        {
          message: "'should' only recommends; if this is a duty, write 'shall'",
          line: 1,
          column: 16,
          text: 'should',
        },
      ],
      output: "2.6 No Officer shall disclose a victim's immigration status to any person.",
    },
    {
      name: 'ought to, ought not to, advised to and urged to recommend',
      code: [
        '2.1 Officers ought to obtain approval from a Commander.',
        '2.2 Officers ought not to ask about immigration status.',
        '2.3 Officers are advised to record each request.',
        '2.4 Officers are urged to wear a body camera.',
      ].join('\n'),
      errors: [
        {
          message: "'ought to' only recommends; if this is a duty, write 'shall'",
          line: 1,
          column: 14,
          text: 'ought to',
        },
        {
          message: "'ought not to' only recommends; if this is a duty, write 'shall not'",
          line: 2,
          column: 14,
          text: 'ought not to',
        },
        { messageId: 'weak', line: 3, column: 14, text: 'are advised to' },
        { messageId: 'weak', line: 4, column: 14, text: 'are urged to' },
      ],
      output: [
        '2.1 Officers shall obtain approval from a Commander.',
        '2.2 Officers shall not ask about immigration status.',
        '2.3 Officers shall record each request.',
        '2.4 Officers shall wear a body camera.',
      ].join('\n'),
    },
    {
      code: '2.4 Officers should obtain approval from a Commander or OIC.',
      errors: [{ messageId: 'weak', line: 1, column: 14, text: 'should' }],
      output: '2.4 Officers shall obtain approval from a Commander or OIC.',
    },
    {
      name: 'should not becomes must not under the must convention',
      code: '2.5 Officers should not\n    ask about immigration status.',
      config: { modalConvention: 'must' },
      errors: [
        {
          message: "'should not' only recommends; if this is a duty, write 'must not'",
          line: 1,
          column: 14,
          text: 'should not',
        },
      ],
      output: '2.5 Officers must not\n    ask about immigration status.',
    },
    {
      code: '2.6 Officers are expected to document every contact with ICE.',
      errors: [{ messageId: 'weak', line: 1, column: 14, text: 'are expected to' }],
      output: '2.6 Officers shall document every contact with ICE.',
    },
  ],
});
