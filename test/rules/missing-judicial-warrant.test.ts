import { missingJudicialWarrant } from '../../server/rules/missing-judicial-warrant.js';
import { ruleTester } from './rule-tester.js';

const defs =
  'define MPD as agency.\ndefine Officer as member of MPD.\ndefine ICE as immigration authority.\ndefine "Chief of Police" as member of MPD.\n';

ruleTester(missingJudicialWarrant, {
  valid: [
    {
      name: 'the same wordings towards someone other than ICE, and a plain ban (probe round 17)',
      code: [
        `${defs}2.50 Officers shall e-mail the daily booking list to the Chief of Police.`,
        '2.51 MPD shall enter into an agreement with the County for the housing of inmates.',
        '2.52 Officers shall not expend time communicating with ICE.',
        '2.53 Officers shall make an inquiry to the Chief of Police about each person booked into the jail.',
        '2.54 Officers shall complete ICE-approved training on de-escalation.',
      ].join('\n'),
    },
    {
      name: "a court-issued warrant or order is a court's either way (probe round 12)",
      code: `${defs}2.7 MPD may disclose records to ICE only if a court-issued warrant or order requires the disclosure.`,
    },
    `${defs}2.1 MPD may respond to a civil immigration detainer only if the request is accompanied by a judicial warrant.`,
    `${defs}2.2 MPD shall not share information with ICE unless the request is accompanied by a judicial warrant.`,
    `${defs}2.3 MPD shall not honor any civil immigration detainer.`,
    `${defs}2.4 MPD may transfer custody to ICE only if all of:\n    a. a judicial warrant is presented;\n    b. the Chief of Police approves the transfer.`,
    `${defs}2.5 Officers may detain an individual who is arrested for a violent felony.`,
    `${defs}2.6 MPD may share information with the District Attorney.`,
    {
      name: 'duties about a request, or about what is not to be done, are not cooperation',
      code: `${defs}2.16 The Chief of Police shall train every Officer not to notify ICE of the release date of any person.\n2.17 Officers shall decline every request from ICE to hold a person past the time of release.\n2.18 Officers shall report to the Chief of Police every request by ICE to transfer a person to ICE custody.`,
    },
    {
      name: 'bans on release until something other than ICE custody, and bans on holding until ICE comes',
      code: `${defs}2.23 Officers shall not release any person held on a detainer until the person's release date.\n2.24 Officers shall not delay the release of any person until ICE takes custody.\n2.25 Officers shall not hold any person until ICE arrives.\n2.26 Officers shall not release a person to ICE custody unless ICE presents a judicial warrant.`,
    },
    {
      name: 'ICE named only in a promise the exception requires is not who is dealt with',
      code: `${defs}2.34 MPD shall not share plate data with any agency unless the agency certifies in writing that it will not use the data for immigration enforcement or share the data with ICE.\n2.35 MPD shall not share plate data with any agency unless the agency certifies that it won't give the data to ICE.`,
    },
    {
      name: 'telling ICE a refusal shares nothing',
      code: `${defs}2.31 When ICE asks for a release date without a judicial warrant, the Chief of Police shall inform ICE in writing that the request is denied.\n2.32 Officers shall tell ICE that MPD does not honor immigration detainers.\n2.33 When an ICE agent seeks to arrest a person in court, Officers shall inform the agent that the arrest is prohibited by law.`,
    },
    {
      name: 'an immigration authority the action turns away from is none of its counterparts (probe round 18)',
      code: `${defs}2.37 Officers shall transport each arrested person to the county jail and not to ICE-contracted facilities.\n2.38 Officers shall transport each arrested person to the county jail rather than to an ICE-approved facility.`,
    },
    {
      name: "a refused request of ICE's for information about a person in custody is answered by sharing, and a request from an ICE detainee is the detainee's (probe round 20)",
      code: `${defs}2.40 Officers shall not refuse any request from an ICE detainee.\n2.41 Officers shall not refuse any request that ICE received from the person.\n2.42 Officers shall not refuse any ICE records request from a defense attorney.`,
    },
    {
      name: 'a paper\'s subject is lent to what is done with a paper: "a judicial warrant is presented or has been issued" (probe round 20)',
      code: `${defs}2.43 Officers shall not notify ICE of a release date unless a judicial warrant is presented or has been issued for the person.\n2.44 Officers shall not notify ICE of a release date unless a judicial warrant is presented or is attached to the request.`,
    },
    {
      name: 'an "and" before a series does not put its Oxford comma above the conditions (probe round 20)',
      code: `${defs}2.45 Officers shall not share information with ICE unless the person has been arrested and charged with murder, rape, or robbery and ICE presents a judicial warrant.`,
    },
    {
      name: 'a turning away earlier in the part of the action: "instead of transporting the person to an ICE-contracted facility" (probe round 20)',
      code: `${defs}2.46 Officers may transport the person to the county jail, instead of transporting the person to an ICE-contracted facility.\n2.47 Officers may transport the person to any facility other than an ICE-contracted facility.`,
    },
    {
      name: 'an Oxford comma in a series before "and" is no break between conditions (probe round 19)',
      code: `${defs}2.39 Officers may share information with ICE only if the person has been convicted of a felony, a violent misdemeanor, or a sex offense and ICE presents a judicial warrant.`,
    },
    {
      name: 'what a notice must hold is no action: the clause that sends it is the one to judge (probe round 17)',
      code: `${defs}2.35 A courtesy notification shall include the inmate's name, charges, release time and any other information useful to ICE.\n2.36 Each release notice shall state the person's name and release date.`,
    },
    {
      name: 'an immigration authority that approves is not the one dealt with (a 287(g) agreement, probe round 17)',
      code: `${defs}2.33 MPD shall not disclose the terms of this agreement without the prior approval of ICE.\n2.34 MPD shall not publish the agreement unless ICE consents.`,
    },
    {
      name: "a request refused that is no immigration authority's asks no cooperation",
      code: `${defs}2.31 Officers shall not refuse a request from a victim for an interpreter.\n2.32 Officers shall not decline any request for a copy of a police report.\n2.33 Officers shall not refuse any request from a person in ICE custody for an interpreter.\n2.34 Officers shall not refuse any request from the family of a person held by ICE for information about the person's welfare.\n2.35 Officers shall not refuse any request by a person in ICE custody for a telephone call.\n2.36 Officers shall not refuse a request from the person's attorney about an ICE detainer.`,
    },
    {
      name: 'refusing to cooperate is a ban; a permission to refuse binds no one to cooperate',
      code: `${defs}2.27 Officers shall refuse to honor any immigration detainer.\n2.28 Officers shall refuse to notify ICE of any release unless ICE presents a judicial warrant.\n2.29 Officers may decline to assist ICE.\n2.30 MPD shall decline every detainer request that is not accompanied by a judicial warrant.`,
    },
    {
      name: 'the agency’s own officers permitted to act give ICE no access',
      code: `${defs}2.22 Officers shall be permitted to carry tasers.`,
    },
    {
      name: 'ICE further on in a passive subject is not who is acted for',
      code: `${defs}2.7 Every request from ICE is to be logged.\n2.8 Requests from ICE shall be reported to the Chief of Police.`,
    },
    {
      name: 'an "or" inside the judicial warrant\'s phrase, and a judicial alternative',
      code: `${defs}2.9 MPD may notify ICE only if ICE presents a warrant signed by a federal or state judge, or a court order.`,
    },
    {
      name: 'a condition naming an administrative warrant is administrative-warrant’s finding',
      code: `${defs}2.7 MPD may honor a detainer if it is accompanied by Form I-247A.`,
    },
    // Telling someone other than ICE, in a clause that names ICE elsewhere: nobody at ICE is told.
    {
      name: 'a "not" in another part of the condition denies nothing about the warrant',
      code: `${defs}3.13 MPD may transfer a person to ICE custody only if the person has not been released and ICE presents a judicial warrant.`,
    },
    {
      name: 'an "or" between who presents the warrant offers no alternative to it',
      code: `${defs}define CBP as immigration authority.\n3.19 MPD shall not notify ICE of a release unless ICE or CBP presents a judicial warrant.`,
    },
    {
      name: 'ICE in what passed between the agency and ICE is not who is told',
      code: `${defs}3.20 The Chief of Police shall disclose to the person named in a record every communication between MPD and ICE about that person.`,
    },
    {
      name: 'a deadline\'s "no" denies nothing',
      code: `${defs}3.14 MPD may release a person to ICE only if, no later than the person's release time, ICE presents a judicial warrant.`,
    },
    {
      name: 'a source coordinated with another source is not told either',
      code: `${defs}define CBP as immigration authority.\n3.15 The Chief of Police shall report to the City Council each quarter the number of requests received from ICE and CBP.`,
    },
    {
      name: 'a participle after a determiner describes the person: "the detained person" is no detention',
      code: `${defs}3.16 The Chief of Police shall give the detained person a copy of any detainer request received from ICE.`,
    },
    {
      name: 'the one told is a defined member, ICE only in the condition',
      code: `${defs}3.1 Officers shall notify the Chief of Police immediately when ICE agents request assistance.`,
    },
    {
      name: 'the one told is the person, ICE only in the pre-qualifier',
      code: `${defs}3.2 Before any interview by ICE, Officers shall inform the person in writing that the interview is voluntary.`,
    },
    {
      name: 'ICE is where the requests come from; the report goes to a capitalised body',
      code: `${defs}3.3 The Chief of Police shall report to the City Council every six months the number of requests received from ICE.`,
    },
    {
      name: 'ICE is the agent of what the person is told about',
      code: `${defs}3.4 Officers shall inform each detained person of any request by ICE to interview the person.`,
    },
    {
      name: 'ICE after "that" is what the person is told, not who is told',
      code: `${defs}3.5 Officers shall tell the person's attorney that ICE has asked for the person's release date.`,
    },
    {
      name: 'a passive permission that requires a judicial warrant',
      code: `${defs}2.10 A person may be transferred to ICE custody only upon presentation of a judicial warrant.`,
    },
    {
      name: 'a duty to release joined to a prohibition on transfer without a judicial warrant',
      code: `${defs}2.14 Officers shall release each person on time and shall not transfer the person to ICE custody without a judicial warrant.`,
    },
    {
      name: 'an "or" in a list of crimes after an "and" is no alternative to the warrant',
      code: `${defs}2.16 Officers may transfer a person to ICE custody only if ICE presents a judicial warrant and the person is charged with murder, rape or kidnapping.`,
    },
    ...[
      'only if ICE presents a warrant that a federal or state judge has signed',
      'only if a court orders the transfer',
      'only if a federal or state judge has ordered the transfer',
      'only if the transfer is ordered by a court',
    ].map((condition) => ({
      name: `a judge's order in other words: "${condition}"`,
      code: `${defs}2.17 Officers may transfer a person to ICE custody ${condition}.`,
    })),
    {
      name: 'a "prior to" limit on a prohibition is no exception to it',
      code: `${defs}2.19 Officers shall not release any person to ICE custody prior to the person's release date unless a judicial warrant orders the transfer.`,
    },
    ...[
      // A waiver permits not acting, and lets no one act.
      '2.22 MPD need not honor any immigration detainer.',
      '2.23 Officers are not required to notify ICE of the release of any person.',
      // What a person is told is no duty of the teller's, and tells ICE nothing.
      "2.24 Officers shall tell every crime victim that MPD does not share information with ICE and will not ask about the victim's immigration status.",
      // A report to someone else that counts what happened with ICE.
      '2.25 The Chief of Police shall report to the City Council every six months the number of persons transferred to ICE custody under a judicial warrant.',
      '2.26 The Chief of Police shall report to the City Council the number of requests to transfer a person to ICE custody.',
      // Releasing a person held on a detainer, stopping help, deciding on requests.
      '2.27 Officers shall release any person held on a detainer when the person is eligible for release.',
      '2.28 The Chief of Police may authorize the release of any person held on an immigration detainer.',
      '2.29 Officers shall stop assisting ICE when the Chief of Police orders it.',
      '2.30 The Chief of Police shall approve or deny each request for MPD assistance from ICE in writing.',
      // Permissions written as statements that give ICE nothing.
      '2.39 Access to legal counsel is permitted at all times.',
      '2.40 Overtime is authorized for Officers assigned to the detail.',
      // A rule of construction binds no one.
      '2.33 Nothing in this policy shall be construed to authorize any Officer to hold any person on a civil immigration detainer.',
      // An exception that points to a clause requiring a judicial warrant.
      '2.55 MPD shall not share custody information with ICE except as provided in §2.56.\n2.56 MPD may share custody information with ICE only if a judicial warrant is presented.',
      // Telling ICE that an agreement ends gives ICE nothing.
      '2.54 The Chief of Police shall give written notice of termination to ICE of any agreement under 8 U.S.C. § 1357(g).',
      // A judicial warrant in a phrase set off before the verb.
      '2.49 Pursuant to a judicial warrant, Officers may detain a person for ICE.',
      '2.50 Officers may, pursuant to a judicial warrant, detain a person for ICE.',
      // A ban in every case, with a comma after the words that make it one.
      '2.44 At no time, Officers shall share information with ICE.',
      '2.45 Under no circumstances, shall an Officer honor a detainer from ICE.',
    ].map((clause) => ({ name: `strong drafting: ${clause.slice(5, 60)}…`, code: `${defs}${clause}` })),
    ...[
      'unless a federal or state court orders the transfer',
      'unless a court of competent jurisdiction orders the transfer',
      'unless a federal or state judge has signed a warrant for the transfer',
      'unless and until a judge of a federal or Massachusetts court signs a warrant',
      'unless a judge of the Superior Court has issued a warrant for the transfer',
    ].map((condition) => ({
      name: `a court's order or a judge's warrant in other words: "${condition}"`,
      code: `${defs}2.32 Officers shall not transfer a person to ICE custody ${condition}.`,
    })),
    ...[
      'may detain a person for ICE with a judicial warrant',
      'may detain a person for ICE under a judicial warrant',
      'may detain a person for ICE pursuant to a judicial warrant',
      'may detain a person for ICE as authorized by a judicial warrant',
      'may honor a detainer that is accompanied by a judicial warrant',
      'shall comply with a judicial warrant presented by ICE',
      'shall give ICE only the information that a judicial warrant requires',
      'shall transfer a person to ICE custody only as a judicial warrant directs',
    ].map((action) => ({
      name: `a judicial warrant named in the action bounds it: "${action}"`,
      code: `${defs}2.42 Officers ${action}.`,
    })),
    {
      name: "an immigration judge's order is administrative-warrant's finding",
      code: `${defs}2.18 Officers shall not transfer a person to ICE custody unless an immigration judge has ordered the removal of the person.`,
    },
    {
      name: "a warrant of the immigration court is administrative-warrant's finding",
      code: `${defs}2.31 Officers may detain a person for ICE if ICE presents a warrant signed by a judge of the immigration court.`,
    },
  ],
  invalid: [
    {
      name: 'e-mail, time spent communicating, agreements named by their purpose, an inquiry to ICE, ICE-approved facilities (probe round 17)',
      code: [
        `${defs}2.40 Officers shall e-mail the daily booking list to the ICE field office.`,
        "2.41 Officers shall not expend time communicating with ICE about a person's release date unless the Chief of Police approves.",
        '2.42 MPD shall enter into an agreement with ICE for the housing of persons subject to immigration detainers.',
        '2.43 MPD shall enter into a memorandum of understanding with ICE for the sharing of information about persons in custody.',
        '2.44 Officers shall make an inquiry to ICE about each person booked into the jail.',
        '2.45 Officers may transport arrested persons to ICE-approved detention facilities.',
      ].join('\n'),
      errors: [
        {
          message:
            "'shall' lets Officer share information with ICE without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 5,
          column: 15,
          text: 'shall e-mail the daily booking list to the ICE field office',
        },
        {
          message:
            'the exception lets Officer share information with ICE without a judicial warrant (for instance when the Chief of Police approves); make it require a warrant signed by a federal or state judge',
          line: 6,
          column: 15,
          text: "shall not expend time communicating with ICE about a person's release date",
        },
        {
          message:
            "'shall' lets MPD provide resources to ICE or enter into an agreement with ICE without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 7,
          column: 10,
          text: 'shall enter into an agreement with ICE for the housing of persons subject to immigration detainers',
        },
        {
          message:
            "'shall' lets MPD share information with ICE or enter into an agreement with ICE without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 8,
          column: 10,
          text: 'shall enter into a memorandum of understanding with ICE for the sharing of information about persons in custody',
        },
        {
          message:
            "'shall' lets Officer notify ICE without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 9,
          column: 15,
          text: 'shall make an inquiry to ICE about each person booked into the jail',
        },
        {
          message:
            "'may' lets Officer transfer custody to an immigration authority without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 10,
          column: 15,
          text: 'may transport arrested persons to ICE-approved detention facilities',
        },
      ],
      output: [
        `${defs}2.40 Officers shall e-mail the daily booking list to the ICE field office only if presented with a judicial warrant signed by a federal or state judge.`,
        "2.41 Officers shall not expend time communicating with ICE about a person's release date unless the Chief of Police approves.",
        '2.42 MPD shall enter into an agreement with ICE for the housing of persons subject to immigration detainers only if presented with a judicial warrant signed by a federal or state judge.',
        '2.43 MPD shall enter into a memorandum of understanding with ICE for the sharing of information about persons in custody only if presented with a judicial warrant signed by a federal or state judge.',
        '2.44 Officers shall make an inquiry to ICE about each person booked into the jail only if presented with a judicial warrant signed by a federal or state judge.',
        '2.45 Officers may transport arrested persons to ICE-approved detention facilities only if presented with a judicial warrant signed by a federal or state judge.',
      ].join('\n'),
    },
    {
      name: 'an arrest or detention "solely on the basis of a detainer request" is a hold too (probe round 12)',
      code: `${defs}2.1 Officers will not arrest or detain a person solely on the basis of a civil immigration detainer request unless the person has a prior criminal record.`,
      errors: [{ messageId: 'exception', line: 5, column: 14, text: 'will not arrest or detain a person' }],
      output: null,
    },
    {
      name: '"solely on the basis of a detainer" is a hold all the same, and names no authority (probe round 12)',
      code: `${defs}2.1 MPD shall not detain a person solely on the basis of an immigration detainer unless the Chief of Police approves the detention.`,
      errors: [
        {
          message:
            'the exception lets MPD honor a detainer from an immigration authority without a judicial warrant (for instance when the Chief of Police approves the detention); make it require a warrant signed by a federal or state judge',
          line: 5,
          column: 9,
          text: 'shall not detain a person',
        },
      ],
      output: null,
    },
    ...[
      [
        '2.34 Cooperation with ICE is permitted when the person has a prior felony conviction.',
        'Cooperation with ICE is permitted',
      ],
      [
        '2.35 It is permissible for Officers to notify ICE of the release of any person.',
        'It is permissible for Officers to notify ICE of the release of any person',
      ],
      [
        '2.36 Sharing of booking data with ICE shall be permitted.',
        'Sharing of booking data with ICE shall be permitted',
      ],
      [
        '2.37 The provision of release dates to ICE is authorized.',
        'provision of release dates to ICE is authorized',
      ],
    ].map(([clause, text]) => ({
      name: `a permission written as a statement: "${text}"`,
      code: `${defs}${clause}`,
      errors: [{ messageId: 'allows', line: 5, column: clause!.indexOf(text!) + 1, text: text! }],
      // The permitting words are no modal of the action's, which comes first: no place for the fix.
      output: null,
    })),
    ...[
      [
        '2.46 At the request of ICE, Officers may hold a person for up to 48 hours.',
        'may hold a person for up to 48 hours',
      ],
      [
        '2.47 Officers may, at the direction of ICE, detain a person for up to 48 hours.',
        'may, at the direction of ICE, detain a person for up to 48 hours',
      ],
      [
        '2.48 On behalf of ICE, MPD may transport a person to a federal facility.',
        'may transport a person to a federal facility',
      ],
    ].map(([clause, text]) => ({
      name: `ICE named in a phrase set off before the verb is whom the action is for: "${clause!.slice(5, 40)}…"`,
      code: `${defs}${clause}`,
      errors: [{ messageId: 'allows', line: 5, column: clause!.indexOf(text!) + 1, text: text! }],
      output: `${defs}${clause!.slice(0, -1)} only if presented with a judicial warrant signed by a federal or state judge.`,
    })),
    ...[
      [
        '2.51 No Officer shall be prohibited or restricted from sending information about immigration status to ICE.',
        'shall be prohibited or restricted from sending information about immigration status to ICE',
      ],
      [
        '2.52 Officers shall not be prevented from assisting ICE.',
        'shall not be prevented from assisting ICE',
      ],
      [
        '2.53 MPD shall not adopt any policy that prohibits or materially limits an Officer from cooperating with ICE.',
        'shall not adopt any policy that prohibits or materially limits an Officer from cooperating with ICE',
      ],
      // Texas SB 4 (probe round 17): the one who would apply the policy stands between.
      [
        '2.54 MPD shall not adopt any policy under which MPD prohibits an Officer from cooperating with ICE.',
        'shall not adopt any policy under which MPD prohibits an Officer from cooperating with ICE',
      ],
    ].map(([clause, text]) => ({
      name: `a ban on keeping Officers from cooperating permits it: "${clause!.slice(5, 50)}…"`,
      code: `${defs}${clause}`,
      errors: [{ messageId: 'allows', line: 5, column: clause!.indexOf(text!) + 1, text: text! }],
      // A warrant appended to a ban on banning would bound the ban.
      output: null,
    })),
    {
      name: 'a paper named in a time is no condition that lets the action: administrative-warrant has nothing to say, so this rule does (probe round 17)',
      code: `${defs}2.59 MPD shall notify ICE at least 48 hours before the release of any person named in an administrative warrant.\n2.60 Officers shall notify ICE before the release of any inmate for whom ICE has filed Form I-247N.`,
      errors: [
        { messageId: 'allows', line: 5, column: 10, text: 'shall notify ICE at least 48 hours' },
        { messageId: 'allows', line: 6, column: 15, text: 'shall notify ICE' },
      ],
      output: `${defs}2.59 MPD shall notify ICE at least 48 hours before the release of any person named in an administrative warrant, and only if presented with a judicial warrant signed by a federal or state judge.\n2.60 Officers shall notify ICE before the release of any inmate for whom ICE has filed Form I-247N, and only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'a denial earlier in the action does not turn it away from ICE: "a person who is not a citizen to an ICE-approved facility" (probe round 19)',
      code: `${defs}2.65 Officers may transport any person who is not a United States citizen to an ICE-approved facility.`,
      errors: [
        {
          messageId: 'allows',
          line: 5,
          column: 15,
          text: 'may transport any person who is not a United States citizen to an ICE-approved facility',
        },
      ],
      output: `${defs}2.65 Officers may transport any person who is not a United States citizen to an ICE-approved facility only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'a question put to the person is asked of no one else (probe round 17)',
      code: `${defs}2.64 Officers may detain any person for ICE and ask the person about immigration status.`,
      errors: [
        {
          message:
            "'may' lets Officer detain someone for ICE or ask about immigration status without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 5,
          column: 15,
          text: 'may detain any person for ICE and ask the person about immigration status',
        },
      ],
      output: `${defs}2.64 Officers may detain any person for ICE and ask the person about immigration status only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'a paper sent or e-mailed to ICE: anyone may send it (probe round 18)',
      code: `${defs}2.62 The report shall be sent to ICE.\n2.63 The booking list may be e-mailed to ICE.`,
      errors: [
        {
          message:
            "'shall' lets anyone share information with ICE without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 5,
          column: 17,
          text: 'shall be sent to ICE',
        },
        {
          message:
            "'may' lets anyone share information with ICE without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 6,
          column: 23,
          text: 'may be e-mailed to ICE',
        },
      ],
      output: `${defs}2.62 The report shall be sent to ICE only if presented with a judicial warrant signed by a federal or state judge.\n2.63 The booking list may be e-mailed to ICE only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: "an alternative that leaves out its subject has the first one's in the example (probe round 18)",
      code: `${defs}2.61 Officers shall not share information with ICE unless ICE presents a judicial warrant or is investigating a criminal offense.`,
      errors: [
        {
          message:
            'the exception lets Officer share information with ICE without a judicial warrant (for instance when ICE is investigating a criminal offense); make it require a warrant signed by a federal or state judge',
          line: 5,
          column: 15,
          text: 'shall not share information with ICE',
        },
      ],
      output: null,
    },
    {
      name: "serving ICE's own warrants is arresting for ICE, whether or not the clause names it (probe round 9)",
      code: `${defs}2.58 Officers may serve and execute administrative warrants in the jail.`,
      errors: [
        {
          message:
            "'may' lets Officer arrest someone for an immigration authority without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 5,
          column: 15,
          text: 'may serve and execute administrative warrants in the jail',
        },
      ],
      output: `${defs}2.58 Officers may serve and execute administrative warrants in the jail only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'what ICE agents may do is what the policy lets them do, whoever lets them (probe round 9)',
      code: `${defs}2.57 ICE agents may use the booking-room computer to look up the records of inmates.`,
      errors: [
        {
          message:
            "'may' lets anyone provide resources to ICE or share information with ICE without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 5,
          column: 17,
          text: 'may use the booking-room computer to look up the records of inmates',
        },
      ],
      output: `${defs}2.57 ICE agents may use the booking-room computer to look up the records of inmates only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    ...[
      'may detain a person for ICE whether or not a judicial warrant has been issued',
      'may share with ICE the information needed to obtain a judicial warrant',
    ].map((action) => ({
      name: `a judicial warrant named in the action but not required: "${action}"`,
      code: `${defs}2.43 Officers ${action}.`,
      errors: [{ messageId: 'allows', line: 5, column: 15, text: action }],
      output: `${defs}2.43 Officers ${action} only if presented with a judicial warrant signed by a federal or state judge.`,
    })),
    ...[
      [
        '2.39 Officers shall not release a person subject to an ICE detainer until ICE takes custody of the person.',
        'shall not release a person subject to an ICE detainer until ICE takes custody of the person',
      ],
      [
        '2.40 Officers are not to release any inmate named in a detainer before ICE assumes custody.',
        'are not to release any inmate named in a detainer',
      ],
      [
        '2.41 Officers should not release a person held for ICE until ICE agents arrive.',
        'should not release a person held for ICE until ICE agents arrive',
      ],
    ].map(([clause, text]) => ({
      name: `a ban on release until ICE takes custody is a duty to hold: "${text}"`,
      code: `${defs}${clause}`,
      errors: [{ messageId: 'holds', line: 5, column: clause!.indexOf(text!) + 1, text: text! }],
      // A judicial warrant appended to a ban on release would read as a condition of the ban.
      output: null,
    })),
    ...[
      [
        '2.42 Officers shall not refuse to honor an immigration detainer issued by ICE.',
        'shall not refuse to honor an immigration detainer issued by ICE',
        'shall not refuse to',
      ],
      [
        '2.43 MPD shall not decline any detainer request from ICE.',
        'shall not decline any detainer request from ICE',
        'shall not decline',
      ],
      [
        '2.44 Officers shall not fail to notify ICE of the release of any person.',
        'shall not fail to notify ICE of the release of any person',
        'shall not fail to',
      ],
      // Texas SB 4's form (probe round 17): refusing a request of ICE's is refusing to cooperate,
      // however the request is worded (probe round 19).
      [
        '2.45 Deputies shall not refuse any request from ICE.',
        'shall not refuse any request from ICE',
        'shall not refuse',
      ],
      ...[
        'any request from agents of ICE',
        'any request that an ICE agent makes',
        'any request which ICE has submitted',
        'any request made on behalf of ICE',
        'any ICE request',
        'requests made by ICE agents',
        'any request from an ICE officer',
        'any request that ICE makes',
        'a written request submitted by ICE',
      ].map((request) => [
        `2.47 Deputies shall not refuse ${request}.`,
        `shall not refuse ${request}`,
        'shall not refuse',
      ]),
      [
        "2.46 Deputies shall not decline a request from ICE for information about a person's release date.",
        "shall not decline a request from ICE for information about a person's release date",
        'shall not decline',
      ],
    ].map(([clause, text, modal]) => ({
      name: `a ban on refusing is a duty: "${text}"`,
      code: `${defs}${clause}`,
      errors: [
        {
          messageId: 'allows',
          message: new RegExp(`^'${modal}' lets`),
          line: 5,
          column: clause!.indexOf(text!) + 1,
          text: text!,
        },
      ],
      // A judicial warrant appended to the refusal would bound the refusal, not the duty.
      output: null,
    })),
    {
      name: 'a duty to see ICE told is a duty to tell ICE',
      code: `${defs}2.49 Officers shall ensure that ICE is notified of each release.\n2.50 The Chief of Police shall ensure that ICE receives timely notice of each transfer.`,
      errors: [
        {
          messageId: 'allows',
          line: 5,
          column: 15,
          text: 'shall ensure that ICE is notified of each release',
        },
        {
          messageId: 'allows',
          line: 6,
          column: 26,
          text: 'shall ensure that ICE receives timely notice of each transfer',
        },
      ],
      output: `${defs}2.49 Officers shall ensure that ICE is notified of each release only if presented with a judicial warrant signed by a federal or state judge.\n2.50 The Chief of Police shall ensure that ICE receives timely notice of each transfer only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'a permission to act without a warrant names no warrant that would satisfy it',
      code: `${defs}2.48 Officers may arrest without a warrant any person whom ICE names.`,
      errors: [{ messageId: 'allows', line: 5, column: 15, text: 'may arrest' }],
      // Requiring a judicial warrant after "without a warrant" would contradict the clause.
      output: null,
    },
    {
      name: 'an exception written "absent …" or "other than as …"',
      code: `${defs}2.46 Officers shall not arrest any person for a civil immigration violation absent a request from ICE.\n2.47 No Officer shall take part in any ICE operation, other than as requested by ICE.`,
      errors: [
        {
          messageId: 'exception',
          line: 5,
          column: 15,
          text: 'shall not arrest any person for a civil immigration violation',
        },
        { messageId: 'exception', line: 6, column: 17, text: 'shall take part in any ICE operation' },
      ],
      output: null,
    },
    {
      name: 'each item of a list of duties, marked and fixed at the item',
      code: `${defs}2.45 MPD shall do the following:\n    a. notify ICE of each release;\n    b. notify ICE of each transfer only if ICE presents a judicial warrant; and\n    c. record every request from ICE.`,
      errors: [{ messageId: 'allows', line: 6, column: 8, text: 'notify ICE of each release' }],
      output: `${defs}2.45 MPD shall do the following:\n    a. notify ICE of each release only if presented with a judicial warrant signed by a federal or state judge;\n    b. notify ICE of each transfer only if ICE presents a judicial warrant; and\n    c. record every request from ICE.`,
    },
    {
      name: 'a duty written as responsibility: "is responsible for notifying ICE"',
      code: `${defs}2.38 The Chief of Police is responsible for notifying ICE of each release.`,
      errors: [
        {
          messageId: 'allows',
          line: 5,
          column: 26,
          text: 'is responsible for notifying ICE of each release',
        },
      ],
      output: `${defs}2.38 The Chief of Police is responsible for notifying ICE of each release only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'a permission in disguise: "Nothing in this policy prohibits … from …"',
      code: `${defs}2.20 Nothing in this policy prohibits Officers from sending information regarding the citizenship of any person to ICE.`,
      errors: [
        {
          message:
            "'Nothing in this policy prohibits' lets Officer share immigration status information with ICE without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 5,
          column: 6,
          text: 'Nothing in this policy prohibits Officers from sending information regarding the citizenship of any person to ICE',
        },
      ],
      output: null,
    },
    {
      name: 'a permission in disguise: "is not prohibited from"',
      code: `${defs}2.21 MPD is not prohibited from providing ICE with the release date of any person.`,
      errors: [
        {
          messageId: 'allows',
          line: 5,
          column: 10,
          text: 'is not prohibited from providing ICE with the release date of any person',
        },
      ],
      output: `${defs}2.21 MPD is not prohibited from providing ICE with the release date of any person only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'a permission joined to a duty by "and may": its own finding, and the fix after its own words',
      code: `${defs}2.15 Officers shall refer each request to the Chief of Police and may share the requested information with ICE when asked.`,
      errors: [
        {
          message:
            "'may' lets Officer share information with ICE without a judicial warrant (for instance when asked); require a warrant signed by a federal or state judge",
          line: 5,
          column: 67,
          text: 'may share the requested information with ICE',
        },
      ],
      output: `${defs}2.15 Officers shall refer each request to the Chief of Police and may share the requested information with ICE when asked, and only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'a passive permission binds anyone, and names its action at the participle',
      code: `${defs}2.11 A person may be transferred to ICE custody when requested by ICE.`,
      errors: [
        {
          message:
            "'may' lets anyone transfer custody to ICE without a judicial warrant (for instance when requested by ICE); require a warrant signed by a federal or state judge",
          line: 5,
          column: 15,
          text: 'may be transferred to ICE custody',
        },
      ],
      output: `${defs}2.11 A person may be transferred to ICE custody when requested by ICE, and only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'a condition between the modal and the verb',
      code: `${defs}2.19 Officers may, when ICE asks, notify ICE of any release.`,
      errors: [
        { messageId: 'allows', line: 5, column: 15, text: 'may, when ICE asks, notify ICE of any release' },
      ],
      output: `${defs}2.19 Officers may, when ICE asks, notify ICE of any release only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'an immigration authority as the subject of "be permitted to" or "be allowed access"',
      code: `${defs}2.20 ICE agents shall be permitted to interview any inmate.\n2.21 ICE agents are to be allowed access to the jail.`,
      errors: [
        {
          message:
            "'shall' lets anyone give ICE access without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 5,
          column: 17,
          text: 'shall be permitted to interview any inmate',
        },
        { messageId: 'allows', line: 6, column: 17, text: 'are to be allowed access to the jail' },
      ],
      output: `${defs}2.20 ICE agents shall be permitted to interview any inmate only if presented with a judicial warrant signed by a federal or state judge.\n2.21 ICE agents are to be allowed access to the jail only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'a ban on banning is a permission: "shall not prohibit … from"',
      code: `${defs}2.23 MPD shall not prohibit or in any way restrict any Officer from sending information to ICE.`,
      errors: [
        {
          message:
            "'shall not prohibit or in any way restrict' lets Officer share information with ICE without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 5,
          column: 10,
          text: 'shall not prohibit or in any way restrict any Officer from sending information to ICE',
        },
      ],
      output: null,
    },
    {
      name: 'a passive clause whose subject is who is told or let in',
      code: `${defs}2.13 ICE is to be notified of the release of any person.\n2.14 Any ICE agent may be given access to the jail.\n2.15 Notice of a person's release may be given to ICE.`,
      errors: [
        {
          message:
            "'is to' lets anyone notify ICE without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 5,
          column: 10,
          text: 'is to be notified of the release of any person',
        },
        {
          message:
            "'may' lets anyone give ICE access without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 6,
          column: 20,
          text: 'may be given access to the jail',
        },
        { messageId: 'allows', line: 7, column: 35, text: 'may be given to ICE' },
      ],
      output: `${defs}2.13 ICE is to be notified of the release of any person only if presented with a judicial warrant signed by a federal or state judge.\n2.14 Any ICE agent may be given access to the jail only if presented with a judicial warrant signed by a federal or state judge.\n2.15 Notice of a person's release may be given to ICE only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'a passive clause whose subject is what is handed over',
      code: `${defs}2.12 Release dates may be provided to ICE upon request.`,
      errors: [{ messageId: 'allows', line: 5, column: 20, text: 'may be provided to ICE upon request' }],
      output: `${defs}2.12 Release dates may be provided to ICE upon request only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'a passive permission whose agent is named after "by"',
      code: `${defs}2.13 Information may be shared with ICE by the Chief of Police when the person is arrested for a felony.`,
      errors: [
        {
          message:
            "'may' lets Chief of Police share information with ICE without a judicial warrant (for instance when the person is arrested for a felony); require a warrant signed by a federal or state judge",
          line: 5,
          column: 18,
          text: 'may be shared with ICE by the Chief of Police',
        },
      ],
      output: `${defs}2.13 Information may be shared with ICE by the Chief of Police when the person is arrested for a felony, and only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      code: `${defs}2.5 MPD may cooperate with a lawful request of ICE\n    only if any of:\n      a. the individual is arrested for any violent felony;\n      b. the individual is suspected of terrorism.`,
      errors: [
        {
          message:
            "'may' lets MPD cooperate with ICE without a judicial warrant (for instance when the individual is arrested for any violent felony); require a warrant signed by a federal or state judge",
          line: 5,
          column: 9,
          text: 'may cooperate with a lawful request of ICE',
        },
      ],
      output: `${defs}2.5 MPD may cooperate with a lawful request of ICE only if presented with a judicial warrant signed by a federal or state judge\n    only if any of:\n      a. the individual is arrested for any violent felony;\n      b. the individual is suspected of terrorism.`,
    },
    {
      name: 'an alternative to the warrant lets cooperation happen without one',
      code: `${defs}2.6 MPD may notify ICE of release dates only if any of:\n    a. a judicial warrant is presented;\n    b. the Chief of Police approves.`,
      errors: [{ messageId: 'allows', line: 5, column: 9, text: 'may notify ICE of release dates' }],
      output: `${defs}2.6 MPD may notify ICE of release dates only if presented with a judicial warrant signed by a federal or state judge only if any of:\n    a. a judicial warrant is presented;\n    b. the Chief of Police approves.`,
    },
    {
      name: 'a prohibition whose exception needs no warrant',
      code: `${defs}4.3 MPD shall not provide personnel or equipment to ICE unless the Chief of Police approves the request.`,
      errors: [
        {
          messageId: 'exception',
          line: 5,
          column: 9,
          text: 'shall not provide personnel or equipment to ICE',
        },
      ],
      output: null,
    },
    {
      name: 'a ban on holding for ICE past a time limit leaves the time within it allowed',
      code: `${defs}6.3 MPD shall not delay the release of any person for ICE beyond 48 hours.`,
      errors: [
        {
          message:
            'the exception lets MPD honor a detainer from ICE without a judicial warrant (for instance when the hold lasts no more than 48 hours); make it require a warrant signed by a federal or state judge',
          line: 5,
          column: 9,
          text: 'shall not delay the release of any person for ICE beyond 48 hours',
        },
      ],
      output: null,
    },
    {
      name: 'a passive share whose subject names who asked: provided to ICE',
      code: `${defs}5.5 DMV records requested by ICE will be provided in the normal course of business.`,
      errors: [
        {
          messageId: 'allows',
          line: 5,
          column: 34,
          text: 'will be provided in the normal course of business',
        },
      ],
      output: `${defs}5.5 DMV records requested by ICE will be provided in the normal course of business only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: '"except for the purposes of …": the purpose is the exception',
      code: `${defs}4.5 MPD shall not share information with ICE except for the purposes of a criminal investigation.`,
      errors: [
        {
          message:
            'the exception lets MPD share information with ICE without a judicial warrant (for instance for the purpose of a criminal investigation); make it require a warrant signed by a federal or state judge',
          line: 5,
          column: 9,
          text: 'shall not share information with ICE',
        },
      ],
      output: null,
    },
    {
      name: 'ICE named in an exception and not denied there is who is dealt with',
      code: `${defs}4.4 MPD shall not share plate data with any agency unless the agency certifies that it will share the data with ICE.`,
      errors: [
        { messageId: 'exception', line: 5, column: 9, text: 'shall not share plate data with any agency' },
      ],
      output: null,
    },
    {
      name: '"before" a judicial warrant is while there is none',
      code: `${defs}3.11 Officers may notify ICE before a judicial warrant is presented.`,
      errors: [
        {
          message:
            "'may' lets Officer notify ICE without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 5,
          column: 15,
          text: 'may notify ICE',
        },
      ],
      output: `${defs}3.11 Officers may notify ICE before a judicial warrant is presented, and only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'an alternative to the judicial warrant in the same condition',
      code: `${defs}3.12 MPD may transfer a person to ICE custody only if ICE presents a judicial warrant or the Chief of Police approves the transfer.`,
      errors: [
        {
          message:
            "'may' lets MPD transfer custody to ICE without a judicial warrant (for instance when the Chief of Police approves the transfer); require a warrant signed by a federal or state judge",
          line: 5,
          column: 10,
          text: 'may transfer a person to ICE custody',
        },
      ],
      output: `${defs}3.12 MPD may transfer a person to ICE custody only if ICE presents a judicial warrant or the Chief of Police approves the transfer, and only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'a warrant ICE intends to seek is not one presented',
      code: `${defs}3.17 MPD may hold any person for ICE for up to 48 hours, provided that ICE states in writing that it intends to seek a judicial warrant.`,
      errors: [
        {
          message:
            "'may' lets MPD honor a detainer from ICE without a judicial warrant (for instance when ICE states in writing that it intends to seek a judicial warrant); require a warrant signed by a federal or state judge",
          line: 5,
          column: 10,
          text: 'may hold any person for ICE for up to 48 hours',
        },
      ],
      output: `${defs}3.17 MPD may hold any person for ICE for up to 48 hours, provided that ICE states in writing that it intends to seek a judicial warrant, and only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'the warrant itself denied, in its own part of the condition',
      code: `${defs}3.18 MPD may notify ICE if the person is booked and the request is not accompanied by a judicial warrant.`,
      errors: [{ messageId: 'allows', line: 5, column: 10, text: 'may notify ICE' }],
      output: `${defs}3.18 MPD may notify ICE if the person is booked and the request is not accompanied by a judicial warrant, and only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'ICE among those told',
      code: `${defs}3.6 Officers may notify the Chief of Police and ICE when a person is booked.`,
      errors: [{ messageId: 'allows', line: 5, column: 14, text: 'may notify the Chief of Police and ICE' }],
      output: `${defs}3.6 Officers may notify the Chief of Police and ICE when a person is booked, and only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'ICE after a determiner, where the one told stands',
      code: `${defs}3.7 Officers may contact the ICE field office about a person in custody.`,
      errors: [
        {
          messageId: 'allows',
          line: 5,
          column: 14,
          text: 'may contact the ICE field office about a person in custody',
        },
      ],
      output: `${defs}3.7 Officers may contact the ICE field office about a person in custody only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'sharing with ICE, whatever is shared',
      code: `${defs}3.8 Officers may share with ICE the criminal history of any person.`,
      errors: [
        {
          message:
            "'may' lets Officer share information with ICE without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 5,
          column: 14,
          text: 'may share with ICE the criminal history of any person',
        },
      ],
      output: `${defs}3.8 Officers may share with ICE the criminal history of any person only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'nobody named to tell: the counterpart in the condition is who is told',
      code: `${defs}3.9 MPD may share information about a person in custody when requested by ICE.`,
      errors: [
        { messageId: 'allows', line: 5, column: 9, text: 'may share information about a person in custody' },
      ],
      output: `${defs}3.9 MPD may share information about a person in custody when requested by ICE, and only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      name: 'a counterpart the lexicon names is said in words, not by its key',
      code: `${defs}3.10 MPD may share information with federal immigration authorities.`,
      errors: [
        {
          message:
            "'may' lets MPD share information with an immigration authority without a judicial warrant (in every case); require a warrant signed by a federal or state judge",
          line: 5,
          column: 10,
          text: 'may share information with federal immigration authorities',
        },
      ],
      output: `${defs}3.10 MPD may share information with federal immigration authorities only if presented with a judicial warrant signed by a federal or state judge.`,
    },
    {
      code: `${defs}2.8 Officers shall notify ICE of the release date of every person in custody.`,
      errors: [
        {
          messageId: 'allows',
          line: 5,
          column: 14,
          text: 'shall notify ICE of the release date of every person in custody',
        },
      ],
      output: `${defs}2.8 Officers shall notify ICE of the release date of every person in custody only if presented with a judicial warrant signed by a federal or state judge.`,
    },
  ],
});
