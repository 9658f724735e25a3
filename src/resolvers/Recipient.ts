import type { RecipientResolvers } from '../generated/graphql.js';
import { UNKNOWN } from './enums.js';

export const Recipient: RecipientResolvers = {
  type: (r) => r.type ?? UNKNOWN,
  contactId: (r) => r.id ?? null,
  identifierKey: (r) => r.identifierKey ?? null,
  identifierValue: (r) => r.identifierValue ?? null,
  platformAddress: (r) => r.platformAddress ?? null,
  name: (r) => r.contactAnnotation?.name ?? null,
};
