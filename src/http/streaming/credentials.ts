/**
 * Where a streaming client's credentials come from: a WebSocket's `connection_init` payload (keys
 * matched case-insensitively, as HTTP headers are) or, failing that, its upgrade request's
 * headers; an SSE or multipart request's headers.
 */
import type { IncomingMessage } from 'node:http';
import type { RequestInfo } from '../../graphql/context.js';

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The request info of an HTTP request (SSE, multipart, or a WebSocket's upgrade). */
export function requestInfoOf(req: IncomingMessage): RequestInfo {
  return {
    authorization: header(req, 'authorization'),
    workspaceId: header(req, 'x-bird-workspace-id'),
    requestId: header(req, 'x-request-id'),
  };
}

function payloadValue(
  payload: Readonly<Record<string, unknown>>,
  name: string,
): string | undefined {
  for (const [key, value] of Object.entries(payload)) {
    if (key.toLowerCase() === name && typeof value === 'string') return value;
  }
  return undefined;
}

/**
 * A WebSocket's credentials: from `connection_init` when its payload names an `authorization`,
 * else from the upgrade headers (browsers cannot set headers on a WebSocket, other clients can).
 */
export function connectionRequestInfo(
  payload: Readonly<Record<string, unknown>> | undefined,
  upgrade: IncomingMessage,
): RequestInfo {
  const fromHeaders = requestInfoOf(upgrade);
  const authorization = payload === undefined ? undefined : payloadValue(payload, 'authorization');
  if (authorization === undefined) return fromHeaders;
  return {
    authorization,
    workspaceId:
      (payload === undefined ? undefined : payloadValue(payload, 'x-bird-workspace-id')) ??
      fromHeaders.workspaceId,
    requestId: fromHeaders.requestId,
  };
}
