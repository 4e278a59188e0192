/**
 * The TextMate grammar and the extension manifest, checked without VS Code: every pattern must compile
 * as a JavaScript RegExp (the grammar uses one Oniguruma-only construct, a leading `(?i)`, which maps
 * to the `i` flag), and a small tokenizer that follows TextMate's rules (earliest match wins, ties go
 * to the first rule; begin/end regions) must give the DESIGN example the scopes themes colour.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Capture {
  name?: string;
}
interface Rule {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  include?: string;
  patterns?: Rule[];
  captures?: Record<string, Capture>;
  beginCaptures?: Record<string, Capture>;
  endCaptures?: Record<string, Capture>;
}
interface Grammar {
  scopeName: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}
/** A scoped span of one line, as the tokenizer reports it. */
interface Span {
  line: number;
  start: number;
  end: number;
  scopes: string[];
}

/** The repository root, found from this file whether it runs from `out/test/…` or from source. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'syntaxes'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('repository root not found');
    dir = parent;
  }
  return dir;
}

const root = findRoot();
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const grammar = readJson('syntaxes/policy.tmLanguage.json') as Grammar;

const compiled = new Map<string, RegExp>();
/** Compiles an Oniguruma pattern as JavaScript; `(?i)` is allowed only at the start. */
function compile(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) {
    const insensitive = source.startsWith('(?i)');
    re = new RegExp(insensitive ? source.slice(4) : source, insensitive ? 'dgi' : 'dg');
    compiled.set(source, re);
  }
  return re;
}

/** Every rule of the grammar, with a path for messages. */
function allRules(): Array<[string, Rule]> {
  const out: Array<[string, Rule]> = [];
  const walk = (rule: Rule, path: string): void => {
    out.push([path, rule]);
    rule.patterns?.forEach((child, i) => walk(child, `${path}.patterns[${i}]`));
  };
  grammar.patterns.forEach((rule, i) => walk(rule, `patterns[${i}]`));
  for (const [key, rule] of Object.entries(grammar.repository)) walk(rule, `repository.${key}`);
  return out;
}

