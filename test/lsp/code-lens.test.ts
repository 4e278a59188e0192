/** Code lens: per section, its findings count and the status of the safeguards its clauses decide. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeLens } from 'vscode-languageserver';
import { analyze } from '../../server/analysis/analyze.js';
import { scorecard } from '../../server/scorecard/index.js';
import { designExample } from '../helpers.js';
import { positionOf, startClient, type TestClient } from './harness.js';

const TEXT = designExample();

describe('code lens', () => {
  let client: TestClient;
  before(async () => (client = await startClient()));
  after(() => client.dispose());

  const lenses = async (uri: string, text: string) => {
    await client.open(uri, text);
    return client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  };

  it('puts one lens on each section heading, counting the findings inside it', async () => {
    const found = await lenses('file:///cl/design.policy', TEXT);
    assert.deepEqual(
      found.map((l) => l.range.start.line),
      [positionOf(TEXT, 'section 1').line, positionOf(TEXT, 'section 2').line],
    );
    const procedureStart = TEXT.indexOf('section 2');
    const inProcedure = analyze(TEXT).findings.filter((f) => f.offset >= procedureStart).length;
    assert.equal(found[0]!.command?.title, 'no findings');
    assert.ok(found[1]!.command?.title.startsWith(`${inProcedure} findings · `), found[1]!.command?.title);
    assert.ok(
      found.every((l) => l.command?.command === ''),
      'display only',
    );
  });

  it("shows the scorecard's status of each safeguard decided in the section", async () => {
    const [, procedure] = await lenses('file:///cl/design.policy', TEXT);
    const expected = scorecard(analyze(TEXT))
      .safeguards.filter((s) => s.clauses.length > 0)
      .map((s) => `${s.id.replace(/^no-/, '').replace(/-/g, ' ')}: ${s.status}`);
    assert.deepEqual(procedure!.command!.title.split(' · ').slice(1), expected);
    assert.ok(expected.includes('status inquiry: weak'));
    assert.ok(expected.includes('287g agreement: present'));
  });

  it("counts a subsection's findings in its section too", async () => {
    const text = `define SPD as agency "S".

section 3 "Custody"
  3.1 SPD should keep records.
  section 3.2 "Detainers"
    3.2.1 SPD should log every request.
`;
    const found = await lenses('file:///cl/nested.policy', text);
    assert.deepEqual(
      found.map((l) => l.command?.title.split(' · ')[0]),
      ['2 findings', '1 finding'],
    );
  });
});
