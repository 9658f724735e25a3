/**
 * The process-wide, resilient way to Bird: every upstream call of every operation goes through
 * `send`, which passes the operation's credential gate (unproven client keys probe first, a 401/403
 * halts the operation), waits for the workspace's rate-limit turn (longer for a call whose
 * operation was admitted as a unit), runs the exchange through the circuit breaker, and retries what is safe to
 * retry — within the operation's deadline and retry budget.
 */
import type { Dispatcher } from 'undici';
import { sleep, type Cancellation } from './cancellation.js';
import type { UpstreamConfig } from '../config/index.js';
import { UpstreamFailure } from './failure.js';
import type { Logger } from '../observability/logger.js';
import { CredentialGate, type GateMode } from './credentials/credentialGate.js';
import { UnverifiedLimiter } from './credentials/unverifiedLimiter.js';
import {
  InMemoryVerifiedCredentials,
  type CredentialKey,
  type VerifiedCredentials,
} from './credentials/verifiedCredentials.js';
import { Breaker, type BreakerState } from './resilience/breaker.js';
import {
  SlidingWindowShaper,
  type Admission,
  type RateClass,
  type RateShaper,
  type Tickets,
} from './resilience/rateShaper.js';
import { isRetryable, retryDelay } from './resilience/retryPolicy.js';
import { HttpExchange, type UpstreamRequest, type UpstreamResponse } from './exchange.js';
import {
  observedAttempt,
  SILENT_OBSERVER,
  type AttemptInfo,
  type UpstreamObserver,
} from './observer.js';
import { routeTemplate } from './routeTemplate.js';

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
  /** Whether the operation's credential is proven, and whether a 401/403 halted it. */
  readonly gate: CredentialGate;
  /** Read places held for the operation since its admission. */
  readonly tickets: Tickets[];
}

export interface TransportDeps {
  readonly logger: Logger;
  /** Inject a dispatcher (tests, custom agents); by default a keep-alive pool to Bird. */
  readonly dispatcher?: Dispatcher;
  /** Replace the in-process rate shaper (for example with a shared one). */
  readonly shaper?: RateShaper;
  /** Replace the in-process set of verified credentials (for example with a shared one). */
  readonly verified?: VerifiedCredentials;
  /** Told of every attempt, retry and shaper decision (metrics). */
  readonly observer?: UpstreamObserver;
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
  private readonly verified: VerifiedCredentials;
  private readonly unverified: UnverifiedLimiter;
  private readonly logger: Logger;
  private readonly observer: UpstreamObserver;

  constructor(
    private readonly config: UpstreamConfig,
    deps: TransportDeps,
  ) {
    this.logger = deps.logger;
    this.observer = deps.observer ?? SILENT_OBSERVER;
    this.exchange = new HttpExchange({
      origin: config.url,
      connections: config.connections,
      connectTimeoutMs: config.connectTimeoutMs,
      maxBodyBytes: config.maxBodyBytes,
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
        penaltyCapMs: config.retry.retryAfterCapMs,
      });
    this.verified =
      deps.verified ??
      new InMemoryVerifiedCredentials({
        ttlMs: config.credentials.verifiedTtlMs,
        maxEntries: config.credentials.verifiedMax,
      });
    this.unverified = new UnverifiedLimiter(config.credentials);
  }

  /**
   * A fresh budget for one operation. `credential` identifies a client's own key, which must be
   * proven; null for a key the gateway holds.
   */
  budget(cancellation?: Cancellation, credential: CredentialKey | null = null): OperationBudget {
    return {
      deadline: Date.now() + this.config.operationDeadlineMs,
      retriesLeft: this.config.retry.budgetPerOperation,
      attempts: 0,
      gate: new CredentialGate(credential, this.verified, cancellation),
      tickets: [],
      ...(cancellation === undefined ? {} : { cancellation }),
    };
  }

  /**
   * Admits an operation estimated at `calls` reads as a unit: holds their places in the
   * workspace's window, or says why not. Operations of unproven keys are not held places: they
   * make one call before the key is proven.
   */
  async admit(budget: OperationBudget, workspaceId: string, calls: number): Promise<Admission> {
    if (calls <= 0 || !(await budget.gate.isTrusted())) return { kind: 'admitted', tickets: null };
    const admission = await this.shaper.admit(workspaceId, 'read', calls);
    if (admission.kind === 'admitted' && admission.tickets !== null) {
      budget.tickets.push(admission.tickets);
    }
    return admission;
  }

  /** Sends a call with shaping, the breaker and safe retries; rejects only with `UpstreamFailure`. */
  async send(req: UpstreamRequest, budget: OperationBudget): Promise<UpstreamResponse> {
    const context = { method: req.method, path: req.displayPath };
    const mode = await budget.gate.enter(context);
    try {
      // An unproven key's probe first takes from the small unverified allowance (refused at once
      // when it is spent, so a flood never queues), then waits its turn like any call.
      if (mode === 'probe') await this.unverified.acquire(req.workspaceId, context);
      const response = await this.attempt(req, budget, mode);
      budget.gate.succeeded(mode);
      return response;
    } catch (err) {
      // Whatever the failure, the gate must hear of it: the operation's other calls wait on a probe.
      const failure =
        err instanceof UpstreamFailure
          ? err
          : new UpstreamFailure('network', { ...context, maybeSent: true, cause: err });
      budget.gate.failed(mode, failure);
      throw err;
    }
  }

