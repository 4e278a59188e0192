/**
 * Clause text as segments: literal prose, and the defined actors' names that a snippet rewrites for
 * the drafter's document. Comments are dropped and continuation lines keep their indentation
 * relative to the clause line, so an inserted clause lands the way it was laid out.
 */
import type { Comment, PolicyDocument, TextRun } from '../../grammar/index.js';
import type { DefinitionIndex, NameUse } from '../model/index.js';
import type { ActorKind, NameSegment, Segment } from './types.js';

const ACTOR_KINDS = new Set<string>(['agency', 'member', 'role', 'authority', 'immigration-authority']);

/** The uses of defined actors in `runs`, in source order. */
export function actorUses(defs: DefinitionIndex, runs: (TextRun | undefined)[]): NameUse[] {
  return runs
    .flatMap((run) => defs.uses(run))
    .filter((u) => ACTOR_KINDS.has(u.definition.kind))
    .sort((a, b) => a.offset - b.offset);
}

/** The text between `from` and `to` as segments, names split out. `indent` is the clause line's indentation. */
export function segmentsOf(
  doc: PolicyDocument,
  from: number,
  to: number,
  uses: NameUse[],
  indent: number,
): Segment[] {
  const text = doc.text;
  const comments = doc.comments.filter((c) => c.end > from && c.offset < to);
  const out: Segment[] = [];
  let cursor = from;
  for (const use of uses) {
    if (use.offset < cursor || use.end > to) continue;
    let start = use.offset;
    const before = /(?:^|[^\p{L}])([Tt]he\s+)$/u.exec(text.slice(Math.max(cursor, start - 5), start));
    if (before?.[1]) start -= before[1].length;
    pushLiteral(out, literal(text, cursor, start, comments, indent));
    const written = text.slice(start, use.end);
    const name = use.definition.name.text;
    const segment: NameSegment = {
      text: written,
      name,
      kind: use.definition.kind as ActorKind,
      article: start !== use.offset,
      possessive: /['’]s?$/.test(written) && !/['’]s?$/.test(name),
    };
    out.push(segment);
    cursor = use.end;
  }
  pushLiteral(out, literal(text, cursor, to, comments, indent));
  return out;
}

function pushLiteral(out: Segment[], piece: string): void {
  if (!piece) return;
  const last = out[out.length - 1];
  if (typeof last === 'string') out[out.length - 1] = last + piece;
  else out.push(piece);
}

/** Source text without comments, continuation lines re-indented relative to `indent`. */
function literal(text: string, from: number, to: number, comments: Comment[], indent: number): string {
  let raw = '';
  let cursor = from;
  for (const c of comments) {
    if (c.end <= from || c.offset >= to) continue;
    raw += text.slice(cursor, Math.max(cursor, c.offset));
    cursor = Math.min(to, c.end);
  }
  raw += text.slice(cursor, to);
  const lines = raw.split(/\r\n|\r|\n/);
  if (lines.length === 1) return raw;
  const kept = [lines[0]!.trimEnd()];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const body = line.trimStart();
    if (!body && i < lines.length - 1) continue;
    const width = widthOf(line.slice(0, line.length - body.length));
    kept.push(' '.repeat(Math.max(2, width - indent)) + (i < lines.length - 1 ? body.trimEnd() : body));
  }
  return kept.join('\n');
}

function widthOf(blank: string): number {
  let w = 0;
  for (const ch of blank) w += ch === '\t' ? 4 - (w % 4) : 1;
  return w;
}

/** Segments as plain text, as written in the library. */
export const plainText = (segments: Segment[]): string =>
  segments.map((s) => (typeof s === 'string' ? s : s.text)).join('');
