/**
 * The per-operation context: credentials, a fresh Bird client view, fresh loaders. Nothing here is
 * shared between operations, so one tenant's data can never be served from another's cache.
 */
import type { Config } from './config.js';
import { createAuthenticator } from './auth.js';
import { requestIdFrom } from './http/requestId.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Logger } from './logger.js';
import type { CursorCodec } from './pagination.js';
import { BirdClient, type Credentials } from './upstream/client.js';
import type { Transport } from './upstream/transport.js';

export interface GatewayContext {
  readonly requestId: string;
  /** Null when the request carries no usable credentials; `authError` says why. */
  readonly credentials: Credentials | null;
  readonly authError: string | null;
  readonly client: BirdClient;
  readonly loaders: Loaders;
  readonly cursors: CursorCodec;
  readonly logger: Logger;
  /** Cursor scope for a collection of this operation's workspace. */
  scope(collection: string): string;
}

export interface ContextDeps {
  readonly config: Config;
  readonly transport: Transport;
  readonly cursors: CursorCodec;
  readonly logger: Logger;
}

export interface RequestInfo {
  readonly authorization: string | undefined;
  readonly workspaceId: string | undefined;
  readonly requestId: string | undefined;
  readonly signal?: AbortSignal;
}

/** Returns the function that builds each operation's context. */
export function createContextFactory(deps: ContextDeps): (request: RequestInfo) => GatewayContext {
  const authenticate = createAuthenticator(deps.config);
  return (request) => {
    const requestId = requestIdFrom(request.requestId);
    const { credentials, reason } = authenticate(request.authorization, request.workspaceId);
    const client = new BirdClient(
      deps.transport,
      credentials,
      requestId,
      deps.config.upstream.concurrencyPerRequest,
      request.signal,
    );
    const workspace = credentials?.workspaceId ?? '';
    let logger: Logger | undefined;
    return {
      requestId,
      credentials,
      authError: reason,
      client,
      loaders: createLoaders(client),
      cursors: deps.cursors,
      // Built on first use: most operations never log, and a child logger costs a few objects.
      get logger() {
        return (logger ??= deps.logger.child({ requestId }));
      },
      scope: (collection) => `${workspace}\u0000${collection}`,
    };
  };
}
