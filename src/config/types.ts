/** The gateway's configuration, as `loadConfig` (src/config/index.ts) builds it from the environment. */

export type Environment = 'production' | 'development' | 'test';

export interface UpstreamConfig {
  /** Bird's API origin, e.g. `https://api.bird.com`. In demo mode, the embedded simulator. */
  readonly url: string;
  /** Default workspace for requests that do not name one (`X-Bird-Workspace-Id`). */
  readonly workspaceId: string | null;
  /** Access key the gateway holds for its clients (Bearer-token or anonymous mode). */
  readonly accessKey: string | null;
  /** Concurrent upstream calls one GraphQL operation may have in flight. */
  readonly concurrencyPerRequest: number;
  /** Keep-alive connections to Bird. */
  readonly connections: number;
  readonly connectTimeoutMs: number;
  readonly headersTimeoutMs: number;
  readonly bodyTimeoutMs: number;
  /** Largest upstream response body the gateway reads (`UPSTREAM_MAX_BODY_BYTES`). */
  readonly maxBodyBytes: number;
  /** Longest an operation may spend on upstream calls, retries and waits included. */
  readonly operationDeadlineMs: number;
  readonly retry: RetryConfig;
  readonly rateLimit: RateLimitConfig;
  readonly breaker: BreakerConfig;
  readonly credentials: CredentialsConfig;
}

/**
 * Client access keys Bird has not yet accepted (see src/upstream/credentials/). Their calls go out
 * one at a time per operation, within a small allowance, until a 2xx proves the key.
 */
export interface CredentialsConfig {
  /** Upstream calls per second, per workspace, made with keys not (yet) verified. */
  readonly unverifiedPerSecond: number;
  /** The same, across all workspaces: the most the gateway relays for unknown keys. */
  readonly unverifiedGlobalPerSecond: number;
  /** How long a key and workspace pair stays verified after Bird's last 2xx. */
  readonly verifiedTtlMs: number;
  /** Verified pairs remembered at most (the oldest are forgotten first). */
  readonly verifiedMax: number;
}

/** Retries of idempotent upstream reads (see src/upstream/resilience/retryPolicy.ts). */
export interface RetryConfig {
  /** Attempts per call, the first included; 1 disables retries. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Longest `Retry-After` honoured; a longer one fails the call at once. */
  readonly retryAfterCapMs: number;
  /** Retries one operation may make across all its calls. */
  readonly budgetPerOperation: number;
}

/** The per-workspace rate shaper (see src/upstream/resilience/rateShaper.ts). 0 disables a class. */
export interface RateLimitConfig {
  readonly getPerSecond: number;
  readonly writePerSecond: number;
  /** Longest a call may wait for its turn before failing with RATE_LIMITED. */
  readonly maxWaitMs: number;
  /** Kept between a request and the one the limit window makes it wait for. */
  readonly marginMs: number;
}

/** The circuit breaker in front of Bird (see src/upstream/resilience/breaker.ts). */
export interface BreakerConfig {
  /** Failure percentage within the window that opens the breaker. */
  readonly failureThresholdPercent: number;
  /** Calls within the window before the percentage counts. */
  readonly minimumCalls: number;
  readonly windowMs: number;
  /** How long the breaker stays open before a probe may close it. */
  readonly openMs: number;
}

/** Checks made before an operation runs (see src/limits/). */
export interface LimitsConfig {
  /** Deepest field nesting an operation may have (fragments do not add depth). */
  readonly depth: number;
  /** Aliases an operation may use. */
  readonly aliases: number;
  /** Lexical tokens a document may have; parsing stops beyond them. */
  readonly tokens: number;
  /** Directives an operation may use. */
  readonly directives: number;
  /** Field selections once fragments are expanded (stops fragment "bombs"). */
  readonly selections: number;
  /** Operations one batched HTTP request (a JSON array) may carry; 0 refuses batches. */
  readonly batchSize: number;
  /** Ceiling of an operation's estimated upstream calls. */
  readonly upstreamCalls: number;
}

/** How clients may refer to stored operations (see src/persisted/). */
export type PersistedMode = 'apq' | 'trusted' | 'off';

export interface PersistedConfig {
  /**
   * `apq`: automatic persisted queries plus free-form queries; `trusted`: only the operations of
   * the manifest run; `off`: free-form queries only.
   */
  readonly mode: PersistedMode;
  /** The persisted-query manifest; null for the project's `operations/manifest.json`. */
  readonly manifestPath: string | null;
}

/** gzip/brotli of `/graphql` answers (see src/http/compression.ts). */
export interface CompressionConfig {
  /** Off where a proxy in front compresses already (`COMPRESSION=false`). */
  readonly enabled: boolean;
  /** Smaller bodies go out as they are: compressing them saves less than it costs. */
  readonly minBytes: number;
}

/** HTTP behaviour of the gateway (see src/http/). */
export interface HttpConfig {
  /** Seconds anonymous GET queries may be cached by shared caches; 0 = never (`no-store`). */
  readonly publicCacheMaxAgeSeconds: number;
  readonly compression: CompressionConfig;
  /** How long `/readyz` reuses its upstream reachability probe. */
  readonly readinessCacheMs: number;
  /** How long shutdown waits for in-flight operations before closing their connections. */
  readonly shutdownGraceMs: number;
  /** A client must have sent a request's headers within this time (`HTTP_HEADERS_TIMEOUT_MS`). */
  readonly headersTimeoutMs: number;
  /** ... and the whole request, body included (`HTTP_REQUEST_TIMEOUT_MS`). */
  readonly requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this (`HTTP_KEEP_ALIVE_TIMEOUT_MS`). */
  readonly keepAliveTimeoutMs: number;
  /** Connections open at once; more are closed on arrival (`HTTP_MAX_CONNECTIONS`). */
  readonly maxConnections: number;
}

