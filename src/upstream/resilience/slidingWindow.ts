/**
 * One workspace and class's sliding window: the ring of the last N send times, the penalty a 429
 * imposed with its probe, and the places admitted operations hold (see rateShaper.ts).
 */

/** The places one admitted operation holds in its workspace's budget. */
export interface Tickets {
  /** Uses one place; false when none is left. */
  take(): boolean;
  /** Gives the unused places back. */
  release(): void;
}

export type Admission =
  | { readonly kind: 'admitted'; readonly tickets: Tickets | null }
  /** The calls fit in the window, but not within the allowed wait from now. */
  | { readonly kind: 'wait'; readonly retryAfterMs: number }
  /** More calls than the window can ever schedule within the allowed wait. */
  | { readonly kind: 'too-large'; readonly capacity: number };

/** How long the calls after a probe wait for its answer at most. */
export const PROBE_HOLD_MS = 1_000;

/** The window of one workspace and class. */
export class SlidingWindow {
  readonly times: Float64Array;
  next = 0;
  blockedUntil = 0;
  lastScheduled = 0;
  /** Calls admitted with their operation (`admit`) and not sent yet. */
  pending = 0;
  /** After a 429: `due` until the probe is scheduled, `sent` until Bird answers it. */
  probe: 'none' | 'due' | 'sent' = 'none';
  /** When the probe goes out. */
  probeAt = 0;

  constructor(
    size: number,
    readonly spanMs: number,
  ) {
    this.times = new Float64Array(size).fill(-Infinity);
  }

  /** Reserves the earliest slot at or after `now`; returns it, or null when it is too far. */
  reserve(
    now: number,
    marginMs: number,
    maxWaitMs: number,
  ): { at: number } | { retryAfterMs: number } {
    const previous = this.times[this.next] ?? -Infinity;
    const at = Math.max(now, previous + this.spanMs + marginMs, this.blockedUntil);
    if (at - now > maxWaitMs) return { retryAfterMs: Math.ceil(at - now) };
    if (this.probe === 'due') {
      this.probe = 'sent';
      this.probeAt = at;
      this.blockedUntil = at + PROBE_HOLD_MS;
    }
    this.book(at);
    return { at };
  }

  private book(at: number): void {
    this.times[this.next] = at;
    this.next = (this.next + 1) % this.times.length;
    this.lastScheduled = Math.max(this.lastScheduled, at);
  }

  /** Calls an empty window schedules within `maxWaitMs`. */
  capacity(marginMs: number, maxWaitMs: number): number {
    return this.times.length * (Math.floor(maxWaitMs / (this.spanMs + marginMs)) + 1);
  }

  /**
   * Admits `calls` more calls when they, after the calls admitted earlier and not sent yet, can
   * all be scheduled within `maxWaitMs`. Admitted calls are not booked in the ring here: they
   * take their slot when they are really sent, so the ring keeps actual send times (an inbox
   * screen's message pages go out only after its list came back).
   */
  admit(now: number, marginMs: number, maxWaitMs: number, calls: number): Admission {
    const capacity = this.capacity(marginMs, maxWaitMs);
    if (calls > capacity) return { kind: 'too-large', capacity };
    // During a 429's recovery the calls go one by one, so the probe goes first.
    if (this.probe !== 'none') return { kind: 'admitted', tickets: null };
    const size = this.times.length;
    const total = this.pending + calls;
    const planned = new Float64Array(total);
    let at = Math.max(now, this.blockedUntil);
    for (let k = 0; k < total; k++) {
      const previous = k < size ? this.times[(this.next + k) % size] : planned[k - size];
      at = Math.max(at, (previous ?? -Infinity) + this.spanMs + marginMs);
      planned[k] = at;
    }
    if (at - now > maxWaitMs) {
      return { kind: 'wait', retryAfterMs: Math.ceil(at - now - maxWaitMs) };
    }
    this.pending += calls;
    let left = calls;
    return {
      kind: 'admitted',
      tickets: {
        take: () => {
          if (left === 0) return false;
          left -= 1;
          this.pending -= 1;
          return true;
        },
        release: () => {
          this.pending -= left;
          left = 0;
        },
      },
    };
  }
}
