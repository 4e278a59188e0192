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
    {
      name: "a judge's or a court's determination is a matter of record",
      code: [
        '4.6 Officers shall not notify ICE of any release unless a federal or state judge has determined that there is probable cause.',
        '4.7 MPD may release records only if a court has determined that the records are public.',
      ].join('\n'),
    },
    'define "serious crime" as term: a felony listed in Wis. Stat. § 939.62.',
    'note: MPD serves every resident of the city.',
    {
      name: 'facts of record near the new phrases',
      code: [
        '2.22 Officers shall file a report when the investigation concludes.',
        '2.23 Officers may detain a person only if the person is named in a judicial warrant.',
        '2.24 Officers shall record the reason for each stop.',
        '2.25 Officers may use force only when necessary to prevent imminent bodily harm.',
        '2.26 Officers may arrest a person only if the officer has probable cause to suspect a felony.',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "Word's curly quotes elsewhere in a clause leave its apostrophes alone (probe round 16)",
      code: '2.8 Officers may enter the ‘yard’ when, in the Sergeant’s judgment, the suspect is hiding there.',
      errors: [{ messageId: 'subjective', line: 1, column: 41, text: 'in the Sergeant’s judgment' }],
    },
    {
      name: 'a standard in a phrase that opens the sentence, before the subject',
      code: "2.11 At the officer's discretion, Officers may contact ICE about a person.",
      errors: [{ messageId: 'subjective', line: 1, column: 6, text: "At the officer's discretion" }],
    },
    {
      name: "one person's judgment, opinion or view in other words",
      code: [
        "2.8 Officers may enter the yard when, in the Sergeant's judgment, the suspect is hiding there.",
        "2.9 The Chief of Police may close a complaint if, in the Chief's opinion, it lacks merit.",
        '2.10 Troopers may search a car if the Trooper has a reasonable basis to believe it holds a weapon.',
      ].join('\n'),
      errors: [
        { messageId: 'subjective', line: 1, column: 39, text: "in the Sergeant's judgment" },
        { messageId: 'subjective', line: 2, column: 51, text: "in the Chief's opinion" },
        { messageId: 'subjective', line: 3, column: 53, text: 'reasonable basis to believe' },
      ],
    },
    {
      name: 'a conclusion already drawn',
      code: '2.7 Officers may detain a person if the Sergeant has concluded that the person is a threat.',
      errors: [{ messageId: 'subjective', line: 1, column: 50, text: 'has concluded that' }],
    },
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
    {
      name: 'reason to suspect: the longest phrase is marked',
      code: [
        '2.10 Officers shall not arrest any person for a civil violation',
        '    unless the officer has reason to suspect that the person committed a felony.',
        '2.11 Officers shall not stop a vehicle unless the officers have reason to suspect a traffic violation.',
        '2.12 Officers may detain a person if there is reason to suspect that the person is armed.',
      ].join('\n'),
      errors: [
        { messageId: 'subjective', line: 2, column: 24, text: 'has reason to suspect' },
        { messageId: 'subjective', line: 3, column: 60, text: 'have reason to suspect' },
        { messageId: 'subjective', line: 4, column: 47, text: 'reason to suspect' },
      ],
    },
    {
      name: 'opinions',
      code: [
        '2.13 Officers may search a vehicle if, in the opinion of the Commander, the vehicle is unsafe.',
        '2.14 Officers may search a bag if, in his or her opinion, the bag holds a weapon.',
        '2.15 Officers may search a car if, in their opinion, the car is stolen.',
        "2.16 Officers may search a van if, in the officer's opinion, the van is stolen.",
        '2.17 Officers may search a truck if, in the officer’s opinion, the truck is stolen.',
      ].join('\n'),
      errors: [
        { messageId: 'subjective', line: 1, column: 40, text: 'in the opinion of' },
        { messageId: 'subjective', line: 2, column: 36, text: 'in his or her opinion' },
        { messageId: 'subjective', line: 3, column: 36, text: 'in their opinion' },
        { messageId: 'subjective', line: 4, column: 36, text: "in the officer's opinion" },
        { messageId: 'subjective', line: 5, column: 38, text: 'in the officer’s opinion' },
      ],
    },
    {
      name: 'conclusions and findings of necessity',
      code: [
        '2.18 Officers may share a record with ICE if the Commander concludes that the person is dangerous.',
        '2.19 Officers may share a file with ICE if the Commanders conclude that the person is dangerous.',
        '2.20 Officers may use force when the officer finds it necessary.',
        '2.21 Officers may use a baton when the officers find it necessary.',
      ].join('\n'),
      errors: [
        { messageId: 'subjective', line: 1, column: 60, text: 'concludes that' },
        { messageId: 'subjective', line: 2, column: 59, text: 'conclude that' },
        { messageId: 'subjective', line: 3, column: 46, text: 'finds it necessary' },
        { messageId: 'subjective', line: 4, column: 49, text: 'find it necessary' },
      ],
    },
  ],
});
