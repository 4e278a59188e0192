import { contradiction } from '../../server/rules/contradiction.js';
import { ruleTester } from './rule-tester.js';

const defs = [
  'define MPD as agency.',
  'define Officer as member of MPD.',
  'define Commander as member of MPD.',
  'define ICE as immigration authority.',
  'define "judicial warrant" as term.',
  '',
].join('\n');

const prohibition = '2.1 MPD shall not share information with ICE unless a judicial warrant is presented.';
const scenario =
  'When the individual is arrested for a violent felony and no judicial warrant is presented, §2.1 forbids and §4.2 permits notifying ICE';

ruleTester(contradiction, {
  valid: [
    {
      name: 'a ban on holding past a time limit and a permission to hold within it agree (probe round 10)',
      code: `${defs}5.4 MPD shall not delay the release of any person for ICE beyond 48 hours.\n5.5 MPD may delay the release of any person for ICE for up to 48 hours.`,
    },
    {
      name: 'a ban on delaying release because of a detainer does not meet a hold a judicial warrant orders',
      code: `${defs}1.2 Officers shall not delay the release because ICE has lodged a civil immigration detainer.\n1.4 MPD may hold a person for ICE for up to 48 hours only if ICE presents a judicial warrant that orders the hold.`,
    },
    {
      name: 'the same permission guarded by a judicial warrant',
      code: `${defs}${prohibition}\n4.2 Officers may notify ICE of release dates only if a judicial warrant is presented.`,
    },
    {
      name: 'obeying a judicial warrant ICE presents obeys a court, and meets no ban on cooperating (probe round 9)',
      code: `${defs}3.4 MPD shall not permit ICE to use any MPD facility or equipment for an investigative interview.\n3.5 MPD shall not honor any detainer request.\n2.6 Officers shall comply with a judicial warrant presented by ICE.\n2.7 Officers shall honor any valid judicial warrant that ICE presents.`,
    },
    {
      name: 'an exception that points to another clause excepts what that clause allows (probe round 9)',
      code: `${defs}3.2 MPD shall not share custody information with ICE except as provided in §3.3.\n3.3 A Commander may share custody information with ICE only after a judicial warrant is presented.\n3.4 Officers shall not transfer any person to ICE custody except as provided in section 3.5.\n3.5 Officers may transfer a person to ICE custody if the person is charged with a felony.`,
    },
    {
      name: 'clauses joined by "and" hold together, and an alternative that leaves out its subject has the first one\'s (NYC § 9-131, probe round 17)',
      code: `${defs}2.1 MPD shall not honor a civil immigration detainer unless all of:\n  a. ICE presents a judicial warrant; and\n  b. the person has been convicted of a violent felony or is identified in the terrorist screening database.\n2.2 MPD may honor a civil immigration detainer only if ICE presents a judicial warrant and the person has been convicted of a violent felony.`,
    },
    {
      name: 'an arrest "on the belief that" the person broke immigration law is for that reason, as "on the basis of" is (probe round 17)',
      code: `${defs}2.1 MPD shall not arrest any person on the belief that the person has committed a civil immigration violation.\n2.2 Officers may arrest a person named in a judicial warrant presented by ICE.\n2.3 MPD shall not detain any person upon suspicion of a civil immigration violation.\n2.4 Officers may detain a person named in a judicial warrant presented by ICE.`,
    },
    {
      name: 'an "or" inside a noun stays in its alternative: "convicted of a violent or serious crime or is identified …" (probe round 17)',
      code: `${defs}2.1 MPD shall not honor a civil immigration detainer unless all of:\n  a. ICE presents a judicial warrant; and\n  b. the person has been convicted of a violent or serious crime or is identified as a possible match in the terrorist screening database.\n2.2 MPD may honor a civil immigration detainer only if ICE presents a judicial warrant and the person has been convicted of a violent or serious crime.`,
    },
    {
      name: 'a comma before "or" puts it above the "and": "A and B, or C" offers C alone (probe round 18)',
      code: `${defs}2.1 Officers shall not notify ICE of a release date unless the person has been convicted of a violent felony and ICE presents a judicial warrant, or the person consents in writing.\n2.2 Officers may notify ICE of a release date if the person consents in writing.`,
    },
    {
      name: '"charged and convicted" is one condition beside the warrant, not dropped (probe round 18)',
      code: `${defs}2.1 Officers may share information with ICE only if ICE presents a judicial warrant and the person has been charged and convicted.\n2.2 Officers shall not share information with ICE unless the person has been charged and convicted.`,
    },
    {
      name: 'unless a judicial warrant is presented "or is otherwise required by law": the warrant is not what is required (probe round 19)',
      code: `${defs}2.1 Officers shall not notify ICE of a release unless a judicial warrant is presented or is otherwise required by law.\n2.2 Officers may notify ICE of a release only if a judicial warrant is presented.`,
    },
    {
      name: "refusing no request of ICE's for information shares it, and holds no one (probe round 18)",
      code: `${defs}2.1 Officers shall not hold any person for ICE beyond 48 hours.\n2.2 Officers shall not refuse a request from ICE for information about a person's release date.`,
    },
    {
      name: '"beyond the time when" tells which time: the action goes on past it (probe round 17)',
      code: `${defs}2.1 MPD shall not hold a person beyond the time when the person would otherwise be released, or notify ICE of the release, unless ICE presents a judicial warrant.\n2.2 Officers may notify ICE of the release of a person only if ICE presents a judicial warrant.`,
    },
    {
      name: '"except as required by §2.1 or state law" excepts what §2.1 requires, and what state law does (probe round 17)',
      code: `${defs}2.1 Officers shall notify ICE if the person is convicted of a violent felony.\n2.2 Officers shall not give any information about a person to ICE except as required by §2.1 or state law.`,
    },
    {
      name: 'an exception after coordinated prohibitions excepts from each of them',
      code: `${defs}2.1 MPD shall not honor a detainer request and shall not notify ICE of a release unless a judicial warrant accompanies the request.\n2.2 Officers may honor a detainer request only if a judicial warrant is presented.`,
    },
    {
      name: '"before X" is while X has not happened: no overlap with "when X"',
      code: `${defs}2.1 Officers shall search the cell before the individual is released.\n2.2 Officers shall not search the cell when the individual is released.`,
    },
    {
      name: 'a rule about arresting for one reason says nothing of arresting for another',
      code: `${defs}3.1 Officers shall not arrest any person on the basis of a civil immigration violation.\n3.7 Officers shall arrest a person named in a judicial warrant.\n3.8 Officers may arrest a person because of a violent felony.`,
    },
    {
      name: 'a prohibition about telling someone else meets no permission to tell ICE',
      code: `${defs}5.5 Officers shall not share the home address of a victim with the press.\n5.6 Officers may share the home address of a victim with ICE only if a judicial warrant is presented.`,
    },
    {
      name: "a criminal detainer from a court or another state is no immigration authority's (probe round 14)",
      code: `${defs}3.1 MPD shall not honor an immigration detainer unless ICE presents a judicial warrant.\n3.2 MPD may honor detainers issued by the Dane County Circuit Court.\n3.3 MPD may honor a criminal detainer lodged by another state under the Interstate Agreement on Detainers.`,
    },
    {
      name: "sharing with no one named is not sharing with ICE: only a detainer is ICE's alone",
      code: `${defs}2.1 MPD may share information with other agencies.\n2.2 MPD shall not share information with ICE unless a judicial warrant is presented.`,
    },
    {
      name: 'a ban on assisting ICE in an arrest is no ban on every cooperation',
      code: `${defs}5.10 MPD may share information with ICE only if ICE presents a judicial warrant.\n5.11 Officers shall not assist ICE in making a civil arrest at a courthouse.`,
    },
    {
      name: 'telling one person and not telling another: someone else is not one person',
      code: `${defs}5.7 Officers shall notify a Commander.\n5.8 MPD shall not share license plate data with the press.\n5.9 Officers shall not tell the person's employer that ICE has asked about the person.`,
    },
    {
      name: 'different counterparts',
      code: `${defs}${prohibition}\n4.2 MPD may share information with the District Attorney.`,
    },
    {
      name: 'different members of the agency',
      code: `${defs}2.1 Officers shall not detain anyone on a detainer.\n2.2 Commanders may detain a person on a detainer.`,
    },
    {
      name: '"solely" excludes the other reason',
      code: `${defs}2.3 Officers shall not detain an individual solely for a suspected violation of immigration law.\n2.4 Officers may detain an individual when the individual is arrested for a violent felony.`,
    },
    {
      name: 'two prohibitions never conflict',
      code: `${defs}${prohibition}\n2.2 MPD shall not notify ICE of release dates.`,
    },
    {
      name: 'detaining solely on a detainer, against detaining a person named in a judicial warrant',
      code: `${defs}2.1 No person shall be detained solely on the basis of a civil immigration detainer.\n2.2 Officers shall detain any person who is the subject of a judicial warrant.`,
    },
    {
      name: 'holding a person on a detainer is honoring it, not detaining as such',
      code: `${defs}2.1 MPD shall not hold any person on a detainer request.\n2.2 Officers shall detain any person who is the subject of a judicial warrant.`,
    },
    {
      name: 'refusing hold requests is about detainers, not about transfers on a judicial warrant',
      code: `${defs}2.1 MPD shall not honor a hold request from ICE.\n2.2 Officers may transfer a person to ICE custody only if ICE presents a judicial warrant.`,
    },
    {
      name: 'a ban on sharing home addresses or personal information leaves the § 1373 savings clause alone (probe round 14)',
      code: `${defs}2.3 MPD shall not disclose a person's home address, work address or telephone number to ICE.\n2.4 MPD shall not provide ICE with any personally identifying information unless ICE presents a judicial warrant.\n2.5 Officers shall not share a person's contact information with ICE.\n${'9.1 Nothing in this policy prohibits MPD from sending to ICE information regarding the citizenship or immigration status of any individual, as 8 U.S.C. § 1373 requires.'}`,
    },
    {
      name: 'details whose person a relative clause describes, and a passive ban on details, leave § 1373 alone too (probe round 16)',
      code: `${defs}2.3 MPD shall not share with ICE the home address of any person who files a police report.\n2.4 No home address shall be shared with ICE unless ICE presents a judicial warrant.\n${'9.1 Nothing in this policy prohibits MPD from sending to ICE information regarding the citizenship or immigration status of any individual, as 8 U.S.C. § 1373 requires.'}`,
    },
    {
      name: 'conditions joined by "or" that are clauses of their own are alternatives, as a list of any of them is (probe round 15)',
      code: `${defs}2.1 MPD may notify ICE if the person is arrested for a felony or the person is arrested for a misdemeanor.\n2.2 MPD may notify ICE only if any of:\n  a. the person is arrested for a felony;\n  b. the person is arrested for a misdemeanor.`,
    },
  ],
  invalid: [
    {
      name: "a refused request of ICE's to hold, or for information, still holds (probe round 19)",
      code: `${defs}2.1 Officers shall not hold any person for ICE beyond the person's release date.\n2.2 Officers shall not refuse any request from ICE to hold a person beyond the release date, or for information about the person.`,
      errors: [
        { messageId: 'conflict', line: 6, column: 14, text: 'shall not' },
        { messageId: 'conflict', line: 7, column: 14, text: 'shall not refuse' },
      ],
    },
    {
      name: 'an exception pointing to a clause that tells someone else excepts nothing here (probe round 18)',
      code: `${defs}2.1 Officers shall not share information with ICE except as provided in §2.2.\n2.2 Officers shall notify a Commander of each request from ICE.\n2.3 Officers may share information with ICE if the person is convicted of a violent felony.`,
      errors: [
        {
          message:
            'When the person is convicted of a violent felony, §2.1 forbids and §2.3 permits sharing information with ICE',
          line: 6,
          column: 14,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 8, column: 14, text: 'may' },
      ],
    },
    {
      name: 'an exception "as required by" several clauses excepts what each requires, for its own actions only (probe round 17)',
      code: `${defs}2.1 Officers shall notify ICE if the person is convicted of a violent felony.\n2.2 Officers shall honor every immigration detainer lodged by ICE.\n2.3 MPD shall cooperate with ICE in the identification of every foreign national in custody.\n2.4 Officers shall not give any information about a person to ICE except as required by §2.1, §2.2 or state law.`,
      errors: [
        {
          message:
            'When it is not the case that the person is convicted of a violent felony and it is not required by state law, §2.3 requires and §2.4 forbids sharing information with ICE',
          line: 8,
          column: 9,
          text: 'shall',
        },
        { messageId: 'conflict', line: 9, column: 14, text: 'shall not' },
      ],
    },
    {
      name: 'alternatives that share what follows them are one condition: "engaged in — or suspected of — terrorism"',
      code: `${defs}2.1 MPD shall not share information with ICE unless a judicial warrant is presented.\n2.2 MPD may share information with ICE if the person is engaged in — or is suspected of — terrorism or espionage.`,
      errors: [
        {
          message:
            'When the person is engaged in — or is suspected of — terrorism or espionage and no judicial warrant is presented, §2.1 forbids and §2.2 permits sharing information with ICE',
          line: 6,
          column: 9,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 7, column: 9, text: 'may' },
      ],
    },
    {
      name: 'an action outside the lexicon is named up to its object, not into "under …" (probe round 17)',
      code: `${defs}2.1 Officers shall perform the duties of a records clerk under the supervision of the Commander.\n2.2 Officers shall not perform the duties of a records clerk unless the Commander approves.`,
      errors: [
        {
          message:
            'When it is not the case that the Commander approves, §2.1 requires and §2.2 forbids performing the duties of a records clerk',
          line: 6,
          column: 14,
          text: 'shall',
        },
        { messageId: 'conflict', line: 7, column: 14, text: 'shall not' },
      ],
    },
    {
      name: 'each condition joined by "and" counts: two permissions that each need more than a warrant, each "only if", exclude each other (probe round 17)',
      code: `${defs}2.1 MPD may notify ICE of a release only if ICE presents a judicial warrant and the person has been convicted of a violent felony.\n2.2 MPD may notify ICE of a release only if ICE presents a judicial warrant and the Chief of Police approves the notification.`,
      errors: [
        {
          message:
            "When a judicial warrant is presented and the Chief of Police approves the notification and it is not the case that the person has been convicted of a violent felony, §2.1 (outside its 'only if' conditions) forbids and §2.2 permits notifying ICE",
          line: 6,
          column: 9,
          text: 'may',
        },
        { messageId: 'conflict', line: 7, column: 9, text: 'may' },
      ],
    },
    {
      name: 'a ban on sharing any information, addresses among it, still meets the § 1373 savings clause',
      code: `${defs}2.3 MPD shall not share any information about a person, including the person's home address, with ICE.\n${'9.1 Nothing in this policy prohibits MPD from sending to ICE information regarding the citizenship or immigration status of any individual, as 8 U.S.C. § 1373 requires.'}`,
      errors: [
        {
          message:
            'In every case, §2.3 forbids and §9.1 permits sharing immigration status information with ICE',
          line: 6,
          column: 9,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 7, column: 5, text: 'Nothing in this policy prohibits' },
      ],
    },
    {
      name: 'the scenario of a series of papers cut at its "or" names each paper (noticed in probe round 12)',
      code: `${defs}2.1 MPD shall not share information with ICE unless MPD is presented with a subpoena, a warrant or a court order.\n2.2 MPD may share information with ICE.\n2.3 MPD shall not transfer any person to ICE custody unless presented with a judicial warrant, a court order or a subpoena signed by a judge.\n2.4 MPD may transfer a person to ICE custody.`,
      errors: [
        {
          message:
            'When it is not the case that MPD is presented with a subpoena or a warrant and no judicial warrant is presented, §2.1 forbids and §2.2 permits sharing information with ICE',
          line: 6,
          column: 9,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 7, column: 9, text: 'may' },
        {
          message:
            'When no judicial warrant is presented and there is no subpoena signed by a judge, §2.3 forbids and §2.4 permits transferring custody to ICE',
          line: 8,
          column: 9,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 9, column: 9, text: 'may' },
      ],
    },
    {
      name: 'details that are more than details still meet § 1373: a defined term that takes in status, nationality, a catch-all (probe round 16)',
      code: `${defs}define "personal information" as term: a name, a home address and immigration status.\n2.3 MPD shall not share any personal information with ICE.\n2.4 Officers shall not share with ICE the home address or nationality of any person.\n2.5 Officers shall not share with ICE a person's home address or any other detail about the person.\n${'9.1 Nothing in this policy prohibits MPD from sending to ICE information regarding the citizenship or immigration status of any individual, as 8 U.S.C. § 1373 requires.'}`,
      errors: [
        {
          message:
            'In every case, §2.3 forbids and §9.1 permits sharing immigration status information with ICE',
          line: 7,
          column: 9,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 8, column: 14, text: 'shall not' },
        { messageId: 'conflict', line: 9, column: 14, text: 'shall not' },
        { messageId: 'conflict', line: 10, column: 5, text: 'Nothing in this policy prohibits' },
        { messageId: 'conflict', line: 10, column: 5, text: 'Nothing in this policy prohibits' },
        { messageId: 'conflict', line: 10, column: 5, text: 'Nothing in this policy prohibits' },
      ],
    },
    {
      name: '"that" before a person is a determiner, not a relative clause to set aside',
      code: `${defs}2.3 Officers shall not share with ICE that person's home address or any other information.\n${'9.1 Nothing in this policy prohibits MPD from sending to ICE information regarding the citizenship or immigration status of any individual, as 8 U.S.C. § 1373 requires.'}`,
      errors: [
        { messageId: 'conflict', line: 6, column: 14, text: 'shall not' },
        { messageId: 'conflict', line: 7, column: 5, text: 'Nothing in this policy prohibits' },
      ],
    },
    {
      name: 'a ban on status and details meets a permission to share the details (probe round 16)',
      code: `${defs}2.1 MPD shall not share information regarding the immigration status or home address of any person with ICE.\n2.2 Officers may share the home address of any person with ICE.`,
      errors: [
        { messageId: 'conflict', line: 6, column: 9, text: 'shall not' },
        { messageId: 'conflict', line: 7, column: 14, text: 'may' },
      ],
    },
    {
      name: 'sharing status meets a ban on details when it names the details too (probe round 16)',
      code: `${defs}2.3 Officers shall not disclose a person's telephone number to ICE.\n2.4 Nothing in this policy prohibits MPD from sending to ICE information regarding the citizenship, immigration status or telephone number of any individual.`,
      errors: [
        {
          message:
            'In every case, §2.3 forbids and §2.4 permits sharing immigration status information with ICE',
          line: 6,
          column: 14,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 7, column: 5, text: 'Nothing in this policy prohibits' },
      ],
    },
    {
      name: '"if X or if Y" holds in either case (probe round 16: read as both)',
      code: `${defs}2.1 Officers shall not share information with ICE if the person is a victim or if the person is a witness.\n2.2 Officers may share information with ICE if the person is a witness.`,
      errors: [
        {
          message: 'When the person is a witness, §2.1 forbids and §2.2 permits sharing information with ICE',
          line: 6,
          column: 14,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 7, column: 14, text: 'may' },
      ],
    },
    {
      name: 'a ban on sharing addresses still meets a permission to share them',
      code: `${defs}2.3 MPD shall not disclose a person's home address to ICE.\n2.4 Officers may share the home address of any person with ICE.`,
      errors: [
        {
          message: 'In every case, §2.3 forbids and §2.4 permits sharing information with ICE',
          line: 6,
          column: 9,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 7, column: 14, text: 'may' },
      ],
    },
    {
      name: 'honoring detainers names no one, yet meets a ban on honoring an ICE detainer',
      code: `${defs}1.3 MPD may honor immigration detainers.\n1.4 MPD shall not honor a detainer unless ICE presents a judicial warrant.`,
      errors: [
        {
          message:
            'When no judicial warrant is presented, §1.3 permits and §1.4 forbids honoring a detainer from ICE',
          line: 6,
          column: 9,
          text: 'may',
        },
        { messageId: 'conflict', line: 7, column: 9, text: 'shall not' },
      ],
    },
    {
      name: 'a ban on holding past a time limit against a duty to hold until ICE comes',
      code: `${defs}6.3 MPD shall not delay the release of any person for ICE beyond 48 hours.\n6.5 Officers shall not release a person subject to an ICE detainer until ICE takes custody.`,
      errors: [
        {
          message:
            'When the hold lasts more than 48 hours, §6.3 forbids and §6.5 requires honoring a detainer from ICE',
          line: 6,
          column: 9,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 7, column: 14, text: 'shall not' },
      ],
    },
    {
      name: 'a clause carries at most five findings, and every clause in a contradiction at least one',
      code: `${defs}3.1 Officers shall not notify ICE of the release of any person.\n3.2 Officers may notify ICE of the release of a person charged with murder.\n3.3 Officers may notify ICE of the release of a person charged with robbery.\n3.4 Officers may notify ICE of the release of a person charged with arson.\n3.5 Officers may notify ICE of the release of a person charged with burglary.\n3.6 Officers may notify ICE of the release of a person charged with kidnapping.\n3.7 Officers may notify ICE of the release of a person charged with assault.\n3.8 Officers may notify ICE of the release of a person charged with rape.`,
      errors: [
        // The ban: five findings, one for each of the first five permissions.
        ...Array.from({ length: 5 }, () => ({
          messageId: 'conflict',
          line: 6,
          column: 14,
          text: 'shall not',
        })),
        // Each of the seven permissions: one, the last two included.
        ...[7, 8, 9, 10, 11, 12, 13].map((line) => ({
          messageId: 'conflict',
          line,
          column: 14,
          text: 'may',
        })),
      ],
    },
    {
      name: 'an action outside the lexicon is named by its verb and object as the first clause words them',
      code: `${defs}2.10 Officers shall not use a neck restraint on any person.\n2.16 Officers may use neck restraints when deadly force is authorized.`,
      errors: [
        {
          message: 'When deadly force is authorized, §2.10 forbids and §2.16 permits using a neck restraint',
          line: 6,
          column: 15,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 7, column: 15, text: 'may' },
      ],
    },
    {
      name: 'a duty of a list of duties is marked at its item, which the modal does not tell apart',
      code: `${defs}2.1 MPD shall do the following:\n    a. log every request from ICE;\n    b. notify ICE of each release.\n2.2 Officers shall not notify ICE of any release.`,
      errors: [
        {
          message: 'In every case, §2.1 requires and §2.2 forbids notifying ICE',
          line: 8,
          column: 8,
          text: 'notify ICE of each release',
        },
        { messageId: 'conflict', line: 9, column: 14, text: 'shall not' },
      ],
    },
    {
      name: 'a second duty after a purpose condition is not part of the purpose; the purpose meets ICE',
      code: `${defs}2.1 MPD shall not disclose any personal information for the purpose of immigration enforcement and shall not permit ICE to search MPD databases.\n2.2 MPD may disclose personal information to ICE only if ICE presents a judicial warrant.`,
      errors: [
        {
          message:
            'When it is for the purpose of immigration enforcement and a judicial warrant is presented, §2.1 forbids and §2.2 permits sharing information with ICE',
          line: 6,
          column: 9,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 7, column: 9, text: 'may' },
      ],
    },
    {
      name: '"federal immigration authorities" takes in ICE',
      code: `${defs}2.5 MPD shall not share information with federal immigration authorities unless a judicial warrant is presented.\n4.5 Officers may notify ICE of release dates when the person is arrested for a felony.`,
      errors: [
        {
          message:
            'When the person is arrested for a felony and no judicial warrant is presented, §2.5 forbids and §4.5 permits notifying ICE',
          line: 6,
          column: 9,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 7, column: 14, text: 'may' },
      ],
    },
    {
      name: 'a passive prohibition binds everyone, and meets a permission given to members',
      code: `${defs}2.1 No person shall be transferred to ICE custody unless a judicial warrant is presented.\n2.2 Officers may transfer a person to ICE when the person is arrested for a violent felony.`,
      errors: [
        {
          message:
            'When the person is arrested for a violent felony and no judicial warrant is presented, §2.1 forbids and §2.2 permits transferring custody to ICE',
          line: 6,
          column: 15,
          text: 'shall',
        },
        { messageId: 'conflict', line: 7, column: 14, text: 'may' },
      ],
    },
    {
      name: 'a prohibition on sharing against a permission to notify for violent felonies',
      code: `${defs}${prohibition}\n4.2 Officers may notify ICE of release dates when the individual is arrested for a violent felony.`,
      errors: [
        { message: scenario, line: 6, column: 9, text: 'shall not' },
        { message: scenario, line: 7, column: 14, text: 'may' },
      ],
    },
    {
      name: 'a duty against an only-if permission, outside its conditions',
      code: `${defs}2.5 MPD may cooperate with ICE only if a judicial warrant is presented.\n2.6 MPD shall honor every detainer from ICE.`,
      errors: [
        {
          message:
            "When no judicial warrant is presented, §2.5 (outside its 'only if' conditions) forbids and §2.6 requires honoring a detainer from ICE",
          line: 6,
          column: 9,
          text: 'may',
        },
        { messageId: 'conflict', line: 7, column: 9, text: 'shall' },
      ],
    },
    {
      name: 'a permission before a judicial warrant against a prohibition unless one is presented',
      code: `${defs}${prohibition}\n4.2 Officers may notify ICE of release dates before a judicial warrant is presented.`,
      errors: [
        {
          message: 'When no judicial warrant is presented, §2.1 forbids and §4.2 permits notifying ICE',
          line: 6,
          column: 9,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 7, column: 14, text: 'may' },
      ],
    },
    {
      name: 'a condition that fails in the scenario is said in plain words',
      code: `${defs}2.1 Officers shall search the cell when the individual is released.\n2.2 Officers shall not search the cell before the individual is booked.`,
      errors: [
        {
          message:
            'When the individual is released and it is not the case that the individual is booked, §2.1 requires and §2.2 forbids searching the cell',
          line: 6,
          column: 14,
          text: 'shall',
        },
        { messageId: 'conflict', line: 7, column: 14, text: 'shall not' },
      ],
    },
    {
      name: 'the same reason on both sides',
      code: `${defs}3.1 Officers shall not arrest any person on the basis of immigration status.\n3.2 Officers may arrest a person on the basis of immigration status.`,
      errors: [
        {
          message: 'In every case, §3.1 forbids and §3.2 permits arresting',
          line: 6,
          column: 14,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 7, column: 14, text: 'may' },
      ],
    },
    {
      name: 'a reason the other rule names as its condition',
      code: `${defs}3.1 Officers shall not detain any person because of a traffic violation.\n3.2 Officers may detain a person if the person commits a traffic violation.`,
      errors: [
        {
          message: 'When the person commits a traffic violation, §3.1 forbids and §3.2 permits detaining',
          line: 6,
          column: 14,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 7, column: 14, text: 'may' },
      ],
    },
    {
      name: 'a prohibition for no one in particular forbids it for ICE too',
      code: `${defs}5.3 Officers shall not arrest any person for a violation of civil immigration law.\n5.4 Officers may arrest a person for a civil immigration violation when requested by ICE.`,
      errors: [
        {
          message: 'When requested by ICE, §5.3 forbids and §5.4 permits arresting someone for ICE',
          line: 6,
          column: 14,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 7, column: 14, text: 'may' },
      ],
    },
    {
      name: 'the witness names the one listed case it needs, not every other case failing',
      code: `${defs}${prohibition}\n4.2 Officers may notify ICE of release dates only if any of:\n    a. the individual is arrested for a violent felony;\n    b. the individual is suspected of terrorism.`,
      errors: [
        { message: scenario, line: 6, column: 9, text: 'shall not' },
        { message: scenario, line: 7, column: 14, text: 'may' },
      ],
    },
    {
      name: 'unconditional norms conflict in every case',
      code: `${defs}2.1 Officers shall not inquire into immigration status.\n2.2 Officers may inquire into immigration status.`,
      errors: [
        {
          message: 'In every case, §2.1 forbids and §2.2 permits asking about immigration status',
          line: 6,
          column: 14,
          text: 'shall not',
        },
        { messageId: 'conflict', line: 7, column: 14, text: 'may' },
      ],
    },
  ],
});
