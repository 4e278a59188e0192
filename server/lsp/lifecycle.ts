/**
 * The LSP lifecycle, as the specification puts it: before `initialize` every request is refused
 * with ServerNotInitialized (-32002) and every notification but `exit` dropped; after `shutdown`
 * every request is refused with InvalidRequest and every notification but `exit` dropped. A
 * request whose params lack what the specification requires is refused with InvalidParams, not
 * left to fail inside a handler with a JavaScript error. The connection's message strategy sees
 * each message before it is dispatched, and turns a request that must be refused into one of three
 * requests the server refuses itself, so that the refusal goes back through the connection like
 * any answer.
 */
import {
  ErrorCodes,
  Message,
  ResponseError,
  type Connection,
  type MessageStrategy,
} from 'vscode-languageserver';

const NOT_INITIALIZED = '$/redline/refuse/notInitialized';
const SHUT_DOWN = '$/redline/refuse/shutDown';
const INVALID_PARAMS = '$/redline/refuse/invalidParams';

/** What each request the server answers needs in its params, beyond an object: the fields read. */
const REQUIRED: Record<string, readonly string[]> = {
  'textDocument/completion': ['textDocument', 'position'],
  'textDocument/hover': ['textDocument', 'position'],
  'textDocument/definition': ['textDocument', 'position'],
  'textDocument/references': ['textDocument', 'position', 'context'],
  'textDocument/prepareRename': ['textDocument', 'position'],
  'textDocument/rename': ['textDocument', 'position', 'newName'],
  'textDocument/codeAction': ['textDocument', 'range', 'context'],
  'textDocument/codeLens': ['textDocument'],
  'textDocument/documentSymbol': ['textDocument'],
  'textDocument/foldingRange': ['textDocument'],
  'textDocument/formatting': ['textDocument'],
  'textDocument/semanticTokens/full': ['textDocument'],
  'textDocument/semanticTokens/range': ['textDocument', 'range'],
  'textDocument/diagnostic': ['textDocument'],
  'workspace/symbol': ['query'],
};

/** The field a request lacks (or holds as the wrong kind of value), or undefined. */
function missingParam(method: string, params: unknown): string | undefined {
  const required = REQUIRED[method];
  if (!required) return undefined;
  if (typeof params !== 'object' || params === null) return 'params';
  const p = params as Record<string, unknown>;
  for (const field of required) {
    const value = p[field];
    if (value === undefined || value === null) return field;
    if (field === 'textDocument' && typeof (value as { uri?: unknown }).uri !== 'string')
      return 'textDocument.uri';
    if (field === 'position' && !isPosition(value)) return 'position';
    if (
      field === 'range' &&
      !(isPosition((value as { start?: unknown }).start) && isPosition((value as { end?: unknown }).end))
    )
      return 'range';
    if ((field === 'newName' || field === 'query') && typeof value !== 'string') return field;
  }
  return undefined;
}

function isPosition(value: unknown): boolean {
  const p = value as { line?: unknown; character?: unknown } | undefined;
  return typeof p?.line === 'number' && typeof p.character === 'number';
}

/** A message strategy that keeps the lifecycle; give one to each connection. */
export function lifecycleStrategy(): MessageStrategy {
  let state: 'new' | 'running' | 'down' = 'new';
  return {
    handleMessage(message, next) {
      if (Message.isRequest(message)) {
        if (state === 'new' && message.method !== 'initialize')
          return next({ ...message, method: NOT_INITIALIZED, params: undefined } as Message);
        if (state === 'down') return next({ ...message, method: SHUT_DOWN, params: undefined } as Message);
        const missing = missingParam(message.method, message.params);
        if (missing !== undefined)
          return next({
            ...message,
            method: INVALID_PARAMS,
            params: { method: message.method, missing },
          } as Message);
        if (message.method === 'initialize') state = 'running';
        else if (message.method === 'shutdown') state = 'down';
      } else if (Message.isNotification(message) && state !== 'running' && message.method !== 'exit') return;
      next(message);
    },
  };
}

/** The requests `lifecycleStrategy` turns refused ones into, answered with their errors. */
export function registerRefusals(connection: Connection): void {
  connection.onRequest(NOT_INITIALIZED, () => {
    throw new ResponseError(ErrorCodes.ServerNotInitialized, 'the server has not been initialized yet');
  });
  connection.onRequest(SHUT_DOWN, () => {
    throw new ResponseError(ErrorCodes.InvalidRequest, 'the server has been shut down');
  });
  connection.onRequest(INVALID_PARAMS, ({ method, missing }: { method: string; missing: string }) => {
    throw new ResponseError(ErrorCodes.InvalidParams, `${method}: '${missing}' is missing or malformed`);
  });
}
