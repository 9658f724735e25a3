/**
 * Bird webhook intake, independent of HTTP: checks a delivery's timestamp and signature, parses
 * it, and queues the verified work, which runs after the caller has answered. Work runs one
 * delivery at a time, in arrival order, so the ordering and dedupe decisions of two deliveries
 * never interleave.
 */
import type { Logger } from '../../observability/logger.js';
import type { WebhookOutcome } from '../../observability/metrics.js';
import { NO_TRACING, type Tracing } from '../../observability/tracing.js';
import type { DedupeStore, EventBus } from '../events.js';
import { applyDelivery, type ApplyDeps } from './apply.js';
import { parseDelivery, type ParsedDelivery } from './envelope.js';
import { freshness, MAX_FUTURE_SECONDS } from './freshness.js';
import { verifyBirdSignature } from './signature.js';
import { ConversationVersions } from './versions.js';

/** One delivery as received: the signed headers, the URL it was signed for, the raw body. */
export interface WebhookDelivery {
  readonly workspaceId: string;
  readonly url: string;
  readonly signature: string | undefined;
  readonly timestamp: string | undefined;
  readonly requestId: string | undefined;
  readonly body: Buffer;
}

/** What to answer Bird. Only `accepted` deliveries are processed (after the answer). */
export type Verdict =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'unauthenticated'; readonly reason: 'signature' | 'timestamp' }
  | { readonly kind: 'malformed'; readonly reason: string };

/** What became of an accepted delivery, for logs and tests. */
export type Outcome = 'applied' | 'stale' | 'duplicate' | 'ignored' | 'failed';

export interface IntakeOptions {
  readonly signingKeys: readonly string[];
  readonly maxAgeSeconds: number;
  readonly bus: EventBus;
  readonly dedupe: DedupeStore;
  readonly logger: Logger;
  readonly now?: () => number;
  readonly versions?: ConversationVersions;
  /** Told what became of each delivery (`bird_gateway_webhook_deliveries_total`). */
  readonly metrics?: { webhookDelivery(outcome: WebhookOutcome): void };
  /** Each accepted delivery's processing is a span. */
  readonly tracing?: Tracing;
}

/** The metric's name for a refusal or a processing outcome. */
function metricOutcome(result: Verdict | Outcome): WebhookOutcome {
  if (typeof result === 'string') return result === 'applied' ? 'accepted' : result;
  if (result.kind === 'unauthenticated') {
    return result.reason === 'timestamp' ? 'expired' : 'bad_signature';
  }
  return result.kind === 'malformed' ? 'malformed' : 'accepted';
}

