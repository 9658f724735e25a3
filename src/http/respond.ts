/**
 * Responses the HTTP layer writes itself (health, refusals before GraphQL runs, internal errors).
 * They are JSON, never cacheable, and an error carries only its message and `extensions` — never
 * a stack or a cause.
 */
import type { ServerResponse } from 'node:http';
import type { GraphQLError } from 'graphql';

/**
 * Writes a JSON response that no cache may store (`no-store`, or a stricter `Cache-Control` the
 * caller set already, such as `private, no-store` for a request with credentials).
 */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  if (!res.hasHeader('cache-control')) res.setHeader('cache-control', 'no-store');
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** The HTTP status an error asks for in `extensions.http.status`, or `fallback`. */
export function statusOf(error: GraphQLError, fallback = 400): number {
  const http = error.extensions.http;
  if (typeof http === 'object' && http !== null && 'status' in http) {
    const { status } = http;
    if (typeof status === 'number') return status;
  }
  return fallback;
}

/** Writes a GraphQL-shaped error response (`{ errors: [...] }`) with the error's HTTP status. */
export function sendError(res: ServerResponse, error: GraphQLError): void {
  const extensions = Object.fromEntries(
    Object.entries(error.extensions).filter(([key]) => key !== 'http'),
  );
  sendJson(res, statusOf(error), { errors: [{ message: error.message, extensions }] });
}
