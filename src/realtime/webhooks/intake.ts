/**
 * Bird webhook intake, independent of HTTP: checks a delivery's timestamp and signature, parses
 * it, and queues the verified work, which runs after the caller has answered. Work runs one
 * delivery at a time, in arrival order, so the ordering and dedupe decisions of two deliveries
 * never interleave.
 */
import type { Logger } from '../../observability/logger.js';
import type { WebhookOutcome } from '../../observability/metrics.js';
import { NO_TRACING, type SpanHandle, type Tracing } from '../../observability/tracing.js';
import type { DedupeStore, EventBus } from '../events.js';
import { tracedBus } from '../tracedPublish.js';
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
  /** Each delivery is a span (`webhook intake`), its published events child spans. */
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
    const refused = this.#check(delivery);
    return refused === null ? null : this.#refuse(delivery, refused, this.#span(delivery));
  }

  /** Verifies and parses a delivery; queues its processing when it is accepted. */
  receive(delivery: WebhookDelivery): Verdict {
    const span = this.#span(delivery);
    const refused = this.#check(delivery);
    if (refused !== null) return this.#refuse(delivery, refused, span);
    const { signature = '', timestamp = '' } = delivery;
    const { signingKeys } = this.#options;
    if (!verifyBirdSignature(signingKeys, signature, timestamp, delivery.url, delivery.body)) {
      return this.#refuse(delivery, { kind: 'unauthenticated', reason: 'signature' }, span);
    }
    const parsed = parseDelivery(delivery.body);
    if (parsed.kind === 'malformed') {
      return this.#refuse(delivery, { kind: 'malformed', reason: parsed.reason }, span);
    }
    const work = this.#tail.then(() => this.#process(delivery, parsed, span));
    this.#tail = work;
    return { kind: 'accepted' };
  }

  /** The refusal the signed headers alone call for, or null. */
  #check(delivery: Omit<WebhookDelivery, 'url' | 'body'>): Verdict | null {
    const { timestamp, signature } = delivery;
    if (timestamp === undefined || signature === undefined) {
      return { kind: 'unauthenticated', reason: 'signature' };
    }
    const fresh = freshness(timestamp, this.#now(), this.#options.maxAgeSeconds);
    if (fresh === 'fresh') return null;
    return { kind: 'unauthenticated', reason: fresh === 'invalid' ? 'signature' : 'timestamp' };
  }

  /** A delivery's intake span: the workspace and request id, never the signature. */
  #span(delivery: Omit<WebhookDelivery, 'url' | 'body'>): SpanHandle {
    const { workspaceId, webhookRequestId } = this.#logFields(delivery);
    return (this.#options.tracing ?? NO_TRACING).span('webhook intake', {
      'gateway.workspace.id': workspaceId,
      ...(webhookRequestId === undefined ? {} : { 'gateway.webhook.request_id': webhookRequestId }),
    });
  }

  /** Resolves when every accepted delivery so far has been processed (shutdown, tests). */
  async idle(): Promise<void> {
    await this.#tail;
  }

  async #process(
    delivery: WebhookDelivery,
    parsed: Exclude<ParsedDelivery, { kind: 'malformed' }>,
    span: SpanHandle,
  ): Promise<Outcome> {
    const log = this.#logFields(delivery);
    const tracing = this.#options.tracing ?? NO_TRACING;
    const deps = { ...this.#applyDeps, bus: tracedBus(this.#applyDeps.bus, tracing, span) };
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
          deps,
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
    span.end(
      {
        'gateway.webhook.event': parsed.kind === 'unknown' ? 'unknown' : parsed.event,
        'gateway.webhook.outcome': metricOutcome(outcome),
      },
      outcome === 'failed',
    );
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

  #refuse(
    delivery: Omit<WebhookDelivery, 'url' | 'body'>,
    verdict: Verdict,
    span: SpanHandle,
  ): Verdict {
    this.#options.metrics?.webhookDelivery(metricOutcome(verdict));
    span.end({ 'gateway.webhook.outcome': metricOutcome(verdict) });
    // Nothing of the body, and not the signature: only what identifies the delivery.
    this.#options.logger.warn(
      { ...this.#logFields(delivery), ...verdict },
      'webhook delivery refused',
    );
    return verdict;
  }

  #logFields(delivery: Omit<WebhookDelivery, 'url' | 'body'>): {
    workspaceId: string;
    webhookRequestId?: string;
  } {
    const { workspaceId, requestId } = delivery;
    return requestId !== undefined && LOGGABLE_ID.test(requestId)
      ? { workspaceId, webhookRequestId: requestId }
      : { workspaceId };
  }
}
