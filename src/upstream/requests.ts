/**
 * Bird Conversations API request bodies, as Bird documents them (see ../shared/bird-api.md §1).
 * The client's write methods take these; src/resolvers/inputs/ builds them from GraphQL inputs.
 * A field left out is not sent; `null` is sent where Bird accepts it (to clear a value).
 */
import type { BirdMessageBody, BirdTemplateParameter } from './types.js';

/** `recipients[]` of a message: `to` (default), `cc` or `bcc`. */
export interface BirdRecipientRequest {
  type: string;
  identifierKey: string;
  identifierValue: string;
}

/** A template reference instead of a body. */
export interface BirdTemplateRequest {
  projectId?: string;
  version?: string;
  locale?: string;
  parameters?: BirdTemplateParameter[] | null;
}

/** "Message with body" or "message with template": exactly one of the two. */
export type BirdMessageContent =
  | { body: BirdMessageBody; template?: undefined }
  | { template: BirdTemplateRequest; body?: undefined };

/** A participant of a new conversation: by id, or a contact by flat identifier. */
export type BirdParticipantRef =
  | { id: string; type: string; status?: string }
  | { type: string; identifierKey: string; identifierValue: string; status?: string };

/** `POST /conversations/{id}/participants` ("ensure"): by id, or a contact by nested identifier. */
export type BirdAddParticipantRequest =
  | { id: string; type: string; status?: string }
  | { type: string; contact: { identifierKey: string; identifierValue: string }; status?: string };

/** `initialMessage` of `POST /conversations`. */
export type BirdInitialMessageRequest = BirdMessageContent & {
  reference: string;
  recipients?: BirdRecipientRequest[];
  draft?: boolean;
};

/** `POST /conversations`. */
export interface BirdCreateConversationRequest {
  name?: string | null;
  description?: string | null;
  channelId?: string;
  visibility?: string;
  accessibility?: string;
  /** A JSON object, or null; passed on as the client gave it, for Bird to validate. */
  attributes?: unknown;
  participants?: BirdParticipantRef[];
  initialMessage?: BirdInitialMessageRequest;
}

/** `PATCH /conversations/{id}`. */
export interface BirdUpdateConversationRequest {
  name?: string | null;
  description?: string | null;
  status?: string;
  visibility?: string;
  accessibility?: string;
  /** As for create. */
  attributes?: unknown;
}

/** `POST /conversations/{id}/messages`. */
export type BirdCreateMessageRequest = BirdMessageContent & {
  participantId: string;
  participantType: string | null;
  reference: string;
  recipients?: BirdRecipientRequest[];
  replyToMessageId?: string | null;
  draft?: boolean | null;
  addMissingParticipants?: boolean | null;
};

/** `PATCH /conversations/{id}/messages/{id}` (drafts only). */
export interface BirdUpdateMessageRequest {
  body?: BirdMessageBody;
  recipients?: BirdRecipientRequest[];
  draft?: boolean;
}

/** `PATCH .../participants/{ref}`. */
export interface BirdUpdateParticipantRequest {
  status: string;
}

/** `POST /conversations/{id}/presigned-upload`. */
export interface BirdPresignedUploadRequest {
  contentType: string;
}
