import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { analyze } from '../../server/analysis/analyze.js';
import { defaultConfig } from '../../server/analysis/config.js';
import { ClauseLibrary } from '../../server/library/clause-library.js';
import { memoryFiles } from '../../server/library/files.js';
import { findPackageRoot } from '../../server/library/node-files.js';
import type { LibraryFiles, LibraryProblem } from '../../server/library/types.js';
import { describeVerdict } from '../../server/library/verdict.js';
import { root } from '../helpers.js';
import { shippedLibrary } from './support.js';

let library: ClauseLibrary;
before(async () => {
  library = await shippedLibrary();
});

const entry = (file: string, clause: string) => {
  const found = library.entry(join(root, 'clauses', file).replace(/\\/g, '/') + `#${clause}`);
  assert.ok(found, `${file} §${clause} is in the library`);
  return found;
};

describe('the shipped corpus', () => {
  it('is found from the compiled tests, above the package.json copy that tsc puts in out/', () => {
    assert.equal(findPackageRoot(), root);
    assert.ok(existsSync(join(findPackageRoot(), 'clauses')));
    assert.ok(library.size >= 50, `${library.size} clauses`);
    assert.deepEqual(library.problems, []);
  });

  it('records the verdict of the checks on each clause', () => {
    assert.equal(
      describeVerdict(entry('model-safeguards.policy', '3.3').verdict),
      'prohibition · judicial-warrant-gated · no findings',
    );
    assert.equal(
      describeVerdict(entry('model-safeguards.policy', '2.1').verdict),
      'prohibition · no findings',
    );
    assert.match(
      describeVerdict(entry('milwaukee-sop130-voces-proposal.policy', '130.10').verdict),
      /^prohibition · judicial-warrant-gated/,
    );
    assert.equal(
      describeVerdict(entry('model-safeguards.policy', '2.3').verdict),
      'permissive · no findings',
    );
    const hedged = entry('madison-sop-2025.policy', '2.6').verdict;
    assert.equal(hedged.force, 'recommendation');
    assert.ok(
      hedged.rules.includes('weak-modal') && hedged.rules.includes('hedged-duty'),
      hedged.rules.join(),
    );
    assert.ok(entry('madison-sop-2025.policy', '2.11').verdict.rules.includes('loophole-qualifier'));
  });

  it('scores strong clauses above weak ones', () => {
    const strength = (file: string, clause: string) => entry(file, clause).verdict.strength;
    assert.ok(strength('model-safeguards.policy', '2.1') > strength('madison-sop-2025.policy', '2.11'));
    assert.ok(strength('madison-sop-2025.policy', '2.11') > strength('madison-sop-2025.policy', '2.6'));
    assert.ok(strength('model-safeguards.policy', '3.3') > strength('madison-sop-2025.policy', '2.8'));
  });

  it('keeps provenance: title, agency, clause, effective date, file and line', () => {
    assert.deepEqual(entry('madison-sop-2025.policy', '2.11').provenance, {
      title: 'Enforcement of Immigration Laws',
      agency: 'City of Madison Police Department',
      clause: '2.11',
      effective: '2025-12-30',
      file: join(root, 'clauses', 'madison-sop-2025.policy'),
      display: 'clauses/madison-sop-2025.policy',
      line: 68,
    });
  });

  it('searches by meaning of the words, warrant-gated clauses on detainers first', () => {
    const hits = library.search('detainer judicial warrant', { limit: 3 });
    assert.equal(hits.length, 3);
    assert.equal(
      `${hits[0]!.entry.provenance.display} §${hits[0]!.entry.provenance.clause}`,
      'clauses/model-safeguards.policy §3.3',
    );
    for (const h of hits)
      assert.match(h.entry.segments.map((s) => (typeof s === 'string' ? s : s.text)).join(''), /detainer/i);
    // Stems and agencies: "holding" finds "hold", "SPD" finds "the Department".
    const held = library.search('SPD holding custody', { agencies: ['SPD'], limit: 1 })[0]!;
    assert.equal(held.entry.provenance.clause, '3.3');
  });
});

