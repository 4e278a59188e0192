/**
 * Completion latency: a 10,000-clause library made in memory by varying the shipped clauses
 * (agencies, people, places, modals, hedges), then `complete()` timed at ~200 cursors of mixed
 * contexts — clause starts, actions, conditions, partial words, `§` references. Target: p95 ≤ 20 ms.
 * Run alone with `node out/bench/completion.js`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from '../grammar/index.js';
import { defaultConfig } from '../server/analysis/config.js';
import { ClauseLibrary } from '../server/library/clause-library.js';
import { memoryFiles } from '../server/library/files.js';
import { findPackageRoot } from '../server/library/node-files.js';

/** What the benchmark measured. */
export interface CompletionBench {
  clauses: number;
  documents: number;
  /** Time to read, check and index the library. */
  loadMs: number;
  /** Whether the library's clauses were checked by every rule while indexing (verdicts) or parsed only. */
  checked: boolean;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** The process's CPU time per request: what p95 would be on a machine nobody else is using. */
  cpuP50Ms: number;
  cpuP95Ms: number;
  /** Whether p95 meets the 20 ms target. */
  ok: boolean;
}

const TARGET_P95_MS = 20;
const PEOPLE = [
  'individual',
  'person',
  'resident',
  'witness',
  'victim',
  'passenger',
  'tenant',
  'student',
  'driver',
  'patient',
];
const PLACES = [
  'during a traffic stop',
  'at a school',
  'in a hospital',
  'at a courthouse',
  'during a call for service',
  'at a shelter',
];
const MODALS: [RegExp, string][] = [
  [/\bshall not\b/, 'must not'],
  [/\bshall not\b/, 'should not'],
  [/\bshall\b/, 'will'],
  [/\bmay\b/, 'can'],
];

/** A seeded generator (mulberry32), so every run sees the same library. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The shipped clauses as (header, definitions, clause texts) per file. */
function shippedSources(): { defines: string; agency: string; clauses: string[] }[] {
  const folder = join(findPackageRoot(), 'clauses');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.policy'))
    .sort()
    .map((f) => {
      const doc = parse(readFileSync(join(folder, f), 'utf8'));
      const agency = doc.definitions.find((d) => d.kind === 'agency')!.name.text;
      const defines = doc.definitions
        .map((d) => doc.text.slice(d.offset, d.end).replace(/\s*\n\s*/g, ' '))
        .join('\n');
      // Continuation lines keep their breaks (list items need theirs), re-indented under the number.
      const clauses = doc.clauses.map((c) =>
        doc.text.slice(c.sentence.offset, c.sentence.end).replace(/\s*\n\s*/g, '\n      '),
      );
      return { defines, agency, clauses };
    });
}

/** One varied clause: other people, places, modals and hedges, so that no two documents agree. */
function vary(text: string, next: () => number): string {
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  let out = text.replace(/\b(individual|person)\b/, () => pick(PEOPLE));
  const [pattern, modal] = pick(MODALS);
  if (next() < 0.3) out = out.replace(pattern, modal);
  if (next() < 0.3 && !/;/.test(out)) out = out.replace(/\.$/, ` ${pick(PLACES)}.`);
  if (next() < 0.1 && !/;/.test(out)) out = out.replace(/\.$/, ' when time and circumstances permit.');
  return out;
}

/** A library of about `target` clauses in memory: files by path. */
export function generateLibrary(target = 10_000, seed = 1): Record<string, string> {
  const sources = shippedSources();
  const next = random(seed);
  const files: Record<string, string> = {};
  let clauses = 0;
  for (let k = 0; clauses < target; k++) {
    const source = sources[k % sources.length]!;
    const acronym = `A${k.toString(36).toUpperCase()}PD`;
    const rename = (text: string) => text.replace(new RegExp(`\\b${source.agency}\\b`, 'g'), acronym);
    const lines = [
      `policy "Generated policy ${k}"`,
      `  agency: "Agency ${k} Police Department"`,
      '',
      rename(source.defines),
      '',
    ];
    lines.push(`section ${k + 1} "Generated"`);
    source.clauses.forEach((text, i) => {
      if (clauses >= target) return;
      lines.push(`  ${k + 1}.${i + 1} ${rename(vary(text, next))}`);
      clauses++;
    });
    files[`/bench/library/generated-${k}.policy`] = lines.join('\n') + '\n';
  }
  return files;
}

