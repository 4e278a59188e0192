/**
 * The concrete-syntax parser. Rules are class fields (so a typo in a rule name fails to compile)
 * and error recovery is on: a broken clause yields an error and the parser re-synchronises at the
 * next clause, section, note or definition.
 */
import {
  CstParser,
  EOF,
  tokenMatcher,
  type CstElement,
  type CstNode,
  type IOrAlt,
  type IToken,
  type TokenType,
} from 'chevrotain';
import * as T from './tokens.js';
import { messages } from './syntax-messages.js';

const CONNECTIVES = new Set(['or', 'and', 'and/or']);
/** Words after a comma that join a second duty to the first rather than end a condition. */
const JOINING = new Set(['and', 'or', 'but', 'then', 'and/or']);

/**
 * The `children` of a CST node. Chevrotain makes them with `Object.create(null)`, so that a child
 * named like an `Object.prototype` member reads as absent; V8 keeps such an object in dictionary
 * mode, about 200 bytes more per node and slower to fill and read. Instances of this constructor
 * have the same lookups (their only prototype has no properties and a null prototype) with fast
 * properties: a third less CST memory, which the garbage collector has to copy.
 */
const CstChildren = function () {} as unknown as new () => Record<string, CstElement[]>;
CstChildren.prototype = Object.create(null) as object;

/** Chevrotain parser for `.policy` documents; one instance is reused for every parse. */
export class PolicyParser extends CstParser {
  /**
   * With `validate`, Chevrotain checks the grammar as it builds the parser (ambiguities, left
   * recursion, unreachable alternatives) and throws on a fault. The tests build one that way; the
   * shared parser skips the checks, which are a third of the time it takes to build, at every start.
   */
  constructor({ validate = false }: { validate?: boolean } = {}) {
    super(T.allTokens, {
      recoveryEnabled: true,
      errorMessageProvider: messages,
      maxLookahead: 2,
      // No node locations: the AST builder reads spans from tokens, and a location object on
      // every CST node is memory the garbage collector has to copy.
      nodeLocationTracking: 'none',
      skipValidations: !validate,
    });
    this.performSelfAnalysis();
  }

  /**
   * Opens the CST node of a rule that starts (Chevrotain's tree builder calls it; this replaces
   * its version, which differs only in how `children` is made: see `CstChildren`).
   */
  cstInvocationStateUpdate(fullRuleName: string): void {
    const node: CstNode = { name: fullRuleName, children: new CstChildren() };
    (this as unknown as { CST_STACK: CstNode[] }).CST_STACK.push(node);
  }

  /**
   * The alternatives of a top-level item, built once: an OR's array of alternatives is otherwise
   * rebuilt for every item of every document (Chevrotain's performance guide, "Caching Arrays of
   * Alternatives").
   */
  private readonly topLevelItem: IOrAlt<unknown>[] = [
    { ALT: () => this.SUBRULE(this.definition) },
    { ALT: () => this.SUBRULE(this.section) },
    { ALT: () => this.SUBRULE(this.note) },
    { ALT: () => this.SUBRULE(this.clause) },
    { ALT: () => this.SUBRULE(this.stray) },
  ];

  /** A word of the subject or a qualifier before the modal; built once, as it is chosen per word. */
  private readonly subjectPiece: IOrAlt<unknown>[] = [
    { ALT: () => this.CONSUME2(T.Text) },
    { ALT: () => this.SUBRULE(this.preQualifier) },
  ];

  /** The whole file: an optional header, then definitions, sections, notes and clauses in any order. */
  document = this.RULE('document', () => {
    this.OPTION(() => this.SUBRULE(this.header));
    this.MANY(() => this.OR(this.topLevelItem));
  });

  header = this.RULE('header', () => {
    this.CONSUME(T.PolicyKw);
    this.CONSUME(T.StringLiteral);
    this.MANY(() => this.SUBRULE(this.headerField));
  });

  headerField = this.RULE('headerField', () => {
    this.CONSUME(T.HeaderKey);
    this.AT_LEAST_ONE(() => this.CONSUME(T.AnyText));
  });

  /** `define NAME as KIND ["LONG NAME"] [: TEXT].` — the kind words are checked when the AST is built. */
  definition = this.RULE('definition', () => {
    this.CONSUME(T.DefineKw);
    this.OR([{ ALT: () => this.CONSUME(T.StringLiteral) }, { ALT: () => this.CONSUME(T.Word) }]);
    this.CONSUME(T.As);
    this.AT_LEAST_ONE(() => this.CONSUME2(T.Word));
    this.OPTION(() => this.CONSUME2(T.StringLiteral));
    this.OPTION2(() => {
      this.CONSUME(T.Colon);
      this.MANY(() =>
        this.OR2([{ ALT: () => this.CONSUME(T.ItemText) }, { ALT: () => this.CONSUME(T.Semicolon) }]),
      );
    });
    // Optional here, required when the definition is built: its text may end with its own stop
    // ("… at 1600 N. 16th St.", '… a "green card."'), as a sentence's may.
    this.OPTION3(() => this.CONSUME(T.End));
  });

  section = this.RULE('section', () => {
    this.CONSUME(T.SectionKw);
    this.CONSUME(T.NumberLiteral);
    this.CONSUME(T.StringLiteral);
  });

  note = this.RULE('note', () => {
    this.CONSUME(T.NoteKw);
    this.MANY(() =>
      this.OR([{ ALT: () => this.CONSUME(T.AnyText) }, { ALT: () => this.CONSUME(T.ListMarker) }]),
    );
  });

