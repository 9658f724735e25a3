/**
 * The freshness check of the workspace-budget scenario: a served inbox screen is stale when it
 * misses a message that was already known when the screen was requested — its webhook
 * acknowledged (2xx) by the contender more than `graceMs` before, or, for a contender that takes
 * no webhooks, stored by Bird that long before. Per conversation only the newest such message
 * is required: the screen shows a conversation's five newest messages, so an older one may have
 * scrolled out, but the newest known one must be there (as a message or as `lastMessage`).
 */
import { birdId } from './birdIds.js';
import { isRecord } from './json.js';
import { summarise } from './stats.js';

/** A message the contender had been told about (or Bird had stored) at `knownAt`. */
export interface KnownMessage {
  readonly conversationId: string;
  readonly messageId: string;
  /** Epoch milliseconds. */
  readonly knownAt: number;
}

/** One inbox screen served in full: when it was asked for and every id it showed. */
export interface ServedScreen {
  /** Epoch milliseconds, taken just before the request was sent. */
  readonly requestedAt: number;
  readonly ids: ReadonlySet<string>;
}

export interface Freshness {
  /** Screens served in full and checked. */
  readonly checked: number;
  /** Screens that missed at least one message known more than `graceMs` before they were asked for. */
  readonly stale: number;
  /** For stale screens: how long the oldest missing message had been known, at most and p50. */
  readonly maxLagMs: number | null;
  readonly p50LagMs: number | null;
}

/** Known messages that a screen requested at `requestedAt` must show (the newest per conversation). */
export function requiredAt(
  known: readonly KnownMessage[],
  requestedAt: number,
  graceMs: number,
): KnownMessage[] {
  const newest = new Map<string, KnownMessage>();
  for (const m of known) {
    if (m.knownAt >= requestedAt - graceMs) continue;
    const seen = newest.get(m.conversationId);
    if (seen === undefined || m.knownAt > seen.knownAt) newest.set(m.conversationId, m);
  }
  return [...newest.values()];
}

/**
 * How long the oldest message the screen should show but does not had been known when it was
 * requested; null when the screen is fresh.
 */
export function staleBy(
  screen: ServedScreen,
  known: readonly KnownMessage[],
  graceMs: number,
): number | null {
  let lag: number | null = null;
  for (const m of requiredAt(known, screen.requestedAt, graceMs)) {
    if (screen.ids.has(m.messageId)) continue;
    const age = screen.requestedAt - m.knownAt;
    lag = lag === null ? age : Math.max(lag, age);
  }
  return lag;
}

/** Checks every served screen against what was known when it was requested. */
export function checkFreshness(
  screens: readonly ServedScreen[],
  known: readonly KnownMessage[],
  graceMs = 100,
): Freshness {
  const lags: number[] = [];
  for (const screen of screens) {
    const lag = staleBy(screen, known, graceMs);
    if (lag !== null) lags.push(lag);
  }
  const summary = lags.length === 0 ? null : summarise(lags);
  return {
    checked: screens.length,
    stale: lags.length,
    maxLagMs: summary === null ? null : summary.max,
    p50LagMs: summary === null ? null : summary.p50,
  };
}

/**
 * Every string under an `id` or `messageId` key anywhere in a JSON answer, with Bird's ids
 * inside this gateway's global ids, so every contender's screen compares with Bird's ids.
 */
export function idsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) idsIn(item, into);
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'id' || key === 'messageId') && typeof item === 'string') {
        into.add(item).add(birdId(item));
      } else {
        idsIn(item, into);
      }
    }
  }
  return into;
}
