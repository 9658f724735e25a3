/**
 * Global object ids: opaque, globally unique, stable, and enough to fetch the object again.
 *
 * An id is the base64url text (no padding) of a short typed tuple: one tag byte naming the kind,
 * then each Bird id of the tuple. A lowercase UUID is packed into 16 bytes behind a 0 length byte;
 * any other id is its UTF-8 bytes behind their length (1 to 255). A conversation's id is 24
 * characters, a message's 47. Ids are not signed: they grant nothing, since every fetch still goes
 * through the caller's own credentials, and a forged id names an object the caller could name by its
 * Bird id anyway. Decoding is strict (known tag, exact arity, canonical text), so a damaged id is
 * rejected rather than misread.
 */

/** What a global id names, with the Bird ids needed to fetch it. */
export type GlobalId =
  | { readonly kind: 'Conversation'; readonly conversationId: string }
  | { readonly kind: 'Message'; readonly conversationId: string; readonly messageId: string }
  /** A participant as a member of one conversation (status, identifier used there). */
  | {
      readonly kind: 'Participant';
      readonly conversationId: string;
      readonly participantId: string;
    }
  /** The sender of one message, as the message recorded it. */
  | {
      readonly kind: 'MessageSender';
      readonly conversationId: string;
      readonly messageId: string;
      readonly participantId: string;
    }
  /** The sender in a conversation's `lastMessage` preview (Bird embeds fewer fields there). */
  | {
      readonly kind: 'LastMessageSender';
      readonly conversationId: string;
      readonly messageId: string;
      readonly participantId: string;
    }
  /**
   * The deletion of a conversation (`DeletedConversation`): its own id, because ids are unique
   * across types and the conversation's id belongs to the `Conversation` a client still holds.
   */
  | { readonly kind: 'DeletedConversation'; readonly conversationId: string };

export type GlobalIdKind = GlobalId['kind'];

/** Tag byte and tuple fields of each kind, in encoding order. Tags are never reused. */
const LAYOUT = {
  Conversation: { tag: 1, fields: ['conversationId'] },
  Message: { tag: 2, fields: ['conversationId', 'messageId'] },
  Participant: { tag: 3, fields: ['conversationId', 'participantId'] },
  MessageSender: { tag: 4, fields: ['conversationId', 'messageId', 'participantId'] },
  LastMessageSender: { tag: 5, fields: ['conversationId', 'messageId', 'participantId'] },
  DeletedConversation: { tag: 6, fields: ['conversationId'] },
} as const satisfies Record<GlobalIdKind, { tag: number; fields: readonly string[] }>;

const KINDS: readonly GlobalIdKind[] = [
  'Conversation',
  'Message',
  'Participant',
  'MessageSender',
  'LastMessageSender',
  'DeletedConversation',
];
const KIND_BY_TAG = new Map<number, GlobalIdKind>(KINDS.map((kind) => [LAYOUT[kind].tag, kind]));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const UUID_BYTES = 16;
const MAX_PART_BYTES = 255;

/** True when `value` is a lowercase UUID, the form of every Bird id seen so far. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

function fieldsOf(id: GlobalId): string[] {
  const record: Readonly<Record<string, string>> = id;
  return LAYOUT[id.kind].fields.map((field) => record[field] ?? '');
}

function packPart(part: string): Buffer {
  if (isUuid(part))
    return Buffer.concat([Buffer.of(0), Buffer.from(part.replaceAll('-', ''), 'hex')]);
  const bytes = Buffer.from(part, 'utf8');
  if (bytes.length === 0 || bytes.length > MAX_PART_BYTES) {
    throw new RangeError(`A Bird id must be 1 to ${MAX_PART_BYTES} bytes; got ${bytes.length}.`);
  }
  return Buffer.concat([Buffer.of(bytes.length), bytes]);
}

/** Encodes a global id. Throws a RangeError for an empty or over-long Bird id (a gateway bug). */
export function encodeGlobalId(id: GlobalId): string {
  const parts = fieldsOf(id).map(packPart);
  return Buffer.concat([Buffer.of(LAYOUT[id.kind].tag), ...parts]).toString('base64url');
}

function unpackParts(bytes: Buffer, count: number): string[] | null {
  const parts: string[] = [];
  let at = 1;
  for (let i = 0; i < count; i += 1) {
    const length = bytes[at];
    if (length === undefined) return null;
    const size = length === 0 ? UUID_BYTES : length;
    const chunk = bytes.subarray(at + 1, at + 1 + size);
    if (chunk.length !== size) return null;
    if (length === 0) {
      const hex = chunk.toString('hex');
      parts.push(
        `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
      );
    } else {
      parts.push(chunk.toString('utf8'));
    }
    at += 1 + size;
  }
  return at === bytes.length ? parts : null;
}

function build(kind: GlobalIdKind, [first = '', second = '', third = '']: string[]): GlobalId {
  switch (kind) {
    case 'Conversation':
    case 'DeletedConversation':
      return { kind, conversationId: first };
    case 'Message':
      return { kind, conversationId: first, messageId: second };
    case 'Participant':
      return { kind, conversationId: first, participantId: second };
    case 'MessageSender':
    case 'LastMessageSender':
      return { kind, conversationId: first, messageId: second, participantId: third };
  }
}

/** Decodes a global id; null when `text` is not one (wrong alphabet, tag, arity or form). */
export function decodeGlobalId(text: string): GlobalId | null {
  if (!BASE64URL.test(text) || isUuid(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  const kind = bytes[0] === undefined ? undefined : KIND_BY_TAG.get(bytes[0]);
  if (kind === undefined) return null;
  const parts = unpackParts(bytes, LAYOUT[kind].fields.length);
  if (parts === null) return null;
  const id = build(kind, parts);
  // Canonical text only: one object, one id (no padding variants, no trailing bits).
  return encodeGlobalId(id) === text ? id : null;
}
