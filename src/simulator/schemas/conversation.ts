import { z } from 'zod';
import { ACCESSIBILITIES, VISIBILITIES } from '../types.js';
import { messageBodySchema, templateSchema } from './messageBody.js';
import { participantRefSchema, recipientSchema } from './participantRef.js';

/** Bird types `attributes` as a map of string to string (newer schema). */
export const attributesSchema = z.record(z.string(), z.string());

/** Bird's validation example caps descriptions at 250 characters. */
const description = z.string().max(250, 'Maximum string length is 250');

/** Exactly one of `body` and `template`; reported on `.body`. */
export function bodyOrTemplate(
  value: { body?: unknown; template?: unknown },
  ctx: z.RefinementCtx,
): void {
  if ((value.body === undefined) === (value.template === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['body'],
      message:
        value.body === undefined
          ? "Property 'body' or 'template' is required"
          : "Only one of 'body' and 'template' may be given",
    });
  }
}

/** `initialMessage` of create-conversation. `sender` ({name, email}) is accepted and ignored. */
export const initialMessageSchema = z
  .object({
    reference: z.string().max(255).optional(),
    sender: z.record(z.string(), z.unknown()).optional(),
    recipients: z.array(recipientSchema).optional(),
    body: messageBodySchema.optional(),
    template: templateSchema.optional(),
    draft: z.boolean().optional(),
  })
  .superRefine(bodyOrTemplate);

/** POST /conversations. Unknown properties are allowed, as Bird documents. */
export const createConversationSchema = z.object({
  // Required in production (bird-api.md §7: 422 "name is missing"); one doc renderer says so too.
  name: z.string(),
  description: description.optional(),
  style: z.string().optional(),
  visibility: z.enum(VISIBILITIES).optional(),
  accessibility: z.enum(ACCESSIBILITIES).optional(),
  participants: z
    .array(participantRefSchema)
    .max(5, 'At most 5 participants are allowed')
    .optional(),
  initiatingParticipant: participantRefSchema.optional(),
  channelId: z.string().min(1).optional(),
  initialMessage: initialMessageSchema.optional(),
  attributes: attributesSchema.nullable().optional(),
  resource: z
    .object({ type: z.literal('task'), id: z.string().min(1) })
    .nullable()
    .optional(),
});

/** PATCH /conversations/{id}. `deleted` is not a status one can set; DELETE does that. */
export const updateConversationSchema = z.object({
  name: z.string().nullable().optional(),
  description: description.nullable().optional(),
  status: z.enum(['active', 'closed']).optional(),
  visibility: z.enum(VISIBILITIES).optional(),
  accessibility: z.enum(ACCESSIBILITIES).optional(),
  // Merged key by key (see store/conversations.ts); a key sent as null is removed.
  attributes: z.record(z.string(), z.string().nullable()).nullable().optional(),
});
