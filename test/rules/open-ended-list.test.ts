import { openEndedList } from '../../server/rules/open-ended-list.js';
import { ruleTester } from './rule-tester.js';

ruleTester(openEndedList, {
  valid: [
    {
      name: 'an open list in the subject of a passive ban forbids more',
      code: '2.4 Records, including but not limited to booking photographs, shall not be shared with ICE.',
    },
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
    {
      name: 'strong drafting near "or other": closed lists, and "or other" in the action of a prohibition or a duty',
      code: [
        '2.14 Officers may detain a person only if the person is charged with a violent felony or a felony drug trafficking offense.',
        '2.15 Officers shall not share with ICE any record or other information about a person.',
        '2.16 Officers shall record the name, the date and other facts the person states.',
      ].join('\n'),
    },
    {
      name: 'a regardless-of condition narrows nothing, so its open list widens only who is protected',
      code: [
        '2.9 MPD shall provide services to every person regardless of immigration status, national origin, language or any other characteristic.',
        "2.11 Officers may issue a citation regardless of the person's age, sex or other characteristic.",
      ].join('\n'),
    },
    {
      name: 'a defined term used only where its open list forbids or requires more',
      code: [
        'define "personal information" as term: a name, an address, fingerprints and other biometric data.',
        '4.1 Officers shall not disclose any personal information to ICE.',
        '4.2 The Records Manager shall log every request for personal information.',
        'note: Personal information may be shared as the law allows.',
      ].join('\n'),
    },
    {
      name: 'the purpose of a prohibition: an open list forbids more',
      code: '2.10 MPD shall not use any personnel or equipment for the purpose of immigration enforcement, including but not limited to raids.',
    },
    {
      name: "'or other court order' ends its list with every order of a court (noticed in probe round 14)",
      code: [
        '3.1 MPD shall not detain any person on an ICE detainer unless ICE presents a judicial warrant or other court order.',
        '3.2 MPD may share records with ICE if ICE presents a judicial warrant or other order signed by a federal or state judge.',
        '3.3 MPD may share records with ICE if ICE presents a judicial warrant or other similar court order.',
        'define "judicial warrant" as document: a warrant or other judicial order issued by a federal or state court.',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "'or other' before papers nobody but a court issues still leaves the list open",
      code: [
        '3.1 MPD may share records with ICE if ICE presents a subpoena or other legal process.',
        '3.3 MPD may share records with ICE if ICE presents a warrant or other order.',
        '3.4 MPD may share records with ICE if ICE presents a judicial warrant or other order signed by a judge.',
      ].join('\n'),
      errors: [
        { messageId: 'open', line: 1, column: 63, text: 'or other' },
        { messageId: 'open', line: 2, column: 62, text: 'or other' },
        { messageId: 'open', line: 3, column: 71, text: 'or other' },
      ],
    },
    {
      name: 'an open list in the subject of a passive permission, which is what may be acted on (probe round 12)',
      code: "2.3 Directory information, including but not limited to a student's name and address, may be released to any requesting agency.",
      errors: [{ messageId: 'open', line: 1, column: 28, text: 'including but not limited to' }],
    },
    {
      name: 'a comparable or similar thing ends no list',
      code: [
        '7.13 Officers may release a recording if it does not show a home, a clinic or a comparable private place.',
      ].join('\n'),
      errors: [{ messageId: 'open', line: 1, column: 76, text: 'or a comparable' }],
    },
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
      errors: [
        { messageId: 'open', line: 3, column: 57, text: 'or a similar' },
        { messageId: 'open', line: 3, column: 79, text: 'among others' },
      ],
    },
    {
      name: 'a bare "or other" and "and other" in conditions; "or other similar" is the longer phrase',
      code: [
        '7.13 Officers may detain a person if the person is charged with a violent felony or other serious offense.',
        '7.14 The OIC shall review a report if the incident involves a firearm and other weapons.',
        '7.15 Officers may detain a person if the person is charged with a violent felony or other similar offense.',
      ].join('\n'),
      errors: [
        { messageId: 'open', line: 1, column: 82, text: 'or other' },
        { messageId: 'open', line: 2, column: 71, text: 'and other' },
        { messageId: 'open', line: 3, column: 82, text: 'or other similar' },
      ],
    },
    {
      name: 'a defined term whose open list widens a permission, a condition or another definition, or is never used',
      code: [
        'define "personal information" as term: a name, an address and other biometric data.',
        'define "record" as term: a report or other document.',
        'define "document" as term: a form, a list and the like.',
        'define "file" as term: a ledger, a log, etc.',
        '4.1 Officers shall not disclose any personal information to ICE.',
        '4.2 Officers may share a record with a court.',
        '4.3 Officers shall not disclose a report unless the person consents to the disclosure of the document.',
      ].join('\n'),
      errors: [
        { messageId: 'open', line: 2, column: 35, text: 'or other' },
        { messageId: 'open', line: 3, column: 43, text: 'and the like' },
        { messageId: 'open', line: 4, column: 41, text: 'etc.' },
      ],
    },
    {
      name: 'an open list of an authority, even if used only in duties: it widens whom a duty to cooperate concerns',
      code: [
        'define "federal immigration agency" as immigration authority: ICE, CBP or any other component of DHS.',
        '2.2 Deputies shall honor any detainer issued by a federal immigration agency.',
      ].join('\n'),
      errors: [{ messageId: 'open', line: 1, column: 72, text: 'or any other' }],
    },
    {
      name: 'a defined term used in a prohibition and in a permission',
      code: [
        'define "personal information" as term: a name, an address and other biometric data.',
        '4.1 Officers shall not disclose any personal information to ICE.',
        '4.2 Officers may share personal information with a court.',
      ].join('\n'),
      errors: [{ messageId: 'open', line: 1, column: 59, text: 'and other' }],
    },
    {
      name: 'examples in a definition',
      code: 'define "serious offense" as term: a violent felony, for example armed robbery.\ndefine "weapon" as term: a firearm or a knife, for instance a switchblade.',
      errors: [
        { messageId: 'open', line: 1, column: 53, text: 'for example' },
        { messageId: 'open', line: 2, column: 48, text: 'for instance' },
      ],
    },
    {
      name: 'the purpose of an exception to a prohibition allows more',
      code: '2.12 MPD shall not share any record with ICE except for the purpose of a criminal investigation, including but not limited to a homicide investigation.',
      errors: [{ messageId: 'open', line: 1, column: 98, text: 'including but not limited to' }],
    },
    {
      name: 'the purpose of a permission allows more',
      code: '2.13 MPD may share a record with ICE for the purpose of a criminal investigation, such as a homicide investigation.',
      errors: [{ messageId: 'open', line: 1, column: 83, text: 'such as' }],
    },
  ],
});
