import { statusInquiry } from '../../server/rules/status-inquiry.js';
import { designExample, readRepo } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const defs = 'define MPD as agency.\ndefine Officer as member of MPD.\ndefine Commander as member of MPD.\n';

ruleTester(statusInquiry, {
  valid: [
    {
      name: 'duties about asking: training not to, discipline of whoever does, a notice of what is not done',
      code: `${defs}2.20 The Commander shall train every Officer not to inquire about the immigration status of any person.\n2.21 The Commander shall discipline any Officer who inquires about the immigration status of a person.\n2.22 MPD shall post a notice stating that Officers will not ask about immigration status.\n2.23 The Commander shall report to MPD every Officer who asks a person about immigration status.\n2.24 Officers shall take reasonable steps to ensure that victims are not asked about immigration status.`,
    },
    {
      name: '"even if" and "including when" widen the prohibition; they confine nothing',
      code: `${defs}2.1 Officers shall not question a crime victim about the victim's immigration status even if the victim requests a certification for a U visa.\n2.2 Officers shall not ask about the immigration status of any person, including when the person is a victim or a witness.`,
    },
    {
      name: 'the DESIGN example: "shall not routinely inquire" is loophole-qualifier’s',
      code: designExample(),
    },
    {
      name: 'the Madison SOP, whose 2.13 is a statement about documents offered, not a permission',
      code: readRepo('clauses', 'madison-sop-2025.policy'),
    },
    `${defs}2.1 Officers shall not inquire about the immigration status of any person, including a victim or a witness.`,
    `${defs}2.2 Officers shall not ask any person to produce a passport, a visa or a permanent resident card.`,
    `${defs}2.3 MPD shall provide its services to every person regardless of the person's immigration status.`,
    {
      name: 'a solely qualifier is a loophole word',
      code: `${defs}2.4 Officers shall not detain or question any person solely to determine immigration status.`,
    },
    {
      name: 'a loophole phrase as the exception',
      code: `${defs}2.5 Officers shall not inquire about immigration status except in exigent circumstances.`,
    },
    {
      name: 'a narrowing written into the action is subjective-standard’s',
      code: `${defs}2.6 Officers shall not inquire into the immigration status of a crime victim with the subjective intent to dissuade the victim.`,
    },
    {
      name: 'a regardless-of condition narrows nothing',
      code: `${defs}2.7 Officers shall not ask about immigration status regardless of the offense.`,
    },
    {
      name: 'plain prohibitions in the new wordings, and questions that are not about status',
      code: [
        `${defs}2.19 Officers shall not ask any person about the person's country of birth or place of birth.`,
        '2.20 Officers shall not require any person to show a passport or a green card.',
        '2.21 Officers shall ask each witness whether the witness saw the vehicle.',
        '2.22 A Commander shall ask the complainant whether the complainant wishes to file a citizen complaint.',
        "2.23 Officers may require a driver to show a driver's license.",
        '2.24 Officers shall not examine any immigration document a person offers.',
      ].join('\n'),
    },
    {
      name: 'plain bans with long objects, Chicago and Denver without an exception, questions not about status (probe round 17)',
      code: [
        `${defs}2.50 Officers shall not question any person booked into the jail about the person's immigration status.`,
        '2.51 No Officer shall request information about, or otherwise investigate or assist in the investigation of, the citizenship or immigration status of any person.',
        '2.52 No Officer shall request information about the immigration status of any person.',
        "2.53 Officers shall advise each person under arrest of the person's right to remain silent.",
        "2.54 Officers shall assist in the investigation of any crime regardless of the victim's immigration status.",
        '2.55 Officers shall question each witness booked into the jail about the incident.',
        '2.56 Officers shall request information about the incident from each witness.',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'nationality, a country of birth stated, status confirmed (probe round 9)',
      code: `${defs}2.40 Officers may determine the nationality of any person booked.\n2.41 Officers may contact CBP to confirm the rider's identity and immigration status.`,
      errors: [
        {
          messageId: 'allows',
          line: 4,
          column: 15,
          text: 'may determine the nationality of any person booked',
        },
        {
          messageId: 'allows',
          line: 5,
          column: 15,
          text: "may contact CBP to confirm the rider's identity and immigration status",
        },
      ],
    },
    {
      name: 'status asked in other words: question, visa status, joined objects, documentation, the 287(g) form',
      code: `${defs}2.30 Officers may question an inmate about the inmate's place of birth.\n2.31 Officers may inquire about a student's visa status.\n2.32 Officers may ask the driver and passengers whether they are lawfully present in the United States.\n2.33 Officers may request documentation of immigration status from passengers.\n2.34 Officers may interrogate any person about the person's right to be or remain in the United States.`,
      errors: [
        {
          messageId: 'allows',
          line: 4,
          column: 15,
          text: "may question an inmate about the inmate's place of birth",
        },
        { messageId: 'allows', line: 5, column: 15, text: "may inquire about a student's visa status" },
        {
          messageId: 'allows',
          line: 6,
          column: 15,
          text: 'may ask the driver and passengers whether they are lawfully present in the United States',
        },
        {
          messageId: 'allows',
          line: 7,
          column: 15,
          text: 'may request documentation of immigration status from passengers',
        },
        {
          messageId: 'allows',
          line: 8,
          column: 15,
          text: "may interrogate any person about the person's right to be or remain in the United States",
        },
      ],
    },
    {
      name: 'a ban on banning the question permits it, and says so with "may"',
      code: `${defs}2.25 MPD shall not prohibit Officers from inquiring about the immigration status of any person.`,
      errors: [
        {
          message:
            'Officers may ask about immigration status: when any contact with police may end in a question about status, victims and witnesses stop calling',
          line: 4,
          column: 10,
          text: 'shall not prohibit Officers from inquiring about the immigration status of any person',
        },
      ],
    },
    {
      name: 'who may ask follows the last of the banned bans: "prohibit or materially limit any Deputy" (probe round 17)',
      code: `${defs}2.26 MPD shall not prohibit or materially limit any Officer from inquiring into the immigration status of a person under arrest.`,
      errors: [
        {
          message:
            'Any Officer may ask about immigration status: when any contact with police may end in a question about status, victims and witnesses stop calling',
          line: 4,
          column: 10,
          text: 'shall not prohibit or materially limit any Officer from inquiring into the immigration status of a person under arrest',
        },
      ],
    },
    {
      name: '"save where" and "barring" open exceptions, as "except where" does',
      code: `${defs}2.14 Officers shall not question any person about citizenship, save where the person is under arrest.`,
      errors: [
        { messageId: 'exception', line: 4, column: 64, text: 'save where the person is under arrest' },
      ],
    },
    {
      name: 'the ACLU letter’s exception',
      code: `${defs}2.1 Officers shall not inquire about immigration status\n    unless the officer has reason to believe the person is a suspect.`,
      errors: [
        {
          message:
            "'unless' reopens the prohibition: in these cases Officers may ask about immigration status after all; drop the exception",
          line: 5,
          column: 5,
          text: 'unless the officer has reason to believe the person is a suspect',
        },
      ],
    },
    {
      code: `${defs}2.3 Officers shall not inquire into the immigration status of any person except when the person is arrested for a felony.`,
      errors: [
        {
          messageId: 'exception',
          line: 4,
          column: 74,
          text: 'except when the person is arrested for a felony',
        },
      ],
    },
    {
      name: 'an exception in a list, marked up to the last item',
      code: `${defs}2.6 Officers shall not ask about a person's citizenship unless any of:\n    a. the person is under arrest;\n    b. a Commander approves.`,
      errors: [
        {
          messageId: 'exception',
          line: 4,
          column: 57,
          text: 'unless any of: a. the person is under arrest; b. a Commander approves',
        },
      ],
    },
    {
      name: 'a leading condition that confines the prohibition to some encounters',
      code: `${defs}2.4 When interviewing a victim, officers shall not ask about immigration status.`,
      errors: [{ messageId: 'narrowed', line: 4, column: 5, text: 'When interviewing a victim' }],
    },
    {
      name: 'a permission to ask for documents (lexicon class request-documents)',
      code: `${defs}2.6 Officers may ask any person to produce a passport or a green card.`,
      errors: [
        {
          message:
            'Officers may ask for immigration documents: when any contact with police may end in a question about status, victims and witnesses stop calling',
          line: 4,
          column: 14,
          text: 'may ask any person to produce a passport or a green card',
        },
      ],
    },
    {
      name: 'an obligation and a recommendation',
      code: `${defs}2.7 Officers are required to verify the immigration status of every person booked.\n2.8 The Commander should request immigration documents from every person in custody.`,
      errors: [
        {
          messageId: 'allows',
          line: 4,
          column: 14,
          text: 'are required to verify the immigration status of every person booked',
        },
        {
          messageId: 'allows',
          line: 5,
          column: 19,
          text: 'should request immigration documents from every person in custody',
        },
      ],
    },
    {
      name: 'a permission with a condition is still a permission',
      code: `${defs}2.2 Officers may inquire about the immigration status of a person\n    if the person is under arrest.`,
      errors: [
        {
          messageId: 'allows',
          line: 4,
          column: 14,
          text: 'may inquire about the immigration status of a person',
        },
      ],
    },
    {
      name: 'citizenship, lawful presence and birthplace',
      code: [
        `${defs}2.9 Officers may ask a person whether the person is a United States citizen.`,
        '2.10 Officers may ask a witness whether the witness is lawfully present in the United States.',
        "2.11 Officers may ask any person about the person's country of birth.",
        "2.12 Officers shall ask each arrestee for the arrestee's place of birth.",
      ].join('\n'),
      errors: [
        {
          messageId: 'allows',
          line: 4,
          column: 14,
          text: 'may ask a person whether the person is a United States citizen',
        },
        {
          messageId: 'allows',
          line: 5,
          column: 15,
          text: 'may ask a witness whether the witness is lawfully present in the United States',
        },
        {
          messageId: 'allows',
          line: 6,
          column: 15,
          text: "may ask any person about the person's country of birth",
        },
        {
          messageId: 'allows',
          line: 7,
          column: 15,
          text: "shall ask each arrestee for the arrestee's place of birth",
        },
      ],
    },
    {
      name: 'examining and requiring documents',
      code: [
        `${defs}2.13 Officers may examine a person's immigration papers.`,
        '2.14 Officers may examine any immigration documents the person carries.',
        '2.15 Officers may require a driver to show a green card.',
        '2.16 Officers may require a passenger to show a passport.',
        '2.17 Officers may require any person to produce a valid passport.',
      ].join('\n'),
      errors: [
        { messageId: 'allows', line: 4, column: 15, text: "may examine a person's immigration papers" },
        {
          messageId: 'allows',
          line: 5,
          column: 15,
          text: 'may examine any immigration documents the person carries',
        },
        { messageId: 'allows', line: 6, column: 15, text: 'may require a driver to show a green card' },
        { messageId: 'allows', line: 7, column: 15, text: 'may require a passenger to show a passport' },
        {
          messageId: 'allows',
          line: 8,
          column: 15,
          text: 'may require any person to produce a valid passport',
        },
      ],
    },
    {
      name: 'the 287(g) wording of 8 U.S.C. § 1357(a)(1), and objects of six words or more (probe round 17)',
      code: [
        `${defs}2.60 Officers may interrogate any alien or person believed to be an alien as to the right of the person to be or to remain in the United States.`,
        "2.61 Officers may interrogate any person about the person's right to remain in the United States.",
        "2.62 Officers may question each arrested adult person about the person's immigration status.",
        "2.63 MPD may question every person in the jail about the person's immigration status.",
        "2.64 Officers should ask every person booked into the jail about the person's citizenship.",
      ].join('\n'),
      errors: [
        {
          messageId: 'allows',
          line: 4,
          column: 15,
          text: 'may interrogate any alien or person believed to be an alien as to the right of the person to be or to remain in the United States',
        },
        {
          messageId: 'allows',
          line: 5,
          column: 15,
          text: "may interrogate any person about the person's right to remain in the United States",
        },
        {
          messageId: 'allows',
          line: 6,
          column: 15,
          text: "may question each arrested adult person about the person's immigration status",
        },
        {
          messageId: 'allows',
          line: 7,
          column: 10,
          text: "may question every person in the jail about the person's immigration status",
        },
        {
          message:
            'Officers should ask about immigration status: when any contact with police may end in a question about status, victims and witnesses stop calling',
          line: 8,
          column: 15,
          text: "should ask every person booked into the jail about the person's citizenship",
        },
      ],
    },
    {
      name: 'requesting information about status is asking about it; Chicago 2-173-020 with its exception (probe round 17)',
      code: [
        `${defs}2.65 Officers may request information about the immigration status of any person.`,
        '2.66 No Officer shall request information about, or otherwise investigate or assist in the investigation of, the citizenship or immigration status of any person unless the inquiry is required by state statute.',
      ].join('\n'),
      errors: [
        {
          messageId: 'allows',
          line: 4,
          column: 15,
          text: 'may request information about the immigration status of any person',
        },
        {
          messageId: 'exception',
          line: 5,
          column: 162,
          text: 'unless the inquiry is required by state statute',
        },
      ],
    },
    {
      name: 'a prohibition on asking about citizenship left open by an exception',
      code: `${defs}2.18 Officers shall not ask a person whether the person is a citizen unless a Commander approves.`,
      errors: [{ messageId: 'exception', line: 4, column: 70, text: 'unless a Commander approves' }],
    },
  ],
});
