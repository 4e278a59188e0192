import { subjectiveStandard } from '../../server/rules/subjective-standard.js';
import { ruleTester } from './rule-tester.js';

ruleTester(subjectiveStandard, {
  valid: [
    {
      name: '"a suspected violation" is a noun, not a standard someone applies',
      code: '2.3 Officers shall not detain or arrest an individual solely for a suspected violation of immigration law.',
    },
    '2.5 MPD may cooperate with a lawful request of ICE only if all of:\n    a. the request is accompanied by a judicial warrant;\n    b. the individual is charged with a violent felony.',
    {
      name: 'probable cause is an objective legal standard',
      code: '2.2 Officers may arrest a person only if the officer has probable cause to believe that the person committed a felony.',
    },
    '2.4 Officers may detain a person who has been convicted of a violent felony.',
    'define "serious crime" as term: a felony listed in Wis. Stat. § 939.62.',
    'note: MPD serves every resident of the city.',
  ],
  invalid: [
    {
      name: 'the DESIGN example §2.5: a list of beliefs',
      code: [
        '2.5 MPD may cooperate with a lawful request of ICE',
        '    only if any of:',
        '      a. the individual is engaged in or is suspected of terrorism or espionage;',
        '      b. the individual is arrested for any violent felony;',
        '      c. the Chief of Police has determined that the individual poses a serious threat to public safety.',
      ].join('\n'),
      errors: [
        { messageId: 'subjective', line: 3, column: 42, text: 'is suspected of' },
        { messageId: 'subjective', line: 5, column: 30, text: 'has determined' },
      ],
    },
    {
      code: '2.2 Officers shall not arrest any person for a civil violation of immigration law\n    unless the officer reasonably believes that the person has committed a violent felony.',
      errors: [
        {
          message:
            "'reasonably believes' rests on one person's belief or judgment, which nobody else can check; name a fact of record instead (a charge, an arrest, a judicial warrant)",
          line: 2,
          column: 24,
          text: 'reasonably believes',
        },
      ],
    },
    {
      name: 'in the action of a duty',
      code: '7.8 Officers shall activate a body camera whenever the officer deems a recording necessary.',
      errors: [{ messageId: 'subjective', line: 1, column: 64, text: 'deems' }],
    },
    {
      name: 'the ACLU example: subjective intent',
      code: '2.7 Officers shall not inquire into the immigration status of a crime victim with the subjective\n    intent to dissuade the victim from filing a complaint.',
      errors: [{ messageId: 'subjective', line: 1, column: 87, text: 'subjective intent' }],
    },
    {
      name: 'in a statement, a definition and a note',
      code: [
        'define "serious threat" as term: a danger that the Chief of Police deems grave.',
        'note: Status matters only when an officer reasonably believes that a serious crime occurred.',
        '2.9 Services are available to every person who appears to be a resident.',
      ].join('\n'),
      errors: [
        { messageId: 'subjective', line: 1, column: 68, text: 'deems' },
        { messageId: 'subjective', line: 2, column: 43, text: 'reasonably believes' },
        { messageId: 'subjective', line: 3, column: 48, text: 'appears to be' },
      ],
    },
  ],
});
