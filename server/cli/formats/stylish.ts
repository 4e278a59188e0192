/**
 * `--format stylish` (the default): findings grouped by file with aligned columns and a summary
 * line, as ESLint prints them. Colour comes from the context (off unless writing to a terminal).
 */
import type { Finding, Severity } from '../../analysis/types.js';
import type { FileProblem } from '../files.js';
import type { Colors } from '../io.js';
import type { FileReport, Formatter } from './types.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function severityLabel(severity: Severity, c: Colors): string {
  return severity === 'error'
    ? c.red('error')
    : severity === 'warning'
      ? c.yellow('warning')
      : c.blue('info');
}

const MESSAGE_COLUMN = 72;

/** Pads `text` whose visible length is `length` to `width`. */
const pad = (text: string, length: number, width: number): string =>
  text + ' '.repeat(Math.max(0, width - length));

function fileBlock(report: FileReport, c: Colors): string[] {
  const rows = report.findings.map((f: Finding) => ({
    position: `${f.range.start.line + 1}:${f.range.start.character + 1}`,
    severity: f.severity,
    message: f.message.replace(/\s*[\r\n]+\s*/g, ' '),
    rule: f.rule,
  }));
  const width = (key: 'position' | 'severity' | 'message') => Math.max(...rows.map((r) => r[key].length));
  // Messages are aligned only up to a terminal's width: one long message must not push every rule id off-screen.
  const [pw, sw, mw] = [width('position'), width('severity'), Math.min(width('message'), MESSAGE_COLUMN)];
  return [
    c.underline(report.file),
    ...rows.map(
      (r) =>
        `  ${pad(c.dim(r.position), r.position.length, pw)}  ${pad(severityLabel(r.severity, c), r.severity.length, sw)}  ` +
        `${pad(r.message, r.message.length, mw)}  ${c.dim(r.rule)}`,
    ),
    '',
  ];
}

/**
 * What was not checked, by kind: "1 file could not be checked; 1 folder has no .policy files". A
 * folder is not counted as a file, and a bad redline.json is named as such (each is also on stderr).
 */
export function notCheckedSummary(problems: FileProblem[]): string {
  const count = (kind: NonNullable<FileProblem['kind']>) =>
    problems.filter((p) => (p.kind ?? 'file') === kind).length;
  const [files, folders, empty, configs] = [
    count('file'),
    count('folder'),
    count('empty-folder'),
    count('config'),
  ];
  const skipped = problems.reduce((n, p) => n + (p.skipped ?? 0), 0);
  return [
    files ? `${plural(files, 'file')} could not be checked` : '',
    folders ? `${plural(folders, 'folder')} could not be read` : '',
    empty ? `${plural(empty, 'folder')} ${empty === 1 ? 'has' : 'have'} no .policy files` : '',
    configs
      ? `${plural(configs, 'redline.json')} ${configs === 1 ? 'is' : 'are'} not valid (${plural(skipped, 'file')} not checked)`
      : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** Formats findings for a person reading a terminal. */
export const formatStylish: Formatter = (reports, { colors: c, problems }) => {
  const all = reports.flatMap((r) => r.findings);
  const count = (s: Severity) => all.filter((f) => f.severity === s).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  const lines = [''];
  for (const report of reports) if (report.findings.length) lines.push(...fileBlock(report, c));
  const notChecked = problems.length ? `; ${notCheckedSummary(problems)}` : '';
  if (all.length === 0) {
    const checked = plural(reports.length, 'file');
    if (problems.length)
      return `${c.red(c.bold(`✖ ${notCheckedSummary(problems)}`))}${reports.length ? ` (no problems in the ${checked} checked)` : ''}\n`;
    return `${c.green('✔')} no problems (${checked} checked)\n`;
  }
  const summary = `✖ ${plural(all.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info)${notChecked}`;
  lines.push(c.bold(errors || problems.length ? c.red(summary) : c.yellow(summary)));
  const fixable = all.filter((f) => f.fixes?.length).length;
  if (fixable)
    lines.push(c.dim(`  ${plural(fixable, 'problem')} potentially fixable with the \`--fix\` option.`));
  return `${lines.join('\n')}\n`;
};
