import { section287g } from '../../server/rules/section-287g.js';
import { designExample, readRepo } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const defs =
  'define MPD as agency.\ndefine Officer as member of MPD.\ndefine ICE as immigration authority.\ndefine "Chief of Police" as member of MPD.\n';

ruleTester(section287g, {
  valid: [
    {
      name: 'ending an agreement, or telling ICE it ends, opens no door (probe round 9)',
      code: `${defs}3.5 MPD shall not enter into an agreement under 8 U.S.C. § 1357(g), and shall terminate any such agreement in effect.\n3.6 The Chief shall give written notice of termination to ICE of any agreement under 8 U.S.C. § 1357(g).\n3.7 The Chief may terminate the Warrant Service Officer program at any time.`,
    },
    {
      name: 'a 287(g) power denied where it is named',
      code: `${defs}2.10 Officers shall tell any person who asks that MPD officers do not enforce federal immigration law.`,
    },
    {
      name: 'a report of a proposal, and the (g)(10) provision, which needs no agreement',
      code: `${defs}2.8 The Chief of Police shall report to the City Council any proposal to enter into an agreement under 8 U.S.C. § 1357(g).\n2.9 MPD shall comply with 8 U.S.C. § 1357(g)(10).\ndefine "City Council" as authority.`,
    },
    { name: 'the DESIGN example forbids the agreement', code: designExample() },
    {
      name: 'the Madison SOP: a statement about the program, and "will refrain from"',
      code: readRepo('clauses', 'madison-sop-2025.policy'),
    },
    `${defs}2.1 MPD shall not enter into any Section 287(g) agreement.`,
    `${defs}2.2 No Officer shall perform immigration functions under a 287(g) agreement with ICE.`,
    {
      name: 'a condition of a prohibition narrows nothing open',
      code: `${defs}2.3 MPD shall not renew any agreement under 8 U.S.C. § 1357(g) if the Chief of Police proposes it.`,
    },
    {
      name: 'a permission that names no 287(g) agreement',
      code: `${defs}2.4 MPD may enter into a mutual aid agreement with the county.`,
    },
    `${defs}note: MPD may not enter into a 287(g) agreement.`,
    {
      name: 'ICE lodging a detainer is not an Officer lodging one (probe round 17)',
      code: `${defs}2.15 MPD may hold a person for 48 hours if ICE lodges an immigration detainer and a judicial warrant.\n2.16 Officers shall give each inmate a copy of any immigration detainer lodged against the inmate.\n2.17 Officers shall not lodge immigration detainers.`,
    },
  ],
  invalid: [
    {
      name: 'a ban on ending an agreement, with an exception, is still reported',
      code: `${defs}1.2 MPD shall not terminate its 287(g) agreement except with the written concurrence of ICE.`,
      errors: [{ messageId: 'exception', line: 5, column: 33, text: '287(g)' }],
    },
    ...[
      ['2.3 MPD may participate in the ICE jail enforcement model program.', 'jail enforcement model'],
      ['2.4 MPD may sign a Warrant Service Officer agreement with ICE.', 'Warrant Service Officer'],
      ['2.5 MPD may seek cross-designation of Officers as immigration officers.', 'cross-designation'],
      ['2.8 MPD may take part in the jail model program of ICE.', 'jail model program'],
      ['2.9 MPD may enter into an agreement under Section 1357 of Title 8.', 'Section 1357 of Title 8'],
      [
        '2.10 A Deputy may serve and execute administrative warrants in the jail.',
        'serve and execute administrative warrants',
      ],
      [
        '2.6 MPD may enter into an agreement under which Officers perform the functions of an immigration officer.',
        'functions of an immigration officer',
      ],
      [
        '2.11 Officers may serve warrants of arrest for immigration violations on persons in custody.',
        'serve warrants of arrest for immigration violations',
      ],
      [
        '2.12 Officers may lodge immigration detainers against persons in custody.',
        'lodge immigration detainers',
      ],
      [
        '2.13 Officers may prepare immigration detainers and lodge them against any person in custody.',
        'prepare immigration detainers',
      ],
    ].map(([clause, text]) => ({
      name: `a 287(g) agreement described without its number: "${text}"`,
      code: `${defs}${clause}`,
      errors: [{ messageId: 'allows', line: 5, column: clause!.indexOf(text!) + 1, text: text! }],
    })),
    {
      name: 'a single "function of an immigration officer" with an exception (probe round 17)',
      code: `${defs}2.14 Officers shall not perform any function of an immigration officer except when the person has been arrested for a state offense.`,
      errors: [{ messageId: 'exception', line: 5, column: 37, text: 'function of an immigration officer' }],
    },
    {
      name: 'a permission in disguise names no modal, and is still reported',
      code: `${defs}2.7 Nothing in this policy prohibits MPD from entering into a 287(g) agreement.`,
      errors: [
        {
          message:
            "'Nothing in this policy prohibits' leaves the door open to a 287(g) agreement, under which local officers act as federal immigration agents; forbid it without exception",
          line: 5,
          column: 63,
          text: '287(g)',
        },
      ],
    },
    {
      code: `${defs}2.2 MPD may enter into a 287(g) agreement with ICE.`,
      errors: [
        {
          message:
            "'may' leaves the door open to a 287(g) agreement, under which local officers act as federal immigration agents; forbid it without exception",
          line: 5,
          column: 26,
          text: '287(g)',
        },
      ],
    },
    {
      name: 'a prohibition with a way out, reported once at its first citation',
      code: `${defs}6.4 MPD shall not enter into any Section 287(g) agreement under 8 U.S.C. § 1357(g)\n    unless the Chief of Police approves the agreement.`,
      errors: [{ messageId: 'exception', line: 5, column: 34, text: 'Section 287(g)' }],
    },
    {
      name: 'an obligation, with the citation as the only name of the program',
      code: `${defs}6.5 The Chief of Police shall negotiate an agreement with ICE under 8 U.S.C. § 1357(g).`,
      errors: [{ messageId: 'allows', line: 5, column: 69, text: '8 U.S.C. § 1357(g)' }],
    },
    {
      name: 'a permission that relies on an agreement in its condition',
      code: `${defs}6.6 Officers may detain a person for ICE if authorized by a 287g agreement.`,
      errors: [{ messageId: 'allows', line: 5, column: 61, text: '287g' }],
    },
  ],
});
