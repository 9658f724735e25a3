import { z } from 'zod';
import { MESSAGE_STATUSES, PARTICIPANT_TYPES } from '../types.js';
import { bodyOrTemplate } from './conversation.js';
import { messageBodySchema, templateSchema } from './messageBody.js';
import { recipientSchema } from './participantRef.js';

/** POST /conversations/{id}/messages: "Message with body" or "Message with template". */
export const createMessageSchema = z
  .object({
    participantId: z.string().min(1),
    participantType: z.enum(PARTICIPANT_TYPES),
    body: messageBodySchema.optional(),
    template: templateSchema.optional(),
    draft: z.boolean().optional(),
    reference: z.string().max(255).optional(),
    sender: z.record(z.string(), z.unknown()).optional(),
    replyToMessageId: z.string().min(1).optional(),
    participantContactIdentifierKey: z.string().min(1).optional(),
    participantContactIdentifierValue: z.string().min(1).optional(),
    recipients: z.array(recipientSchema).optional(),
    addMissingParticipants: z.boolean().optional(),
  })
  .superRefine(bodyOrTemplate);

/** PATCH /conversations/{id}/messages/{messageId}: at least one property; drafts only. */
export const updateMessageSchema = z
  .object({
    draft: z.boolean().optional(),
    body: messageBodySchema.optional(),
    sender: z.record(z.string(), z.unknown()).optional(),
    status: z.enum(MESSAGE_STATUSES).optional(),
    recipients: z.array(recipientSchema).optional(),
    addMissingParticipants: z.boolean().optional(),
    replyToMessageId: z.string().min(1).optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, {
    message: 'At least 1 property is required',
  });

/** POST /conversations/{id}/presigned-upload. */
export const presignedUploadSchema = z.object({
  contentType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'Must be a MIME type such as image/png'),
});
