import { loopholeQualifier } from '../../server/rules/loophole-qualifier.js';
import { ruleTester } from './rule-tester.js';

ruleTester(loopholeQualifier, {
  valid: [
    '2.7 Officers shall not inquire into the immigration status of any person.',
    '2.3 Officers shall not detain or arrest any person for a violation of civil immigration law.',
    {
      name: 'in a permission "solely for" restricts what is allowed',
      code: '2.1 MPD may use the record solely for the prosecution of the offense.',
    },
    {
      name: 'in an obligation "routinely" narrows nothing that is forbidden',
      code: '2.2 Officers shall routinely patrol the business district on foot.',
    },
    {
      name: 'strong drafting: only if restricts a permission',
      code: '3.3 MPD may respond to a civil immigration detainer only if the request is accompanied by a judicial warrant.',
    },
    'note: Officers routinely meet residents at community events.',
    '2.6 An individual’s right to file a police report is not contingent upon their immigration status.',
  ],
  invalid: [
    {
      code: '2.3 Officers shall not detain or arrest an individual solely for a suspected violation of immigration law.',
      errors: [{ messageId: 'loophole', line: 1, column: 55, text: 'solely' }],
    },
    {
      name: 'the DESIGN example §2.7, over two lines',
      code: '2.7 Officers shall not routinely inquire into the immigration status of persons encountered\n    during police operations.',
      errors: [
        {
          message:
            "'routinely' shrinks the prohibition to the cases it names and leaves everything else allowed; forbid the conduct itself",
          line: 1,
          column: 24,
          text: 'routinely',
        },
      ],
    },
    {
      code: '2.8 Officers shall not ask any individual to produce a passport\n    in the normal course of business.',
      errors: [{ messageId: 'loophole', line: 2, column: 5, text: 'in the normal course of business' }],
    },
    {
      name: 'a "No X shall" prohibition',
      code: '2.4 No individual shall be detained solely for a suspected violation of immigration law.',
      errors: [{ messageId: 'loophole', line: 1, column: 37, text: 'solely' }],
    },
    {
      name: 'a discouragement, and a loophole before the subject',
      code: '3.3 Officers should not routinely ask about immigration status.\n3.4 Generally, officers shall not stop a person because of a civil immigration violation.',
      errors: [
        { messageId: 'loophole', line: 1, column: 25, text: 'routinely' },
        { messageId: 'loophole', line: 2, column: 5, text: 'Generally' },
      ],
    },
    {
      name: 'in a condition of a prohibition',
      code: '3.5 Officers shall not share any record with ICE unless otherwise directed.',
      errors: [{ messageId: 'loophole', line: 1, column: 50, text: 'unless otherwise directed' }],
    },
  ],
});
