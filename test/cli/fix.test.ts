import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { redline, tempTree } from './run.js';

const DRAFT = [
  'policy "Procedure"',
  '',
  'define ECPD as agency "Example City Police Department".',
  'define Officer as member of ECPD.',
  'define Sergeant as member of ECPD.',
  '',
  'section 2 "Procedure"',
  '  2.1 Officers should notify a Sergeant before detaining any person',
  '      when time and circumstances permit.',
  '  2.2 Officers shall not release the home address of a victim',
  '      unless a court order or any other legal process requires the release.',
  '',
];

test('check --fix: applies the quick fixes in place and reports what remains', async () => {
  const dir = tempTree({ 'redline.json': '{ "root": true }', 'sop.policy': DRAFT.join('\r\n') });
  const { code, stdout } = await redline(['check', '--fix', '--format', 'json'], { cwd: dir });
  const fixed = readFileSync(join(dir, 'sop.policy'), 'utf8');
  assert.match(fixed, /2\.1 Officers shall notify a Sergeant before detaining any person\./);
  assert.doesNotMatch(fixed, /time and circumstances/);
  assert.ok(!/[^\r]\n/.test(fixed), 'line endings stay CRLF');
  const remaining = (JSON.parse(stdout) as { diagnostics: { rule: string }[] }[])[0]!.diagnostics.map(
    (d) => d.rule,
  );
  assert.deepEqual(remaining, ['open-ended-list'], 'the open list has no mechanical fix');
  assert.equal(code, 0);
  const again = await redline(['check', '--fix'], { cwd: dir });
  assert.equal(readFileSync(join(dir, 'sop.policy'), 'utf8'), fixed, 'a second run changes nothing');
  assert.equal(again.code, 0);
});

test('check --fix --quiet: fixes only error-level findings, as ESLint does', async () => {
  const dir = tempTree({
    'redline.json': '{ "root": true, "rules": { "hedged-duty": "error" } }',
    'sop.policy': DRAFT.join('\n'),
  });
  const { code } = await redline(['check', '--fix', '--quiet'], { cwd: dir });
  const fixed = readFileSync(join(dir, 'sop.policy'), 'utf8');
  assert.doesNotMatch(fixed, /time and circumstances/, 'the error (hedged-duty) is fixed');
  assert.match(fixed, /2\.1 Officers should notify/, 'the warning (weak-modal) is not');
  assert.equal(code, 0);
});

test('check without --fix never writes', async () => {
  const dir = tempTree({ 'redline.json': '{ "root": true }', 'sop.policy': DRAFT.join('\n') });
  await redline(['check'], { cwd: dir });
  assert.equal(readFileSync(join(dir, 'sop.policy'), 'utf8'), DRAFT.join('\n'));
});
