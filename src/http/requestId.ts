/**
 * The request id of an HTTP request: the caller's `X-Request-Id` when it is safe to log and forward
 * (letters, digits and `._:-`, at most 128 characters), otherwise a new UUID. It is sent upstream,
 * returned in the response's `X-Request-Id` and written on every log line of the request.
 */
import { randomUUID } from 'node:crypto';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request id to use for a request that carried `header` (or none). */
export function requestIdFrom(header: string | undefined): string {
  return header !== undefined && SAFE_REQUEST_ID.test(header) ? header : randomUUID();
}
