import { z } from 'zod';
import type { ParticipantRef } from '../store/participants.js';
import { PARTICIPANT_TYPES, RECIPIENT_TYPES } from '../types.js';

/**
 * A participant reference in create-conversation: `{id, type}` or, for contacts,
 * `{type: "contact", identifierKey, identifierValue}`. Modelled as one object rather than a zod
 * union so a bad reference is reported on the missing field (`.participants[0].id`) instead of as
 * an opaque "invalid union".
 */
export const participantRefSchema = z
  .object({
    type: z.enum(PARTICIPANT_TYPES),
    id: z.string().min(1).optional(),
    identifierKey: z.string().min(1).optional(),
    identifierValue: z.string().min(1).optional(),
  })
  .transform((ref, ctx): ParticipantRef => {
    if (ref.id !== undefined) return { by: 'id', type: ref.type, id: ref.id };
    if (
      ref.type === 'contact' &&
      ref.identifierKey !== undefined &&
      ref.identifierValue !== undefined
    ) {
      return {
        by: 'identifier',
        identifierKey: ref.identifierKey,
        identifierValue: ref.identifierValue,
      };
    }
    ctx.addIssue({
      code: 'custom',
      path: ['id'],
      message:
        ref.type === 'contact'
          ? "Property 'id' or 'identifierKey' and 'identifierValue' are required"
          : "Property 'id' is missing",
    });
    return z.NEVER;
  });

/** A message recipient given by contact identifier. */
export const recipientSchema = z.object({
  identifierKey: z.string().min(1),
  identifierValue: z.string().min(1),
  type: z.enum(RECIPIENT_TYPES).optional(),
  platformAddressSelector: z.string().optional(),
});
