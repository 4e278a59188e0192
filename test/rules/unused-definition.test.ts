import { unusedDefinition } from '../../server/rules/unused-definition.js';
import { designExample, readRepo } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const agency =
  'define MPD as agency "City of Madison Police Department".\ndefine Officer as member of MPD.\n';

ruleTester(unusedDefinition, {
  valid: [
    {
      name: 'a definition with a syntax error is reported as that alone (probe round 9)',
      code: 'define MPD as agency.\ndefine "BWC" as.\ndefine Camera as term: a thing\n2.1 MPD shall act.',
    },
    {
      name: 'a form defined by its citation is used where the citation stands',
      code: 'define MPD as agency.\ndefine "Chief of Police" as member of MPD.\ndefine "Form I-918" as document: the U visa certification.\n2.1 The Chief of Police shall sign each Form I-918 within thirty days.',
    },
    {
      name: 'the Madison SOP transcription uses every definition',
      code: readRepo('clauses', 'madison-sop-2025.policy'),
    },
    {
      name: 'a plural, a possessive and a case-folded phrase are uses; `member of` uses the agency',
      code: `${agency}define "Chief of Police" as member of MPD.\n2.1 Officers shall report to the chief of police's office.`,
    },
    {
      name: 'a long name is a use',
      code: `${agency}define OIC as member of MPD "Officer in Charge".\n2.1 Officers shall obtain approval from the Officer in Charge.`,
    },
    {
      name: 'uses in a note, a list item and another definition’s text',
      code: `${agency}define ICE as immigration authority.\ndefine "serious crime" as term: a violent felony.\ndefine "detainer request" as document: a request from ICE.\nnote: A detainer request is not a warrant.\n2.1 Officers may detain an individual only if any of:\n    a. the individual committed a serious crime;\n    b. the individual is a danger to others.`,
    },
  ],
  invalid: [
    {
      name: 'the DESIGN example defines "judicial warrant" and never uses it',
      code: designExample(),
      errors: [{ messageId: 'unused', line: 16, column: 9, text: 'judicial warrant' }],
    },
    {
      name: 'the header and the definition itself are not uses',
      code: `policy "Detention"\n  agency: "Sergeant"\n\n${agency}define Sergeant as member of MPD: a Sergeant supervises officers.\n2.1 Officers shall not inquire about the immigration status of any person.`,
      errors: [
        {
          message:
            "'Sergeant' is defined but never used; delete the definition, or look for the clause that used to need it",
          line: 6,
          column: 8,
          text: 'Sergeant',
        },
      ],
    },
    {
      name: 'acronyms match exactly, and a longer defined name is not a use of a shorter one',
      code: `${agency}define DHS as immigration authority.\ndefine Chief as member of MPD.\ndefine "Chief of Police" as member of MPD.\n2.1 Officers shall not contact Dhs without the approval of the Chief of Police.`,
      errors: [
        { messageId: 'unused', line: 3, column: 8, text: 'DHS' },
        { messageId: 'unused', line: 4, column: 8, text: 'Chief' },
      ],
    },
  ],
});
