/**
 * graphql-ws (subprotocol `graphql-transport-ws`) on the HTTP server's `/graphql` upgrade. The
 * protocol state machine is graphql-ws's own; this adapter decides who may connect and runs
 * operations through the shared {@link StreamRunner}. Credentials are checked when the connection
 * is initialised, against Bird too, and a bad one closes the socket with 4401 (no or refused key)
 * or 4403 (key without access) before any subscription runs. A 401/403 on a later event closes it
 * the same way, ending all its subscriptions.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { RequestInfo } from '../../graphql/context.js';
import { unauthenticated } from '../../graphql/errors.js';
import type { PreparedOperation } from '../../graphql/streaming/prepare.js';
import type { Revocation, StreamRunner } from '../../graphql/streaming/runner.js';
import { connectionOpened, type StreamObserver } from '../../graphql/streaming/streamObserver.js';
import type { Logger } from '../../observability/logger.js';
import { connectionRequestInfo } from './credentials.js';

export interface WebSocketTransportDeps {
  readonly server: Server;
  readonly runner: StreamRunner;
  readonly logger: Logger;
  readonly maxPayloadBytes: number;
  /** Interval of WebSocket pings (a peer that does not answer is dropped). */
  readonly keepAliveMs: number;
  readonly observer: StreamObserver;
}

/** Close codes: graphql-ws's own 4401/4403, and "try again later" when Bird cannot say. */
const CLOSE = { UNAUTHENTICATED: 4401, FORBIDDEN: 4403, UNAVAILABLE: 1013 } as const;

function closeCodeOf(code: unknown): number {
  if (code === 'UNAUTHENTICATED') return CLOSE.UNAUTHENTICATED;
  if (code === 'FORBIDDEN') return CLOSE.FORBIDDEN;
  return CLOSE.UNAVAILABLE;
}

interface Pending {
  readonly prepared: PreparedOperation;
  readonly request: RequestInfo;
  readonly socket: WebSocket;
}

/** Attaches the transport; `close()` closes every socket (1001) and stops accepting new ones. */
export function attachWebSocketTransport(deps: WebSocketTransportDeps): {
  close(): Promise<void>;
} {
  const { runner } = deps;
  const wss = new WebSocketServer({ noServer: true, maxPayload: deps.maxPayloadBytes });
  const connections = new WeakMap<WebSocket, RequestInfo>();
  const revoked = new WeakMap<WebSocket, Revocation>();
  const pending = new WeakMap<ExecutionArgs, Pending>();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '/').split('?', 1)[0];
    if (path !== '/graphql') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.once('close', connectionOpened(deps.observer, 'graphql-ws'));
      wss.emit('connection', ws, req);
    });
  };
  deps.server.on('upgrade', onUpgrade);

  const run = (args: ExecutionArgs) => {
    const entry = pending.get(args);
    if (entry === undefined) throw new Error('graphql-ws ran an operation it did not prepare');
    return runner.run(entry.prepared, entry.request, 'graphql-ws', (code) => {
      revoked.set(entry.socket, code);
    });
  };

  const disposable = useServer(
    {
      onConnect: async (ctx) => {
        const { socket, request } = ctx.extra;
        const info = connectionRequestInfo(ctx.connectionParams, request);
        const error = await runner.verify(runner.context(info));
        if (error !== null) {
          socket.close(closeCodeOf(error.extensions.code), error.message.slice(0, 100));
          return false;
        }
        connections.set(socket, info);
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        const { socket } = ctx.extra;
        const info = connections.get(socket);
        // graphql-ws refuses a subscribe before the acknowledgement itself; this is a safeguard.
        if (info === undefined) return [unauthenticated('Initialise the connection first.')];
        // Each operation gets its own request id (and context), like a POST would.
        const request = { ...info, requestId: undefined };
        const prepared = runner.prepare({ ...payload }, runner.context(request));
        if (prepared.kind === 'refused') return prepared.errors;
        pending.set(prepared.args, { prepared, request, socket });
        return prepared.args;
      },
      execute: run,
      subscribe: run,
      onNext: (_ctx, _id, _payload, _args, result) => runner.format(result),
      onError: (_ctx, _id, _payload, errors) => runner.formatErrors(errors),
      onComplete: (ctx) => {
        const code = revoked.get(ctx.extra.socket);
        if (code !== undefined) {
          ctx.extra.socket.close(closeCodeOf(code), 'Bird refused the credentials');
        }
      },
    },
    wss,
    deps.keepAliveMs,
  );

  return {
    close: async () => {
      deps.server.off('upgrade', onUpgrade);
      await disposable.dispose();
    },
  };
}
