/**
 * The LSP lifecycle, as the specification puts it: before `initialize` every request is refused
 * with ServerNotInitialized (-32002) and every notification but `exit` dropped; after `shutdown`
 * every request is refused with InvalidRequest and every notification but `exit` dropped. The
 * connection's message strategy sees each message before it is dispatched, and turns a request
 * that must be refused into one of two requests the server refuses itself, so that the refusal
 * goes back through the connection like any answer.
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

/** A message strategy that keeps the lifecycle; give one to each connection. */
export function lifecycleStrategy(): MessageStrategy {
  let state: 'new' | 'running' | 'down' = 'new';
  return {
    handleMessage(message, next) {
      if (Message.isRequest(message)) {
        if (state === 'new' && message.method !== 'initialize')
          return next({ ...message, method: NOT_INITIALIZED, params: undefined } as Message);
        if (state === 'down') return next({ ...message, method: SHUT_DOWN, params: undefined } as Message);
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
}
