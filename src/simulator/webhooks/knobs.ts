import { z } from 'zod';

/** How the simulator delivers webhooks: Bird's retry behaviour plus faults for clients to survive. */
export interface WebhookKnobs {
  /** Wait before the first attempt of every delivery. Default 0. */
  readonly delayMs: number;
  /** Chance (0..1) that a delivery is sent twice, with the same request id and timestamp. Default 0. */
  readonly duplicateRate: number;
  /**
   * Hold each delivery back until the next one has been sent, so consecutive deliveries arrive
   * swapped; a held delivery goes out alone after `reorderWindowMs`. Default false.
   */
  readonly reorder: boolean;
  readonly reorderWindowMs: number;
  /** Attempts per delivery, the first included. Bird retries for about 8 hours; default 6. */
  readonly maxAttempts: number;
  /** Backoff before retry n is retryBaseMs * 2^(n-1). Default 1000. */
  readonly retryBaseMs: number;
  /** Sign deliveries as if sent this many seconds ago (Bird's retries keep the first timestamp). */
  readonly timestampOffsetSeconds: number;
  /** Per-attempt timeout for connect, headers and body. Default 10000. */
  readonly timeoutMs: number;
}

/** The defaults: prompt, single, in-order deliveries with Bird-like retries. */
export const DEFAULT_WEBHOOK_KNOBS: WebhookKnobs = {
  delayMs: 0,
  duplicateRate: 0,
  reorder: false,
  reorderWindowMs: 2000,
  maxAttempts: 6,
  retryBaseMs: 1000,
  timestampOffsetSeconds: 0,
  timeoutMs: 10_000,
};

/** A partial knob update, as the control API and `Simulator.webhooks.configure` take it. */
export const webhookKnobsSchema = z
  .object({
    delayMs: z.number().int().nonnegative(),
    duplicateRate: z.number().min(0).max(1),
    reorder: z.boolean(),
    reorderWindowMs: z.number().int().nonnegative(),
    maxAttempts: z.number().int().min(1).max(50),
    retryBaseMs: z.number().int().nonnegative(),
    timestampOffsetSeconds: z.number().int().nonnegative(),
    timeoutMs: z.number().int().positive(),
  })
  .partial()
  .strict();

/** Checks a partial update and merges it over `current`; throws RangeError on a bad value. */
export function mergeWebhookKnobs(
  current: WebhookKnobs,
  update: Partial<WebhookKnobs>,
): WebhookKnobs {
  const parsed = webhookKnobsSchema.safeParse(update);
  if (!parsed.success) {
    throw new RangeError(`Invalid webhook knobs: ${parsed.error.issues[0]?.message ?? ''}`);
  }
  return { ...current, ...parsed.data };
}
