// Validates SARIF files with Microsoft's SARIF multitool and fails on any error it reports: the
// tool itself exits 0 even when the log is invalid, so we read its own SARIF output instead.
// Usage: node scripts/validate-sarif.js FILE… (exit 0 valid, 1 errors, 3 multitool not installed)
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The multitool binary for this platform, made executable if npm skipped its postinstall. */
export function multitoolPath() {
  let binary;
  try {
    binary = createRequire(import.meta.url)(`@microsoft/sarif-multitool-${process.platform}`);
  } catch {
    return undefined;
  }
  if (!existsSync(binary)) return undefined;
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, 0o755);
  }
  return binary;
}

/** Validates one file; resolves to the findings as `{ level, ruleId, text, line }`. */
export function validate(binary, file) {
  const dir = mkdtempSync(join(tmpdir(), 'redline-sarif-'));
  try {
    const output = join(dir, 'validation.sarif');
    const run = spawnSync(binary, ['validate', file, '--output', output, '--log', 'ForceOverwrite'], {
      encoding: 'utf8',
    });
    if (!existsSync(output))
      throw new Error(`sarif-multitool did not run: ${run.error?.message ?? run.stderr ?? run.stdout}`);
    const run0 = JSON.parse(readFileSync(output, 'utf8')).runs?.[0] ?? {};
    const rules = new Map((run0.tool?.driver?.rules ?? []).map((r) => [r.id, r]));
    return (run0.results ?? []).map((r) => ({
      level: r.level ?? 'warning',
      ruleId: r.ruleId,
      text: messageText(r, rules.get(r.ruleId)),
      line: r.locations?.[0]?.physicalLocation?.region?.startLine,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The multitool writes message ids with arguments; the texts are in its rule descriptors.
function messageText(result, rule) {
  const template =
    result.message?.text ?? rule?.messageStrings?.[result.message?.id]?.text ?? result.message?.id ?? '';
  return template
    .replace(/\{(\d+)\}/g, (m, i) => result.message?.arguments?.[Number(i)] ?? m)
    .replace(/\{\{/g, '{')
    .replace(/\}\}/g, '}');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const binary = multitoolPath();
  if (!binary) {
    process.stderr.write('validate-sarif: @microsoft/sarif-multitool is not installed for this platform\n');
    process.exit(3);
  }
  let errors = 0;
  for (const file of process.argv.slice(2)) {
    for (const f of validate(binary, file)) {
      process.stdout.write(`${file}:${f.line ?? 0}: ${f.level} ${f.ruleId}: ${f.text}\n`);
      if (f.level === 'error') errors++;
    }
  }
  process.stdout.write(errors ? `validate-sarif: ${errors} error(s)\n` : 'validate-sarif: valid\n');
  process.exit(errors ? 1 : 0);
}
