import { missingActor } from '../../server/rules/missing-actor.js';
import { ruleTester } from './rule-tester.js';

const defs = [
  'define MPD as agency "Madison Police Department".',
  'define Officer as member of MPD.',
  'define Commander as member of MPD.',
  'define Sergeant as member of MPD.',
  'define "Chief of Police" as member of MPD.',
  'define ICE as immigration authority "United States Immigration and Customs Enforcement".',
].join('\n');
const withDefs = (...lines: string[]) => [defs, ...lines].join('\n');
const line = (n: number) => n + 6;

ruleTester(missingActor, {
  valid: [
    {
      name: 'rules of construction name no actor: construed, interpreted, deemed, presumed',
      code: withDefs(
        '7.1 Nothing in this policy shall be construed to authorize any Officer to hold any person on a detainer.\n7.2 This policy shall be interpreted in accordance with state law.\n7.3 A victim shall be presumed helpful unless the victim has refused to provide information that MPD reasonably requested.',
      ),
    },
    {
      name: 'be + adjective: the subject is the one who acts',
      code: withDefs('2.1 Officers shall be courteous to every person.'),
    },
    withDefs('2.2 The arresting Officer shall report every detention longer than one hour to a Sergeant.'),
    {
      name: 'a passive with an agent',
      code: withDefs('2.3 Every request from ICE shall be approved by the Chief of Police.'),
    },
    withDefs('2.4 Every request shall be reviewed by the arresting officer within one hour.'),
    {
      name: 'strong drafting: a passive inside a condition',
      code: withDefs(
        '3.2 MPD shall not hold any person at the request of ICE\n    unless the request is accompanied by a judicial warrant.',
      ),
    },
    {
      name: 'a statement carries no duty',
      code: withDefs(
        '2.6 An individual’s right to file a police report is not contingent upon their immigration status.',
      ),
    },
    withDefs('2.7 Officers shall be prepared to explain this policy to any person.'),
  ],
  invalid: [
    {
      name: 'Madison: notification should only be made',
      code: withDefs(
        '2.7 Any notification or contact with ICE should only be made with the approval of a Commander.',
      ),
      errors: [{ messageId: 'passive', line: line(1), column: 42, text: 'should only be made' }],
    },
    {
      code: withDefs('2.2 Every detention longer than one hour shall be reported to a Sergeant.'),
      errors: [
        {
          message:
            "'shall be reported' says what must happen but not who must do it; make the one responsible the subject of the clause",
          line: line(1),
          column: 42,
          text: 'shall be reported',
        },
      ],
    },
    {
      name: 'a passive prohibition about the people affected names nobody who must not detain',
      code: withDefs(
        '2.3 No individual shall be detained solely for a suspected violation of immigration law.',
      ),
      errors: [
        {
          message:
            "'shall be detained' says what must not be done but not who must not do it; make the ones bound the subject of the clause",
          line: line(1),
          column: 19,
          text: 'shall be detained',
        },
      ],
    },
    {
      name: 'a passive permission names nobody who may act',
      code: withDefs(
        '2.4 A person may be transferred to another facility when the Chief of Police approves.',
      ),
      errors: [
        {
          message:
            "'may be transferred' says what may be done but not who may do it; make the one allowed the subject of the clause",
          line: line(1),
          column: 14,
          text: 'may be transferred',
        },
      ],
    },
    {
      name: 'the subject is an actor, but not the one who acts',
      code: withDefs('6.4 Officers shall be trained on this policy once a year.'),
      errors: [{ messageId: 'passive', line: line(1), column: 14, text: 'shall be trained' }],
    },
    {
      name: '"by mail" is a means, not an agent; adverbs and "have been"',
      code: withDefs(
        '7.1 A copy of every request shall be promptly sent to the Chief of Police by mail.',
        '7.2 Each person in custody must have been informed of the right to counsel',
        '    before any interview.',
      ),
      errors: [
        { messageId: 'passive', line: line(1), column: 29, text: 'shall be promptly sent' },
        { messageId: 'passive', line: line(2), column: 28, text: 'must have been informed' },
      ],
    },
  ],
});
