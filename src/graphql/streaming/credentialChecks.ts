/**
 * Asks Bird whether a subscriber's credentials are good before its subscriptions run: one cheap
 * call (`GET /conversations?limit=1`) with them. A credential Bird accepted is trusted for new
 * subscriptions for a short while (SUBSCRIPTION_CREDENTIAL_CHECK_TTL_MS), so ten thousand
 * subscribers of one key cost one call; a 401/403 on a later event ends its subscriptions and
 * forgets the acceptance.
 */
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context.js';
import { unauthenticated } from '../errors.js';
import { credentialKey } from '../../realtime/messageFetches.js';
import type { Credentials } from '../../upstream/client.js';

/**
 * The HTTP status answering a refused credential check: 401/403 as Bird said, 503 when Bird could
 * not be asked (down, rate limited, timed out).
 */
export function checkStatus(error: GraphQLError): number {
  const code = error.extensions.code;
  if (code === 'UNAUTHENTICATED') return 401;
  if (code === 'FORBIDDEN') return 403;
  return 503;
}

interface Check {
  readonly outcome: Promise<GraphQLError | null>;
  readonly expires: number;
}

export class CredentialChecks {
  readonly #checks = new Map<string, Check>();
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: { ttlMs: number; now?: () => number }) {
    this.#ttlMs = options.ttlMs;
    this.#now = options.now ?? Date.now;
  }

  /** Null when Bird accepts the context's credentials; otherwise the error it answered with. */
  check(ctx: GatewayContext): Promise<GraphQLError | null> {
    const credentials = ctx.credentials;
    if (credentials === null) {
      return Promise.resolve(unauthenticated(ctx.authError ?? 'Authentication required.'));
    }
    const now = this.#now();
    const key = credentialKey(credentials);
    const known = this.#checks.get(key);
    if (known !== undefined && known.expires > now) return known.outcome;
    this.#sweep(now);
    const outcome = ctx.client.listConversations({ limit: 1, pageToken: null }).then(
      () => null,
      (err: unknown) => {
        // Only an acceptance is remembered: the next subscriber of a refused key asks again.
        this.#checks.delete(key);
        if (err instanceof GraphQLError) return err;
        throw err;
      },
    );
    this.#checks.set(key, { outcome, expires: now + this.#ttlMs });
    return outcome;
  }

  /** Forgets an acceptance (Bird refused the credentials on a later call). */
  forget(credentials: Credentials): void {
    this.#checks.delete(credentialKey(credentials));
  }

  #sweep(now: number): void {
    for (const [key, check] of this.#checks) {
      if (check.expires > now) break;
      this.#checks.delete(key);
    }
  }
}
