import { duplicateClause } from '../../server/rules/duplicate-clause.js';
import { ruleTester } from './rule-tester.js';

ruleTester(duplicateClause, {
  valid: [
    [
      'section 8 "Property"',
      '  8.1 Officers shall return seized property to its owner.',
      '  8.2 Officers shall log seized property in the evidence system within one shift.',
      '  8.3 Officers shall give each owner a receipt for seized property.',
    ].join('\n'),
    {
      name: '"shall" against "shall not" is a real difference',
      code: '2.1 Officers shall inquire about the immigration status of any person.\n2.2 Officers shall not inquire about the immigration status of any person.',
    },
    {
      name: 'strong drafting: parallel clauses on different information',
      code: [
        '4.2 Officers shall not notify ICE of the release date of any person',
        '    unless the request is accompanied by a judicial warrant.',
        '4.3 Officers shall not notify ICE of the home address of any person',
        '    unless the request is accompanied by a judicial warrant.',
      ].join('\n'),
    },
    {
      name: 'the same clause in two sections of a renumbered policy is still two numbers',
      code: 'section 2 "A"\n  2.1 MPD shall publish this policy.\nsection 3 "B"\n  3.1 MPD shall train every officer.',
    },
    {
      name: 'parallel clauses about two defined agencies are two rules',
      code: [
        'define MPD as agency.',
        'define ICE as immigration authority.',
        'define CBP as immigration authority.',
        '4.3 MPD shall not give ICE the home address, the work address, the telephone number or the release date of any person',
        '    unless the request is accompanied by a judicial warrant.',
        '4.4 MPD shall not give CBP the home address, the work address, the telephone number or the release date of any person',
        '    unless the request is accompanied by a judicial warrant.',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'a defined name only one clause adds does not make two rules',
      code: [
        'define MPD as agency.',
        'define Officer as member of MPD.',
        '2.1 Officers shall log seized property in the evidence system within one shift of the seizure.',
        '2.2 MPD Officers shall log seized property in the evidence system within one shift of the seizure.',
      ].join('\n'),
      errors: [{ messageId: 'text', line: 4, column: 1, text: '2.2' }],
      output: null,
    },
    {
      name: 'the docs example: a repeated number and a repeated text',
      code: [
        'section 8 "Property"',
        '  8.1 Officers shall return seized property to its owner.',
        '  8.1 Officers shall give each owner a receipt for seized property.',
        '  8.2 Officers shall log seized property in the evidence system within one shift.',
        '  8.3 Officers shall log seized property in the evidence system within one shift.',
      ].join('\n'),
      errors: [
        {
          message: '§8.1 is already used by an earlier clause (line 2); a citation of §8.1 is ambiguous',
          line: 3,
          column: 3,
          text: '8.1',
        },
        {
          message: '§8.3 repeats §8.2 almost word for word; keep one of the two',
          line: 5,
          column: 3,
          text: '8.3',
        },
      ],
      output: [
        'section 8 "Property"',
        '  8.1 Officers shall return seized property to its owner.',
        '  8.4 Officers shall give each owner a receipt for seized property.',
        '  8.2 Officers shall log seized property in the evidence system within one shift.',
        '  8.3 Officers shall log seized property in the evidence system within one shift.',
      ].join('\n'),
    },
    {
      name: 'two repeats get two different free numbers, after the highest in the section',
      code: [
        '2.4 Officers shall carry a copy of this policy.',
        '2.5 MPD shall publish this policy.',
        '2.7 MPD shall train every officer.',
        '§ 2.4 Officers shall wear a name tag.',
        '2.4 Officers shall give their badge number on request.',
      ].join('\n'),
      errors: [
        { messageId: 'number', line: 4, column: 1, text: '§ 2.4' },
        { messageId: 'number', line: 5, column: 1, text: '2.4' },
      ],
      output: [
        '2.4 Officers shall carry a copy of this policy.',
        '2.5 MPD shall publish this policy.',
        '2.7 MPD shall train every officer.',
        '§ 2.8 Officers shall wear a name tag.',
        '2.9 Officers shall give their badge number on request.',
      ].join('\n'),
    },
    {
      name: "near-identical: 'must not' for 'shall not', 'a' for 'any'",
      code: '2.1 Officers shall not inquire about the immigration status of any person.\n2.4 Officers must not inquire about the immigration status of a person.',
      errors: [{ messageId: 'text', line: 2, column: 1, text: '2.4' }],
      output: null,
    },
  ],
});
