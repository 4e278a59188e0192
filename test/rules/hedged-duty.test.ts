import { hedgedDuty } from '../../server/rules/hedged-duty.js';
import { ruleTester } from './rule-tester.js';

ruleTester(hedgedDuty, {
  valid: [
    '2.1 Officers shall obtain approval from a Commander before detaining any individual.',
    '2.2 MPD may cooperate with ICE as appropriate only if a judicial warrant is presented.',
    'note: Officers act when time and circumstances permit.',
    '2.3 Officers shall document each request within 24 hours.',
  ],
  invalid: [
    {
      code: '2.4 Officers should obtain approval from a Commander\n    when time and circumstances permit.',
      errors: [{ messageId: 'hedge', line: 2, column: 5, text: 'when time and circumstances permit' }],
      output: '2.4 Officers should obtain approval from a Commander.',
    },
    {
      name: 'a leading hedge is removed with its comma, and the subject capitalised',
      code: '2.4 When time and circumstances permit, an officer should obtain approval.',
      errors: [{ messageId: 'hedge', line: 1, column: 5, text: 'When time and circumstances permit' }],
      output: '2.4 An officer should obtain approval.',
    },
    {
      code: '2.5 MPD officers shall strive to treat all individuals equally and fairly.',
      errors: [{ messageId: 'strive', line: 1, column: 18, text: 'shall strive to' }],
      output: '2.5 MPD officers shall treat all individuals equally and fairly.',
    },
    {
      code: '2.6 Officers shall, as appropriate, notify a supervisor.',
      errors: [{ messageId: 'hedge', line: 1, column: 21, text: 'as appropriate' }],
      output: '2.6 Officers shall notify a supervisor.',
    },
  ],
});
