/**
 * The header and the definitions, from their CST nodes, with the checks a context-free grammar
 * cannot make: unknown header fields, dates that are not calendar dates, unknown definition kinds.
 */
import type { CstNode, IToken } from 'chevrotain';
import type * as A from './ast.js';
import type { AstContext } from './ast-context.js';
import { firstToken, nodesAt, real, tokensOf } from './cst.js';
import { Definition, Header, HeaderDate, HeaderField } from './nodes.js';
import { endsWithOwnStop, wordKindOf } from './text-run.js';
import { endOf } from './tokens.js';
import { DATE_KEYS, DEFINITION_KINDS, HEADER_KEYS } from './vocabulary.js';

export function header(ctx: AstContext, node: CstNode): A.Header | undefined {
  const kw = firstToken(node, 'PolicyKw');
  const title = firstToken(node, 'StringLiteral');
  if (!kw || !real(kw)) return undefined;
  const fields = nodesAt(node, 'headerField').map((f) => headerField(ctx, f));
  const lastEnd = fields.length ? fields[fields.length - 1]!.end : endOf(title && real(title) ? title : kw);
  const titleName = title && real(title) ? ctx.name(title) : ctx.missingName(kw);
  return new Header(ctx.origin, titleName, fields, kw.startOffset, lastEnd);
}

function headerField(ctx: AstContext, node: CstNode): A.HeaderField {
  const keyToken = firstToken(node, 'HeaderKey')!; // a field node always starts with its key
  const valueTokens = tokensOf(node).filter((t) => t !== keyToken);
  const key = keyToken.image.replace(/\s*:$/, '');
  const value = ctx.run(valueTokens) ?? ctx.emptyRun(keyToken.startOffset, endOf(keyToken));
  if (!HEADER_KEYS.includes(key))
    ctx.error(
      `unknown header field '${key}'; expected one of ${HEADER_KEYS.join(', ')}`,
      keyToken.startOffset,
      endOf(keyToken),
    );
  const dates: A.HeaderField['dates'] = [];
  for (const t of valueTokens) {
    const isDate = t.tokenType.name === 'DateLiteral';
    if (isDate) dates.push(new HeaderDate(ctx.origin, t.image, t.startOffset));
    if (!DATE_KEYS.has(key) || t.tokenType.name === 'Comma') continue;
    if (!isDate)
      ctx.error(`expected a date as YYYY-MM-DD in '${key}', found '${t.image}'`, t.startOffset, endOf(t));
    else if (!validDate(t.image)) ctx.error(`'${t.image}' is not a calendar date`, t.startOffset, endOf(t));
  }
  const offset = keyToken.startOffset;
  const end = endOf(valueTokens[valueTokens.length - 1] ?? keyToken);
  return new HeaderField(ctx.origin, key, keyToken.image.length, value, dates, offset, end);
}

export function definition(ctx: AstContext, node: CstNode): Definition | undefined {
  const tokens = tokensOf(node);
  const kw = tokens[0];
  const nameToken = tokens[1];
  if (!kw || !nameToken || nameToken.tokenType.name === 'End') return undefined;
  const asIndex = tokens.findIndex((t) => t.tokenType.name === 'As');
  const colonIndex = tokens.findIndex((t) => t.tokenType.name === 'Colon');
  const headEnd = colonIndex < 0 ? tokens.length : colonIndex;
  // Without `as` the parser has already reported the definition; the kind starts after the name.
  const kindStart = asIndex < 0 ? 2 : asIndex + 1;
  const kindTokens = tokens.slice(kindStart, headEnd).filter((t) => t.tokenType.name === 'Word');
  const strings = tokens.slice(kindStart, headEnd).filter((t) => t.tokenType.name === 'StringLiteral');
  let longName = strings[0] ? ctx.name(strings[0]) : undefined;
  let memberOf: A.Name | undefined;
  const kind = definitionKind(ctx, kindTokens, asIndex >= 0);
  if (kind === 'member') {
    if (kindTokens[2]) memberOf = ctx.name(kindTokens[2]);
    else if (longName) [memberOf, longName] = [longName, undefined];
    if (!memberOf && kindTokens[1])
      ctx.error(
        `expected the name of the agency after 'member of'`,
        kindTokens[1].startOffset,
        endOf(kindTokens[1]),
      );
  }
  const textTokens =
    colonIndex < 0 ? [] : tokens.slice(colonIndex + 1).filter((t) => t.tokenType.name !== 'End');
  const offset = kw.startOffset;
  const end = endOf(tokens[tokens.length - 1]!);
  const kindText = kindTokens.map((t) => t.image).join(' ');
  const built = new Definition(ctx.origin, ctx.name(nameToken), kind ?? 'term', kindText, offset, end);
  if (memberOf) built.memberOf = memberOf;
  if (longName) built.longName = longName;
  if (textTokens.length) built.text = ctx.run(textTokens)!;
  const last = tokens[tokens.length - 1]!;
  const stopped = last.tokenType.name === 'End' ? real(last) : endsWithOwnStop(wordKindOf(last), last.image);
  if (!stopped) ctx.error(`expected '.' to end the definition of ${nameToken.image}`, end, end);
  return built;
}

/** The kind the words after `as` name; an unknown kind is reported when `as` was written. */
function definitionKind(ctx: AstContext, kindTokens: IToken[], hasAs: boolean): A.DefinitionKind | undefined {
  const kindWords = kindTokens.map((t) => t.image.toLowerCase());
  if (kindWords[0] === 'member' && kindWords[1] === 'of') return 'member';
  const written = kindWords.join(' ');
  // Own keys only: `as constructor` must not find Object.prototype's.
  const kind = Object.hasOwn(DEFINITION_KINDS, written) ? DEFINITION_KINDS[written] : undefined;
  const firstKind = kindTokens[0];
  const lastKind = kindTokens[kindTokens.length - 1];
  if (!kind && firstKind && lastKind && hasAs) {
    ctx.error(
      `unknown kind '${kindTokens.map((t) => t.image).join(' ')}': expected agency, member of NAME, role, authority, immigration authority, term or document`,
      firstKind.startOffset,
      endOf(lastKind),
    );
  }
  return kind;
}

function validDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
