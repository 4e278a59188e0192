/**
 * A rule tester in the spirit of ESLint's RuleTester: `valid` drafts must give no finding of the
 * rule; each `invalid` draft must give exactly the listed findings (line and column 1-based, and the
 * text they cover), and for a fixable rule the text after applying every first fix.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/analysis/analyze.js';
import { defaultConfig, type ResolvedConfig } from '../../server/analysis/config.js';
import { applyFixes } from '../../server/analysis/fixes.js';
import type { Rule } from '../../server/analysis/types.js';

/** One expected finding. */
export interface ExpectedFinding {
  /** The finding's message id, or its exact message. */
  messageId?: string;
  message?: string | RegExp;
  line: number;
  column: number;
  /** The draft's text the finding covers. */
  text: string;
}

export interface ValidCase {
  code: string;
  config?: Partial<ResolvedConfig>;
  name?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** The draft after the quick fixes; required for fixable rules (null: no fix is offered). */
  output?: string | null;
}

function configOf(partial: Partial<ResolvedConfig> | undefined): ResolvedConfig {
  return { ...defaultConfig(), ...partial };
}

const title = (c: ValidCase) => c.name ?? c.code.trim().split('\n').pop()!.trim().slice(0, 90);

/** Registers node:test cases for `rule`. */
export function ruleTester(
  rule: Rule,
  cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] },
): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const raw of cases.valid) {
        const c = typeof raw === 'string' ? { code: raw } : raw;
        it(title(c), () => {
          const { findings } = analyze(c.code, { rules: [rule], config: configOf(c.config) });
          const own = findings.filter((f) => f.rule === rule.meta.id);
          assert.deepEqual(
            own.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`),
            [],
          );
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(title(c), () => {
          assert.ok(c.errors.length > 0, 'an invalid case must list the findings it expects');
          if (rule.meta.fixable)
            assert.ok(c.output !== undefined, 'a fixable rule needs an expected output (or null)');
          const { doc, findings } = analyze(c.code, { rules: [rule], config: configOf(c.config) });
          const own = findings.filter((f) => f.rule === rule.meta.id);
          assert.equal(own.length, c.errors.length, `findings: ${own.map((f) => f.message).join(' | ')}`);
          c.errors.forEach((expected, i) => {
            const f = own[i]!;
            assert.equal(doc.text.slice(f.offset, f.end).replace(/\s+/g, ' '), expected.text);
            assert.deepEqual(
              [f.range.start.line + 1, f.range.start.character + 1],
              [expected.line, expected.column],
            );
            if (expected.messageId) assert.equal(f.message, messageFor(rule, expected.messageId, f.message));
            if (typeof expected.message === 'string') assert.equal(f.message, expected.message);
            else if (expected.message) assert.match(f.message, expected.message);
          });
          if (c.output !== undefined) {
            const fixed = c.output === null ? c.code : c.output;
            assert.equal(applyFixes(c.code, own), fixed);
          }
        });
      }
    });
  });
}

/** Checks that `message` was made from the template `messageId` and returns it. */
function messageFor(rule: Rule, messageId: string, message: string): string {
  const template = rule.meta.messages[messageId];
  assert.ok(template, `rule ${rule.meta.id} has no message '${messageId}'`);
  const pattern = new RegExp(
    '^' +
      template
        .split(/\{\{\s*\w+\s*\}\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^]*?') +
      '$',
  );
  assert.match(message, pattern, `message does not come from '${messageId}'`);
  return message;
}
