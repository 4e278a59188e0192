/**
 * `node out/bench/parse-phases.js [clauses] [runs]`: where `parse()` spends its time on a generated
 * policy — lexing, the CST parse, and everything after (AST building, ranges, assembly) — each the
 * best of `runs` (5) after a warm-up. A tool for grammar work; `npm run bench` reports the total only.
 */
import { parse } from '../grammar/index.js';
import { lexer } from '../grammar/parse.js';
import { parser } from '../grammar/parser.js';
import { generatePolicy } from './generate.js';
import { best } from './timing.js';

const clauses = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);
const text = generatePolicy(clauses, 2);
const tokens = lexer.tokenize(text).tokens;
for (let i = 0; i < 3; i++) parse(text);

const lexMs = best(runs, () => lexer.tokenize(text));
const cstMs = best(runs, () => {
  parser.input = tokens;
  parser.document();
});
const totalMs = best(runs, () => parse(text));
const mb = text.length / 1e6;
const row = (name: string, value: number) =>
  console.log(`${name.padEnd(22)}${value.toFixed(1).padStart(8)} ms`);
console.log(`${clauses} clauses, ${mb.toFixed(2)} MB, ${tokens.length} tokens`);
row('lex', lexMs);
row('CST parse', cstMs);
row('AST build (the rest)', totalMs - lexMs - cstMs);
row('total parse()', totalMs);
console.log(`throughput${(mb / (totalMs / 1000)).toFixed(1).padStart(20)} MB/s`);
