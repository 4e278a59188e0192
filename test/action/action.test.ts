import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readRepo, repoPath, root } from '../helpers.js';

describe('action.yml', () => {
  const text = readRepo('action.yml');

  it('never interpolates ${{ }} inside a run: script (values reach scripts through env)', () => {
    const lines = text.split('\n');
    let runIndent = -1;
    lines.forEach((line, i) => {
      const indent = line.search(/\S/);
      if (runIndent >= 0 && indent >= 0 && indent <= runIndent) runIndent = -1;
      if (runIndent >= 0)
        assert.ok(!line.includes('${{'), `line ${i + 1} interpolates inside run: ${line.trim()}`);
      const run = /^(\s*)(?:- )?run:\s*(.*)$/.exec(line);
      if (run) {
        assert.ok(!run[2]!.includes('${{'), `line ${i + 1}: ${line.trim()}`);
        if (/^[|>]/.test(run[2]!)) runIndent = run[1]!.length;
      }
    });
  });

  it('has the inputs the guide documents, with their defaults', () => {
    const input = (name: string) =>
      new RegExp(`\\n  ${name}:\\n(?:    .*\\n)*?    default: ([^\\n]*)`).exec(text)?.[1];
    assert.equal(input('paths'), "'.'");
    assert.equal(input('format'), 'sarif');
    assert.equal(input('compare'), "'true'");
    assert.equal(input('fail-on-weakened'), "'true'");
    assert.equal(input('github-token'), "''");
    assert.match(text, /using: composite/);
    assert.match(text, /github\/codeql-action\/upload-sarif@v3/);
    assert.match(text, /node "\$GITHUB_ACTION_PATH\/bin\/redline\.js" check/);
  });
});

describe('the compare step (scripts/action-compare.sh) on a pull request', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redline-action-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      [
        '-c',
        'user.name=Redline Test',
        '-c',
        'user.email=test@example.org',
        '-c',
        'commit.gpgsign=false',
        ...args,
      ],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
  const put = (path: string, from: string[]) => writeFileSync(join(dir, path), readRepo(...from));

  git('init', '-q');
  mkdirSync(join(dir, 'policies'));
  put('policies/madison sop.policy', ['clauses', 'madison-sop-2017.policy']);
  put('policies/old-name.policy', ['clauses', 'milwaukee-sop130-voces-proposal.policy']);
  put('policies/gone.policy', ['clauses', 'model-safeguards.policy']);
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD').trim();
  put('policies/madison sop.policy', ['clauses', 'madison-sop-2025.policy']);
  git('mv', 'policies/old-name.policy', 'policies/new-name.policy');
  git('rm', '-q', 'policies/gone.policy');
  put('policies/added.policy', ['test', 'fixtures', 'compare', 'milwaukee-sop130-2017-after.policy']);
  git('add', '.');
  git('commit', '-q', '-m', 'head');
  const runner = join(dir, '.runner');
  mkdirSync(runner);
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTION_PATH: root,
    RUNNER_TEMP: runner,
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    BASE_SHA: base,
    REDLINE_PATHS: 'policies',
  };
  const run = spawnSync('bash', [repoPath('scripts', 'action-compare.sh')], {
    cwd: dir,
    env,
    encoding: 'utf8',
  });

  it('exits 0 and reports that a safeguard got weaker', () => {
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync(env.GITHUB_OUTPUT, 'utf8'), 'weakened=true\n');
  });

  it('writes one section per changed policy to the job summary, under the sticky-comment marker', () => {
    const summary = readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8');
    assert.ok(summary.startsWith('<!-- redline-compare -->\n'));
    const short = base.slice(0, 12);
    assert.match(summary, /\(`\/dev\/null` → `policies\/added\.policy`\)/);
    assert.match(summary, new RegExp(`\\(\`${short}:policies/gone\\.policy\` → \`/dev/null\`\\)`));
    assert.match(
      summary,
      new RegExp(`\\(\`${short}:policies/madison sop\\.policy\` → \`policies/madison sop\\.policy\`\\)`),
    );
    assert.match(
      summary,
      new RegExp(`\\(\`${short}:policies/old-name\\.policy\` → \`policies/new-name\\.policy\`\\)`),
    );
    assert.equal(summary.match(/^### Redline compare: /gm)?.length, 4);
  });
});
