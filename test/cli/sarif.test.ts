import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type * as Sarif from 'sarif';
import pkg from '../../package.json' with { type: 'json' };
import { ruleDocsUrl } from '../../server/analysis/docs.js';
import { rules } from '../../server/rules/index.js';
import { repoPath, root } from '../helpers.js';
import { DRAFT, assertGolden, normalizeVersion, redline, tempTree, WEAK_DRAFT } from './run.js';

async function sarif(argv: string[], cwd = root): Promise<Sarif.Log> {
  return JSON.parse((await redline(['check', ...argv, '--format', 'sarif'], { cwd })).stdout) as Sarif.Log;
}

/** The log with what varies between machines and registries taken out: only the rules it uses. */
function normalized(log: Sarif.Log): string {
  const run = log.runs[0]!;
  const all = run.tool.driver.rules ?? [];
  for (const r of run.results ?? []) {
    assert.equal(all[r.ruleIndex!]?.id, r.ruleId, 'ruleIndex points at the rule');
    delete r.ruleIndex;
  }
  const used = new Set((run.results ?? []).map((r) => r.ruleId));
  run.tool.driver.rules = all.filter((r) => used.has(r.id));
  run.originalUriBaseIds = { '%SRCROOT%': { uri: 'file:///SRCROOT/' } };
  return normalizeVersion(`${JSON.stringify(log, null, 2)}\n`, pkg.version);
}

test('sarif: matches the golden log of the fixed draft', async () => {
  assertGolden('draft.sarif', normalized(await sarif([DRAFT])));
});

test('sarif: the driver describes every registered rule with docs and default level', async () => {
  const driver = (await sarif([DRAFT])).runs[0]!.tool.driver;
  assert.equal(driver.name, 'Redline');
  assert.equal(driver.version, pkg.version);
  assert.ok(driver.informationUri);
  const byId = new Map((driver.rules ?? []).map((r) => [r.id, r]));
  for (const rule of rules) {
    const d = byId.get(rule.meta.id);
    assert.ok(d, `${rule.meta.id} is described`);
    assert.equal(d.helpUri, ruleDocsUrl(rule.meta.id));
    assert.equal(d.shortDescription?.text.replace(/\.$/, ''), rule.meta.description.replace(/\.$/, ''));
    assert.equal(
      d.defaultConfiguration?.level,
      { error: 'error', warning: 'warning', info: 'note' }[rule.meta.severity],
    );
  }
  assert.ok(byId.has('syntax'));
});

test('sarif: results carry 1-based regions, related locations and fixes', async () => {
  const run = (await sarif([DRAFT])).runs[0]!;
  const weak = run.results!.find((r) => r.ruleId === 'weak-modal')!;
  const location = weak.locations![0]!.physicalLocation!;
  assert.deepEqual(location.artifactLocation, {
    uri: 'test/fixtures/cli/draft.policy',
    uriBaseId: '%SRCROOT%',
  });
  assert.deepEqual(location.region, { startLine: 16, startColumn: 29, endLine: 16, endColumn: 35 });
  const replacement = weak.fixes![0]!.artifactChanges[0]!.replacements[0]!;
  assert.deepEqual(replacement, { deletedRegion: location.region, insertedContent: { text: 'shall' } });
  assert.ok(run.results!.some((r) => r.relatedLocations?.length && r.ruleId === 'contradiction'));
  assert.equal(run.results!.find((r) => r.ruleId === 'open-ended-list')!.level, 'note');
  assert.ok(run.originalUriBaseIds?.['%SRCROOT%']?.uri?.endsWith('/'));
});

test('sarif: a file that cannot be checked is a tool notification, and the run is unsuccessful', async () => {
  const dir = tempTree({ 'redline.json': '{ "root": true }', 'bin.policy': new Uint8Array([0x70, 0, 0x71]) });
  const run = (await sarif(['.'], dir)).runs[0]!;
  assert.equal(run.invocations![0]!.executionSuccessful, false);
  assert.match(
    run.invocations![0]!.toolExecutionNotifications![0]!.message.text!,
    /bin\.policy: binary file/,
  );
});

test('sarif: URIs are relative to the git repository top (from any sub-folder); other files have file: URIs', async () => {
  const repo = tempTree({ 'redline.json': '{ "root": true }', 'policies/sub/a.policy': WEAK_DRAFT });
  execFileSync('git', ['init', '-q'], { cwd: repo });
  const outside = tempTree({ 'redline.json': '{ "root": true }', 'b.policy': WEAK_DRAFT });
  const run = (await sarif(['sub', join(outside, 'b.policy')], join(repo, 'policies'))).runs[0]!;
  const uris = run.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!);
  assert.deepEqual(
    uris.sort((a, b) => (a.uriBaseId ? -1 : b.uriBaseId ? 1 : 0)),
    [
      { uri: 'policies/sub/a.policy', uriBaseId: '%SRCROOT%' },
      { uri: pathToFileURL(join(outside, 'b.policy')).href },
    ],
  );
  assert.equal(run.originalUriBaseIds?.['%SRCROOT%']?.uri, pathToFileURL(`${repo}/`).href);
  const noRepo = (await sarif(['b.policy'], outside)).runs[0]!;
  assert.equal(
    noRepo.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri,
    pathToFileURL(join(outside, 'b.policy')).href,
  );
  assert.equal(noRepo.originalUriBaseIds, undefined);
});

function validateWithMultitool(file: string): { code: number | null; output: string } {
  const run = spawnSync(process.execPath, [repoPath('scripts', 'validate-sarif.js'), file], {
    encoding: 'utf8',
  });
  return { code: run.status, output: run.stdout + run.stderr };
}

const multitool = repoPath('node_modules', '@microsoft', `sarif-multitool-${process.platform}`);

test(
  'sarif: the log of examples/ (and of a run with an unreadable file) passes `sarif-multitool validate`',
  { skip: existsSync(multitool) ? false : `the SARIF multitool binary is not installed (${multitool})` },
  async () => {
    const dir = tempTree({ 'bin.policy': new Uint8Array([0x70, 0, 0x71]) });
    const examples = join(dir, 'examples.sarif');
    writeFileSync(
      examples,
      (await redline(['check', 'examples', 'clauses', join(dir, 'bin.policy'), '--format', 'sarif'])).stdout,
    );
    const result = validateWithMultitool(examples);
    assert.equal(result.code, 0, result.output);
    assert.match(result.output, /validate-sarif: valid/);
  },
);
