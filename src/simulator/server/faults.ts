import { compilePathPattern } from './pathPattern.js';

/** How an injected fault answers. */
export type FaultKind = 'status' | 'reset' | 'stall-headers' | 'stall-body';

/** A fault to inject into the next matching requests under `/workspaces/`. */
export interface FaultRule {
  /** HTTP method to match; any when omitted. */
  readonly method?: string;
  /** `*` matches one path segment, `**` anything; or a RegExp. Matched without the query. */
  readonly path: string | RegExp;
  /** How many requests fail; default 1, Infinity allowed. */
  readonly times?: number;
  readonly kind: FaultKind;
  /** The status of a `status` fault. */
  readonly status?: number;
  /** Sent as `Retry-After`: seconds or an HTTP-date. */
  readonly retryAfter?: number | string;
  /** The response body of a `status` fault; a Bird error by default. */
  readonly body?: unknown;
  /** How long stalls last before the connection is closed; default: until the client gives up. */
  readonly stallMs?: number;
}

/** A fault picked for one request. */
export interface TriggeredFault {
  readonly rule: FaultRule;
  /** The request log's `fault` value, e.g. `status:503`. */
  readonly label: string;
}

/** The fault API exposed on the Simulator. */
export interface FaultInjectorView {
  inject(rule: FaultRule): void;
  clear(): void;
  /** Rules with requests left to fail; `times` is what remains. */
  pending(): FaultRule[];
}

interface ActiveRule {
  readonly rule: FaultRule;
  readonly matchesPath: (path: string) => boolean;
  remaining: number;
}

/** Injected faults, consumed first-in first-out by the requests they match. */
export class FaultInjector implements FaultInjectorView {
  #rules: ActiveRule[] = [];

  inject(rule: FaultRule): void {
    const times = rule.times ?? 1;
    if (!(times > 0) || (!Number.isInteger(times) && times !== Infinity)) {
      throw new RangeError('FaultRule.times must be a positive integer or Infinity');
    }
    if (
      rule.kind === 'status' &&
      !(Number.isInteger(rule.status) && (rule.status ?? 0) >= 100 && (rule.status ?? 0) <= 599)
    ) {
      throw new RangeError("A 'status' fault needs a status between 100 and 599");
    }
    if (rule.stallMs !== undefined && !(rule.stallMs >= 0))
      throw new RangeError('FaultRule.stallMs must be >= 0');
    this.#rules.push({ rule, matchesPath: compilePathPattern(rule.path), remaining: times });
  }

  clear(): void {
    this.#rules = [];
  }

  pending(): FaultRule[] {
    return this.#rules.map(({ rule, remaining }) => ({ ...rule, times: remaining }));
  }

  /** The fault for this request, if any, counting it against its rule. */
  take(method: string, path: string): TriggeredFault | null {
    if (this.#rules.length === 0) return null;
    const index = this.#rules.findIndex(
      ({ rule, matchesPath }) =>
        (rule.method === undefined || rule.method.toUpperCase() === method) && matchesPath(path),
    );
    const active = this.#rules[index];
    if (active === undefined) return null;
    active.remaining--;
    if (active.remaining <= 0) this.#rules.splice(index, 1);
    const { rule } = active;
    return { rule, label: rule.kind === 'status' ? `status:${rule.status ?? 0}` : rule.kind };
  }
}
