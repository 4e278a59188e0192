import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../grammar/index.js';
import { escapeMarkdown, policyToMarkdown } from '../../server/export/markdown.js';
import { designExample } from '../helpers.js';

const md = (text: string): string => policyToMarkdown(parse(text));

describe('policyToMarkdown', () => {
  const out = policyToMarkdown(parse(designExample()));

  it('makes the title a heading and lists the header fields', () => {
    assert.match(out, /^# Enforcement of Immigration Laws\n/);
    assert.match(out, /^- \*\*Agency:\*\* City of Madison Police Department$/m);
    assert.match(out, /^- \*\*Revised:\*\* 2017-10-09, 2019-12-16, 2023-01-31, 2025-12-30$/m);
  });

  it('lists definitions with their kind, long name and text', () => {
    assert.match(out, /^## Definitions\n\n- \*\*MPD\*\* \(City of Madison Police Department\), agency$/m);
    assert.match(out, /^- \*\*OIC\*\* \(Officer in Charge\), member of MPD$/m);
    assert.match(
      out,
      /^- \*\*judicial warrant\*\*, term: a warrant issued and signed by a federal or state judge$/m,
    );
  });

  it('makes sections headings, notes italic paragraphs, clauses numbered paragraphs in order', () => {
    assert.match(out, /^## 1 Purpose\n\n_MPD is committed to community policing\. An individual's/m);
    assert.match(out, /^## 2 Procedure$/m);
    const numbers = [...out.matchAll(/^\*\*(\d+\.\d+)\*\* /gm)].map((m) => m[1]);
    assert.deepEqual(numbers, ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7']);
  });

  it('joins continuation lines and keeps the wording exactly', () => {
    assert.match(
      out,
      /^\*\*2\.4\*\* Officers should obtain approval from a Commander or OIC before detaining any individual for a reason listed in §2\.5 when time and circumstances permit\.$/m,
    );
  });

  it('renders a qualifier list as a Markdown list under its clause', () => {
    assert.match(
      out,
      /^\*\*2\.5\*\* MPD may cooperate with a lawful request of ICE only if any of:\n\n- a\. the individual is engaged in or is suspected of terrorism or espionage;\n- b\. the individual is arrested for any violent felony;\n- c\. the Chief of Police has determined that the individual poses a serious threat to public safety\.\n/m,
    );
  });

  it('nests subsection headings by depth; numbered items stay items of a bullet list', () => {
    const text = [
      'policy "T"',
      'section 3 "Custody"',
      '  section 3.1 "Detainers"',
      '    3.1.1 Officers shall notify the OIC',
      '        of the following:',
      '          1. the name;',
      '          2. the date.',
    ].join('\n');
    const result = md(text);
    assert.match(result, /^## 3 Custody$/m);
    assert.match(result, /^### 3\.1 Detainers$/m);
    assert.match(
      result,
      /^\*\*3\.1\.1\*\* Officers shall notify the OIC of the following:\n\n- 1\\\. the name;\n- 2\\\. the date\.$/m,
    );
  });

  it('leaves drafting comments out', () => {
    const result = md('policy "T"\n1.1 Officers shall file a report. // TODO ask the city attorney\n');
    assert.doesNotMatch(result, /TODO/);
    assert.match(result, /^\*\*1\.1\*\* Officers shall file a report\.$/m);
  });

  it('escapes characters Markdown would read as formatting', () => {
    assert.equal(escapeMarkdown('a *b* _c_ <d> [e]'), 'a \\*b\\* \\_c\\_ \\<d\\> \\[e\\]');
    assert.equal(escapeMarkdown('# not a heading'), '\\# not a heading');
    const result = md('policy "T"\n1.1 Officers shall keep the *form* on file.\n');
    assert.match(result, /keep the \\\*form\\\* on file/);
  });

  it('renders what parsed of a broken draft and never throws', () => {
    const result = md('policy "T"\n1.1 Officers shall\n1.2 Officers shall file a report.\n');
    assert.match(result, /^\*\*1\.2\*\* Officers shall file a report\.$/m);
  });
});