/** Replaces `include` references by the rules they name, recursively. */
function expand(rules: Rule[]): Rule[] {
  return rules.flatMap((rule) => {
    if (rule.include === undefined) return [rule];
    const target = grammar.repository[rule.include.replace(/^#/, '')];
    assert.ok(target, `unknown include ${rule.include}`);
    return target.match !== undefined || target.begin !== undefined
      ? [target]
      : expand(target.patterns ?? []);
  });
}

/** Tokenizes `text` line by line the way a TextMate engine does, for `match` and `begin`/`end` rules. */
function tokenize(text: string): Span[] {
  const spans: Span[] = [];
  const stack: Rule[] = [];
  const emit = (line: number, m: RegExpExecArray, name: string | undefined, captures: Rule['captures']) => {
    const outer = stack.flatMap((rule) => (rule.name ? [rule.name] : []));
    const start = m.index;
    if (name) spans.push({ line, start, end: start + m[0].length, scopes: [...outer, name] });
    for (const [group, capture] of Object.entries(captures ?? {})) {
      const range = m.indices?.[Number(group)];
      if (range && capture.name)
        spans.push({ line, start: range[0], end: range[1], scopes: [...outer, capture.name] });
    }
  };
  text.split(/\r?\n/).forEach((line, lineNo) => {
    let pos = 0;
    let steps = 0;
    while (pos <= line.length) {
      const region = stack.at(-1);
      const candidates = expand(region ? (region.patterns ?? []) : grammar.patterns);
      let best: { m: RegExpExecArray; rule: Rule | undefined } | undefined;
      const consider = (source: string, rule: Rule | undefined) => {
        const re = compile(source);
        re.lastIndex = pos;
        const m = re.exec(line);
        if (m && (!best || m.index < best.m.index)) best = { m, rule };
      };
      if (region?.end !== undefined) consider(region.end, undefined); // the end wins ties, as in vscode-textmate
      for (const rule of candidates) consider(rule.match ?? rule.begin ?? '(?!)', rule);
      if (!best) break;
      const { m, rule } = best;
      if (!rule) {
        emit(lineNo, m, undefined, region?.endCaptures);
        stack.pop();
      } else if (rule.begin !== undefined) {
        stack.push(rule);
        emit(lineNo, m, undefined, rule.beginCaptures);
      } else {
        emit(lineNo, m, rule.name, rule.captures);
      }
      // An empty match may only move the region stack; otherwise step on so the loop ends.
      pos = m[0].length > 0 || rule?.match === undefined ? m.index + m[0].length : m.index + 1;
      if (++steps > 10_000) throw new Error(`tokenizer loops on line ${lineNo}: ${line}`);
    }
  });
  return spans;
}

/** The scopes of the first character of `needle` on line `line` of `text`. */
function scopesAt(text: string, line: number, needle: string): string[] {
  const lineText = text.split(/\r?\n/)[line] ?? '';
  const col = lineText.indexOf(needle);
  assert.ok(col >= 0, `"${needle}" not on line ${line}: ${lineText}`);
  return tokenize(text)
    .filter((s) => s.line === line && s.start <= col && col < s.end)
    .flatMap((s) => s.scopes);
}

/** The span with `scope` that covers the first occurrence of `needle` on its line. */
function spanText(text: string, line: number, needle: string, scope: string): string {
  const lineText = text.split(/\r?\n/)[line] ?? '';
  const col = lineText.indexOf(needle);
  const span = tokenize(text).find(
    (s) => s.line === line && s.start <= col && col < s.end && s.scopes.includes(scope),
  );
  assert.ok(span, `no ${scope} at "${needle}" on: ${lineText}`);
  return lineText.slice(span.start, span.end);
}

// The example of DESIGN §2, which is normative.
const design = `// Comments run from // to the end of the line: drafting notes, never policy text.

policy "Enforcement of Immigration Laws"
  agency: "City of Madison Police Department"
  effective: 2025-12-30
  adopted: 2017-01-30
  revised: 2017-10-09, 2019-12-16, 2023-01-31, 2025-12-30

define MPD as agency "City of Madison Police Department".
define Officer as member of MPD.
define "serious crime" as term: an offense listed in §2.5.

section 1 "Purpose"
  note: MPD is committed to community policing. An individual's immigration status is
        immaterial with respect to MPD's mission.

section 2 "Procedure"
  2.1 MPD shall not undertake any immigration-related investigation
      unless the investigation involves an individual who has committed a serious crime.
  2.2 MPD shall not enter into any Section 287(g) agreement under 8 U.S.C. § 1357(g).
  2.4 Officers should obtain approval from a Commander or OIC
      before detaining any individual for a reason listed in §2.5
      when time and circumstances permit.
  2.5 MPD may cooperate with a lawful request of ICE
      only if any of:
        a. the individual is engaged in or is suspected of terrorism or espionage;
        b. the individual is arrested for any violent felony.`;
const lineOf = (prefix: string): number =>
  design.split('\n').findIndex((l) => l.trimStart().startsWith(prefix));

const PROHIBITION = 'keyword.modal.prohibition.policy';
const RECOMMENDATION = 'keyword.modal.recommendation.policy';
const QUALIFIER = 'keyword.control.conditional.policy';
const REFERENCE = 'variable.other.reference.policy';
const COMMENT = 'comment.line.double-slash.policy';

test('every pattern compiles as a JavaScript RegExp and uses no other Oniguruma-only syntax', () => {
  for (const [path, rule] of allRules()) {
    const patterns: Array<[string | undefined, Rule['captures']]> = [
      [rule.match, rule.captures],
      [rule.begin, rule.beginCaptures],
      [rule.end, rule.endCaptures],
    ];
    for (const [source, captures] of patterns) {
      if (source === undefined) continue;
      assert.doesNotThrow(() => compile(source), `${path}: ${source}`);
      const body = source.replace(/^\(\?i\)/, '');
      assert.doesNotMatch(
        body,
        /\(\?[imx-]+[):]|\\[AzZGhHK]|\(\?>|[*+?}][+]/,
        `${path} uses Oniguruma-only syntax`,
      );
      // Oniguruma only accepts lookbehind of bounded length.
      for (const lookbehind of body.matchAll(/\(\?<[=!]((?:\[[^\]]*\]|\\.|[^)])*)\)/g)) {
        assert.doesNotMatch(lookbehind[1] ?? '', /[*+]|\{\d*,\}/, `${path}: unbounded lookbehind`);
      }
      const groups = (new RegExp(`${body}|`).exec('')?.length ?? 1) - 1;
      for (const group of Object.keys(captures ?? {}))
        assert.ok(Number(group) <= groups, `${path}: no group ${group}`);
    }
  }
  assert.equal(grammar.scopeName, 'source.policy');
});