  /** Waits for the call's turn in the workspace's window. */
  private async turn(
    req: UpstreamRequest,
    cls: RateClass,
    budget: OperationBudget,
    context: { method: string; path: string },
  ): Promise<void> {
    // A call its operation was admitted with may wait past the usual limit: its place is held.
    const admitted = cls === 'read' && takeTicket(budget.tickets);
    const asked = performance.now();
    try {
      await this.shaper.acquire(
        req.workspaceId,
        cls,
        context,
        budget.cancellation,
        admitted ? Math.max(0, budget.deadline - Date.now()) : undefined,
      );
    } catch (err) {
      if (err instanceof UpstreamFailure && err.kind === 'rate-limited') {
        this.observer.shaperRefusal(cls, req.workspaceId);
      }
      throw err;
    }
    const waited = performance.now() - asked;
    // Under a millisecond is the cost of the await itself, not a wait for a turn.
    if (waited >= 1) this.observer.shaperWait(cls, req.workspaceId, waited / 1000);
    if (budget.cancellation?.aborted === true) {
      throw new UpstreamFailure('aborted', { ...context, maybeSent: false });
    }
    // A 401/403 that arrived while this call waited halts it before it is sent.
    budget.gate.check(context);
  }

  private async attempt(
    req: UpstreamRequest,
    budget: OperationBudget,
    mode: GateMode,
  ): Promise<UpstreamResponse> {
    const context = { method: req.method, path: req.displayPath };
    const cls = req.method === 'GET' ? 'read' : 'write';
    const route = routeTemplate(req.displayPath);
    for (let retry = 0; ; retry += 1) {
      const remaining = budget.deadline - Date.now();
      if (remaining <= 0) {
        throw new UpstreamFailure('timeout', {
          ...context,
          causeCode: 'OPERATION_DEADLINE',
          maybeSent: false,
        });
      }
      await this.turn(req, cls, budget, context);
      budget.attempts += 1;
      const info: AttemptInfo = { method: req.method, route, attempt: retry + 1 };
      try {
        const response = await observedAttempt(this.observer, req, info, (traceparent) =>
          this.breaker.run(() => {
            this.observer.sent(cls, req.workspaceId);
            return this.exchange.send(
              req,
              {
                headersTimeoutMs: Math.min(this.config.headersTimeoutMs, remaining),
                bodyTimeoutMs: Math.min(this.config.bodyTimeoutMs, remaining),
                deadline: budget.deadline,
              },
              traceparent,
            );
          }, context),
        );
        this.shaper.succeeded(req.workspaceId, cls);
        return response;
      } catch (caught) {
        if (!(caught instanceof UpstreamFailure)) throw caught;
        if (caught.kind === 'invalid-response') this.logUnusable(req, caught);
        let err = caught;
        if (err.kind === 'status' && err.status === 429) {
          this.shaper.penalize(req.workspaceId, cls, err.init.retryAfterMs);
          err = this.capRetryAfter(err);
        } else if (err.kind === 'status') {
          this.shaper.succeeded(req.workspaceId, cls);
        }
        // A probe is one call: an unproven key gets no retries. A wait beyond the cap is not
        // retried (the Retry-After Bird sent decides, not the capped one the client sees).
        const delay = mode === 'probe' ? null : this.nextDelay(req, caught, retry, budget);
        if (delay === null) throw err;
        budget.retriesLeft -= 1;
        this.observer.retry(info, err.kind === 'status' ? String(err.status) : err.kind);
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

  /**
   * A `Retry-After` beyond the cap is reported as the cap: the shaper probes again after it, so
   * that is when the client may usefully retry.
   */
  private capRetryAfter(failure: UpstreamFailure): UpstreamFailure {
    const cap = this.config.retry.retryAfterCapMs;
    const asked = failure.init.retryAfterMs;
    if (asked === undefined || asked <= cap) return failure;
    return new UpstreamFailure(failure.kind, { ...failure.init, retryAfterMs: cap });
  }

  /** Bird (or something in between) answered with a body the gateway cannot use: worth a look. */
  private logUnusable(req: UpstreamRequest, failure: UpstreamFailure): void {
    this.logger.warn(
      {
        requestId: req.requestId,
        method: req.method,
        route: req.route,
        status: failure.status,
        problem: failure.init.detail,
      },
      'unusable upstream response',
    );
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

/** Uses one of the places an operation was admitted with; false when none is left. */
function takeTicket(pool: readonly Tickets[]): boolean {
  return pool.some((tickets) => tickets.take());
}
