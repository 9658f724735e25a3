/**
 * Parent shapes the resolvers work with beyond the raw upstream DTOs (codegen mapper targets).
 */
import type { BirdLastMessage } from '../upstream/types.js';

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
