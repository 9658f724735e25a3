/**
 * The gateway's routes on node:http: the playground (which also takes browsers opening
 * `/graphql`), `/graphql`, `/graphql/stream` (graphql-sse), `/webhooks/bird/{workspaceId}`,
 * `/media/<token>` (media links), `/healthz`, `/readyz`, `/metrics` (unless on METRICS_PORT), and a
 * JSON 404 (ROUTE_NOT_FOUND) for anything else. A handler that throws gets a masked 500, or a
 * destroyed socket once headers are out.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { internalError, routeNotFound } from '../graphql/errors.js';
import type { Logger } from '../observability/logger.js';
import { sendHealth, sendReadiness } from './health.js';
import { MEDIA_PATH } from './media.js';
import type { ReadinessCheck } from './readiness.js';
import { sendError } from './respond.js';
import { WEBHOOK_PATH_PREFIX } from './webhookHandler.js';

/** A handler for a request; it has written the whole response when its promise settles. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface RouterDeps {
  /** Serves the playground's page and assets; false when the request is not one of them. */
  readonly playground: (req: IncomingMessage, res: ServerResponse) => boolean;
  readonly graphql: Handler;
  /** `POST /webhooks/bird/{workspaceId}`: Bird's signed webhooks. */
  readonly webhooks: Handler;
  /** graphql-sse at `/graphql/stream`. */
  readonly stream?: Handler;
  /** Serves gateway media links (`/media/<token>`). */
  readonly media: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>;
  readonly readiness: ReadinessCheck;
  readonly logger: Logger;
  /** Serves `/metrics`; null when metrics are on their own port. */
  readonly metrics: Handler | null;
}

/** Creates the server's `request` listener. */
export function createRouter(
  deps: RouterDeps,
): (req: IncomingMessage, res: ServerResponse) => void {
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?', 1)[0];
    // Browsers opening /graphql (GET, HTML accepted, no query) get the playground too.
    if (deps.playground(req, res)) return;
    if (path === '/graphql') return deps.graphql(req, res);
    if (path?.startsWith(WEBHOOK_PATH_PREFIX) === true) return deps.webhooks(req, res);
    if (path === '/graphql/stream' && deps.stream !== undefined) return deps.stream(req, res);
    if (path?.startsWith(MEDIA_PATH) === true) return deps.media(req, res, path);
    if (path === '/readyz') return sendReadiness(res, deps.readiness);
    if (path === '/metrics' && deps.metrics !== null) return deps.metrics(req, res);
    if (path === '/healthz') sendHealth(res);
    else sendError(res, routeNotFound());
  };
  return (req, res) => {
    route(req, res).catch((err: unknown) => {
      deps.logger.error({ err }, 'request failed');
      if (!res.headersSent) sendError(res, internalError());
      else res.destroy();
    });
  };
}
