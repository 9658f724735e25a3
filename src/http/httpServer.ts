/**
 * The gateway's node:http server, with limits for clients that are slow or many: a request's
 * headers and the whole request must arrive in time, idle keep-alive connections close, and
 * connections beyond a cap are closed on arrival. Node's defaults (60 s for headers, 300 s for a
 * request, no cap, and timeouts checked only every 30 s) let slow clients hold sockets for minutes.
 */
import { createServer, type Server } from 'node:http';
import type { HttpConfig } from '../config/index.js';

/**
 * How often Node looks for requests past their timeouts: a quarter of the shortest one, between
 * 10 ms and 1 s, so a timeout applies within a quarter of itself (Node checks every 30 s by default).
 */
function checkingInterval(config: HttpConfig): number {
  const shortest = Math.min(config.headersTimeoutMs, config.requestTimeoutMs);
  return Math.min(1_000, Math.max(10, Math.floor(shortest / 4)));
}

/** Creates (does not start) the HTTP server with the configured timeouts and connection cap. */
export function createHttpServer(config: HttpConfig): Server {
  const server = createServer({
    headersTimeout: config.headersTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    connectionsCheckingInterval: checkingInterval(config),
  });
  server.maxConnections = config.maxConnections;
  return server;
}