test('the DESIGN example gets the scopes themes colour', () => {
  assert.ok(scopesAt(design, 0, '//').includes(COMMENT));
  assert.ok(scopesAt(design, 0, 'drafting').includes(COMMENT));
  assert.equal(spanText(design, lineOf('2.1'), 'shall not', PROHIBITION), 'shall not');
  assert.ok(!scopesAt(design, lineOf('2.1'), 'shall').includes('keyword.modal.obligation.policy'));
  assert.equal(spanText(design, lineOf('2.4'), 'should', RECOMMENDATION), 'should');
  assert.equal(spanText(design, lineOf('only if'), 'only if', QUALIFIER), 'only if');
  assert.equal(spanText(design, lineOf('unless'), 'unless', QUALIFIER), 'unless');
  assert.equal(spanText(design, lineOf('before'), '§2.5', REFERENCE), '§2.5');
  assert.ok(scopesAt(design, lineOf('2.5'), 'may').includes('keyword.modal.permission.policy'));
  assert.ok(scopesAt(design, lineOf('2.1'), '2.1').some((s) => s.startsWith('markup.heading.')));
  const citation = 'markup.underline.link.citation.policy';
  assert.equal(spanText(design, lineOf('2.2'), '8 U.S.C.', citation), '8 U.S.C. § 1357(g)');
  assert.equal(spanText(design, lineOf('2.2'), 'Section 287', citation), 'Section 287(g)');
  assert.ok(scopesAt(design, lineOf('effective:'), '2025').includes('constant.numeric.date.policy'));
  assert.ok(scopesAt(design, lineOf('agency:'), 'agency').includes('support.type.property-name.policy'));
  assert.ok(scopesAt(design, lineOf('define MPD'), 'MPD').includes('entity.name.type.policy'));
  assert.ok(scopesAt(design, lineOf('policy'), 'Enforcement').includes('string.quoted.double.policy'));
  assert.ok(scopesAt(design, lineOf('a.'), 'a.').includes('markup.list.numbered.policy'));
});

test('phrases win over the words they start with, and words stay whole', () => {
  const text = [
    '2.1 Officers SHALL STRIVE TO notify ICE.',
    '2.2 MPD is prohibited from sharing release dates and will refrain from it.',
    '2.3 Officers are expected to log every request.',
    '2.4 Officers should not ask; they shall ask only whenever a Commander permits.',
    '2.5 Officers are urged to log, and ought to file, every request.',
  ].join('\n');
  assert.equal(spanText(text, 0, 'SHALL', RECOMMENDATION), 'SHALL STRIVE TO');
  assert.ok(!scopesAt(text, 0, 'notify').some((s) => s.startsWith('keyword.modal')), '"not" inside "notify"');
  assert.equal(spanText(text, 1, 'is prohibited', PROHIBITION), 'is prohibited from');
  assert.equal(spanText(text, 1, 'will', PROHIBITION), 'will refrain from');
  assert.equal(spanText(text, 2, 'are', RECOMMENDATION), 'are expected to');
  assert.equal(spanText(text, 3, 'should', 'keyword.modal.discouragement.policy'), 'should not');
  assert.equal(spanText(text, 3, 'whenever', QUALIFIER), 'whenever');
  assert.equal(spanText(text, 4, 'are', RECOMMENDATION), 'are urged to');
  assert.equal(spanText(text, 4, 'ought', RECOMMENDATION), 'ought to');
  assert.ok(!scopesAt(text, 3, 'Commander').some((s) => s.startsWith('keyword')));
});

