/**
 * Builds the gateway — the HTTP server, Apollo Server and the upstream transport — from a Config.
 * It never listens by itself: `main.ts` (or a test) decides where.
 *
 * Apollo Server runs on node:http directly through `executeHTTPGraphQLRequest`: no web framework
 * sits on the request path, which keeps per-request overhead low.
 */
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Dispatcher } from 'undici';
import type { Config } from './config.js';
import { createContextFactory, type GatewayContext } from './context.js';
import { BodyTooLarge, readBody } from './http/body.js';
import { createLogger, type Logger } from './logger.js';
import { CursorCodec } from './pagination.js';
import { createPlayground } from './playground/index.js';
import { createFormatError } from './plugins/formatError.js';
import { requireCredentialsPlugin } from './plugins/requireCredentials.js';
import { buildSchema } from './schema.js';
import { Transport } from './upstream/transport.js';

export interface GatewayDeps {
  readonly logger?: Logger;
  /** Inject the upstream dispatcher (tests); by default a keep-alive pool to Bird. */
  readonly dispatcher?: Dispatcher;
}

export interface Gateway {
  readonly config: Config;
  readonly server: Server;
  readonly apollo: ApolloServer<GatewayContext>;
  readonly transport: Transport;
  readonly logger: Logger;
  /** Stops accepting requests, lets in-flight operations finish, closes upstream connections. */
  stop(): Promise<void>;
}

const JSON_TYPE = /^application\/(?:[a-z.+-]*\+)?json\b/i;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

function requestError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Creates the gateway for a configuration. Call `server.listen` to serve it. */
export async function createGateway(config: Config, deps: GatewayDeps = {}): Promise<Gateway> {
  const logger = deps.logger ?? createLogger(config.logLevel);
  const transport = new Transport(config.upstream, {
    logger,
    ...(deps.dispatcher === undefined ? {} : { dispatcher: deps.dispatcher }),
  });
  const contextFor = createContextFactory({
    config,
    transport,
    cursors: new CursorCodec(config.cursorSecret),
    logger,
  });

  const server = createHttpServer();
  const apollo = new ApolloServer<GatewayContext>({
    schema: buildSchema(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.env === 'production',
    csrfPrevention: true,
    formatError: createFormatError(logger),
    logger: {
      debug: (m: string) => logger.debug(m),
      info: (m: string) => logger.info(m),
      warn: (m: string) => logger.warn(m),
      error: (m: string) => logger.error(m),
    },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      requireCredentialsPlugin(),
    ],
  });
  await apollo.start();

  async function graphql(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: unknown;
    if (req.method === 'POST') {
      let text: string;
      try {
        text = await readBody(req, config.maxBodyBytes);
      } catch (err) {
        if (err instanceof BodyTooLarge) {
          requestError(
            res,
            413,
            `Request body too large: the limit is ${config.maxBodyBytes} bytes.`,
          );
          return;
        }
        throw err;
      }
      if (JSON_TYPE.test(header(req, 'content-type') ?? '')) {
        try {
          body = JSON.parse(text);
        } catch {
          requestError(res, 400, 'The request body is not valid JSON.');
          return;
        }
      } else {
        body = text;
      }
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: req.method ?? 'GET',
      headers,
      search: query < 0 ? '' : url.slice(query),
      body,
    };

    // Upstream calls of an operation whose client went away are cancelled.
    const abort = new AbortController();
    const onClose = () => {
      if (!res.writableFinished) abort.abort();
    };
    res.once('close', onClose);

    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () =>
        Promise.resolve(
          contextFor({
            authorization: header(req, 'authorization'),
            workspaceId: header(req, 'x-bird-workspace-id'),
            requestId: header(req, 'x-request-id'),
            signal: abort.signal,
          }),
        ),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  const playground = createPlayground(config);

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?', 1)[0];
    const handle = async () => {
      // Browsers opening /graphql (GET, HTML accepted, no query) get the playground too.
      if (playground(req, res)) return;
      if (path === '/graphql') return graphql(req, res);
      if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (path === '/readyz') return sendJson(res, 200, { status: 'ready' });
      return sendJson(res, 404, { error: 'Not found. The GraphQL endpoint is /graphql.' });
    };
    handle().catch((err: unknown) => {
      logger.error({ err }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
      else res.destroy();
    });
  });

  return {
    config,
    server,
    apollo,
    transport,
    logger,
    stop: async () => {
      await apollo.stop();
      await transport.close();
    },
  };
}
