import { danglingReference } from '../../server/rules/dangling-reference.js';
import { designExample } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

ruleTester(danglingReference, {
  valid: [
    {
      name: "statutes cited by section: before or after the statute's name",
      code: [
        '2.1 MPD shall not enter into any agreement under INA § 287(g).',
        '2.2 MPD shall comply with Section 1373 of Title 8.',
        '2.3 MPD shall comply with Section 1373 of the Immigration and Nationality Act.',
      ].join('\n'),
    },
    {
      name: 'the DESIGN example: §2.5 in 2.4 and in the definition of "serious crime" resolve',
      code: designExample(),
    },
    {
      name: 'every form of reference, to clauses, sections and list items',
      code: [
        'section 2 "Procedure"',
        '  2.4 Officers shall obtain approval before detaining any person for a reason listed in § 2.5,',
        '      clause 2.5, §2.5(b), §§ 2.5 or section 2.',
        '  2.5 MPD may detain a person only if any of:',
        '      a. the person is named in a judicial warrant;',
        '      b. the person is arrested for a criminal offense.',
      ].join('\n'),
    },
    {
      name: 'articles and parts of other law, drug schedules, and "take part"',
      code: [
        '2.7 Officers shall honor Article 36 of the Vienna Convention on Consular Relations.',
        '2.8 Officers shall follow Part 287 of Title 8.',
        '2.9 Officers shall not possess a Schedule I controlled substance.',
        '2.10 Officers shall take part in training.',
      ].join('\n'),
    },
    {
      name: 'code sections numbered with hyphens, and a section with items before "of … Code"',
      code: [
        '2.1 MPD shall comply with section 9-131 of the Administrative Code and section 54-192h of the General Statutes.',
        '2.2 MPD shall comply with section 667.5(c) of the California Penal Code.',
        '2.3 MPD shall comply with C.R.S. § 24-76.6-102.',
        '2.4 MPD shall not arrest any person attending court, as Civil Rights Law § 28 provides.',
      ].join('\n'),
    },
    {
      name: 'citations of other law point outside the policy',
      code: '2.2 MPD shall not enter into any Section 287(g) agreement under 8 U.S.C. § 1357(g) or Wis. Stat. § 165.85.',
    },
    {
      name: '"as outlined below" with clauses below, and "the following" with its list',
      code: [
        'note: Status is relevant only for the serious crimes outlined below.',
        '2.8 MPD will only cooperate with ICE under the following circumstances:',
        '    1. the individual is arrested for a violent felony; or',
        '    2. the individual is named in a judicial warrant.',
        '2.9 Officers shall follow the procedure described above.',
      ].join('\n'),
    },
    {
      name: '"the following day" is a date',
      code: '2.1 Officers shall file each report by noon the following day.',
    },
  ],
  invalid: [
    {
      name: 'a reference written with a no-break space is a reference (probe round 13)',
      code: '2.1 MPD shall record each request.\n2.2 MPD shall follow §\u00a02.9.',
      errors: [{ messageId: 'missing', line: 2, column: 22, text: '§ 2.9' }],
    },
    {
      name: 'an appendix, an article or a part: a policy has none',
      code: '2.5 Officers shall follow the steps set forth in Appendix B and Article 3.\n2.6 Officers shall follow Part IV of this policy.',
      errors: [
        { messageId: 'missing', line: 1, column: 50, text: 'Appendix B' },
        { messageId: 'missing', line: 1, column: 65, text: 'Article 3' },
        { messageId: 'missing', line: 2, column: 27, text: 'Part IV' },
      ],
    },
    {
      name: 'a subsection or paragraph numbered as a clause is',
      code: '2.3 The carve-outs in subsection 4.9 apply to each request.\n2.4 Officers shall follow paragraph 12.3.',
      errors: [
        { messageId: 'missing', line: 1, column: 23, text: 'subsection 4.9' },
        { messageId: 'missing', line: 2, column: 27, text: 'paragraph 12.3' },
      ],
    },
    {
      name: 'a word that names no statute does not make a citation',
      code: '2.3 Officers shall follow the steps of Section 9 of this policy.',
      errors: [
        {
          message: 'Section 9 refers to no clause or section of this policy',
          line: 1,
          column: 40,
          text: 'Section 9',
        },
      ],
    },
    {
      code: '2.2 Officers shall obtain approval before detaining any person for a reason listed in §9.9.',
      errors: [
        { message: '§9.9 refers to no clause or section of this policy', line: 1, column: 87, text: '§9.9' },
      ],
    },
    {
      name: 'nothing below, nothing above',
      code: [
        '2.1 Officers shall complete the steps as outlined above.',
        '2.2 Officers shall record every detention on the form described below.',
      ].join('\n'),
      errors: [
        {
          message: "'as outlined above' points at nothing: no clause or list item comes before it",
          line: 1,
          column: 39,
          text: 'as outlined above',
        },
        {
          message: "'described below' points at nothing: no clause or list item follows it",
          line: 2,
          column: 55,
          text: 'described below',
        },
      ],
    },
    {
      name: 'a section reference, a clause reference and a missing list item',
      code: [
        'section 2 "Procedure"',
        '  2.4 Officers shall follow section 3 and clause 2.6 for any reason listed in §2.5(c).',
        '  2.5 MPD may detain a person only if any of:',
        '      a. the person is named in a judicial warrant;',
        '      b. the person is arrested for a criminal offense.',
      ].join('\n'),
      errors: [
        { messageId: 'missing', line: 2, column: 29, text: 'section 3' },
        { messageId: 'missing', line: 2, column: 43, text: 'clause 2.6' },
        {
          message: '§2.5(c) refers to no list item: §2.5 has no item (c)',
          line: 2,
          column: 79,
          text: '§2.5(c)',
        },
      ],
    },
    {
      name: 'every number of a plural reference is checked',
      code: [
        'section 2 "Procedure"',
        '  2.5 Officers shall follow §§ 2.5–2.7 and sections 2 and 3.',
        '  2.6 MPD shall publish this policy.',
      ].join('\n'),
      errors: [
        { message: '§2.7 refers to no clause or section of this policy', line: 2, column: 36, text: '2.7' },
        { message: '§3 refers to no clause or section of this policy', line: 2, column: 59, text: '3' },
      ],
    },
    {
      name: 'in a definition and a note; below-outlined at the end',
      code: [
        'define "serious crime" as term: an offense listed in §2.5.',
        'note: See section 4 for training.',
        '2.1 Officers shall obtain approval before detaining any person for the below-outlined reasons.',
      ].join('\n'),
      errors: [
        { messageId: 'missing', line: 1, column: 54, text: '§2.5' },
        { messageId: 'missing', line: 2, column: 11, text: 'section 4' },
        { messageId: 'below', line: 3, column: 72, text: 'below-outlined' },
      ],
    },
  ],
});
