/**
 * Parent shapes the resolvers work with beyond the raw upstream DTOs (codegen mapper targets).
 */
import type { BirdLastMessage, BirdMessage, BirdParticipant } from '../upstream/types.js';

/** A JSON object passed through from Bird (attachments, actions, template parameters, ...). */
export type JsonObject = Readonly<Record<string, unknown>>;

/** GraphQL type names of the `MessageBody` union members. */
export type BodyTypename =
  | 'TextBody'
  | 'HtmlBody'
  | 'ImageBody'
  | 'FileBody'
  | 'GifBody'
  | 'LocationBody'
  | 'CarouselBody'
  | 'ListBody'
  | 'TemplateBody'
  | 'UnsupportedBody';

/**
 * A message body tagged with its union member. `content` is the object under the body's type key
 * (`body.text` for a text body), the template reference for TemplateBody, and the whole raw body for
 * UnsupportedBody.
 */
export interface TaggedBody {
  readonly typename: BodyTypename;
  readonly type: string;
  readonly content: JsonObject;
}

/** Bird's `lastMessage` preview, with the conversation it belongs to (to reach the full message). */
export interface MessagePreviewModel extends BirdLastMessage {
  readonly conversationId: string;
}

/** A conversation that was deleted: only Bird's id is known (its public id is derived from it). */
export interface DeletedConversationModel {
  readonly birdId: string;
}

/**
 * Run-time value of every GraphQL enum: Bird's own spelling (`invite-only`, `accessKey`, ...). An
 * open string, because Bird adds values over time; see src/resolvers/enums.ts.
 */
export type BirdEnumValue = string;

/** Where a participant was seen: its fields (status, identifier, name) belong to that context. */
export type ParticipantContext =
  /** A member of a conversation (participant lists, featured and initiating participants). */
  | { readonly kind: 'Participant'; readonly conversationId: string }
  /** A message's snapshot of its sender, or the sender in a conversation's `lastMessage`. */
  | {
      readonly kind: 'MessageSender' | 'LastMessageSender';
      readonly conversationId: string;
      readonly messageId: string;
    };

/** A Bird participant with the context its global id is scoped to. */
export interface ParticipantModel extends BirdParticipant {
  readonly context: ParticipantContext;
}

/** A mutation result about a message; the conversation is read again only when selected. */
export interface MessagePayloadModel {
  readonly message: BirdMessage;
  readonly conversationId: string;
}

/** A mutation result about a participant of a conversation. */
export interface ParticipantPayloadModel {
  readonly participant: ParticipantModel;
  readonly created: boolean;
  readonly conversationId: string;
}

/** What `deleteConversation` deleted. */
export interface DeleteConversationPayloadModel {
  readonly conversationId: string;
}

/** What `deleteMessage` deleted. */
export interface DeletedMessageModel {
  readonly conversationId: string;
  readonly messageId: string;
}

/** Who `removeParticipant` removed. */
export interface RemovedParticipantModel {
  readonly conversationId: string;
  readonly participantId: string;
}
