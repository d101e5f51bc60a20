/**
 * The last line of defence of every HTTP handler: whatever it throws or rejects with is logged with
 * a request id and answered with a 500 that says nothing about the inside, so no request can end
 * the process. The id is sent to the client too (X-Request-Id) so a report can be matched to a log.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const requestIds = new AsyncLocalStorage<string>();

/** The id of the request being handled, wherever in its asynchronous work this is called. */
export const currentRequestId = (): string | undefined => requestIds.getStore();

export type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/** Logs `error` for request `id`; the stack stays in the log, never in an answer. */
function logRequestError(id: string, request: IncomingMessage, error: unknown): void {
  const where = `${request.method ?? '?'} ${(request.url ?? '').slice(0, 200)}`;
  console.error(`[http] request ${id} ${where} failed:`, error);
}

function answerInternalError(id: string, response: ServerResponse): void {
  if (response.headersSent) {
    // Half an answer is already out: all that is left is to cut the connection.
    response.destroy();
    return;
  }
  response.writeHead(500, { 'content-type': 'application/json', connection: 'close' }).end(
    JSON.stringify({
      errors: [
        {
          message: `Internal server error (request ${id}).`,
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: id },
        },
      ],
    }),
  );
}

/** `handler`, with its synchronous throws and asynchronous rejections caught, logged and answered. */
export function guarded(handler: Handler): Handler {
  return (request, response) => {
    const id = randomUUID();
    response.setHeader('x-request-id', id);
    const fail = (error: unknown) => {
      logRequestError(id, request, error);
      answerInternalError(id, response);
    };
    try {
      const result = requestIds.run(id, () => handler(request, response));
      if (result instanceof Promise) result.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}
