import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeData, escapeProperty } from '../../server/cli/formats/github.js';
import { DRAFT, assertGolden, redline, tempTree } from './run.js';

test('github: matches the golden report of the fixed draft', async () => {
  const { code, stdout } = await redline(['check', DRAFT, '--format', 'github']);
  assert.equal(code, 1);
  assertGolden('draft.github.txt', stdout);
});

test('github: one workflow command per finding, 1-based, info as notice', async () => {
  const { stdout } = await redline(['check', DRAFT, '--format', 'github']);
  assert.match(
    stdout,
    /^::warning file=test\/fixtures\/cli\/draft\.policy,line=16,col=29,endLine=16,endColumn=35,title=weak-modal::'should' only recommends/m,
  );
  assert.match(stdout, /^::notice file=[^\n]*title=open-ended-list::/m);
  assert.match(stdout, /^::error file=[^\n]*title=missing-judicial-warrant::/m);
});

test('github: a draft and a file name cannot inject a workflow command', async () => {
  const dir = tempTree({
    'redline.json': '{ "root": true }',
    'a,b:c.policy': [
      'policy "Injection"',
      '',
      'define ECPD as agency "Example City Police Department".',
      'define ICE as immigration authority "United States Immigration and Customs Enforcement".',
      '',
      'section 2 "Procedure"',
      '  2.1 ECPD shall not share information with ICE.',
      '  2.2 ECPD may share information with ICE if the person is 100%0A::error::evil.',
      '',
    ].join('\n'),
  });
  const { stdout } = await redline(['check', '.', '--format', 'github'], { cwd: dir });
  const lines = stdout.trimEnd().split('\n');
  assert.ok(lines.length >= 2, stdout);
  for (const line of lines) {
    assert.match(line, /^::(error|warning|notice) /);
    const [, props = '', data = ''] = /^::\w+ ([^:]*)::(.*)$/.exec(line) ?? [];
    assert.ok(props.startsWith('file=a%2Cb%3Ac.policy,line='), `file property escaped: ${line}`);
    assert.ok(!/[\r\n]/.test(data));
    // The draft's own "%0A" arrives as text, never as a line break GitHub would decode.
    assert.ok(data.includes('100%250A::error::evil'), data);
  }
});

test("github: escaping follows GitHub's rules for data and properties", () => {
  assert.equal(escapeData('50% done\r\n::error::x'), '50%25 done%0D%0A::error::x');
  assert.equal(escapeProperty('a,b:c%\n'), 'a%2Cb%3Ac%25%0A');
});

test('github: a file or redline.json that could not be used is an error annotation on it', async () => {
  const dir = tempTree({
    'redline.json': '{ "root": true }',
    'binary.policy': new Uint8Array([0x70, 0, 0x71]),
    'sub/redline.json': '{ "rulez": {} }',
    'sub/a.policy': 'policy "A"\n',
  });
  const { code, stdout } = await redline(['check', '--format', 'github'], { cwd: dir });
  assert.equal(code, 2);
  assert.deepEqual(stdout.trimEnd().split('\n'), [
    '::error file=binary.policy,title=redline::binary file (contains a NUL byte); not a .policy draft',
    "::error file=sub/redline.json,title=redline::unknown key 'rulez' (did you mean 'rules'?)",
  ]);
});