  clause = this.RULE('clause', () => {
    this.CONSUME(T.ClauseNumber);
    this.SUBRULE(this.sentence);
  });

  /**
   * `[No] SUBJECT MODAL ACTION QUALIFIER* .` or a statement without a modal. Qualifiers may also
   * come before the modal ("When time and circumstances permit, an officer should …").
   */
  sentence = this.RULE('sentence', () => {
    this.OR(this.sentenceForms);
    this.OPTION2(() => this.CONSUME(T.End));
  });

  /** The two forms of a sentence, built once: this OR runs for every clause. */
  private readonly sentenceForms: IOrAlt<unknown>[] = [
    {
      // `No` is prose too, so the second form could also start with it: the first form wins.
      IGNORE_AMBIGUITIES: true,
      ALT: () => {
        this.CONSUME(T.No);
        this.AT_LEAST_ONE(() => this.CONSUME1(T.Text));
        this.SUBRULE(this.modalPart);
      },
    },
    {
      ALT: () => {
        this.AT_LEAST_ONE2(() => this.OR2(this.subjectPiece));
        this.OPTION(() => this.SUBRULE2(this.modalPart));
      },
    },
  ];

  modalPart = this.RULE('modalPart', () => {
    this.CONSUME(T.Modal);
    this.OPTION(() => this.CONSUME(T.Not));
    this.OPTION2(() => this.CONSUME(T.Neither));
    this.SUBRULE(this.action);
    this.MANY(() => this.SUBRULE(this.qualifier));
  });

  /** What the subject must, may or must not do; it may end in a list ("… under the following circumstances:"). */
  action = this.RULE('action', () => {
    this.CONSUME(T.Text);
    this.MANY(() => this.CONSUME(T.ActionText));
    this.MANY2(() => this.SUBRULE(this.item));
  });

  /** A qualifier keyword and its condition (words, a list of items, or both), after the modal. */
  qualifier = this.RULE('qualifier', () => {
    this.CONSUME(T.Qualifier);
    this.MANY(() => this.CONSUME(T.ActionText));
    this.MANY2(() => this.SUBRULE(this.item));
  });

  /**
   * A qualifier before the modal: its condition stops where the modal starts, unless a comma and
   * another modal follow ("When a person is to be released, Officers shall …": see
   * `modalInCondition`).
   */
  preQualifier = this.RULE('preQualifier', () => {
    this.CONSUME(T.Qualifier);
    this.MANY({
      // The gate runs before each word: a modal that is not the condition's ends it.
      GATE: () => !tokenMatcher(this.LA(1), T.Modal) || this.modalInCondition(),
      DEF: () => this.OR(this.conditionPiece),
    });
    this.MANY2(() => this.SUBRULE(this.item));
  });

  /** A word of a leading condition; built once, as it is chosen per word. */
  private readonly conditionPiece: IOrAlt<unknown>[] = [
    { ALT: () => this.CONSUME(T.Text) },
    { ALT: () => this.CONSUME(T.Modal) },
  ];

  /**
   * Whether the modal ahead belongs to the leading condition being read: no comma has ended that
   * condition yet, and after the next comma the clause's own modal follows before the sentence
   * ends ("If the person is required to register, Officers shall …"). A comma followed by "and",
   * "or", "but" or "then" joins a second duty instead ("When asked, Officers shall notify the
   * Commander, and may …" keeps "shall").
   */
  private modalInCondition(): boolean {
    for (let k = 0; ; k--) {
      const t = this.LA(k);
      if (t.tokenType === T.Comma) return false;
      if (tokenMatcher(t, T.Qualifier) || t.tokenType === EOF || t.tokenType === T.ClauseNumber) break;
    }
    let comma = false;
    for (let k = 2; k < 80; k++) {
      const t = this.LA(k);
      const type = t.tokenType;
      if (type === EOF || type === T.End || type === T.Semicolon || type === T.ClauseNumber) return false;
      if (comma && tokenMatcher(t, T.Modal)) return true;
      if (comma || type !== T.Comma) {
        if (!comma && tokenMatcher(t, T.Modal)) return false;
        continue;
      }
      comma = true;
      const next = this.LA(k + 1);
      if (next.tokenType === T.Word && JOINING.has(next.image.toLowerCase())) return false;
    }
    return false;
  }

  /** `a. the individual is arrested for any violent felony; or` */
  item = this.RULE('item', () => {
    this.CONSUME(T.ListMarker);
    this.AT_LEAST_ONE(() => this.CONSUME(T.ItemText));
    this.OPTION(() =>
      this.OR2([
        {
          ALT: () => {
            this.CONSUME(T.Semicolon);
            this.OPTION2({
              GATE: () => isConnective(this.LA(1)) && this.LA(2).tokenType === T.ListMarker,
              DEF: () => this.CONSUME(T.Word),
            });
          },
        },
        { ALT: () => this.CONSUME(T.End) },
      ]),
    );
  });

  /** Text outside any clause (a missing clause number, a second sentence): kept, and reported. */
  stray = this.RULE('stray', () => {
    this.AT_LEAST_ONE(() =>
      this.OR([
        { ALT: () => this.CONSUME(T.AnyText) },
        { ALT: () => this.CONSUME(T.ListMarker) },
        { ALT: () => this.CONSUME(T.HeaderKey) },
      ]),
    );
  });
}

function isConnective(token: IToken): boolean {
  return token.tokenType === T.Word && CONNECTIVES.has(token.image.toLowerCase());
}

/** The shared parser instance (Chevrotain parsers are meant to be reused). */
export const parser = new PolicyParser();

/** Names of CST children, for the AST builder. */
export type Cst = CstNode;
export type { TokenType };
