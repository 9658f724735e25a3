/**
 * Apollo's multipart HTTP subscriptions (the protocol Apollo Client, Apollo iOS and Apollo Kotlin
 * speak without a WebSocket): `POST /graphql` with `Accept: multipart/mixed;subscriptionSpec="1.0"`
 * answers `multipart/mixed;boundary="graphql";subscriptionSpec="1.0"`, one JSON part per event as
 * `{"payload": <result>}`, an empty `{}` part as a heartbeat every SUBSCRIPTION_HEARTBEAT_MS, and
 * the closing boundary when the subscription ends. Refusals before the stream opens (bad document,
 * no or refused credentials, too costly) are ordinary JSON answers with their HTTP status.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { OperationTypeNode, type ExecutionResult } from 'graphql';
import type { RequestInfo } from '../../graphql/context.js';
import { checkStatus } from '../../graphql/streaming/credentialChecks.js';
import type { StreamRunner } from '../../graphql/streaming/runner.js';
import { connectionOpened, type StreamObserver } from '../../graphql/streaming/streamObserver.js';
import { sendJson } from '../respond.js';

const ACCEPTS_MULTIPART_SUBSCRIPTIONS = /multipart\/mixed[^,]*;\s*subscriptionSpec="?1\.0"?/i;
const CONTENT_TYPE = 'multipart/mixed;boundary="graphql";subscriptionSpec="1.0"';
const PART = '\r\n--graphql\r\ncontent-type: application/json; charset=utf-8\r\n\r\n';
const END = '\r\n--graphql--\r\n';

/** True when the request asks for Apollo's multipart subscription protocol. */
export function wantsMultipartSubscription(req: IncomingMessage): boolean {
  return ACCEPTS_MULTIPART_SUBSCRIPTIONS.test(req.headers.accept ?? '');
}

export interface MultipartDeps {
  readonly runner: StreamRunner;
  readonly heartbeatMs: number;
  readonly observer: StreamObserver;
}

/**
 * Creates the handler. It returns false, having written nothing, when the operation is not a
 * subscription: queries and mutations with that Accept header go the ordinary way.
 */
export function createMultipartHandler(deps: MultipartDeps) {
  const { runner } = deps;
  return async (
    req: IncomingMessage,
    res: ServerResponse,
    params: Record<string, unknown>,
    info: RequestInfo,
  ): Promise<boolean> => {
    const ctx = runner.context(info);
    const prepared = runner.prepare(params, ctx);
    if (
      prepared.kind === 'ready' &&
      prepared.operation.operation !== OperationTypeNode.SUBSCRIPTION
    )
      return false;
    if (prepared.kind === 'refused') {
      sendJson(res, prepared.status, { errors: runner.formatErrors(prepared.errors) });
      return true;
    }
    const refusedBy = await runner.verify(ctx);
    if (refusedBy !== null) {
      sendJson(res, checkStatus(refusedBy), { errors: runner.formatErrors([refusedBy]) });
      return true;
    }
    const outcome = await runner.run(prepared, info, 'multipart');
    if (!(Symbol.asyncIterator in outcome)) {
      sendJson(res, 200, runner.format(outcome));
      return true;
    }
    await stream(req, res, outcome, deps);
    return true;
  };
}

async function stream(
  req: IncomingMessage,
  res: ServerResponse,
  results: AsyncIterableIterator<ExecutionResult>,
  deps: MultipartDeps,
): Promise<void> {
  res.writeHead(200, {
    'content-type': CONTENT_TYPE,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.flushHeaders();
  const closed = connectionOpened(deps.observer, 'multipart');
  const write = (body: unknown) => res.write(PART + JSON.stringify(body));
  const heartbeat = setInterval(() => write({}), deps.heartbeatMs);
  // A client that goes away ends its subscription (and its upstream work) at once.
  const stop = () => void results.return?.();
  req.socket.once('close', stop);
  res.once('close', stop);
  try {
    for await (const result of results) {
      if (!res.writable) break;
      write({ payload: deps.runner.format(result) });
    }
  } finally {
    clearInterval(heartbeat);
    closed();
    req.socket.off('close', stop);
    if (res.writable) res.end(END);
  }
}
