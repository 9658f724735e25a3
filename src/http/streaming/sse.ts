/**
 * graphql-sse at `/graphql/stream`, in "distinct connections" mode only (one operation per
 * `text/event-stream` response; the single-connection mode's reservations are refused). The body
 * is read with the same size limit as `/graphql`; credentials come from the request's headers and
 * are checked against Bird before the stream opens, so a refused key gets a plain 401/403 answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  createHandler,
  type Request as SseRequest,
  type Response as SseResponse,
} from 'graphql-sse';
import { OperationTypeNode, type GraphQLError } from 'graphql';
import type { RequestInfo } from '../../graphql/context.js';
import { payloadTooLarge } from '../../graphql/errors.js';
import { checkStatus } from '../../graphql/streaming/credentialChecks.js';
import type { StreamRunner } from '../../graphql/streaming/runner.js';
import { connectionOpened, type StreamObserver } from '../../graphql/streaming/streamObserver.js';
import { BodyTooLarge, readBody } from '../body.js';
import { sendError } from '../respond.js';
import { requestInfoOf } from './credentials.js';

const STATUS_TEXT: Readonly<Record<number, string>> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  413: 'Payload Too Large',
  503: 'Service Unavailable',
};

interface SseContext {
  readonly info: RequestInfo;
}

function refusal(
  errors: readonly GraphQLError[],
  status: number,
  runner: StreamRunner,
): SseResponse {
  return [
    JSON.stringify({ errors: runner.formatErrors(errors) }),
    {
      status,
      statusText: STATUS_TEXT[status] ?? 'Bad Request',
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
  ];
}

/** Creates the `/graphql/stream` handler. */
export function createSseHandler(deps: {
  runner: StreamRunner;
  maxBodyBytes: number;
  observer: StreamObserver;
}) {
  const { runner } = deps;
  const handler = createHandler<IncomingMessage, SseContext>({
    // No tokens: every stream is a distinct connection carrying one operation.
    authenticate: () => null,
    onSubscribe: async (req: SseRequest<IncomingMessage, SseContext>, params) => {
      const { info } = req.context;
      const ctx = runner.context(info);
      const prepared = runner.prepare({ ...params }, ctx);
      if (prepared.kind === 'refused') return refusal(prepared.errors, prepared.status, runner);
      if (prepared.operation.operation === OperationTypeNode.SUBSCRIPTION) {
        const error = await runner.verify(ctx);
        if (error !== null) return refusal([error], checkStatus(error), runner);
      }
      return runner.run(prepared, info, 'sse');
    },
    onNext: (_ctx, _req, result) => ('hasNext' in result ? result : runner.mask(result)),
  });

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let body: string | null = null;
    if (req.method === 'POST') {
      try {
        body = await readBody(req, deps.maxBodyBytes);
      } catch (err) {
        if (err instanceof BodyTooLarge) {
          sendError(res, payloadTooLarge(deps.maxBodyBytes));
          return;
        }
        throw err;
      }
    }
    const [responseBody, init] = await handler({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: {
        get: (key: string) => {
          const value = req.headers[key.toLowerCase()];
          return Array.isArray(value) ? value.join(', ') : value;
        },
      },
      body,
      raw: req,
      context: { info: requestInfoOf(req) },
    });
    res.writeHead(init.status, init.statusText, init.headers);
    if (responseBody === null || typeof responseBody === 'string') {
      res.end(responseBody ?? undefined);
      return;
    }
    res.once('close', () => void responseBody.return(undefined));
    const closed = connectionOpened(deps.observer, 'sse');
    try {
      for await (const chunk of responseBody) {
        if (!res.writable) break;
        res.write(chunk);
      }
      res.end();
    } finally {
      closed();
    }
  };
}
