import { weakModal } from '../../server/rules/weak-modal.js';
import { ruleTester } from './rule-tester.js';

ruleTester(weakModal, {
  valid: [
    '2.1 Officers shall obtain approval from a Commander before detaining any individual.',
    '2.2 Officers must not ask about immigration status.',
    '2.3 MPD may respond to a detainer only if the request is accompanied by a judicial warrant.',
    'note: Officers should read this policy with the code of conduct.',
    '2.4 No officer shall ask about immigration status.',
  ],
  invalid: [
    {
      code: '2.4 Officers should obtain approval from a Commander or OIC.',
      errors: [{ messageId: 'weak', line: 1, column: 14, text: 'should' }],
      output: '2.4 Officers shall obtain approval from a Commander or OIC.',
    },
    {
      name: 'should not becomes must not under the must convention',
      code: '2.5 Officers should not\n    ask about immigration status.',
      config: { modalConvention: 'must' },
      errors: [
        {
          message: "'should not' only recommends; if this is a duty, write 'must not'",
          line: 1,
          column: 14,
          text: 'should not',
        },
      ],
      output: '2.5 Officers must not\n    ask about immigration status.',
    },
    {
      code: '2.6 Officers are expected to document every contact with ICE.',
      errors: [{ messageId: 'weak', line: 1, column: 14, text: 'are expected to' }],
      output: '2.6 Officers shall document every contact with ICE.',
    },
  ],
});
