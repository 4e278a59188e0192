/**
 * Builds the typed AST from Chevrotain's concrete syntax tree. It also reports the errors that a
 * context-free grammar cannot see: unknown header fields, bad dates, unknown definition kinds,
 * text outside any clause, a missing closing period.
 */
import type { CstElement, CstNode, IToken } from 'chevrotain';
import type * as A from './ast.js';
import type { LineIndex } from './line-index.js';
import { parser } from './parser.js';
import { endOf } from './tokens.js';
import {
  DATE_KEYS,
  DEFINITION_KINDS,
  DISCOURSE_ADVERBS,
  HEADER_KEYS,
  modalForce,
  qualifierKind,
} from './vocabulary.js';

const WORD_KINDS: Record<string, A.WordKind> = {
  Word: 'word',
  As: 'word',
  No: 'word',
  Neither: 'word',
  Not: 'not',
  NumberLiteral: 'number',
  DateLiteral: 'date',
  StringLiteral: 'string',
  Citation: 'citation',
  Reference: 'reference',
  Abbreviation: 'abbreviation',
  Symbol: 'symbol',
  Url: 'word',
  ModalWord: 'modal',
  ModalPhrase: 'modal',
  Qualifier: 'qualifier',
  ListIntro: 'list-intro',
};

const isToken = (element: CstElement): element is IToken => 'image' in element;
const real = (token: IToken): boolean => !token.isInsertedInRecovery && Number.isFinite(token.startOffset);

const byStart = (a: IToken, b: IToken) => a.startOffset - b.startOffset;
const startOf = (el: CstElement) => (isToken(el) ? el.startOffset : (el.location?.startOffset ?? NaN));
const byElementStart = (a: CstElement, b: CstElement) => startOf(a) - startOf(b);

