import { openEndedList } from '../../server/rules/open-ended-list.js';
import { ruleTester } from './rule-tester.js';

ruleTester(openEndedList, {
  valid: [
    {
      name: 'an open list in a prohibition forbids more, which is the point',
      code: '2.8 Officers shall not ask any person to produce a passport, a green card or any other immigration document.',
    },
    {
      name: 'an open list in a duty requires more',
      code: '6.1 Officers shall record the name, the date, the reason and any other fact the person states.',
    },
    '7.11 Officers may issue a citation only for a parking violation or a noise violation.',
    'define "serious offense" as term: a violent felony or a felony drug trafficking offense.',
    'note: Residents attend meetings, festivals and the like.',
    '2.1 Officers shall not inquire about the immigration status of any person, including a victim or a witness.',
  ],
  invalid: [
    {
      name: 'in the action of a permission',
      code: '7.11 Officers may issue a citation for a minor offense, including but not limited to a parking\n     violation or a noise violation.',
      errors: [{ messageId: 'open', line: 1, column: 57, text: 'including but not limited to' }],
    },
    {
      name: 'in a condition of a duty',
      code: '7.12 The OIC shall review an incident report if the incident involves a firearm, a vehicle pursuit\n     or any other serious incident.',
      errors: [
        {
          message:
            "'or any other' leaves the list open, so whoever applies it decides what else it covers; list every item, or say where the list ends",
          line: 2,
          column: 6,
          text: 'or any other',
        },
      ],
    },
    {
      name: 'in a definition, and etc. with its period',
      code: 'define "serious offense" as term: a violent felony, a drug trafficking offense and the like.\ndefine "weapon" as term: a firearm, a knife, a club, etc.',
      errors: [
        { messageId: 'open', line: 1, column: 80, text: 'and the like' },
        { messageId: 'open', line: 2, column: 54, text: 'etc.' },
      ],
    },
    {
      name: 'in a list item',
      code: [
        '2.5 MPD may cooperate with a lawful request of ICE only if any of:',
        '    a. the individual is charged with a violent felony;',
        '    b. the individual is charged with robbery, burglary or a similar offense, among others.',
      ].join('\n'),
      errors: [{ messageId: 'open', line: 3, column: 79, text: 'among others' }],
    },
  ],
});
