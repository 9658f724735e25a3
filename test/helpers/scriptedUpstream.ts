/**
 * A gateway on port 0 over a scripted upstream on port 0: each test says how "Bird" answers (a huge
 * body, a body that never ends, a body of the wrong shape), which the simulator cannot misbehave
 * like. Logs are captured as parsed JSON lines.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/observability/logger.js';
import { createGateway, type Gateway } from '../../src/server.js';
import type { GraphQLErrorShape } from './gateway.js';

export type Script = (req: IncomingMessage, res: ServerResponse) => void;

export interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly [key: string]: unknown;
}

export interface ScriptedGateway {
  readonly url: string;
  /** The gateway itself (its event bus, its subscriptions). */
  readonly gateway: Gateway;
  /** Log lines the gateway wrote, parsed. */
  readonly logs: LogLine[];
  /** Requests the upstream received (method and path). */
  readonly calls: { method: string; path: string }[];
  /** Sets how the upstream answers from now on. */
  script(handler: Script): void;
  query(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; errors?: readonly GraphQLErrorShape[]; data?: unknown }>;
  close(): Promise<void>;
}

function port(server: { address(): unknown }): number {
  const address = server.address();
  if (typeof address !== 'object' || address === null || !('port' in address)) {
    throw new Error('not listening on TCP');
  }
  return Number(address.port);
}

/** Starts the scripted upstream and a gateway in live mode over it, with `env` on top. */
export async function startScriptedGateway(
  env: Record<string, string> = {},
): Promise<ScriptedGateway> {
  let handler: Script = (_req, res) => {
    res.writeHead(500).end();
  };
  const calls: { method: string; path: string }[] = [];
  const upstream = createServer((req, res) => {
    calls.push({ method: req.method ?? '', path: req.url ?? '' });
    handler(req, res);
  });
  upstream.listen(0, '127.0.0.1');
  await once(upstream, 'listening');

  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'debug',
    BIRD_API_URL: `http://127.0.0.1:${port(upstream)}`,
    BIRD_WORKSPACE_ID: 'ws-1',
    BIRD_ACCESS_KEY: 'scripted-upstream-key',
    GATEWAY_ALLOW_ANONYMOUS: 'true',
    RATE_LIMIT_GET_PER_SECOND: '0',
    RATE_LIMIT_WRITE_PER_SECOND: '0',
    ...env,
  });
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line !== '') logs.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });
  const gateway = await createGateway(config, { logger: createLogger('debug', sink) });
  gateway.server.listen(0, '127.0.0.1');
  await once(gateway.server, 'listening');
  const url = `http://127.0.0.1:${port(gateway.server)}/graphql`;

  return {
    url,
    gateway,
    logs,
    calls,
    script(next) {
      handler = next;
    },
    async query(query, variables) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const parsed = (await response.json()) as {
        errors?: readonly GraphQLErrorShape[];
        data?: unknown;
      };
      return { status: response.status, ...parsed };
    },
    async close() {
      gateway.server.closeAllConnections();
      await gateway.stop();
      upstream.closeAllConnections();
      upstream.close();
    },
  };
}