describe('updating a workspace document', () => {
  const one =
    'policy "Draft"\n\ndefine SPD as agency "Springfield Police Department".\n\n  2.1 SPD shall not photograph tattoos.\n';
  const two =
    'policy "Draft"\n\ndefine SPD as agency "Springfield Police Department".\n\n  2.1 SPD shall not fingerprint witnesses.\n';

  it('re-indexes only the changed file: the old text is no longer found', () => {
    const lib = new ClauseLibrary();
    assert.equal(lib.addDocument('file:///ws/draft.policy', one), 1);
    assert.equal(lib.addDocument('file:///ws/other.policy', one.replace('tattoos', 'badges')), 1);
    assert.equal(lib.search('tattoos').length, 1);
    lib.addDocument('file:///ws/draft.policy', two);
    assert.deepEqual(lib.search('tattoos'), []);
    assert.equal(lib.search('fingerprint witnesses')[0]!.entry.provenance.display, 'draft.policy');
    assert.equal(lib.search('badges').length, 1, 'the other file is untouched');
    assert.equal(lib.size, 2);
  });

  it('treats a path and its file URI as the same document, and forgets removed ones', () => {
    const lib = new ClauseLibrary();
    lib.addDocument('/ws/my draft.policy', one);
    lib.addDocument('file:///ws/my%20draft.policy', two);
    assert.equal(lib.size, 1);
    assert.deepEqual(lib.search('tattoos'), []);
    lib.removeDocument('/ws/my draft.policy');
    assert.equal(lib.size, 0);
    assert.deepEqual(lib.search('fingerprint'), []);
  });

  it('reuses an analysis the caller already has', () => {
    const lib = new ClauseLibrary();
    const text =
      'policy "Draft"\n\ndefine SPD as agency "Springfield Police Department".\n\n  2.1 SPD should photograph tattoos.\n';
    const quiet = analyze(text, { config: { ...defaultConfig(), packs: new Set() } });
    lib.addDocument('/ws/a.policy', text, { analysis: quiet });
    assert.equal(describeVerdict(lib.search('tattoos')[0]!.entry.verdict), 'recommendation · no findings');
    lib.addDocument('/ws/a.policy', text);
    assert.equal(describeVerdict(lib.search('tattoos')[0]!.entry.verdict), 'recommendation · weak-modal');
  });

  it("does not offer a draft's own clauses back to it", () => {
    const lib = new ClauseLibrary();
    lib.addDocument('file:///ws/draft.policy', one);
    lib.addDocument('file:///ws/other.policy', one.replace('tattoos', 'tattoo parlours'));
    const text = one + '  2.2 SPD shall not photograph';
    const items = lib
      .complete(text, text.length, { uri: 'file:///ws/draft.policy' })
      .items.filter((i) => i.kind === 'action');
    assert.deepEqual(
      items.map((i) => i.label),
      ['photograph tattoo parlours.'],
    );
  });
});

describe('malformed library files', () => {
  const good = 'policy "Good"\n\n  1.1 Officers shall not photograph tattoos.\n';
  const files: Record<string, Uint8Array | string> = {
    '/lib/good.policy': good,
    '/lib/binary.policy': new Uint8Array([0x70, 0x6f, 0, 1, 2, 0, 0xff]),
    '/lib/latin1.policy': new Uint8Array([...new TextEncoder().encode('policy "Caf'), 0xe9, 0x22, 0x0a]),
    '/lib/big.policy': `${good}${'// padding\n'.repeat(200)}`,
    // A configuration file saved under the wrong name.
    '/lib/broken.policy': '{\n  "rules": { "weak-modal": "off" },\n  "library": ["../clauses"]\n}\n',
    '/lib/unreadable.policy': good,
  };
  const base = memoryFiles(files);
  const access: LibraryFiles = {
    listFiles: base.listFiles,
    readFile: (path) =>
      path.endsWith('unreadable.policy')
        ? Promise.reject(new Error('EACCES: permission denied'))
        : base.readFile(path),
  };

  it('reports each once, with file and reason, and serves the rest', async () => {
    const seen: LibraryProblem[] = [];
    const lib = await ClauseLibrary.load({
      files: access,
      folders: ['/lib', '/missing'],
      maxFileSize: 1000,
      onProblem: (p) => seen.push(p),
    });
    await lib.addFolder('/lib');
    assert.deepEqual(seen, lib.problems);
    assert.deepEqual(
      seen.map((p) => [p.file, p.reason.replace(/ \(.*/, '')]),
      [
        ['/lib/big.policy', 'too large'],
        ['/lib/binary.policy', 'binary file'],
        ['/lib/broken.policy', 'no clauses'],
        ['/lib/latin1.policy', 'not valid UTF-8'],
        ['/lib/unreadable.policy', 'cannot read file'],
        ['/missing', 'cannot read folder'],
      ],
    );
    assert.match(seen[2]!.reason, /^no clauses \(1 syntax error; first: line 1: text outside any clause/);
    assert.match(seen[4]!.reason, /EACCES/);
    assert.equal(lib.size, 1);
    assert.equal(lib.search('tattoos')[0]!.entry.provenance.title, 'Good');
  });
});

describe('snippets', () => {
  it('escapes snippet syntax in library text', () => {
    const lib = new ClauseLibrary();
    lib.addDocument(
      '/ws/fees.policy',
      'policy "Fees"\n\n  1.1 Officers shall not charge a $50 fee {per request}.\n',
    );
    const text = '  2.1 Officers shall not charge';
    const [item] = lib.complete(text, text.length).items;
    assert.equal(item!.insertText, 'charge a \\$50 fee {per request\\}.');
    assert.equal(item!.label, 'charge a $50 fee {per request}.');
  });
});
