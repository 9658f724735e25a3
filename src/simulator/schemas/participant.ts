import { z } from 'zod';
import type { ParticipantRef } from '../store/participants.js';
import { PARTICIPANT_STATUSES, PARTICIPANT_TYPES, type BirdParticipantStatus } from '../types.js';

/**
 * POST /conversations/{id}/participants, three documented variants: `{id, type}` (user, flow, ...),
 * `{id, type: "contact", contact?}` and `{type: "contact", contact: {identifierKey, identifierValue}}`.
 */
export const addParticipantSchema = z
  .object({
    id: z.string().min(1).optional(),
    type: z.enum(PARTICIPANT_TYPES),
    status: z.enum(PARTICIPANT_STATUSES).optional(),
    contact: z
      .object({
        identifierKey: z.string().min(1).optional(),
        identifierValue: z.string().min(1).optional(),
        platformAddressSelector: z.string().optional(),
      })
      .optional(),
  })
  .transform((input, ctx): { ref: ParticipantRef; status: BirdParticipantStatus | undefined } => {
    if (input.id !== undefined)
      return { ref: { by: 'id', type: input.type, id: input.id }, status: input.status };
    const key = input.contact?.identifierKey;
    const value = input.contact?.identifierValue;
    if (input.type === 'contact' && key !== undefined && value !== undefined) {
      return {
        ref: { by: 'identifier', identifierKey: key, identifierValue: value },
        status: input.status,
      };
    }
    ctx.addIssue({
      code: 'custom',
      path: input.type === 'contact' ? ['contact'] : ['id'],
      message:
        input.type === 'contact'
          ? "Property 'id' or 'contact.identifierKey' and 'contact.identifierValue' are required"
          : "Property 'id' is missing",
    });
    return z.NEVER;
  });

/** PATCH a participant: `status` is required and may be null (back to active). */
export const updateParticipantSchema = z.object({
  status: z.enum(PARTICIPANT_STATUSES).nullable(),
});
