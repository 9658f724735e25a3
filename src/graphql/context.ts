/**
 * The per-operation context: credentials, a fresh Bird client view, fresh loaders. Nothing here is
 * shared between operations, so one tenant's data can never be served from another's cache.
 */
import type { Cancellation } from '../upstream/cancellation.js';
import type { Config } from '../config/index.js';
import { createAuthenticator } from './auth.js';
import { requestIdFrom } from '../http/requestId.js';
import { OperationCache } from '../cache/operationCache.js';
import type { ResponseCache } from '../cache/responseCache.js';
import { createLoaders, type Loaders } from '../loaders.js';
import type { Logger } from '../observability/logger.js';
import type { MediaLinker, MediaLinks } from '../media/mediaLinks.js';
import { NO_TRACING, type OperationTrace } from '../observability/tracing.js';
import type { CursorCodec } from '../pagination/cursor.js';
import type { Realtime } from '../realtime/realtime.js';
import type { MessageSource } from '../realtime/messageFetches.js';
import { entries } from '../cache/entries.js';
import { BirdClient, type Credentials } from '../upstream/client.js';
import { toGraphQLError } from './upstreamErrors.js';
import type { Transport } from '../upstream/transport.js';

export interface GatewayContext {
  readonly requestId: string;
  /** Null when the request carries no usable credentials; `authError` says why. */
  readonly credentials: Credentials | null;
  readonly authError: string | null;
  readonly client: BirdClient;
  readonly loaders: Loaders;
  readonly cursors: CursorCodec;
  readonly logger: Logger;
  /** Subscriptions' fan-out and shared fetches, and what mutations publish (one per gateway). */
  readonly realtime: Realtime;
  /** Turns Bird's media URLs into gateway media links bound to this request's credentials. */
  readonly media: MediaLinker;
  /** The request's trace (a no-op when tracing is off); upstream attempts are its children. */
  readonly trace: OperationTrace;
  /**
   * Where a subscription's `messageAdded` reads the full message: through the response cache (in
   * shared mode its Redis L2), so instances that fetch the same new message for the same tenant
   * scope one after another cost Bird one GET; straight from Bird when the cache is off.
   */
  readonly eventMessages: MessageSource;
  /** Cursor scope for a collection of this operation's workspace. */
  scope(collection: string): string;
}

export interface ContextDeps {
  readonly config: Config;
  readonly transport: Transport;
  readonly cursors: CursorCodec;
  readonly logger: Logger;
  readonly realtime: Realtime;
  /** The shared response cache; null when `CACHE_TTL_SECONDS=0`. */
  readonly cache: ResponseCache | null;
  readonly media: MediaLinks;
}

export interface RequestInfo {
  readonly authorization: string | undefined;
  readonly workspaceId: string | undefined;
  readonly requestId: string | undefined;
  readonly cancellation?: Cancellation;
  readonly trace?: OperationTrace;
}

/**
 * One operation's context. Its logger and loaders are built on first use, by getters on the
 * prototype: Apollo clones the context with `Object.assign` for each operation, which would call
 * getters defined on the object itself, and most operations never log.
 */
class OperationContext implements GatewayContext {
  private childLogger: Logger | undefined;
  private operationLoaders: Loaders | undefined;

  constructor(
    readonly requestId: string,
    readonly credentials: Credentials | null,
    readonly authError: string | null,
    readonly client: BirdClient,
    readonly cursors: CursorCodec,
    private readonly baseLogger: Logger,
    private readonly workspace: string,
    readonly realtime: Realtime,
    private readonly sharedCache: ResponseCache | null,
    readonly media: MediaLinker,
    readonly trace: OperationTrace,
  ) {}

  get logger(): Logger {
    return (this.childLogger ??= this.baseLogger.child({ requestId: this.requestId }));
  }

  get loaders(): Loaders {
    return (this.operationLoaders ??= createLoaders(
      this.client,
      new OperationCache(this.sharedCache, this.credentials, this.client, this.trace),
    ));
  }

  get eventMessages(): MessageSource {
    return {
      // A cache view per fetch: a long-lived subscription must not accumulate what it read.
      getMessage: (conversationId, id) =>
        new OperationCache(this.sharedCache, this.credentials, this.client).read(
          entries.message(conversationId, id),
          () => this.client.getMessage(conversationId, id),
        ),
    };
  }

  scope(collection: string): string {
    return `${this.workspace}\u0000${collection}`;
  }
}

/** Returns the function that builds each operation's context. */
export function createContextFactory(deps: ContextDeps): (request: RequestInfo) => GatewayContext {
  const authenticate = createAuthenticator(deps.config);
  return (request) => {
    const requestId = requestIdFrom(request.requestId);
    const { credentials, reason } = authenticate(request.authorization, request.workspaceId);
    const trace = request.trace ?? NO_TRACING.operation(undefined);
    const client = new BirdClient({
      transport: deps.transport,
      credentials,
      requestId,
      concurrency: deps.config.upstream.concurrencyPerRequest,
      cancellation: request.cancellation,
      mapFailure: toGraphQLError,
      trace,
    });
    return new OperationContext(
      requestId,
      credentials,
      reason,
      client,
      deps.cursors,
      deps.logger,
      credentials?.workspaceId ?? '',
      deps.realtime,
      deps.cache,
      deps.media.linker(credentials),
      trace,
    );
  };
}
