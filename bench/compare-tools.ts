/**
 * The tools a drafter would otherwise run, on the same text: write-good (a prose linter with a
 * weasel-word list) and textlint with its write-good rule.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type WriteGood = (text: string) => { index: number; offset: number; reason: string }[];

/** Runs write-good over `text`; returns the number of suggestions. */
export function runWriteGood(text: string): number {
  const writeGood = require('write-good') as WriteGood;
  return writeGood(text).length;
}

/** A textlint linter with only the write-good rule and the plain-text plugin. */
export async function textlintLinter(): Promise<(text: string) => Promise<number>> {
  const { createLinter } = await import('textlint');
  const { TextlintKernelDescriptor } = await import('@textlint/kernel');
  const { moduleInterop } = await import('@textlint/module-interop');
  const rule = moduleInterop(require('textlint-rule-write-good'));
  const plugin = moduleInterop(require('@textlint/textlint-plugin-text'));
  const descriptor = new TextlintKernelDescriptor({
    rules: [{ ruleId: 'write-good', rule, options: true }],
    plugins: [{ pluginId: 'text', plugin, options: true }],
    filterRules: [],
  });
  const linter = createLinter({ descriptor });
  return async (text: string) => (await linter.lintText(text, 'policy.txt')).messages.length;
}