/** Bird webhook intake (see src/realtime/webhooks/ and docs/realtime.md). */
export interface WebhookConfig {
  /**
   * Keys that may have signed a delivery (`WEBHOOK_SIGNING_KEY`, rotation: any one verifies). The
   * first is the one `npm run webhooks:register` gives Bird. Empty: the intake is off.
   */
  readonly signingKeys: readonly string[];
  /**
   * The gateway's public origin (`PUBLIC_URL`), without a trailing slash: the signed URL is this
   * plus the request's path. Null: rebuilt from the request's Host header.
   */
  readonly publicUrl: string | null;
  /** Oldest signed timestamp accepted; Bird retries keep their first timestamp for hours. */
  readonly maxAgeSeconds: number;
  /** Largest delivery body, in bytes. */
  readonly maxBodyBytes: number;
}

/** Subscriptions over graphql-ws, graphql-sse and multipart HTTP (see src/realtime/). */
export interface SubscriptionsConfig {
  /** Interval of keep-alive parts on multipart streams. */
  readonly heartbeatMs: number;
  /** How long a credential Bird accepted is trusted for new subscriptions without asking again. */
  readonly credentialCheckTtlMs: number;
}

/** Gateway media links (see src/media/ and docs/media.md). */
export interface MediaConfig {
  /** How long a gateway media link works after the response that carried it. */
  readonly ttlSeconds: number;
  /** Origin (and path prefix) media links start with; null for links relative to the gateway. */
  readonly publicUrl: string | null;
  /** Origins of Bird media that need the access key; links to any other URL are passed on as is. */
  readonly birdOrigins: readonly string[];
}

/**
 * Shared mode (see src/redis/): instances share the rate budget, events, dedupe, APQ and verified
 * keys through Redis. Null without `REDIS_URL`: everything stays in process.
 */
export interface RedisConfig {
  /** `redis://` or `rediss://`, credentials in the URL. Never logged. */
  readonly url: string;
  /** Put before every key and channel, so several deployments can share one Redis. */
  readonly keyPrefix: string;
  /** Share of each workspace limit one instance uses on its own while Redis is down. */
  readonly fallbackBudgetFraction: number;
  /** Longest a Redis command may take before the gateway treats Redis as down for it. */
  readonly commandTimeoutMs: number;
}

/** Metrics and traces (see docs/observability.md). */
export interface ObservabilityConfig {
  /** Serve `/metrics` on this port instead of the main one (`METRICS_PORT`); null: main port. */
  readonly metricsPort: number | null;
  /** Bearer token `/metrics` on the main port asks for (`METRICS_TOKEN`); null: none. */
  readonly metricsToken: string | null;
  /** Label budget metrics by workspace (`METRICS_WORKSPACE_LABEL`); off, workspaces are folded. */
  readonly workspaceLabel: boolean;
  /** Where spans go (OTLP over HTTP, `.../v1/traces`); null: tracing is off. */
  readonly tracesEndpoint: string | null;
  readonly serviceName: string;
}

export interface Config {
  readonly env: Environment;
  /** True when the gateway serves the embedded simulator because no Bird settings were given. */
  readonly demo: boolean;
  readonly port: number;
  readonly host: string;
  readonly logLevel: string;
  readonly upstream: UpstreamConfig;
  readonly auth: {
    /** Bearer tokens that may use the configured access key. */
    readonly tokens: readonly string[];
    /** Requests without credentials use the configured access key. */
    readonly allowAnonymous: boolean;
    /**
     * `Authorization: AccessKey <key>` is forwarded to Bird. On by default only when the gateway
     * holds no key and has no tokens (GATEWAY_FORWARD_CLIENT_KEYS).
     */
    readonly forwardClientKeys: boolean;
  };
  /** Secret that signs pagination cursors; shared by every instance so cursors survive restarts. */
  readonly cursorSecret: string;
  /** True when `cursorSecret` was generated at start-up (cursors die with the process). */
  readonly cursorSecretEphemeral: boolean;
  readonly introspection: boolean;
  /** Serve the GraphiQL playground at `/` and to browsers opening `/graphql` (`PLAYGROUND`). */
  readonly playground: boolean;
  readonly maxBodyBytes: number;
  readonly limits: LimitsConfig;
  readonly persisted: PersistedConfig;
  readonly http: HttpConfig;
  readonly webhooks: WebhookConfig;
  /**
   * Demo mode: a simulated customer message every this many milliseconds (`SIM_INBOUND_EVERY_MS`),
   * so a live inbox moves by itself; null: off.
   */
  readonly demoInboundEveryMs: number | null;
  readonly subscriptions: SubscriptionsConfig;
  readonly media: MediaConfig;
  readonly cache: CacheConfig;
  readonly redis: RedisConfig | null;
  readonly observability: ObservabilityConfig;
}

/** The cache of Bird's responses (see src/cache/ and docs/cache.md). */
export interface CacheConfig {
  /** Backstop life of an entry; 0 turns the cache off (`CACHE_TTL_SECONDS`). */
  readonly ttlSeconds: number;
  /** Entries are shared by every verified key of a workspace (`CACHE_SHARE_ACROSS_KEYS`). */
  readonly shareAcrossKeys: boolean;
}
