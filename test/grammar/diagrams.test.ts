import assert from 'node:assert/strict';
import { it } from 'node:test';
import { Lexer } from 'chevrotain';
import { PolicyParser } from '../../grammar/parser.js';
import { allTokens } from '../../grammar/tokens.js';
import { grammarDiagramsHtml } from '../../scripts/grammar-diagrams.js';
import { readRepo } from '../helpers.js';

it('docs/grammar.html is up to date with the grammar (run `npm run docs:grammar`)', () => {
  assert.equal(readRepo('docs', 'grammar.html'), grammarDiagramsHtml());
});

it('the diagrams page needs no network', () => {
  assert.doesNotMatch(grammarDiagramsHtml(), /(?:src|href)=['"]?https?:/);
});

it('the token definitions pass Chevrotain validations and stay optimisable', () => {
  assert.doesNotThrow(
    () => new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: true }),
  );
});

it('the grammar passes Chevrotain validations (the shared parser skips them at start-up)', () => {
  assert.doesNotThrow(() => new PolicyParser({ validate: true }));
});
