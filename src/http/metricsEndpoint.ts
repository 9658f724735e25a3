/**
 * `GET /metrics`: the Prometheus text exposition of the gateway's metrics. With `METRICS_TOKEN` set
 * it asks for `Authorization: Bearer <token>` (compared in constant time); a wrong or missing token
 * gets a 401 that says nothing about the metrics.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { GatewayMetrics } from '../observability/metrics.js';
import { sendJson } from './respond.js';

function authorized(req: IncomingMessage, token: Buffer | null): boolean {
  if (token === null) return true;
  const header = req.headers.authorization ?? '';
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7).trim() : '');
  return given.length === token.length && timingSafeEqual(given, token);
}

/** Creates the handler of `/metrics`. */
export function createMetricsHandler(metrics: GatewayMetrics, token: string | null) {
  const expected = token === null ? null : Buffer.from(token);
  return async function serveMetrics(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendJson(res, 405, { error: 'Use GET for /metrics.' });
      return;
    }
    if (!authorized(req, expected)) {
      res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      sendJson(res, 401, { error: 'A valid METRICS_TOKEN bearer token is needed.' });
      return;
    }
    const text = await metrics.scrape();
    res.writeHead(200, {
      'content-type': metrics.contentType,
      'cache-control': 'no-store',
      'content-length': Buffer.byteLength(text),
    });
    res.end(req.method === 'HEAD' ? undefined : text);
  };
}

/** The server of `METRICS_PORT`: `/metrics` and nothing else. Not listening yet. */
export function createMetricsServer(
  serveMetrics: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): Server {
  return createServer((req, res) => {
    if ((req.url ?? '/').split('?', 1)[0] !== '/metrics') {
      sendJson(res, 404, { error: 'Only /metrics is served on this port.' });
      return;
    }
    serveMetrics(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: 'The metrics could not be collected.' });
      else res.destroy();
    });
  });
}