/** All tokens directly under `node` (not in sub-rules), in source order. */
function tokensOf(node: CstNode): IToken[] {
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

/** Children of `node` (tokens and sub-rules) in source order. */
function ordered(node: CstNode): CstElement[] {
  const out: CstElement[] = [];
  for (const key in node.children)
    for (const el of node.children[key]!) if (Number.isFinite(startOf(el))) out.push(el);
  return out.sort(byElementStart);
}

/** Token types whose image can hold blanks or line breaks ("is required to", "8 U.S.C. § 1357"). */
const MULTI_WORD = new Set([
  'ModalPhrase',
  'Qualifier',
  'ListIntro',
  'Citation',
  'Reference',
  'StringLiteral',
]);

function unquote(image: string): string {
  return image.replace(/^["“”‘]/, '').replace(/["“”’]$/, '');
}

/** Builds one document's AST; `errors` collects what the grammar alone could not report. */
export class AstBuilder extends parser.getBaseCstVisitorConstructorWithDefaults() {
  readonly errors: A.SyntaxIssue[] = [];
  /** Where the parser already reported an error; a clause holding one gets no second finding. */
  parserErrorOffsets: number[] = [];

  constructor(private readonly lines: LineIndex) {
    super();
  }

  private span(offset: number, end: number): A.Spanned {
    return { offset, end, range: this.lines.range(offset, end) };
  }

  private tokenSpan(first: IToken, last: IToken = first): A.Spanned {
    return this.span(first.startOffset, endOf(last));
  }

  private error(message: string, offset: number, end: number): void {
    this.errors.push({ message, ...this.span(offset, end) });
  }

  word(token: IToken): A.Word {
    const name = token.tokenType.name;
    const kind = WORD_KINDS[name] ?? 'punctuation';
    return { text: token.image, offset: token.startOffset, end: endOf(token), kind };
  }

  run(tokens: IToken[]): A.TextRun | undefined {
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last) return undefined;
    const words: A.Word[] = new Array(tokens.length);
    let text = '';
    let previousEnd = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const w = this.word(t);
      words[i] = w;
      if (previousEnd >= 0 && w.offset > previousEnd) text += ' ';
      text += MULTI_WORD.has(t.tokenType.name) ? w.text.replace(/\s+/g, ' ') : w.text;
      previousEnd = w.end;
    }
    return { text, words, ...this.tokenSpan(first, last) };
  }

  name(token: IToken): A.Name {
    const quoted = token.tokenType.name === 'StringLiteral';
    return { text: quoted ? unquote(token.image).trim() : token.image, quoted, ...this.tokenSpan(token) };
  }

  header(node: CstNode): A.Header | undefined {
    const kw = node.children.PolicyKw?.[0] as IToken | undefined;
    const title = node.children.StringLiteral?.[0] as IToken | undefined;
    if (!kw || !real(kw)) return undefined;
    const fields = ((node.children.headerField ?? []) as CstNode[]).map((f) => this.headerField(f));
    const lastEnd = fields.length ? fields[fields.length - 1]!.end : endOf(title && real(title) ? title : kw);
    const titleName =
      title && real(title) ? this.name(title) : { text: '', quoted: true, ...this.tokenSpan(kw) };
    return { type: 'header', title: titleName, fields, ...this.span(kw.startOffset, lastEnd) };
  }

  headerField(node: CstNode): A.HeaderField {
    const keyToken = node.children.HeaderKey![0] as IToken;
    const valueTokens = tokensOf(node).filter((t) => t !== keyToken);
    const key = keyToken.image.replace(/\s*:$/, '');
    const value = this.run(valueTokens) ?? { text: '', words: [], ...this.tokenSpan(keyToken) };
    if (!HEADER_KEYS.includes(key))
      this.error(
        `unknown header field '${key}'; expected one of ${HEADER_KEYS.join(', ')}`,
        keyToken.startOffset,
        endOf(keyToken),
      );
    const dates: A.HeaderField['dates'] = [];
    for (const t of valueTokens) {
      const isDate = t.tokenType.name === 'DateLiteral';
      if (isDate) dates.push({ value: t.image, range: this.lines.range(t.startOffset, endOf(t)) });
      if (!DATE_KEYS.has(key) || t.tokenType.name === 'Comma') continue;
      if (!isDate)
        this.error(`expected a date as YYYY-MM-DD in '${key}', found '${t.image}'`, t.startOffset, endOf(t));
      else if (!validDate(t.image))
        this.error(`'${t.image}' is not a calendar date`, t.startOffset, endOf(t));
    }
    const last = valueTokens[valueTokens.length - 1] ?? keyToken;
    return {
      type: 'header-field',
      key,
      keyRange: this.lines.range(keyToken.startOffset, endOf(keyToken)),
      value,
      dates,
      ...this.tokenSpan(keyToken, last),
    };
  }

  definition(node: CstNode): A.Definition | undefined {
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
    const kindWords = kindTokens.map((t) => t.image.toLowerCase());
    let longName = strings[0] ? this.name(strings[0]) : undefined;
    let kind: A.DefinitionKind | undefined;
    let memberOf: A.Name | undefined;
    if (kindWords[0] === 'member' && kindWords[1] === 'of') {
      kind = 'member';
      if (kindTokens[2]) memberOf = this.name(kindTokens[2]);
      else if (longName) [memberOf, longName] = [longName, undefined];
      if (!memberOf && kindTokens[1])
        this.error(
          `expected the name of the agency after 'member of'`,
          kindTokens[1].startOffset,
          endOf(kindTokens[1]),
        );
    } else {
      kind = DEFINITION_KINDS[kindWords.join(' ')];
    }
    const firstKind = kindTokens[0];
    const lastKind = kindTokens[kindTokens.length - 1];
    if (!kind && firstKind && lastKind && asIndex >= 0) {
      this.error(
        `unknown kind '${kindTokens.map((t) => t.image).join(' ')}': expected agency, member of NAME, role, authority, immigration authority, term or document`,
        firstKind.startOffset,
        endOf(lastKind),
      );
    }
    const textTokens =
      colonIndex < 0 ? [] : tokens.slice(colonIndex + 1).filter((t) => t.tokenType.name !== 'End');
    const last = tokens[tokens.length - 1]!;
    return {
      type: 'definition',
      name: this.name(nameToken),
      kind: kind ?? 'term',
      kindText: kindTokens.map((t) => t.image).join(' '),
      ...(memberOf ? { memberOf } : {}),
      ...(longName ? { longName } : {}),
      ...(textTokens.length ? { text: this.run(textTokens)! } : {}),
      ...this.tokenSpan(kw, last),
    };
  }

  section(node: CstNode): A.Section | undefined {
    const kw = node.children.SectionKw?.[0] as IToken | undefined;
    const number = node.children.NumberLiteral?.[0] as IToken | undefined;
    const title = node.children.StringLiteral?.[0] as IToken | undefined;
    if (!kw || !number || !real(number)) return undefined;
    const last = title && real(title) ? title : number;
    return {
      type: 'section',
      number: number.image,
      numberRange: this.lines.range(number.startOffset, endOf(number)),
      title: title && real(title) ? this.name(title) : { text: '', quoted: true, ...this.tokenSpan(number) },
      depth: number.image.split('.').length - 1,
      children: [],
      ...this.tokenSpan(kw, last),
    };
  }

  note(node: CstNode): A.Note {
    const kw = node.children.NoteKw![0] as IToken;
    const tokens = tokensOf(node).filter((t) => t !== kw);
    const text = this.run(tokens) ?? { text: '', words: [], ...this.span(endOf(kw), endOf(kw)) };
    return { type: 'note', text, ...this.span(kw.startOffset, text.end) };
  }

  clause(node: CstNode): A.Clause | undefined {
    const numberToken = node.children.ClauseNumber?.[0] as IToken | undefined;
    const sentenceNode = node.children.sentence?.[0] as CstNode | undefined;
    if (!numberToken || !sentenceNode) return undefined;
    const number = numberToken.image.replace(/^§\s*/, '').replace(/\.$/, '');
    const sentence = this.sentence(sentenceNode, numberToken);
    const start = numberToken.startOffset;
    const brokenByParser = this.parserErrorOffsets.some((o) => o >= start && o <= sentence.end + 1);
    if (!sentence.terminated && !brokenByParser) {
      this.error(`expected '.' to end clause ${number}`, sentence.end, sentence.end);
    }
    return {
      type: 'clause',
      number,
      numberRange: this.lines.range(numberToken.startOffset, endOf(numberToken)),
      sentence,
      ...this.span(numberToken.startOffset, Math.max(sentence.end, endOf(numberToken))),
    };
  }

  /** Text outside any clause: say what the drafter most likely meant. */
  stray(node: CstNode, previous: string | undefined): void {
    const tokens = tokensOf(node);
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last) return;
    const lineEnd = tokens.filter(
      (t) => this.lines.position(t.startOffset).line === this.lines.position(first.startOffset).line,
    );
    const end = endOf(lineEnd[lineEnd.length - 1]!);
    const quoted = `'${tokens
      .slice(0, 4)
      .map((t) => t.image)
      .join(' ')}${tokens.length > 4 ? ' …' : ''}'`;
    let message: string;
    if (first.tokenType.name === 'ListMarker')
      message = `list item ${first.image} must follow a qualifier list such as 'only if any of:'`;
    else if (previous === 'clause')
      message = `a clause holds one sentence: give ${quoted} its own clause number`;
    else if (previous === 'definition')
      message = `a definition holds one sentence: start ${quoted} on a new line with a clause number or 'define'`;
    else if (previous === undefined && /^[a-z][a-z-]*\s*:$/.test(first.image + (tokens[1]?.image ?? '')))
      message = `header fields must follow the policy title line: policy "TITLE"`;
    else message = `text outside any clause: start ${quoted} with a clause number such as 2.1`;
    this.error(message, first.startOffset, end);
  }

  sentence(node: CstNode, numberToken: IToken): A.Sentence {
    const elements = ordered(node);
    const noToken = node.children.No?.[0] as IToken | undefined;
    const modalNode = node.children.modalPart?.[0] as CstNode | undefined;
    const endToken = node.children.End?.[0] as IToken | undefined;
    const lead: IToken[] = [];
    const qualifiers: A.Qualifier[] = [];
    for (const el of elements) {
      if (isToken(el)) {
        if (el !== noToken && el !== endToken && el.tokenType.name !== 'End') lead.push(el);
      } else if (el.name === 'preQualifier') {
        qualifiers.push(this.qualifier(el, 'pre'));
      }
    }
    let subject: A.TextRun | undefined;
    let preface: A.TextRun | undefined;
    let modal: A.Modal | undefined;
    let action: A.TextRun | undefined;
    let actionList: A.List | undefined;
    const part = modalNode && this.modalPart(modalNode, noToken ? 'no' : 'plain');
    if (part) {
      const body = noToken ? lead : stripDiscourseAdverb(lead);
      if (body.length < lead.length) preface = this.run(lead.slice(0, lead.length - body.length));
      subject = this.run(body);
      if (!subject && qualifiers.length)
        subject = this.splitLeadingQualifier(qualifiers[qualifiers.length - 1]!);
      modal = part.modal;
      action = part.action;
      actionList = part.list;
      qualifiers.push(...part.qualifiers);
    } else {
      subject = this.run(lead);
    }
    const first = elements[0];
    const startOffset = noToken?.startOffset ?? (first ? startOf(first) : endOf(numberToken));
    const last = lastToken(node);
    const lastEnd = last ? endOf(last) : 0;
    const terminated =
      (!!endToken && real(endToken)) ||
      lastItem(actionList, qualifiers)?.terminator === '.' ||
      (!!last && last.tokenType.name === 'Abbreviation' && last.image.endsWith('.'));
    return {
      type: 'sentence',
      ...(preface ? { preface } : {}),
      ...(subject ? { subject } : {}),
      ...(modal ? { modal } : {}),
      ...(action ? { action } : {}),
      ...(actionList ? { actionList } : {}),
      qualifiers,
      terminated,
      ...this.span(startOffset, Math.max(lastEnd, startOffset)),
    };
  }

  /** "When time and circumstances permit, an officer …": the subject follows the condition's last comma. */
  private splitLeadingQualifier(qualifier: A.Qualifier): A.TextRun | undefined {
    const words = qualifier.condition?.words ?? [];
    const comma = words.map((w) => w.text).lastIndexOf(',');
    if (comma < 0) return undefined;
    const conditionWords = words.slice(0, comma);
    const subjectWords = words.slice(comma + 1);
    if (!subjectWords.length) return undefined;
    qualifier.condition = this.runOfWords(conditionWords);
    if (!qualifier.condition) delete qualifier.condition;
    qualifier.end = Math.max(
      qualifier.offset + qualifier.keyword.length,
      conditionWords[conditionWords.length - 1]?.end ?? 0,
    );
    qualifier.range = this.lines.range(qualifier.offset, qualifier.end);
    return this.runOfWords(subjectWords);
  }

  private runOfWords(words: A.Word[]): A.TextRun | undefined {
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last) return undefined;
    let text = '';
    let previousEnd = -1;
    for (const w of words) {
      if (previousEnd >= 0 && w.offset > previousEnd) text += ' ';
      text += w.text.replace(/\s+/g, ' ');
      previousEnd = w.end;
    }
    return { text, words, ...this.span(first.offset, last.end) };
  }

  modalPart(
    node: CstNode,
    form: 'plain' | 'no',
  ): { modal: A.Modal; action?: A.TextRun; list?: A.List; qualifiers: A.Qualifier[] } | undefined {
    const modalToken = node.children.Modal?.[0] as IToken | undefined;
    if (!modalToken || !real(modalToken)) return undefined;
    const not = node.children.Not?.[0] as IToken | undefined;
    const neither = node.children.Neither?.[0] as IToken | undefined;
    const phrase = modalToken.image.replace(/\s+/g, ' ');
    const negated = !!not || !!neither || form === 'no';
    const text = not && real(not) ? `${phrase} ${not.image}` : phrase;
    const modal: A.Modal = {
      type: 'modal',
      text,
      force: modalForce(phrase, negated),
      negated:
        negated || /\bnot\b|cannot|refrain|prohibited|forbidden|barred|precluded|discouraged/i.test(phrase),
      form: neither ? 'neither' : form,
      ...this.tokenSpan(modalToken, not && real(not) ? not : modalToken),
    };
    const actionNode = node.children.action?.[0] as CstNode | undefined;
    const { run: action, list } = actionNode
      ? this.textWithList(actionNode)
      : { run: undefined, list: undefined };
    const qualifiers = ((node.children.qualifier ?? []) as CstNode[]).map((q) => this.qualifier(q, 'post'));
    return { modal, ...(action ? { action } : {}), ...(list ? { list } : {}), qualifiers };
  }

  /** Text followed by list items; a trailing `any of:` opens the list rather than ending the text. */
  private textWithList(node: CstNode, skip?: IToken): { run?: A.TextRun; list?: A.List } {
    const tokens = tokensOf(node).filter((t) => t !== skip);
    const items = ((node.children.item ?? []) as CstNode[]).map((i) => this.item(i));
    let intro: IToken | undefined;
    if (items.length && tokens[tokens.length - 1]?.tokenType.name === 'ListIntro') intro = tokens.pop();
    const run = this.run(tokens);
    if (!items.length) return run ? { run } : {};
    const first = intro ?? items[0]!;
    const start = 'startOffset' in first ? first.startOffset : first.offset;
    const list: A.List = {
      type: 'list',
      quantifier: quantifierOf(intro?.image, items),
      ...(intro ? { intro: intro.image.replace(/\s+/g, ' ') } : {}),
      items,
      ...this.span(start, items[items.length - 1]!.end),
    };
    return run ? { run, list } : { list };
  }

  qualifier(node: CstNode, position: 'pre' | 'post'): A.Qualifier {
    const kw = node.children.Qualifier![0] as IToken; // a qualifier node always starts with its keyword
    const keyword = kw.image.replace(/\s+/g, ' ');
    const { run, list } = this.textWithList(node, kw);
    const end = Math.max(endOf(kw), run?.end ?? 0, list?.end ?? 0);
    return {
      type: 'qualifier',
      keyword,
      kind: qualifierKind(keyword),
      keywordRange: this.lines.range(kw.startOffset, endOf(kw)),
      ...(run ? { condition: run } : {}),
      ...(list ? { list } : {}),
      position,
      ...this.span(kw.startOffset, end),
    };
  }

  item(node: CstNode): A.ListItem {
    const marker = node.children.ListMarker![0] as IToken; // an item node always starts with its marker
    const semicolon = node.children.Semicolon?.[0] as IToken | undefined;
    const end = node.children.End?.[0] as IToken | undefined;
    const connective = node.children.Word?.find(
      (w) => isToken(w) && semicolon && w.startOffset > semicolon.startOffset,
    ) as IToken | undefined;
    const textTokens = tokensOf(node).filter(
      (t) => t !== marker && t !== semicolon && t !== end && t !== connective,
    );
    const text = this.run(textTokens) ?? { text: '', words: [], ...this.tokenSpan(marker) };
    const terminator = semicolon && real(semicolon) ? ';' : end && real(end) ? '.' : undefined;
    const lastToken = [connective, end, semicolon].find((t) => t && real(t));
    return {
      type: 'list-item',
      marker: marker.image,
      text,
      ...(connective ? { connective: connective.image.toLowerCase() === 'or' ? 'or' : 'and' } : {}),
      terminator,
      ...this.span(marker.startOffset, Math.max(text.end, lastToken ? endOf(lastToken) : 0)),
    };
  }
}

