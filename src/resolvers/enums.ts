/**
 * GraphQL enum values → Bird's spellings (the runtime side of codegen's `enumValues`). Inputs reach
 * resolvers already in Bird's vocabulary. `UNKNOWN` is output-only: it stands for a value Bird
 * added after this gateway version (see `tolerateUnknownEnumValues`), and is refused as input.
 */
import { GraphQLEnumType, type GraphQLSchema } from 'graphql';
import { badUserInput } from '../graphql/errors.js';
import type { Resolvers } from '../generated/graphql.js';

/** Internal value of every enum's UNKNOWN member. */
export const UNKNOWN = '__unknown__';

export const enums = {
  ConversationStatus: { ACTIVE: 'active', CLOSED: 'closed', DELETED: 'deleted', UNKNOWN },
  ConversationVisibility: { PUBLIC: 'public', PRIVATE: 'private', DIRECT: 'direct', UNKNOWN },
  ConversationAccessibility: {
    OPEN: 'open',
    INVITE_ONLY: 'invite-only',
    REQUEST_TO_JOIN: 'request-to-join',
    UNKNOWN,
  },
  MessageStatus: {
    ACCEPTED: 'accepted',
    PENDING: 'pending',
    QUEUED: 'queued',
    PROCESSING: 'processing',
    SENT: 'sent',
    DELIVERED: 'delivered',
    READ: 'read',
    FAILED: 'failed',
    REJECTED: 'rejected',
    SKIPPED: 'skipped',
    SENDING_FAILED: 'sending_failed',
    DELIVERY_FAILED: 'delivery_failed',
    UNKNOWN,
  },
  MessageSource: {
    CONVERSATIONS: 'conversations',
    EXTERNAL: 'external',
    CHANNELS: 'channels',
    UNKNOWN,
  },
  ParticipantType: {
    CONTACT: 'contact',
    USER: 'user',
    ACCESS_KEY: 'accessKey',
    FLOW: 'flow',
    AGENT: 'agent',
    BOT: 'bot',
    CHANNEL: 'channel',
    CONNECTOR: 'connector',
    COLLABORATION_AUTOMATION: 'collaborationAutomation',
    UNKNOWN,
  },
  ParticipantStatus: { PENDING: 'pending', INVITED: 'invited', ACTIVE: 'active', UNKNOWN },
  RecipientType: { TO: 'to', CC: 'cc', BCC: 'bcc', UNKNOWN },
  MessageBodyType: {
    TEXT: 'text',
    HTML: 'html',
    IMAGE: 'image',
    FILE: 'file',
    GIF: 'gif',
    LOCATION: 'location',
    CAROUSEL: 'carousel',
    LIST: 'list',
    SECTION: 'section',
    AUTHENTICATION: 'authentication',
    TEMPLATE: 'template',
    ACTION: 'action',
    UNKNOWN,
  },
} as const satisfies Resolvers;

/** Refuses UNKNOWN (output-only) in an input; passes null and undefined through as null. */
export function knownEnum<T extends string>(value: T, field: string): T;
export function knownEnum<T extends string>(value: T | null | undefined, field: string): T | null;
export function knownEnum<T extends string>(value: T | null | undefined, field: string): T | null {
  if (value === UNKNOWN) {
    throw badUserInput(`UNKNOWN is not a value you can send for \`${field}\`.`, {
      [field]: ['UNKNOWN is output-only'],
    });
  }
  return value ?? null;
}

/**
 * Makes every enum that has an UNKNOWN member serialise values it does not know as UNKNOWN instead
 * of failing the field (and, for non-null fields, its parents): Bird adding a status must not
 * break a whole query.
 */
export function tolerateUnknownEnumValues(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLEnumType) || type.getValue('UNKNOWN') === undefined) continue;
    const serialize: (value: unknown) => string | null | undefined = type.serialize.bind(type);
    const known = new Set<unknown>(type.getValues().map((v): unknown => v.value));
    type.serialize = (value: unknown) => (known.has(value) ? serialize(value) : 'UNKNOWN');
  }
  return schema;
}
