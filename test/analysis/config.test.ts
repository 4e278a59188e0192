import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, parseConfig } from '../../server/analysis/config.js';

/** The one-line problem parseConfig reports for `text`. */
function problem(text: string): string {
  try {
    parseConfig(text, 'redline.json');
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.problems.join('; ');
  }
  return 'valid';
}

test('config: a wrong type names the key path and the expected type, and what was found', () => {
  const cases: [string, string][] = [
    ['{"rules": []}', "'rules' must be an object (rule id → severity), not an array"],
    ['{"packs": "core"}', '\'packs\' must be an array of pack names, not "core"'],
    ['{"maxFileSize": "10"}', '\'maxFileSize\' must be a whole number, not "10"'],
    ['{"maxFileSize": 1.5}', "'maxFileSize' must be a whole number, not 1.5"],
    ['{"maxFileSize": 0}', "'maxFileSize' must be at least 1, not 0"],
    ['{"root": "yes"}', '\'root\' must be true or false, not "yes"'],
    ['{"$schema": 5}', "'$schema' must be a string, not 5"],
    ['{"words": []}', "'words' must be an object (word list → phrases), not an array"],
    ['{"words": {"hedges": "x"}}', '\'words.hedges\' must be an array of phrases, not "x"'],
    ['{"library": [1]}', "'library[0]' must be a string, not 1"],
    ['{"packs": ["core", "core"]}', "'packs' lists the same entry twice"],
    ['null', 'a redline.json must hold an object, not null'],
    ['[]', 'a redline.json must hold an object, not an array'],
    ['"rules"', 'a redline.json must hold an object, not "rules"'],
  ];
  for (const [text, expected] of cases) assert.equal(problem(text), expected, text);
});

test('config: a word-list entry with no word, or a misplaced *, is refused with the key and the entry', () => {
  for (const entry of ['*', '', ' ', '.', '...', '* *', '-'])
    assert.equal(
      problem(JSON.stringify({ words: { hedges: ['subject to staffing', entry] } })),
      `'words.hedges[1]' must hold a word (letters or digits), not ${JSON.stringify(entry)}: it would match every word or none`,
      JSON.stringify(entry),
    );
  for (const entry of ['*ly', 'subject to *', 'a*b'])
    assert.equal(
      problem(JSON.stringify({ words: { loopholes: [entry] } })),
      `'words.loopholes[0]' may use '*' only at the end of a word ("notif*"), not ${JSON.stringify(entry)}`,
    );
  for (const entry of ['if feasib*', 'c++', '(a+)+b', '[per policy]', 'où', '287(g)', 'at ... discretion'])
    assert.equal(problem(JSON.stringify({ words: { hedges: [entry] } })), 'valid', entry);
});
