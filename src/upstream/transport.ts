/**
 * The process-wide, resilient way to Bird: every upstream call of every operation goes through
 * `send`, which waits for the workspace's rate-limit turn, runs the exchange through the circuit
 * breaker, and retries what is safe to retry — within the operation's deadline and retry budget.
 */
import type { Dispatcher } from 'undici';
import { sleep, type Cancellation } from './cancellation.js';
import type { UpstreamConfig } from '../config/index.js';
import { UpstreamFailure } from './failure.js';
import type { Logger } from '../observability/logger.js';
import { Breaker, type BreakerState } from './resilience/breaker.js';
import { SlidingWindowShaper, type RateShaper } from './resilience/rateShaper.js';
import { isRetryable, retryDelay } from './resilience/retryPolicy.js';
import { HttpExchange, type UpstreamRequest, type UpstreamResponse } from './exchange.js';

export type { HttpMethod, UpstreamRequest, UpstreamResponse } from './exchange.js';

/** What one GraphQL operation may still spend upstream. Created per operation. */
export interface OperationBudget {
  /** Epoch milliseconds after which no upstream call starts or continues. */
  readonly deadline: number;
  /** Retries left for the whole operation. */
  retriesLeft: number;
  /** HTTP requests sent, retries included. */
  attempts: number;
  readonly cancellation?: Cancellation;
}

export interface TransportDeps {
  readonly logger: Logger;
  /** Inject a dispatcher (tests, custom agents); by default a keep-alive pool to Bird. */
  readonly dispatcher?: Dispatcher;
  /** Replace the in-process rate shaper (for example with a shared one). */
  readonly shaper?: RateShaper;
}

export interface Readiness {
  readonly ready: boolean;
  readonly breaker: BreakerState;
  readonly reason: string | null;
}

export class Transport {
  readonly origin: string;
  private readonly exchange: HttpExchange;
  private readonly breaker: Breaker;
  private readonly shaper: RateShaper;
  private readonly logger: Logger;

  constructor(
    private readonly config: UpstreamConfig,
    deps: TransportDeps,
  ) {
    this.logger = deps.logger;
    this.exchange = new HttpExchange({
      origin: config.url,
      connections: config.connections,
      connectTimeoutMs: config.connectTimeoutMs,
      ...(deps.dispatcher === undefined ? {} : { dispatcher: deps.dispatcher }),
    });
    this.origin = this.exchange.origin;
    this.breaker = new Breaker(config.breaker, deps.logger);
    this.shaper =
      deps.shaper ??
      new SlidingWindowShaper({
        readPerSecond: config.rateLimit.getPerSecond,
        writePerSecond: config.rateLimit.writePerSecond,
        maxWaitMs: config.rateLimit.maxWaitMs,
        marginMs: config.rateLimit.marginMs,
      });
  }

  /** A fresh budget for one operation. */
  budget(cancellation?: Cancellation): OperationBudget {
    return {
      deadline: Date.now() + this.config.operationDeadlineMs,
      retriesLeft: this.config.retry.budgetPerOperation,
      attempts: 0,
      ...(cancellation === undefined ? {} : { cancellation }),
    };
  }

  /** Sends a call with shaping, the breaker and safe retries; rejects only with `UpstreamFailure`. */
  async send(req: UpstreamRequest, budget: OperationBudget): Promise<UpstreamResponse> {
    const context = { method: req.method, path: req.displayPath };
    const cls = req.method === 'GET' ? 'read' : 'write';
    for (let retry = 0; ; retry += 1) {
      const remaining = budget.deadline - Date.now();
      if (remaining <= 0) {
        throw new UpstreamFailure('timeout', {
          ...context,
          causeCode: 'OPERATION_DEADLINE',
          maybeSent: false,
        });
      }
      await this.shaper.acquire(req.workspaceId, cls, context, budget.cancellation);
      budget.attempts += 1;
      try {
        return await this.breaker.run(
          () =>
            this.exchange.send(req, {
              headersTimeoutMs: Math.min(this.config.headersTimeoutMs, remaining),
              bodyTimeoutMs: Math.min(this.config.bodyTimeoutMs, remaining),
            }),
          context,
        );
      } catch (err) {
        if (!(err instanceof UpstreamFailure)) throw err;
        if (err.kind === 'status' && err.status === 429) {
          this.shaper.penalize(req.workspaceId, cls, err.init.retryAfterMs);
        }
        const delay = this.nextDelay(req, err, retry, budget);
        if (delay === null) throw err;
        budget.retriesLeft -= 1;
        this.logger.debug(
          {
            requestId: req.requestId,
            method: req.method,
            path: req.displayPath,
            failure: err.kind,
            status: err.status,
            delayMs: delay,
          },
          'retrying upstream call',
        );
        await sleep(delay, budget.cancellation);
        if (budget.cancellation?.aborted === true) throw err;
      }
    }
  }

  /** The delay before the next attempt, or null when this failure is final. */
  private nextDelay(
    req: UpstreamRequest,
    failure: UpstreamFailure,
    retry: number,
    budget: OperationBudget,
  ): number | null {
    if (retry + 1 >= this.config.retry.attempts || budget.retriesLeft <= 0) return null;
    if (!isRetryable(req.method, failure)) return null;
    const delay = retryDelay(this.config.retry, retry, failure);
    if (delay === null || Date.now() + delay >= budget.deadline) return null;
    return delay;
  }

  /** Whether Bird can take requests now (for /readyz): the breaker must not be open. */
  readiness(): Readiness {
    const breaker = this.breaker.state;
    return breaker === 'open'
      ? { ready: false, breaker, reason: 'the circuit breaker is open: Bird has been failing' }
      : { ready: true, breaker, reason: null };
  }

  async close(): Promise<void> {
    this.breaker.shutdown();
    await this.exchange.close();
  }
}
