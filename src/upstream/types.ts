/**
 * Bird Conversations API objects as the gateway receives them (see ../shared/bird-api.md §2).
 *
 * These are the codegen mapper targets: resolvers receive these shapes as parents. They are
 * deliberately lenient — Bird omits fields in some responses (list items lack `channelId` and the
 * participant counts in the documented examples) and adds fields and enum values over time — so
 * everything that is not an id or a required timestamp is optional, and enum-like fields are
 * plain strings that the schema layer maps (unknown values become `UNKNOWN`).
 */

/** A participant as embedded in conversations, messages and participant lists. */
export interface BirdParticipant {
  id: string;
  /** `contact`, `user`, `accessKey`, `flow`, or a type the gateway does not model (`bot`, ...). */
  type: string;
  status?: string | null;
  displayName?: string | null;
  avatarUrl?: string | null;
  contact?: {
    identifierKey?: string | null;
    identifierValue?: string | null;
    platformAddress?: string | null;
  } | null;
}

export interface BirdRecipient {
  type?: string | null;
  id?: string | null;
  identifierKey?: string | null;
  identifierValue?: string | null;
  platformAddress?: string | null;
  contactAnnotation?: { name?: string | null } | null;
}

/** Bird's embedded preview of a conversation's newest message. */
export interface BirdLastMessage {
  id: string;
  type?: string | null;
  preview?: { text?: string | null } | null;
  recipients?: BirdRecipient[] | null;
  status?: string | null;
  sender?: BirdParticipant | null;
  createdAt: string;
}

export interface BirdConversation {
  id: string;
  name?: string | null;
  description?: string | null;
  status: string;
  visibility: string;
  accessibility: string;
  style?: string | null;
  platformStyle?: string | null;
  channelId?: string | null;
  featuredParticipants?: BirdParticipant[] | null;
  activeParticipantCount?: number | null;
  pendingParticipantCount?: number | null;
  initiatingParticipant?: BirdParticipant | null;
  lastMessage?: BirdLastMessage | null;
  attributes?: Record<string, unknown> | null;
  /** When a contact / anyone else last sent a message (§7); left out until one has. */
  lastMessageIncomingAt?: string | null;
  lastMessageOutgoingAt?: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A message body: discriminated by `type`, the content under the key of the same name. */
export interface BirdMessageBody {
  type: string;
  [key: string]: unknown;
}

export interface BirdTemplateParameter {
  type?: string;
  key?: string;
  value?: unknown;
  [key: string]: unknown;
}

export interface BirdTemplate {
  name?: string | null;
  projectId?: string | null;
  version?: string | null;
  locale?: string | null;
  parameters?: BirdTemplateParameter[] | null;
  [key: string]: unknown;
}

export interface BirdMessage {
  id: string;
  conversationId: string;
  reference?: string | null;
  sender: BirdParticipant;
  recipients?: BirdRecipient[] | null;
  draft?: boolean | null;
  status: string;
  reason?: string | null;
  /** Failure details, e.g. `{category: "bounceHard"}` (§7). */
  details?: unknown;
  source?: string | null;
  body?: BirdMessageBody | null;
  template?: BirdTemplate | null;
  interactions?: unknown;
  createdAt: string;
  updatedAt: string;
}

/** Bird's list envelope. `nextPageToken` is present only when more items remain. */
export interface BirdPage<T> {
  results: T[];
  nextPageToken?: string | null;
  /** Only on the messages list. */
  total?: number | null;
  totalType?: string | null;
}

export interface BirdPresignedUpload {
  mediaUrl: string;
  uploadUrl: string;
  uploadMethod: string;
  uploadFormData: Record<string, string>;
}

/** Bird's error body: `{code, message, details?}`, `details` mapping a field path to messages. */
export interface BirdErrorBody {
  code?: string;
  message?: string;
  details?: unknown;
}
