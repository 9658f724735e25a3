import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimulatorResponse } from '../http/handler.js';
import type { FaultRule } from './faults.js';

/** Cancels stalls when the server closes, so close() never waits on a stalled request. */
export type StallTracker = Set<NodeJS.Timeout>;

const REASON_CODES: Readonly<Record<number, string>> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  422: 'InvalidPayload',
  429: 'TooManyRequests',
  500: 'InternalError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

/** Answers a `status` fault: the rule's body, or a Bird-shaped error for the status. */
export function statusFaultResponse(rule: FaultRule): SimulatorResponse {
  const status = rule.status ?? 500;
  const body = rule.body ?? {
    code: REASON_CODES[status] ?? 'InjectedFault',
    message: `Injected fault: HTTP ${status}`,
  };
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (rule.retryAfter !== undefined) headers['retry-after'] = String(rule.retryAfter);
  return { status, headers, body: status === 204 || status === 304 ? null : JSON.stringify(body) };
}

/** Destroys the connection without answering. */
export function resetConnection(request: IncomingMessage): void {
  request.socket.destroy();
}

/** Never answers; closes the connection after `stallMs` if given. */
export function stallHeaders(
  request: IncomingMessage,
  rule: FaultRule,
  stalls: StallTracker,
): void {
  closeLater(request, rule.stallMs, stalls);
}

/**
 * Sends the status, the headers (with the full Content-Length) and the first half of the body,
 * then stalls: clients see a response start and then a body that never completes.
 */
export function stallBody(
  request: IncomingMessage,
  response: ServerResponse,
  answer: SimulatorResponse,
  rule: FaultRule,
  stalls: StallTracker,
): void {
  const body = answer.body === null ? Buffer.from('{}') : Buffer.from(answer.body);
  response.writeHead(answer.status, {
    ...answer.headers,
    'content-length': String(body.byteLength),
  });
  response.write(body.subarray(0, Math.max(1, Math.floor(body.byteLength / 2))));
  closeLater(request, rule.stallMs, stalls);
}

function closeLater(
  request: IncomingMessage,
  stallMs: number | undefined,
  stalls: StallTracker,
): void {
  if (stallMs === undefined || stallMs === Infinity) return;
  const timer = setTimeout(() => {
    stalls.delete(timer);
    request.socket.destroy();
  }, stallMs);
  stalls.add(timer);
  request.socket.once('close', () => {
    clearTimeout(timer);
    stalls.delete(timer);
  });
}
