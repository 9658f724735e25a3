import { z } from 'zod';
import { WEBHOOK_SERVICES } from '../types.js';

/**
 * Bird requires `https://` URLs; the simulator also takes `http://` so a receiver on a developer's
 * machine or in a test can subscribe.
 */
const url = z
  .string()
  .regex(/^https?:\/\/[^\s/]+/, 'Must be an absolute http(s) URL')
  .max(2048);

const eventFilters = z
  .array(z.object({ key: z.string().min(1), value: z.string().min(1) }))
  .max(10, 'At most 10 event filters are allowed');

/** POST /webhook-subscriptions. */
export const createWebhookSubscriptionSchema = z.object({
  service: z.enum(WEBHOOK_SERVICES),
  event: z.string().min(1),
  eventFilters: eventFilters.optional(),
  url,
  signingKey: z.string().min(1).max(256).nullable().optional(),
  template: z.string().nullable().optional(),
});

/** PATCH /webhook-subscriptions/{id}: at least one property. */
export const updateWebhookSubscriptionSchema = z
  .object({
    service: z.enum(WEBHOOK_SERVICES).optional(),
    event: z.string().min(1).optional(),
    eventFilters: eventFilters.optional(),
    url: url.optional(),
    signingKey: z.string().min(1).max(256).nullable().optional(),
    template: z.string().nullable().optional(),
    status: z.enum(['active', 'inactive']).optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, {
    message: 'At least 1 property is required',
  });
