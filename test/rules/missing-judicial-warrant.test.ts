import { missingJudicialWarrant } from '../../server/rules/missing-judicial-warrant.js';
import { ruleTester } from './rule-tester.js';

const defs =
  'define MPD as agency.\ndefine Officer as member of MPD.\ndefine ICE as immigration authority.\ndefine "Chief of Police" as member of MPD.\n';

ruleTester(missingJudicialWarrant, {
  valid: [
    `${defs}2.1 MPD may respond to a civil immigration detainer only if the request is accompanied by a judicial warrant.`,
    `${defs}2.2 MPD shall not share information with ICE unless the request is accompanied by a judicial warrant.`,
    `${defs}2.3 MPD shall not honor any civil immigration detainer.`,
    `${defs}2.4 MPD may transfer custody to ICE only if all of:\n    a. a judicial warrant is presented;\n    b. the Chief of Police approves the transfer.`,
    `${defs}2.5 Officers may detain an individual who is arrested for a violent felony.`,
    `${defs}2.6 MPD may share information with the District Attorney.`,
    {
      name: 'a condition naming an administrative warrant is administrative-warrant’s finding',
      code: `${defs}2.7 MPD may honor a detainer if it is accompanied by Form I-247A.`,
    },
  ],
  invalid: [
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