/** Request ids fit for a log line; others are still deduplicated, just not logged. */
const LOGGABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export class WebhookIntake {
  readonly #options: IntakeOptions;
  readonly #applyDeps: ApplyDeps;
  readonly #now: () => number;
  /** Deduplication lasts as long as a retry can still be accepted. */
  readonly #dedupeTtlMs: number;
  #tail: Promise<unknown> = Promise.resolve();

  constructor(options: IntakeOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#dedupeTtlMs = (options.maxAgeSeconds + MAX_FUTURE_SECONDS) * 1000;
    this.#applyDeps = {
      bus: options.bus,
      dedupe: options.dedupe,
      versions: options.versions ?? new ConversationVersions(),
      messageTtlMs: this.#dedupeTtlMs,
    };
  }

  /**
   * Checks the signed headers alone, before the body is read, so an unsigned or expired request
   * costs no body read and no HMAC. Returns the refusal (logged), or null to go on.
   */
  precheck(delivery: Omit<WebhookDelivery, 'url' | 'body'>): Verdict | null {
    const { timestamp, signature } = delivery;
    if (timestamp === undefined || signature === undefined) {
      return this.#refuse(delivery, { kind: 'unauthenticated', reason: 'signature' });
    }
    const fresh = freshness(timestamp, this.#now(), this.#options.maxAgeSeconds);
    if (fresh === 'fresh') return null;
    const reason = fresh === 'invalid' ? 'signature' : 'timestamp';
    return this.#refuse(delivery, { kind: 'unauthenticated', reason });
  }

  /** Verifies and parses a delivery; queues its processing when it is accepted. */
  receive(delivery: WebhookDelivery): Verdict {
    const refused = this.precheck(delivery);
    if (refused !== null) return refused;
    const { signature = '', timestamp = '' } = delivery;
    const { signingKeys } = this.#options;
    if (!verifyBirdSignature(signingKeys, signature, timestamp, delivery.url, delivery.body)) {
      return this.#refuse(delivery, { kind: 'unauthenticated', reason: 'signature' });
    }
    const parsed = parseDelivery(delivery.body);
    if (parsed.kind === 'malformed') {
      return this.#refuse(delivery, { kind: 'malformed', reason: parsed.reason });
    }
    const work = this.#tail.then(() => this.#process(delivery, parsed));
    this.#tail = work;
    return { kind: 'accepted' };
  }

  /** Resolves when every accepted delivery so far has been processed (shutdown, tests). */
  async idle(): Promise<void> {
    await this.#tail;
  }

  async #process(
    delivery: WebhookDelivery,
    parsed: Exclude<ParsedDelivery, { kind: 'malformed' }>,
  ): Promise<Outcome> {
    const log = this.#logFields(delivery);
    const span = (this.#options.tracing ?? NO_TRACING).span('webhook delivery', {
      'gateway.webhook.event': parsed.kind === 'unknown' ? 'unknown' : parsed.event,
    });
    let outcome: Outcome;
    try {
      if (!(await this.#firstDelivery(delivery))) outcome = 'duplicate';
      else if (parsed.kind === 'unknown') {
        outcome = 'ignored';
        this.#options.logger.info(
          { ...log, service: parsed.service, event: parsed.event },
          'webhook event ignored: the gateway does not handle it',
        );
      } else {
        const eventId = delivery.requestId ?? `webhook:${delivery.timestamp ?? ''}`;
        outcome = await applyDelivery(
          this.#applyDeps,
          delivery.workspaceId,
          eventId,
          parsed.event,
          parsed.conversation,
        );
      }
    } catch (err) {
      outcome = 'failed';
      this.#options.logger.error({ ...log, err }, 'webhook processing failed');
    }
    this.#options.logger.debug({ ...log, outcome }, 'webhook processed');
    this.#options.metrics?.webhookDelivery(metricOutcome(outcome));
    span.end({ 'gateway.webhook.outcome': outcome }, outcome === 'failed');
    return outcome;
  }

  /**
   * Claims the delivery's request id. A delivery without one, or a captured one replayed under a new
   * id (the id is not signed), still cannot publish twice: its `updatedAt` is no longer newer.
   */
  async #firstDelivery(delivery: WebhookDelivery): Promise<boolean> {
    const { requestId } = delivery;
    if (requestId === undefined) return true;
    const key = `webhook:${delivery.workspaceId}:${requestId}`;
    return this.#options.dedupe.claim(key, this.#dedupeTtlMs);
  }

  #refuse(delivery: Omit<WebhookDelivery, 'url' | 'body'>, verdict: Verdict): Verdict {
    this.#options.metrics?.webhookDelivery(metricOutcome(verdict));
    // Nothing of the body, and not the signature: only what identifies the delivery.
    this.#options.logger.warn(
      { ...this.#logFields(delivery), ...verdict },
      'webhook delivery refused',
    );
    return verdict;
  }

  #logFields(delivery: Omit<WebhookDelivery, 'url' | 'body'>): Record<string, string> {
    const { workspaceId, requestId } = delivery;
    return requestId !== undefined && LOGGABLE_ID.test(requestId)
      ? { workspaceId, webhookRequestId: requestId }
      : { workspaceId };
  }
}
