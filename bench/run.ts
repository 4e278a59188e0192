/**
 * `npm run bench`: one run, one table, and bench/results.md with the machine's description.
 * Each measurement is the best of a few runs after a warm-up, so a busy machine skews it less.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parse } from '../grammar/index.js';
import { lexer } from '../grammar/parse.js';
import { analyze } from '../server/analysis/analyze.js';
import { applyV8Settings, V8_FLAGS } from '../server/v8-settings.js';
import { runWriteGood, textlintLinter } from './compare-tools.js';
import { generatePolicy, repeatPolicy } from './generate.js';
import { root } from './root.js';
import { suites as extraSuites } from './suites.js';
import { best, bestAsync, ms } from './timing.js';

/** One row of the results table. */
export interface Row {
  measure: string;
  value: string;
  target?: string;
  ok?: boolean;
}

async function core(): Promise<Row[]> {
  const small = generatePolicy(1_000, 1);
  const large = generatePolicy(10_000, 2);
  const mb = large.length / 1e6;
  analyze(generatePolicy(500, 3));
  parse(large);

  const parseMs = best(5, () => parse(large));
  const lexMs = best(5, () => lexer.tokenize(large));
  // The generated clauses are short (6 bytes a token); real SOP clauses are longer (8 to 9): the
  // same measure on the Madison SOP, repeated to the same size, shows what drafts see.
  const real = repeatPolicy(
    readFileSync(join(root, 'clauses', 'madison-sop-2025.policy'), 'utf8'),
    large.length,
  );
  const realClauses = parse(real).clauses.length;
  const realMs = best(5, () => parse(real));
  // What an editor pays per keystroke: the draft parsed again from its previous version, after a
  // character typed into its first clause (every later item moves) or deleted again. Parsing
  // consumes the previous version, so each run starts from a fresh one; the first is a warm-up.
  const typed = large.indexOf(' ', large.search(/^\s+\d+\.\d+ /m) + 8);
  const versions = [large, `${large.slice(0, typed)}x${large.slice(typed)}`];
  let reparseMs = Infinity;
  for (let i = 0; i < 7; i++) {
    const previous = parse(versions[i % 2]!);
    const start = performance.now();
    parse(versions[(i + 1) % 2]!, previous);
    if (i > 0) reparseMs = Math.min(reparseMs, performance.now() - start);
  }
  // The three tools compared on the large text get the same number of runs: a single run of one
  // of them on this shared machine could be slow by chance and flatter the others. Five, because
  // this machine's load comes in bursts of a few seconds that can cover three runs of any of them.
  // Each run checks a text this process has not checked before (the same five texts for each
  // tool): Redline remembers what it worked out from a clause's words across documents (its
  // classifications, the SAT solver's answers), as an editor re-checking a draft should, so
  // checking one text again and again would time that memory, not a check.
  const compared = 5;
  const smalls = Array.from({ length: compared }, (_, i) => generatePolicy(1_000, 11 + i));
  const larges = [large, ...Array.from({ length: compared - 1 }, (_, i) => generatePolicy(10_000, 21 + i))];
  analyze(generatePolicy(10_000, 99));
  const check1k = best(compared, (i) => analyze(smalls[i]!));
  const check10k = best(compared, (i) => analyze(larges[i]!));
  const growth = check10k / check1k;
  const writeGood = best(compared, (i) => runWriteGood(larges[i]!));
  const lint = await textlintLinter();
  await lint(small);
  const textlint = await bestAsync(compared, (i) => lint(larges[i]!));
  const mbps = mb / (parseMs / 1000);
  return [
    {
      measure: `lex + parse + AST, 10,000 clauses (${mb.toFixed(2)} MB)`,
      value: `${mbps.toFixed(1)} MB/s (${ms(parseMs)})`,
      target: '≥ 10 MB/s',
      ok: mbps >= 10,
    },
    {
      measure: '… of which the lexer alone',
      value: `${(mb / (lexMs / 1000)).toFixed(1)} MB/s (${ms(lexMs)})`,
    },
    {
      measure: `lex + parse + AST, the Madison SOP repeated to ${(real.length / 1e6).toFixed(2)} MB (${realClauses.toLocaleString('en-US')} clauses)`,
      value: `${(real.length / 1e6 / (realMs / 1000)).toFixed(1)} MB/s (${ms(realMs)})`,
    },
    { measure: 'parse again after typing one character, same document', value: ms(reparseMs) },
    { measure: 'full check, 1,000 clauses', value: ms(check1k) },
    { measure: 'full check, 10,000 clauses', value: ms(check10k) },
    {
      measure: 'growth 1,000 → 10,000 clauses',
      value: `${growth.toFixed(1)}×`,
      target: '≤ 12×',
      ok: growth <= 12,
    },
    { measure: 'write-good, same 10,000-clause text', value: ms(writeGood) },
    { measure: 'textlint + write-good rule, same text', value: ms(textlint) },
    {
      measure: 'Redline vs write-good (time ratio)',
      value: `${(check10k / writeGood).toFixed(2)}×`,
      target: '< 1×',
      ok: check10k < writeGood,
    },
    {
      measure: 'Redline vs textlint (time ratio)',
      value: `${(check10k / textlint).toFixed(2)}×`,
      target: '≤ 0.2×',
      ok: check10k * 5 <= textlint,
    },
  ];
}

function table(rows: Row[]): string {
  const lines = ['| measure | result | target | |', '|---|---|---|---|'];
  for (const r of rows)
    lines.push(
      `| ${r.measure} | ${r.value} | ${r.target ?? ''} | ${r.ok === undefined ? '' : r.ok ? 'met' : 'missed'} |`,
    );
  return lines.join('\n');
}

async function main(): Promise<void> {
  // As the CLI and the server run (write-good's and textlint's times do not change with it).
  applyV8Settings();
  const rows = await core();
  for (const suite of extraSuites) rows.push(...(await suite()));
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const machine = `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
  const output = table(rows);
  console.log(output);
  writeFileSync(
    join(root, 'bench', 'results.md'),
    `# Benchmark results\n\nMachine: ${machine}. Run: ${new Date().toISOString().slice(0, 10)}.\n` +
      `Each figure is the best of several runs after a warm-up (\`npm run bench\`), with the V8 flags\n` +
      `Redline's CLI and server set for themselves (${V8_FLAGS.join(' ')}; server/v8-settings.ts).\n` +
      `The ratios depend as much on write-good and textlint as on Redline: on machines of the same\n` +
      `description, with the same packages, write-good has taken from 0.9 s to 4.1 s on the same text\n` +
      `(nearly all of it in one regular expression of its cliché list), and textlint with it from 1.5 s\n` +
      `to 5.2 s. Redline's own times are what to compare from one run to the next.\n\n${output}\n`,
  );
}

await main();
