/**
 * `--format github`: GitHub Actions workflow commands, which become annotations on the pull
 * request. Everything taken from a draft or a file name is escaped as GitHub specifies, so a
 * draft cannot inject a workflow command of its own.
 */
import type { Severity } from '../../analysis/types.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a command's data (the message). */
export const escapeData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escapes a command's property value (file, title). */
export const escapeProperty = (text: string): string =>
  escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One workflow command line. */
export function workflowCommand(
  command: string,
  properties: Record<string, string | number>,
  message: string,
): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command} ${props}::${escapeData(message)}`;
}

/**
 * Formats findings as GitHub workflow commands, positions 1-based. A path that could not be checked
 * is an `::error` on the file with no line, so the job's annotations say why it exited 2.
 */
export const formatGithub: Formatter = (reports, { problems }) => {
  const lines = reports.flatMap((report) =>
    report.findings.map((f) =>
      workflowCommand(
        COMMAND[f.severity],
        {
          file: report.file,
          line: f.range.start.line + 1,
          col: f.range.start.character + 1,
          endLine: f.range.end.line + 1,
          endColumn: f.range.end.character + 1,
          title: f.rule,
        },
        f.message,
      ),
    ),
  );
  for (const p of problems)
    lines.push(workflowCommand('error', { file: p.file, title: 'redline' }, p.reason));
  return lines.length ? `${lines.join('\n')}\n` : '';
};
