/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers. Every rule that can
 * report is described (id, description, docs link, default level); results carry their quick fixes
 * as SARIF fixes and the other clause of a contradiction as a related location. Columns are UTF-16
 * code units, as in LSP. A file inside the git repository of the working folder has a URI relative
 * to %SRCROOT%, the repository's top folder, as GitHub code scanning maps alerts to the repository's
 * files; any other file (outside the repository, or with no repository) has an absolute file: URI.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Range } from '../../../grammar/index.js';
import { ruleDocsUrl } from '../../analysis/docs.js';
import type { Finding, RuleMeta, Severity } from '../../analysis/types.js';
import type { FileReport, FormatContext, Formatter } from './types.js';

const INFORMATION_URI = 'https://github.com/redline-policy/redline';
const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** SARIF regions are 1-based; an end column points just past the last character, as in LSP. */
const region = (r: Range): Sarif.Region => ({
  startLine: r.start.line + 1,
  startColumn: r.start.character + 1,
  endLine: r.end.line + 1,
  endColumn: r.end.character + 1,
});

/** A relative path as a URI reference: each segment percent-encoded (so `a:b` is not a scheme). */
const uriOf = (file: string): string => file.split(/[\\/]/).map(encodeURIComponent).join('/');

/** Where the file at `absolute` is, for `root` (the repository's top folder, if any). */
function artifactFor(absolute: string, root: string | undefined): Sarif.ArtifactLocation {
  const inside = root === undefined ? undefined : relative(root, absolute);
  if (
    inside === undefined ||
    inside === '' ||
    inside.startsWith(`..${sep}`) ||
    inside === '..' ||
    isAbsolute(inside)
  )
    return { uri: pathToFileURL(absolute).href };
  return { uri: uriOf(inside), uriBaseId: SRCROOT };
}

/** Viewers show the text as a sentence. */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

function descriptor(meta: RuleMeta): Sarif.ReportingDescriptor {
  return {
    id: meta.id,
    // SARIF wants a name that differs from the id; a one-word id has none better.
    ...(meta.id.includes('-')
      ? { name: meta.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()) }
      : {}),
    shortDescription: { text: sentence(meta.description) },
    fullDescription: { text: sentence(meta.description) },
    helpUri: ruleDocsUrl(meta.id),
    help: { text: `See ${ruleDocsUrl(meta.id)}` },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: [meta.pack] },
  };
}

function result(f: Finding, artifact: Sarif.ArtifactLocation, ruleIndex: number): Sarif.Result {
  const out: Sarif.Result = {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: sentence(f.message) },
    locations: [{ physicalLocation: { artifactLocation: artifact, region: region(f.range) } }],
  };
  if (f.clause !== null) out.properties = { clause: f.clause };
  if (f.related?.length)
    out.relatedLocations = f.related.map((r, i) => ({
      id: i + 1,
      physicalLocation: { artifactLocation: artifact, region: region(r.range) },
      message: { text: sentence(r.message) },
    }));
  if (f.fixes?.length)
    out.fixes = f.fixes.map((fix) => ({
      description: { text: sentence(fix.title) },
      artifactChanges: [
        {
          artifactLocation: artifact,
          replacements: fix.edits.map((e) => ({
            deletedRegion: region(e.range),
            insertedContent: { text: e.newText },
          })),
        },
      ],
    }));
  return out;
}

/** The SARIF log object (exported for tests that inspect it without re-parsing). */
export function sarifLog(reports: FileReport[], context: FormatContext): Sarif.Log {
  const metas = [...context.rules];
  const index = new Map(metas.map((m, i) => [m.id, i]));
  const indexOf = (f: Finding): number => {
    let i = index.get(f.rule);
    if (i === undefined) {
      // A rule outside the registry (should not happen): describe it from the finding.
      i =
        metas.push({
          id: f.rule,
          pack: 'core',
          severity: f.severity,
          description: f.rule,
          messages: {},
          fixable: false,
        }) - 1;
      index.set(f.rule, i);
    }
    return i;
  };
  const root = context.repositoryRoot;
  const results = reports.flatMap((r) => {
    const artifact = artifactFor(r.path, root);
    return r.findings.map((f) => result(f, artifact, indexOf(f)));
  });
  const notifications: Sarif.Notification[] = context.problems.map((p) => ({
    level: 'error',
    message: { text: sentence(`${p.file}: ${p.reason}`) },
    locations: [{ physicalLocation: { artifactLocation: artifactFor(resolve(context.cwd, p.file), root) } }],
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Redline',
            version: context.version,
            semanticVersion: context.version,
            informationUri: INFORMATION_URI,
            rules: metas.map(descriptor),
          },
        },
        invocations: [
          { executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications },
        ],
        ...(root === undefined
          ? {}
          : { originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root.replace(/[\\/]?$/, '/')).href } } }),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** Formats findings as a SARIF 2.1.0 log. */
export const formatSarif: Formatter = (reports, context) =>
  `${JSON.stringify(sarifLog(reports, context), null, 2)}\n`;