/** The draft the cursors are in: a Springfield SOP under way. */
const DRAFT = `policy "Immigration Enforcement"
  agency: "Springfield Police Department"

define SPD as agency "Springfield Police Department".
define Officer as member of SPD.
define ICE as immigration authority "United States Immigration and Customs Enforcement".

section 2 "Immigration Status and Documents"
  2.1 Officers shall not ask any person to produce an immigration document.
  2.2 SPD shall not share information with ICE unless ICE presents a judicial warrant.
`;

/** Lines typed at the end of the draft, one completion each: the mixed contexts of §6. */
const TYPED = [
  '  2.3 ',
  '  2.3 Off',
  '  2.3 The Dep',
  '  2.3 Officers shall not ',
  '  2.3 Officers shall not inq',
  '  2.3 SPD shall not share',
  '  2.3 SPD may ',
  '  2.3 SPD may cooperate with ICE only if ',
  '  2.3 SPD shall not notify ICE unless ',
  '  2.3 SPD shall not notify ICE unless a jud',
  '  2.3 Officers shall not detain any person without ',
  '  2.3 As provided in §',
  '  note: The ',
  '  2.3 When time',
  '  2.3 Officers should ',
  '  2.3 SPD shall not hold any person on a detainer unless the det',
  '  2.3 SPD may cooperate with ICE\n      only if any of:\n        a. ',
  '  2.3 Officers shall not participate in any raid',
  '  2.3 SPD shall provide its services to every person regardless of ',
  '  2.3 Officers shall not threaten',
];

/**
 * Builds the library and times `complete()`; returns the numbers. The library's clauses are parsed
 * and modelled but not run through the rules unless `checks` is set: verdicts are computed once
 * at indexing and do not change what a request costs, and checking 10,000 clauses takes minutes.
 */
export async function benchCompletion(
  options: { clauses?: number; requests?: number; checks?: boolean } = {},
): Promise<CompletionBench> {
  const files = generateLibrary(options.clauses ?? 10_000);
  const started = performance.now();
  const checked = options.checks === true;
  const config = { ...defaultConfig(), ...(checked ? {} : { packs: new Set<string>() }) };
  const library = await ClauseLibrary.load({
    files: memoryFiles(files),
    folders: ['/bench/library'],
    config,
  });
  const loadMs = performance.now() - started;
  const requests = options.requests ?? 200;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < requests + 10; i++) {
    const text = DRAFT + TYPED[i % TYPED.length]!;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    library.complete(text, text.length, { uri: 'file:///bench/draft.policy' });
    const used = process.cpuUsage(c0);
    // The first ten warm the JIT up and are not counted.
    if (i < 10) continue;
    wall.push(performance.now() - t0);
    cpu.push((used.user + used.system) / 1000);
  }
  const p95 = quantile(wall, 0.95);
  return {
    clauses: library.size,
    documents: Object.keys(files).length,
    loadMs: Math.round(loadMs),
    checked,
    requests: wall.length,
    p50Ms: quantile(wall, 0.5),
    p95Ms: p95,
    maxMs: quantile(wall, 1),
    cpuP50Ms: quantile(cpu, 0.5),
    cpuP95Ms: quantile(cpu, 0.95),
    ok: p95 <= TARGET_P95_MS,
  };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchCompletion({ checks: process.argv.includes('--checks') });
  // Wall time far above CPU time means the process waited for a processor, not for Redline.
  const busy = r.p95Ms > 2 * r.cpuP95Ms ? '; wall times well above CPU times: the machine was busy' : '';
  console.log(
    `completion: ${r.clauses} clauses in ${r.documents} documents, indexed in ${r.loadMs} ms ` +
      `(${r.checked ? 'every rule run' : 'parsed, rules not run; --checks runs them'})\n` +
      `${r.requests} requests: p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, max ${r.maxMs} ms; ` +
      `CPU p50 ${r.cpuP50Ms} ms, p95 ${r.cpuP95Ms} ms ` +
      `(target p95 ≤ ${TARGET_P95_MS} ms: ${r.ok ? 'met' : 'NOT met'}${busy})`,
  );
}
