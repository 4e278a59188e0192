/**
 * Reading Chevrotain's concrete syntax tree. Each child list of a CST node (`children.Text`,
 * `children.item`, …) is in source order, because the parser appends as it consumes; the helpers
 * here rely on that instead of sorting. Tokens inserted by error recovery have no offset and are
 * skipped.
 */
import type { CstElement, CstNode, IToken } from 'chevrotain';
import { EMPTY } from './empty.js';

export const isToken = (element: CstElement): element is IToken => 'image' in element;

/** A token that is in the text, not one that error recovery made up. */
export const real = (token: IToken): boolean =>
  !token.isInsertedInRecovery && Number.isFinite(token.startOffset);

/** The first token under `key`, if the parser consumed one. */
export function firstToken(node: CstNode, key: string): IToken | undefined {
  return node.children[key]?.[0] as IToken | undefined;
}

/** The real tokens under `key`, in source order (the CST's own list when all are real: read only). */
export function tokensAt(node: CstNode, key: string): IToken[] {
  const list = node.children[key] as IToken[] | undefined;
  if (!list) return [];
  let all = true;
  for (const t of list) if (!real(t)) all = false;
  return all ? list : list.filter(real);
}

const NO_NODES: readonly CstNode[] = EMPTY;

/** The sub-rule nodes under `key`, in source order (the CST's own list: read only). */
export function nodesAt(node: CstNode, key: string): readonly CstNode[] {
  return (node.children[key] as CstNode[] | undefined) ?? NO_NODES;
}

const byStart = (a: IToken, b: IToken) => a.startOffset - b.startOffset;

/** All real tokens directly under `node` (not in sub-rules), in source order. */
export function tokensOf(node: CstNode): IToken[] {
  const out: IToken[] = [];
  let sorted = true;
  for (const key in node.children)
    for (const el of node.children[key]!)
      if (isToken(el) && real(el)) {
        if (out.length && out[out.length - 1]!.startOffset > el.startOffset) sorted = false;
        out.push(el);
      }
  return sorted ? out : out.sort(byStart);
}

/**
 * Where `node` starts: the first real token under it, sub-rules included; NaN when it has none
 * (a rule that error recovery left empty). The parser keeps no node locations, so this reads the
 * child lists. The first element of the first list is the first one the parser consumed, so when
 * it has a place nothing starts before it; otherwise the lists' first placed elements are compared.
 */
export function startOf(node: CstNode): number {
  let best = NaN;
  let firstList = true;
  for (const key in node.children) {
    const list = node.children[key]!;
    for (let i = 0; i < list.length; i++) {
      const el = list[i]!;
      const start = isToken(el) ? (real(el) ? el.startOffset : NaN) : startOf(el);
      if (Number.isNaN(start)) continue;
      if (firstList && i === 0) return start;
      if (Number.isNaN(best) || start < best) best = start;
      break;
    }
    firstList = false;
  }
  return best;
}

/** The last real token under `node`, sub-rules included. Only each child list's end is read. */
export function lastToken(node: CstNode): IToken | undefined {
  let best: IToken | undefined;
  for (const key in node.children) {
    const list = node.children[key]!;
    for (let i = list.length - 1; i >= 0; i--) {
      const el = list[i]!;
      const candidate = isToken(el) ? (real(el) ? el : undefined) : lastToken(el as CstNode);
      if (!candidate) continue;
      if (!best || candidate.startOffset > best.startOffset) best = candidate;
      break;
    }
  }
  return best;
}