test('notes, definitions, strings and comments carry no force', () => {
  const text = [
    'define "judicial warrant" as term: a warrant that officers shall obey.',
    '  note: Officers should read this when they can.',
    '  2.1 Officers may cite "the officer shall" here. // they must not',
    '  // redline-disable-next-line weak-modal -- quoted from the 2017 text',
    '  2.2 See http://example.org when asked.',
  ].join('\n');
  const forceless = (lineNo: number, word: string) =>
    assert.ok(
      !scopesAt(text, lineNo, word).some((s) => s.startsWith('keyword.modal')),
      `${word} on ${lineNo}`,
    );
  forceless(0, 'shall');
  forceless(1, 'should');
  forceless(1, 'when');
  assert.ok(scopesAt(text, 1, 'note').includes('storage.type.note.policy'));
  forceless(2, 'shall');
  forceless(2, 'must');
  assert.ok(scopesAt(text, 2, 'must').includes(COMMENT));
  assert.ok(scopesAt(text, 3, 'redline-disable').includes('keyword.other.directive.redline.policy'));
  assert.ok(scopesAt(text, 3, 'weak-modal').includes(COMMENT));
  assert.ok(!scopesAt(text, 4, '//').includes(COMMENT), 'a URL is not a comment');
});

interface Manifest {
  browser?: string;
  capabilities?: { untrustedWorkspaces?: { supported?: boolean } };
  contributes: {
    languages: Array<{ id: string; extensions: string[]; configuration: string }>;
    grammars: Array<{ language: string; scopeName: string; path: string }>;
    snippets: Array<{ language: string; path: string }>;
    commands: Array<{ command: string; title: string }>;
    menus: { commandPalette: Array<{ command: string }> };
    configuration: { properties: Record<string, unknown> };
    semanticTokenScopes: Array<{ language: string; scopes: Record<string, string[]> }>;
  };
}

test('package.json contributes the language, its files and unique commands', () => {
  const manifest = readJson('package.json') as Manifest;
  const { contributes } = manifest;
  const language = contributes.languages.find((l) => l.id === 'policy');
  assert.ok(language && language.extensions.includes('.policy'));
  assert.ok(existsSync(join(root, language.configuration)));
  const languageConfig = readJson(language.configuration) as {
    wordPattern: string;
    comments: { lineComment: string };
  };
  assert.equal(languageConfig.comments.lineComment, '//');
  const words = 'see §2.5 and 130.10.3 on Form I-247A, the individual’s rights'.match(
    new RegExp(languageConfig.wordPattern, 'g'),
  );
  assert.deepEqual(words, [
    'see',
    '§2.5',
    'and',
    '130.10.3',
    'on',
    'Form',
    'I-247A',
    'the',
    'individual’s',
    'rights',
  ]);

  const contributedGrammar = contributes.grammars.find((g) => g.language === 'policy');
  assert.ok(contributedGrammar && existsSync(join(root, contributedGrammar.path)));
  assert.equal(contributedGrammar.scopeName, grammar.scopeName);
  for (const snippets of contributes.snippets)
    assert.ok(existsSync(join(root, snippets.path)), snippets.path);

  const ids = contributes.commands.map((c) => c.command);
  assert.equal(new Set(ids).size, ids.length, `duplicate command ids: ${ids.join(', ')}`);
  for (const entry of contributes.menus.commandPalette) assert.ok(ids.includes(entry.command), entry.command);
  for (const key of Object.keys(contributes.configuration.properties)) assert.match(key, /^redline\./);
  assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);

  // Semantic modal tokens fall back to the grammar's scopes, so the two must name the same scopes.
  const grammarText = readFileSync(join(root, contributedGrammar.path), 'utf8');
  for (const { scopes } of contributes.semanticTokenScopes) {
    for (const scope of Object.values(scopes).flat()) assert.ok(grammarText.includes(`"${scope}"`), scope);
  }
});
