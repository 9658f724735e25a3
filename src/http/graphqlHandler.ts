/**
 * `/graphql` over node:http: reads and checks the request (size, content type, JSON, batch size,
 * persisted-operation references), hands it to Apollo Server's `executeHTTPGraphQLRequest`, and
 * writes the answer (./writeResult.ts: caching headers, ETag, compression) with the request id.
 * Refusals here happen before any GraphQL work.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import { Cancellation } from '../upstream/cancellation.js';
import { GraphQLError } from 'graphql';
import type { CompressionConfig } from '../config/index.js';
import type { GatewayContext, RequestInfo } from '../graphql/context.js';
import { badRequest, batchTooLarge, payloadTooLarge } from '../graphql/errors.js';
import type { Logger } from '../observability/logger.js';
import type { PersistedRequests, RequestParams } from '../graphql/persisted/persistedRequests.js';
import type { Tracing } from '../observability/tracing.js';
import { isObject } from '../isObject.js';
import { BodyTooLarge, ClientGone, readBody } from './body.js';
import { requestIdFrom } from './requestId.js';
import { wantsMultipartSubscription } from './streaming/multipart.js';
import { sendError, statusOf } from './respond.js';
import { writeResult } from './writeResult.js';

export interface GraphQLHandlerDeps {
  readonly apollo: ApolloServer<GatewayContext>;
  readonly contextFor: (request: RequestInfo) => GatewayContext;
  readonly persisted: PersistedRequests;
  readonly logger: Logger;
  readonly maxBodyBytes: number;
  /** Operations a batch may carry; 0 refuses batches. */
  readonly maxBatchSize: number;
  readonly compression: CompressionConfig;
  /**
   * Serves a subscription over Apollo's multipart protocol; false when the operation is not a
   * subscription (it then runs through Apollo like any other).
   */
  readonly multipart?: (
    req: IncomingMessage,
    res: ServerResponse,
    params: RequestParams,
    info: RequestInfo,
  ) => Promise<boolean>;
  readonly tracing: Tracing;
}

const JSON_TYPE = /^application\/(?:[a-z.+-]*\+)?json\b/i;

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The body Apollo should see, or the error that refuses the request. */
async function readGraphQLBody(req: IncomingMessage, deps: GraphQLHandlerDeps): Promise<unknown> {
  let text: string;
  try {
    text = await readBody(req, deps.maxBodyBytes);
  } catch (err) {
    if (err instanceof BodyTooLarge) return payloadTooLarge(deps.maxBodyBytes);
    throw err;
  }
  if (!JSON_TYPE.test(header(req, 'content-type') ?? '')) {
    return badRequest('Send the operation as JSON, with "Content-Type: application/json".', 415);
  }
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    return badRequest('The request body is not valid JSON.');
  }
  if (Array.isArray(body)) {
    const items: readonly unknown[] = body;
    if (deps.maxBatchSize === 0 || items.length > deps.maxBatchSize) {
      return batchTooLarge(items.length, deps.maxBatchSize);
    }
    const resolved: unknown[] = [];
    for (const item of items) {
      const one = isObject(item) ? deps.persisted.resolve(item) : item;
      if (one instanceof GraphQLError) return one;
      resolved.push(one);
    }
    return resolved;
  }
  return isObject(body) ? deps.persisted.resolve(body) : body;
}

/** The search string and body Apollo should see, or the error that refuses the request. */
async function readRequest(
  req: IncomingMessage,
  deps: GraphQLHandlerDeps,
): Promise<{ search: string; body: unknown }> {
  const url = req.url ?? '/';
  const queryStart = url.indexOf('?');
  let search = queryStart < 0 ? '' : url.slice(queryStart);
  let body: unknown;
  if (req.method === 'POST') {
    body = await readGraphQLBody(req, deps);
  } else if (req.method === 'GET' && search !== '') {
    const resolved = deps.persisted.resolveSearch(search);
    if (typeof resolved === 'string') search = resolved;
    else body = resolved;
  }
  return { search, body };
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** Creates the `/graphql` handler. */
export function createGraphQLHandler(deps: GraphQLHandlerDeps) {
  return async function graphql(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = requestIdFrom(header(req, 'x-request-id'));
    res.setHeader('x-request-id', requestId);
    const authorization = header(req, 'authorization');
    if (authorization !== undefined) res.setHeader('cache-control', 'private, no-store');

    let read: { search: string; body: unknown };
    try {
      read = await readRequest(req, deps);
    } catch (err) {
      // Nobody is left to answer, and nothing is wrong with the gateway: not worth more than debug.
      if (!(err instanceof ClientGone)) throw err;
      deps.logger.debug({ requestId }, 'client went away before sending its whole request');
      return;
    }
    const { search, body } = read;
    if (body instanceof GraphQLError) {
      // Refused before GraphQL ran: the operation log line will not be written, so say it here.
      deps.logger.info(
        { requestId, status: statusOf(body), errors: [body.extensions.code] },
        'request refused',
      );
      sendError(res, body);
      return;
    }

    const info = {
      authorization,
      workspaceId: header(req, 'x-bird-workspace-id'),
      requestId,
    };
    if (
      deps.multipart !== undefined &&
      req.method === 'POST' &&
      isObject(body) &&
      wantsMultipartSubscription(req) &&
      (await deps.multipart(req, res, body, info))
    ) {
      return;
    }

    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: req.method ?? 'GET',
      headers: headerMap(req),
      search,
      body,
    };

    // Upstream calls of an operation whose client went away are cancelled.
    const cancellation = new Cancellation();
    res.once('close', () => {
      if (!res.writableFinished) cancellation.abort();
    });

    // The request's span covers the whole HTTP exchange, a batch's operations included.
    const trace = deps.tracing.operation(header(req, 'traceparent'));
    res.once('close', () => {
      trace.end(res.statusCode);
    });
    const result = await deps.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () => Promise.resolve(deps.contextFor({ ...info, cancellation, trace })),
    });
    await writeResult(req, res, result, deps.compression);
  };
}
