/**
 * Syntax error messages a drafter understands: what was expected, in words, and after what.
 */
import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';

const DESCRIPTIONS: Record<string, string> = {
  Modal: 'a modal such as shall, must or may',
  ModalWord: 'a modal such as shall, must or may',
  ModalPhrase: 'a modal such as shall, must or may',
  End: "'.' to end the sentence",
  StringLiteral: 'a title in quotes',
  NumberLiteral: 'a section number such as 2 or 2.3',
  As: "'as' and the kind of thing defined (agency, member of …, role, authority, term, document)",
  Word: 'a word',
  Prose: 'some text',
  Text: 'some text',
  ActionText: 'some text',
  ItemText: 'some text',
  AnyText: 'some text',
  Semicolon: "';'",
  ListMarker: 'a list item such as a. or (a)',
  HeaderKey: 'a header field such as agency: or effective:',
  ClauseNumber: 'a clause number such as 2.1',
  EOF: 'the end of the file',
};

/** What to call a token type in a message. */
export function describe(type: TokenType): string {
  return DESCRIPTIONS[type.name] ?? type.name;
}

/**
 * The token that follows the parser's input when the input is one chunk of a longer text (see
 * parse.ts): the end of the chunk is not the end of the file, and a message names that token.
 */
let follower: IToken | undefined;
let followerNamed = false;

/** Sets the token after the input for the next parse (none: the input ends the file). */
export function inputFollowedBy(token: IToken | undefined): void {
  follower = token;
  followerNamed = false;
}

/** True when a message since `inputFollowedBy` named the token after the input. */
export function followerNamedInMessage(): boolean {
  return followerNamed;
}

const isEnd = (token: IToken | undefined) =>
  !token || token.image === undefined || token.tokenType?.name === 'EOF';

function quote(token: IToken | undefined): string {
  if (isEnd(token) && follower) {
    followerNamed = true;
    token = follower;
  }
  if (!token || isEnd(token)) return 'the end of the file';
  const image = token.image.replace(/\s+/g, ' ');
  return `'${image.length > 40 ? image.slice(0, 40) + '…' : image}'`;
}

function after(previous: IToken | undefined): string {
  return previous && previous.image !== undefined && previous.tokenType?.name !== 'EOF'
    ? ` after ${quote(previous)}`
    : '';
}

/** What a rule expects when nothing it can start with comes next. */
const RULE_EXPECTATIONS: Record<string, string> = {
  action: 'an action',
  text: 'some text',
  headerField: 'a value',
  item: 'the text of the list item',
  definition: 'the kind of thing defined (agency, member of …, role, authority, term, document)',
  sentence: 'the subject of the sentence (who must or may act)',
};

/** Chevrotain's hook for error messages. */
export const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, previous, ruleName }) {
    // Nothing more was expected: the item is complete and what follows cannot start another.
    if (expected.name === 'EOF')
      return actual.tokenType.name === 'PolicyKw'
        ? `the header (policy "TITLE") must come first in the file, before any definition or clause`
        : `unexpected ${quote(actual)}`;
    if (ruleName === 'action') return `expected an action${after(previous)}, found ${quote(actual)}`;
    if (expected.name === 'StringLiteral' && ruleName === 'section')
      return `expected the section's title in quotes${after(previous)}`;
    if (expected.name === 'StringLiteral' && ruleName === 'header')
      return `expected the policy's title in quotes${after(previous)}`;
    return `expected ${describe(expected)}${after(previous)}, found ${quote(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `unexpected ${quote(firstRedundant)}`;
  },
  buildNoViableAltMessage({ actual, previous, ruleName }) {
    const wanted = RULE_EXPECTATIONS[ruleName] ?? 'something else';
    return `expected ${wanted}${after(previous)}, found ${quote(actual[0])}`;
  },
  buildEarlyExitMessage({ actual, previous, ruleName, expectedIterationPaths }) {
    const first = expectedIterationPaths[0]?.[0];
    const wanted = RULE_EXPECTATIONS[ruleName] ?? (first ? describe(first) : 'something else');
    return `expected ${wanted}${after(previous)}, found ${quote(actual[0])}`;
  },
};
