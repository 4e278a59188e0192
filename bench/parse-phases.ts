/**
 * `node out/bench/parse-phases.js [clauses] [runs]`: where `parse()` spends its time on a generated
 * policy — lexing its chunks, their CST parse, and everything after (AST building, ranges,
 * assembly) — each the best of `runs` (5) after a warm-up. A tool for grammar work; `npm run bench`
 * reports the total only.
 */
import type { IToken } from 'chevrotain';
import { LineIndex, parse } from '../grammar/index.js';
import { lexer } from '../grammar/parse.js';
import { parser } from '../grammar/parser.js';
import { itemStartAt } from '../grammar/tokens.js';
import { generatePolicy } from './generate.js';
import { best } from './timing.js';

const clauses = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);
const text = generatePolicy(clauses, 2);

// The chunks parse() reads: each starts at a line that starts a top-level item.
const lines = new LineIndex(text);
const chunks: string[] = [];
let from = 0;
for (let line = 1; line < lines.lineCount; line++) {
  const start = lines.starts[line]!;
  if (!itemStartAt(text, start)) continue;
  chunks.push(text.slice(from, start));
  from = start;
}
chunks.push(text.slice(from));
const tokens: IToken[][] = chunks.map((c) => lexer.tokenize(c).tokens);
for (let i = 0; i < 3; i++) parse(text);

const lexMs = best(runs, () => {
  for (const c of chunks) lexer.tokenize(c);
});
const cstMs = best(runs, () => {
  for (const t of tokens) {
    parser.input = t;
    parser.document();
  }
});
const totalMs = best(runs, () => parse(text));
const mb = text.length / 1e6;
const row = (name: string, value: number) =>
  console.log(`${name.padEnd(22)}${value.toFixed(1).padStart(8)} ms`);
console.log(
  `${clauses} clauses, ${mb.toFixed(2)} MB, ${chunks.length} chunks, ${tokens.reduce((n, t) => n + t.length, 0)} tokens`,
);
row('lex', lexMs);
row('CST parse', cstMs);
row('AST build (the rest)', totalMs - lexMs - cstMs);
row('total parse()', totalMs);
console.log(`throughput${(mb / (totalMs / 1000)).toFixed(1).padStart(20)} MB/s`);