function stripDiscourseAdverb(tokens: IToken[]): IToken[] {
  const [first, second] = tokens;
  if (first && second?.image === ',' && DISCOURSE_ADVERBS.has(first.image.toLowerCase()))
    return tokens.slice(2);
  return tokens;
}

function quantifierOf(intro: string | undefined, items: A.ListItem[]): 'any' | 'all' | undefined {
  const head = intro?.toLowerCase() ?? '';
  if (/^(?:any|either|one\s+or\s+more)\b/.test(head)) return 'any';
  if (/^(?:all|each|both)\b/.test(head)) return 'all';
  if (items.some((i) => i.connective === 'or')) return 'any';
  if (items.some((i) => i.connective === 'and')) return 'all';
  return undefined;
}

function lastItem(actionList: A.List | undefined, qualifiers: A.Qualifier[]): A.ListItem | undefined {
  const lastQualifier = qualifiers[qualifiers.length - 1];
  const list =
    lastQualifier?.list ??
    (lastQualifier?.condition ? undefined : actionList) ??
    (qualifiers.length ? undefined : actionList);
  return list?.items[list.items.length - 1];
}

/** The last real token under `node`. Each child list is in source order, so only its end is read. */
function lastToken(node: CstNode): IToken | undefined {
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

function validDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
