/**
 * What the upstream layer reports about its traffic, as interfaces the observability layer
 * implements (metrics, spans). Nothing here names Prometheus or OpenTelemetry, and a call costs one
 * method call per event when nobody listens.
 */
import { UpstreamFailure } from './failure.js';
import type { RateClass } from './resilience/rateShaper.js';

/** One HTTP attempt of an upstream call, as a metric or span describes it (no ids, no paths). */
export interface AttemptInfo {
  readonly method: string;
  /** The route template, e.g. `/conversations/{id}/messages` (see routeTemplate.ts). */
  readonly route: string;
  /** 1 for the first try, 2 for the first retry, ... */
  readonly attempt: number;
}

/**
 * How an attempt ended: an HTTP status class (`2xx` ... `5xx`) or, without an answer, the failure
 * kind (`timeout`, `network`, `invalid-response`, `circuit-open`, `aborted`).
 */
export type AttemptResult = { readonly status: number } | { readonly failure: string };

/** The span of one attempt; `traceparent` goes to Bird with it. */
export interface AttemptSpan {
  readonly traceparent: string | undefined;
  end(result: AttemptResult): void;
}

/** One operation's trace, which upstream attempts are children of. */
export interface UpstreamTrace {
  attempt(info: AttemptInfo): AttemptSpan;
}

/** Process-wide counters of upstream traffic. */
export interface UpstreamObserver {
  /** An attempt ended after `seconds`. */
  attempt(info: AttemptInfo, result: AttemptResult, seconds: number): void;
  /** A failed attempt will be tried again; `reason` is its status or failure kind. */
  retry(info: AttemptInfo, reason: string): void;
  /** The rate shaper held a call back for `seconds` before its turn. */
  shaperWait(cls: RateClass, workspaceId: string, seconds: number): void;
  /** The rate shaper refused a call (its turn was too far away). */
  shaperRefusal(cls: RateClass, workspaceId: string): void;
  /** A request went to Bird, spending the workspace's budget of its class. */
  sent(cls: RateClass, workspaceId: string): void;
}

/** Reports nothing: the default when no observer is given (unit tests, tools). */
export const SILENT_OBSERVER: UpstreamObserver = {
  attempt: () => undefined,
  retry: () => undefined,
  shaperWait: () => undefined,
  shaperRefusal: () => undefined,
  sent: () => undefined,
};

/**
 * Runs one HTTP attempt (`send`, given the `traceparent` to send Bird) as a child span of the
 * request's trace and reports how it ended to `observer`.
 */
export async function observedAttempt<T extends { readonly status: number }>(
  observer: UpstreamObserver,
  req: { readonly trace?: UpstreamTrace | undefined },
  info: AttemptInfo,
  send: (traceparent: string | undefined) => Promise<T>,
): Promise<T> {
  const span = req.trace?.attempt(info);
  const started = performance.now();
  const done = (result: AttemptResult) => {
    span?.end(result);
    observer.attempt(info, result, (performance.now() - started) / 1000);
  };
  try {
    const response = await send(span?.traceparent);
    done({ status: response.status });
    return response;
  } catch (err) {
    if (err instanceof UpstreamFailure) {
      done(err.kind === 'status' ? { status: err.status ?? 0 } : { failure: err.kind });
    }
    throw err;
  }
}
