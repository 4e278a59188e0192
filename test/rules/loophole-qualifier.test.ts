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
    {
      name: 'an adverb in a relative clause picks out the recipient (New York Green Light law, probe round 12)',
      code: '3.1 MPD shall not disclose any DMV record to any agency that primarily enforces immigration law.',
    },
    '2.6 An individual’s right to file a police report is not contingent upon their immigration status.',
    {
      name: 'in a permission or an obligation the new phrases narrow what is allowed or required',
      code: [
        '4.1 Officers may use the record for the sole reason of prosecuting the offense.',
        '4.2 Officers shall arrest a person simply because a judicial warrant is presented.',
      ].join('\n'),
    },
    {
      name: 'strong drafting near the new phrases',
      code: [
        '4.3 Officers shall not arrest a person because the person lacks identification.',
        '4.4 Officers shall not detain a person for a civil immigration violation.',
        '4.5 Officers shall not share any record with ICE.',
        '4.6 Officers shall not enter a school unless a judicial warrant is presented.',
      ].join('\n'),
    },
    {
      name: 'an adverb after "would", "otherwise" or "is" describes a fact, not the prohibited conduct',
      code: [
        'define RPD as agency.',
        '3.16 RPD shall not hold any person past the time the person would normally be released unless ICE presents a judicial warrant.',
        '3.17 Officers shall not detain a person who is otherwise ordinarily released on a citation.',
        '3.18 Officers shall not hold a person whose case is generally handled by citation.',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'statutory narrowings: "whose only violation of law is", "when the sole purpose of" (probe round 12)',
      code: [
        '2.1 MPD shall not apprehend persons whose only violation of law is that they are present in the United States in violation of federal immigration law.',
        '2.2 No Officer shall provide assistance to ICE when the sole purpose of the assistance is to enforce federal civil immigration law.',
      ].join('\n'),
      errors: [
        { messageId: 'loophole', line: 1, column: 37, text: 'whose only violation' },
        { messageId: 'loophole', line: 2, column: 53, text: 'the sole purpose of' },
      ],
    },
    {
      name: '"on the basis of a detainer alone" works as "solely" does (probe round 9)',
      code: '2.10 Jailers shall not hold any inmate past release on the basis of a detainer alone.',
      errors: [{ messageId: 'loophole', line: 1, column: 53, text: 'on the basis of a detainer alone' }],
    },
    {
      name: '"in the absence of" exigent circumstances',
      code: ['2.9 Officers shall not enter a home in the absence of exigent circumstances.'].join('\n'),
      errors: [
        { messageId: 'loophole', line: 1, column: 37, text: 'in the absence of exigent circumstances' },
      ],
    },
    {
      name: 'an adverb between the modal and "not" is a prohibition’s loophole',
      code: '2.1 Officers shall generally not discharge a firearm at a moving vehicle.',
      errors: [{ messageId: 'loophole', line: 1, column: 20, text: 'generally' }],
    },
    {
      name: 'principally and as standard practice',
      code: '2.7 Officers shall not principally rely on a detainer.\n2.8 Officers shall not ask about immigration status as standard practice.',
      errors: [
        { messageId: 'loophole', line: 1, column: 24, text: 'principally' },
        { messageId: 'loophole', line: 2, column: 53, text: 'as standard practice' },
      ],
    },
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
    {
      name: 'the only reason, in other words than "solely"',
      code: [
        '3.6 Officers shall not arrest a person for the sole reason that the person lacks identification.',
        '3.7 Officers shall not detain a person for the sole reason of a civil immigration violation.',
        "3.8 Officers shall not stop a person exclusively on the basis of the person's language.",
        '3.9 Officers shall not detain a person simply because the person speaks Spanish.',
        "3.10 Officers shall not question a person only because of the person's accent.",
      ].join('\n'),
      errors: [
        { messageId: 'loophole', line: 1, column: 40, text: 'for the sole reason that' },
        { messageId: 'loophole', line: 2, column: 40, text: 'for the sole reason of' },
        { messageId: 'loophole', line: 3, column: 38, text: 'exclusively on the basis of' },
        { messageId: 'loophole', line: 4, column: 40, text: 'simply because' },
        { messageId: 'loophole', line: 5, column: 43, text: 'only because of' },
      ],
    },
    {
      name: 'routine, and exceptions for emergencies and compelling reasons',
      code: [
        '3.11 Officers shall not, as a matter of course, share booking records with ICE.',
        '3.12 Officers shall not ask a victim about immigration status in routine cases.',
        '3.13 Officers shall not inquire about immigration status absent a compelling reason.',
        '3.14 Officers shall not share any record with ICE except in an emergency.',
        '3.15 Officers shall not enter a school except in emergencies.',
      ].join('\n'),
      errors: [
        { messageId: 'loophole', line: 1, column: 26, text: 'as a matter of course' },
        { messageId: 'loophole', line: 2, column: 63, text: 'in routine cases' },
        { messageId: 'loophole', line: 3, column: 58, text: 'absent a compelling reason' },
        { messageId: 'loophole', line: 4, column: 51, text: 'except in an emergency' },
        { messageId: 'loophole', line: 5, column: 40, text: 'except in emergencies' },
      ],
    },
    {
      name: 'an adverb of frequency on the prohibited conduct, also after a passive "be"',
      code: '3.19 Officers shall not normally inquire about immigration status.\n3.20 No person shall be generally questioned about immigration status.',
      errors: [
        { messageId: 'loophole', line: 1, column: 25, text: 'normally' },
        { messageId: 'loophole', line: 2, column: 25, text: 'generally' },
      ],
    },
  ],
});
