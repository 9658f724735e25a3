/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A participant to add to a conversation. */
export type AddParticipantInput = {
  /** The conversation (global or Bird id). */
  conversationId: string;
  /** Who to add. */
  participant: ParticipantRefInput;
};

/** A file to attach to a text or email message. */
export type AttachmentInput = {
  /** File name shown to the recipient. */
  filename: string;
  /** Whether to show it inline (email). */
  inline?: boolean | null | undefined;
  /** URL of the file. */
  mediaUrl: string;
};

/** A carousel of cards. */
export type CarouselBodyInput = {
  /** The cards. */
  items: Array<CarouselItemInput>;
  /** Text above the cards (at most 1,024 characters). */
  text?: string | null | undefined;
};

/** One card of a carousel. */
export type CarouselItemInput = {
  /** Buttons on the card, as Bird action objects (passed through as is). */
  actions?: Array<unknown> | null | undefined;
  /** Text alternative of the image. */
  altText?: string | null | undefined;
  /** Card text. */
  description: string;
  /** URL of the card's image. */
  mediaUrl?: string | null | undefined;
  /** Card title. */
  title: string;
};

/** What `createConversation` does when a contact already has an active conversation on the channel. */
export type ContactInConversationPolicy =
  /**
   * Continue the existing conversation: send the initial message there, to the same recipients, as a
   * flow through the channel (participantType `flow` with the channel id, which Bird accepts with no
   * flow set up), and return that conversation with `continued: true`. Without an initial message, just
   * return it. The new conversation's name, attributes and participants are not applied.
   */
  | 'CONTINUE'
  /** Fail with `CONTACT_ALREADY_IN_CONVERSATION`; `extensions.conversationId` (Bird's id) and `extensions.conversationGlobalId` name the conversation. */
  | 'FAIL';

/** Who can join a conversation. From Bird's `accessibility`. */
export type ConversationAccessibility =
  /** Only invited participants may join (`invite-only`). */
  | 'INVITE_ONLY'
  /** Anyone may join (`open`, Bird's default). */
  | 'OPEN'
  /** Others may ask to join (`request-to-join`). */
  | 'REQUEST_TO_JOIN'
  /** An accessibility this version of the gateway does not know yet. Never sent in an input. */
  | 'UNKNOWN';

/** Where a conversation stands. From Bird's `status`. */
export type ConversationStatus =
  /** Open: messages can be sent (`active`). */
  | 'ACTIVE'
  /** Closed: sending a message fails with `CONVERSATION_CLOSED` (`closed`). */
  | 'CLOSED'
  /** Deleted (`deleted`). */
  | 'DELETED'
  /** A status this version of the gateway does not know yet. Never sent in an input. */
  | 'UNKNOWN';

/** Who can see a conversation. From Bird's `visibility`. */
export type ConversationVisibility =
  /** A direct conversation (`direct`). */
  | 'DIRECT'
  /** Visible to its participants only (`private`). */
  | 'PRIVATE'
  /** Visible to everyone in the workspace (`public`, Bird's default). */
  | 'PUBLIC'
  /** A visibility this version of the gateway does not know yet. Never sent in an input. */
  | 'UNKNOWN';

/** A new conversation. */
export type CreateConversationInput = {
  /** Who can join it. Defaults to OPEN. */
  accessibility?: ConversationAccessibility | null | undefined;
  /** Your own key-value data, a JSON object such as `{"ticket": "1234"}`. */
  attributes?: unknown;
  /** The channel to talk on. */
  channelId: string;
  /** Free-text description. */
  description?: string | null | undefined;
  /**
   * What to do when Bird refuses because a contact already has an active conversation on the channel
   * (Bird allows one per contact and channel). Defaults to FAIL.
   */
  ifContactInConversation?: ContactInConversationPolicy | null | undefined;
  /** A message to send at once. */
  initialMessage?: InitialMessageInput | null | undefined;
  /**
   * Name; the subject line on email channels. Required (Bird refuses a conversation without one); left
   * nullable in the schema for compatibility, so leaving it out is `BAD_USER_INPUT` with no upstream call.
   */
  name?: string | null | undefined;
  /** Who takes part, at most 5. Contacts given by identifier are created or reused. */
  participants?: Array<ParticipantRefInput> | null | undefined;
  /** Who can see it. Defaults to PUBLIC. */
  visibility?: ConversationVisibility | null | undefined;
};

/** One or more files. */
export type FileBodyInput = {
  /** Buttons, as Bird action objects (passed through as is). */
  actions?: Array<unknown> | null | undefined;
  /** The files, at least one. */
  files: Array<FileInput>;
  /** Caption. */
  text?: string | null | undefined;
};

/** A file to send. */
export type FileInput = {
  /** Text alternative. */
  altText?: string | null | undefined;
  /** MIME type, for example `application/pdf`. */
  contentType: string;
  /** File name shown to the recipient. */
  filename?: string | null | undefined;
  /** URL of the file. */
  mediaUrl: string;
};

/** An animated GIF. */
export type GifBodyInput = {
  /** Text alternative. */
  altText?: string | null | undefined;
  /** URL of the GIF. */
  mediaUrl: string;
  /** Caption. */
  text?: string | null | undefined;
};

/** An email body. Give `text`, `html` or both. */
export type HtmlBodyInput = {
  /** Files to attach. */
  attachments?: Array<AttachmentInput> | null | undefined;
  /** HTML part. */
  html?: string | null | undefined;
  /** Email subject (sent as Bird's `metadata.subject`). */
  subject?: string | null | undefined;
  /** Plain-text part. */
  text?: string | null | undefined;
};

/** One or more images. */
export type ImageBodyInput = {
  /** Buttons, as Bird action objects (passed through as is). */
  actions?: Array<unknown> | null | undefined;
  /** The images, at least one. */
  images: Array<ImageInput>;
  /** Caption. */
  text?: string | null | undefined;
};

/** An image to send. */
export type ImageInput = {
  /** Text alternative for screen readers. */
  altText?: string | null | undefined;
  /** URL of the image. */
  mediaUrl: string;
};

/** The first message of a new conversation. Give `body` or `template`. */
export type InitialMessageInput = {
  /** The content. */
  body?: MessageBodyInput | null | undefined;
  /** Save as a draft instead of sending. */
  draft?: boolean | null | undefined;
  /** Who to send it to. */
  recipients?: Array<RecipientInput> | null | undefined;
  /**
   * Your correlation id, unique within the workspace. The gateway generates one when you leave it out
   * and returns it on the message, so an uncertain send can always be checked.
   */
  reference?: string | null | undefined;
  /** A template to render instead of a body. */
  template?: TemplateInput | null | undefined;
};

/** A list of choices. */
export type ListBodyInput = {
  /** Buttons, as Bird action objects (passed through as is). */
  actions?: Array<unknown> | null | undefined;
  /** Text alternative for channels that cannot show lists. */
  altText?: string | null | undefined;
  /** Items, as Bird list item objects (passed through as is). */
  items?: Array<unknown> | null | undefined;
  /** Text shown with the list. */
  text: string;
  /** Title of the list. */
  title?: string | null | undefined;
};

/** A map location. */
export type LocationBodyInput = {
  /** Street address. */
  address?: string | null | undefined;
  /** Name of the place. */
  label?: string | null | undefined;
  /** Latitude in decimal degrees (WGS 84). */
  latitude: number;
  /** Longitude in decimal degrees (WGS 84). */
  longitude: number;
};

/**
 * The content of a message, mirroring Bird's body: exactly one member, for example
 * `{ text: { text: "Hello" } }` or `{ image: { images: [{ mediaUrl: "https://..." }] } }`.
 */
export type MessageBodyInput =
  {   /** A carousel of cards. */
  carousel: CarouselBodyInput; file?: never; gif?: never; html?: never; image?: never; list?: never; location?: never; text?: never; }
  |  { carousel?: never;   /** One or more files. */
  file: FileBodyInput; gif?: never; html?: never; image?: never; list?: never; location?: never; text?: never; }
  |  { carousel?: never; file?: never;   /** An animated GIF. */
  gif: GifBodyInput; html?: never; image?: never; list?: never; location?: never; text?: never; }
  |  { carousel?: never; file?: never; gif?: never;   /** An email body. */
  html: HtmlBodyInput; image?: never; list?: never; location?: never; text?: never; }
  |  { carousel?: never; file?: never; gif?: never; html?: never;   /** One or more images. */
  image: ImageBodyInput; list?: never; location?: never; text?: never; }
  |  { carousel?: never; file?: never; gif?: never; html?: never; image?: never;   /** A list of choices. */
  list: ListBodyInput; location?: never; text?: never; }
  |  { carousel?: never; file?: never; gif?: never; html?: never; image?: never; list?: never;   /** A map location. */
  location: LocationBodyInput; text?: never; }
  |  { carousel?: never; file?: never; gif?: never; html?: never; image?: never; list?: never; location?: never;   /** A plain-text message. */
  text: TextBodyInput; };

/** The kind of content of a message. From Bird's body `type`. */
export type MessageBodyType =
  /** A permission request (`action`). */
  | 'ACTION'
  /** A one-time password (`authentication`). */
  | 'AUTHENTICATION'
  /** A carousel of cards (`carousel`). */
  | 'CAROUSEL'
  /** One or more files (`file`). */
  | 'FILE'
  /** An animated GIF (`gif`). */
  | 'GIF'
  /** An email body (`html`). */
  | 'HTML'
  /** One or more images (`image`). */
  | 'IMAGE'
  /** A list of choices (`list`). */
  | 'LIST'
  /** A map location (`location`). */
  | 'LOCATION'
  /** A section of nested bodies (`section`). */
  | 'SECTION'
  /** A message rendered from a template (`template`). */
  | 'TEMPLATE'
  /** Plain text (`text`). */
  | 'TEXT'
  /** A type this version of the gateway does not know yet. */
  | 'UNKNOWN';

/**
 * Delivery state of a message. From Bird's `status`; it typically moves ACCEPTED → SENT → DELIVERED →
 * READ (channels that report reads), or ends in a failure with `Message.reason` and `details`.
 */
export type MessageStatus =
  /** Bird accepted the message (`accepted`). */
  | 'ACCEPTED'
  /** The channel reports delivery (`delivered`). */
  | 'DELIVERED'
  /** Delivery failed; see `Message.reason` (`delivery_failed`). */
  | 'DELIVERY_FAILED'
  /** Failed; see `Message.reason` (`failed`). */
  | 'FAILED'
  /** Waiting to be processed (`pending`). */
  | 'PENDING'
  /** Being processed (`processing`). */
  | 'PROCESSING'
  /** Queued for the channel (`queued`). */
  | 'QUEUED'
  /** The recipient read it, on channels that report reads such as WhatsApp (`read`). */
  | 'READ'
  /** Refused by Bird or the channel, for example by a policy; see `Message.reason` (`rejected`). */
  | 'REJECTED'
  /** Sending failed; see `Message.reason` (`sending_failed`). */
  | 'SENDING_FAILED'
  /** Handed to the channel (`sent`). */
  | 'SENT'
  /** Not sent on purpose, for example to an opted-out recipient (`skipped`). */
  | 'SKIPPED'
  /** A status this version of the gateway does not know yet. Never sent in an input. */
  | 'UNKNOWN';

/**
 * A participant to add, named by id (users, flows, access keys, known contacts) or, for contacts, by
 * identifier. Give `id`, or both `identifierKey` and `identifierValue`.
 */
export type ParticipantRefInput = {
  /** Participant id: a participant's global id, or its Bird id (contact, user, flow, access key id). */
  id?: string | null | undefined;
  /** For contacts: identifier key, for example `phonenumber` or `emailaddress`. */
  identifierKey?: string | null | undefined;
  /** For contacts: identifier value, for example `+31612345678` (E.164). An existing contact is reused. */
  identifierValue?: string | null | undefined;
  /** Initial standing. Defaults to ACTIVE. */
  status?: ParticipantStatus | null | undefined;
  /** The participant's kind. */
  type: ParticipantType;
};

/** A participant's standing in a conversation. From Bird's participant `status`. */
export type ParticipantStatus =
  /** Taking part (`active`, Bird's default). */
  | 'ACTIVE'
  /** Invited, awaiting acceptance (`invited`). */
  | 'INVITED'
  /** Awaiting approval (`pending`). */
  | 'PENDING'
  /** A status this version of the gateway does not know yet. Never sent in an input. */
  | 'UNKNOWN';

/** The kind of a participant. From Bird's participant `type`. */
export type ParticipantType =
  /** An API integration acting with an access key (`accessKey`). */
  | 'ACCESS_KEY'
  /** An AI agent (`agent`). Shown as `OtherParticipant`. */
  | 'AGENT'
  /** A bot (`bot`). Shown as `OtherParticipant`. */
  | 'BOT'
  /** A channel (`channel`). Shown as `OtherParticipant`. */
  | 'CHANNEL'
  /** A collaboration automation (`collaborationAutomation`). Shown as `OtherParticipant`. */
  | 'COLLABORATION_AUTOMATION'
  /** A connector (`connector`). Shown as `OtherParticipant`. */
  | 'CONNECTOR'
  /** A customer reached on a channel (`contact`). */
  | 'CONTACT'
  /** An automated Bird flow (`flow`). */
  | 'FLOW'
  /** A type this version of the gateway does not know yet; see `OtherParticipant.rawType`. */
  | 'UNKNOWN'
  /** An agent or other user of the Bird workspace (`user`). */
  | 'USER';

/** Someone to send a message to. */
export type RecipientInput = {
  /** Identifier key, for example `phonenumber` or `emailaddress`. */
  identifierKey: string;
  /** Identifier value, for example `+31612345678`. */
  identifierValue: string;
  /** How the message reaches them. Defaults to TO. */
  type?: RecipientType | null | undefined;
};

/** How a message reaches a recipient. From Bird's recipient `type`. */
export type RecipientType =
  /** Blind copied, on email channels (`bcc`). */
  | 'BCC'
  /** Copied, on email channels (`cc`). */
  | 'CC'
  /** Main recipient (`to`). */
  | 'TO'
  /** A type this version of the gateway does not know yet. Never sent in an input. */
  | 'UNKNOWN';

/** A message to send in an existing conversation. Give `body` or `template`. */
export type ReplyToConversationInput = {
  /** Add the sender to the conversation when it is not a participant yet (Bird recommends true). */
  addMissingParticipants?: boolean | null | undefined;
  /** The content. */
  body?: MessageBodyInput | null | undefined;
  /** The conversation to reply in (global or Bird id). */
  conversationId: string;
  /** Save as a draft instead of sending. */
  draft?: boolean | null | undefined;
  /**
   * Who sends it: a participant's global id, or its Bird id. For ACCESS_KEY, the access key's participant id (not the secret
   * key), as `initiatingParticipant` shows it on conversations the key started; for USER, the agent's
   * user id.
   */
  participantId: string;
  /**
   * The sender's kind: ACCESS_KEY, USER, FLOW or CONTACT. To send as a flow through the channel with no
   * flow set up, give FLOW with the conversation's channel id as `participantId` (Bird accepts it; the
   * message's sender is then a FlowParticipant named after the channel).
   */
  participantType: ParticipantType;
  /** Who to send it to. Bird picks the conversation's contacts when left out. */
  recipients?: Array<RecipientInput> | null | undefined;
  /**
   * Your correlation id, unique within the workspace. The gateway generates one when you leave it out
   * and returns it on the message, so an uncertain send can always be checked.
   */
  reference?: string | null | undefined;
  /** The message this one answers (global or Bird id). */
  replyToMessageId?: string | null | undefined;
  /** A template to render instead of a body. */
  template?: TemplateInput | null | undefined;
};

/** A message rendered by Bird from a template. */
export type TemplateInput = {
  /** Locale to render, for example `en`. */
  locale: string;
  /** Values for the template's variables. */
  parameters?: Array<TemplateParameterInput> | null | undefined;
  /** The Bird project that holds the template. */
  projectId: string;
  /** Template version id. */
  version: string;
};

/** A value for a template variable. */
export type TemplateParameterInput = {
  /** Variable name. */
  key: string;
  /** Parameter type, for example `string`. */
  type: string;
  /** The value. */
  value: string;
};

/** A plain-text message. */
export type TextBodyInput = {
  /** Buttons, as Bird action objects (passed through as is). */
  actions?: Array<unknown> | null | undefined;
  /** Files to attach (`mediaUrl` from `createUploadUrl` or any public URL). */
  attachments?: Array<AttachmentInput> | null | undefined;
  /** The text, at least one character. */
  text: string;
};

export type AddParticipantMutationVariables = Exact<{
  conversationId: string;
  identifierKey: string;
  identifierValue: string;
}>;


export type AddParticipantMutation = { addParticipant: { created: boolean, participant:
      | { __typename: 'AccessKeyParticipant', id: string, status: ParticipantStatus | null }
      | { __typename: 'ContactParticipant', id: string, status: ParticipantStatus | null, identifierValue: string | null }
      | { __typename: 'FlowParticipant', id: string, status: ParticipantStatus | null }
      | { __typename: 'OtherParticipant', id: string, status: ParticipantStatus | null }
      | { __typename: 'UserParticipant', id: string, status: ParticipantStatus | null }
     | null, conversation: { id: string, updatedAt: string, activeParticipantCount: number | null, pendingParticipantCount: number | null, featuredParticipants: Array<
        | { __typename: 'AccessKeyParticipant', id: string, displayName: string | null, avatarUrl: string | null }
        | { __typename: 'ContactParticipant', id: string, displayName: string | null, avatarUrl: string | null, identifierValue: string | null }
        | { __typename: 'FlowParticipant', id: string, displayName: string | null, avatarUrl: string | null }
        | { __typename: 'OtherParticipant', id: string, displayName: string | null, avatarUrl: string | null }
        | { __typename: 'UserParticipant', id: string, displayName: string | null, avatarUrl: string | null }
      > } | null } };

export type ConversationParticipantsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConversationParticipantsQuery = { conversation: { id: string, activeParticipantCount: number | null, pendingParticipantCount: number | null, participants: { nodes: Array<
        | { __typename: 'AccessKeyParticipant', id: string, birdId: string, type: ParticipantType, status: ParticipantStatus | null, displayName: string | null }
        | { __typename: 'ContactParticipant', id: string, birdId: string, type: ParticipantType, status: ParticipantStatus | null, displayName: string | null, identifierKey: string | null, identifierValue: string | null, platformAddress: string | null }
        | { __typename: 'FlowParticipant', id: string, birdId: string, type: ParticipantType, status: ParticipantStatus | null, displayName: string | null }
        | { __typename: 'OtherParticipant', id: string, birdId: string, type: ParticipantType, status: ParticipantStatus | null, displayName: string | null }
        | { __typename: 'UserParticipant', id: string, birdId: string, type: ParticipantType, status: ParticipantStatus | null, displayName: string | null }
      >, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type ConversationThreadQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConversationThreadQuery = { conversation: { id: string, birdId: string, name: string | null, status: ConversationStatus, channelId: string | null, platformStyle: string | null, initiatingParticipant:
      | { __typename: 'AccessKeyParticipant', id: string, type: ParticipantType, displayName: string | null }
      | { __typename: 'ContactParticipant', id: string, type: ParticipantType, displayName: string | null }
      | { __typename: 'FlowParticipant', id: string, type: ParticipantType, displayName: string | null }
      | { __typename: 'OtherParticipant', id: string, type: ParticipantType, displayName: string | null }
      | { __typename: 'UserParticipant', id: string, type: ParticipantType, displayName: string | null }
     | null, messages: { totalCount: number | null, edges: Array<{ cursor: string, node: { id: string, birdId: string, createdAt: string, status: MessageStatus, draft: boolean, previewText: string, sender:
            | { __typename: 'AccessKeyParticipant', id: string, type: ParticipantType, displayName: string | null, avatarUrl: string | null }
            | { __typename: 'ContactParticipant', id: string, type: ParticipantType, displayName: string | null, avatarUrl: string | null }
            | { __typename: 'FlowParticipant', id: string, type: ParticipantType, displayName: string | null, avatarUrl: string | null }
            | { __typename: 'OtherParticipant', id: string, type: ParticipantType, displayName: string | null, avatarUrl: string | null }
            | { __typename: 'UserParticipant', id: string, type: ParticipantType, displayName: string | null, avatarUrl: string | null }
          , body:
            | { __typename: 'CarouselBody', text: string | null, items: Array<{ title: string | null, description: string | null, mediaUrl: string | null }> }
            | { __typename: 'FileBody', text: string | null, files: Array<{ mediaUrl: string, filename: string | null, contentType: string }> }
            | { __typename: 'GifBody' }
            | { __typename: 'HtmlBody', subject: string | null, text: string | null }
            | { __typename: 'ImageBody', text: string | null, images: Array<{ mediaUrl: string, altText: string | null }> }
            | { __typename: 'ListBody', text: string | null, items: Array<{ itemId: string | null, title: string | null }> }
            | { __typename: 'LocationBody' }
            | { __typename: 'TemplateBody', name: string | null, locale: string | null }
            | { __typename: 'TextBody', text: string | null }
            | { __typename: 'UnsupportedBody', type: string, raw: unknown }
           | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type CreateConversationMutationVariables = Exact<{
  channelId: string;
  name?: string | null | undefined;
  identifierKey: string;
  identifierValue: string;
  text: string;
}>;


export type CreateConversationMutation = { createConversation: { conversation: { id: string, name: string | null, status: ConversationStatus, initiatingParticipant:
        | { id: string, type: ParticipantType }
        | { id: string, type: ParticipantType }
        | { id: string, type: ParticipantType }
        | { id: string, type: ParticipantType }
        | { id: string, type: ParticipantType }
       | null, lastMessage: { messageId: string, text: string, status: MessageStatus | null } | null } | null } };

export type InboxQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InboxQuery = { conversations: { edges: Array<{ cursor: string, node: { id: string, name: string | null, status: ConversationStatus, updatedAt: string, featuredParticipants: Array<
          | { __typename: 'AccessKeyParticipant', id: string, displayName: string | null, avatarUrl: string | null }
          | { __typename: 'ContactParticipant', id: string, displayName: string | null, avatarUrl: string | null, identifierValue: string | null }
          | { __typename: 'FlowParticipant', id: string, displayName: string | null, avatarUrl: string | null }
          | { __typename: 'OtherParticipant', id: string, displayName: string | null, avatarUrl: string | null }
          | { __typename: 'UserParticipant', id: string, displayName: string | null, avatarUrl: string | null }
        >, lastMessage: { messageId: string, text: string, createdAt: string } | null, messages: { nodes: Array<{ id: string, previewText: string, createdAt: string, sender:
              | { __typename: 'AccessKeyParticipant', id: string, displayName: string | null }
              | { __typename: 'ContactParticipant', id: string, displayName: string | null }
              | { __typename: 'FlowParticipant', id: string, displayName: string | null }
              | { __typename: 'OtherParticipant', id: string, displayName: string | null }
              | { __typename: 'UserParticipant', id: string, displayName: string | null }
             }> } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SendReplyMutationVariables = Exact<{
  conversationId: string;
  participantId: string;
  participantType?: ParticipantType | null | undefined;
  text: string;
  reference?: string | null | undefined;
}>;


export type SendReplyMutation = { replyToConversation: { message: { id: string, reference: string | null, status: MessageStatus, createdAt: string, previewText: string, sender:
        | { __typename: 'AccessKeyParticipant', id: string, displayName: string | null }
        | { __typename: 'ContactParticipant', id: string, displayName: string | null }
        | { __typename: 'FlowParticipant', id: string, displayName: string | null }
        | { __typename: 'OtherParticipant', id: string, displayName: string | null }
        | { __typename: 'UserParticipant', id: string, displayName: string | null }
       } | null, messageEdge: { cursor: string, node: { id: string, birdId: string, createdAt: string, status: MessageStatus, draft: boolean, previewText: string, sender:
          | { __typename: 'AccessKeyParticipant', id: string, type: ParticipantType, displayName: string | null, avatarUrl: string | null }
          | { __typename: 'ContactParticipant', id: string, type: ParticipantType, displayName: string | null, avatarUrl: string | null }
          | { __typename: 'FlowParticipant', id: string, type: ParticipantType, displayName: string | null, avatarUrl: string | null }
          | { __typename: 'OtherParticipant', id: string, type: ParticipantType, displayName: string | null, avatarUrl: string | null }
          | { __typename: 'UserParticipant', id: string, type: ParticipantType, displayName: string | null, avatarUrl: string | null }
        , body:
          | { __typename: 'CarouselBody', text: string | null, items: Array<{ title: string | null, description: string | null, mediaUrl: string | null }> }
          | { __typename: 'FileBody', text: string | null, files: Array<{ mediaUrl: string, filename: string | null, contentType: string }> }
          | { __typename: 'GifBody' }
          | { __typename: 'HtmlBody', subject: string | null, text: string | null }
          | { __typename: 'ImageBody', text: string | null, images: Array<{ mediaUrl: string, altText: string | null }> }
          | { __typename: 'ListBody', text: string | null, items: Array<{ itemId: string | null, title: string | null }> }
          | { __typename: 'LocationBody' }
          | { __typename: 'TemplateBody', name: string | null, locale: string | null }
          | { __typename: 'TextBody', text: string | null }
          | { __typename: 'UnsupportedBody', type: string, raw: unknown }
         | null } } | null, conversation: { id: string, updatedAt: string, featuredParticipants: Array<
        | { __typename: 'AccessKeyParticipant', id: string, displayName: string | null, avatarUrl: string | null }
        | { __typename: 'ContactParticipant', id: string, displayName: string | null, avatarUrl: string | null, identifierValue: string | null }
        | { __typename: 'FlowParticipant', id: string, displayName: string | null, avatarUrl: string | null }
        | { __typename: 'OtherParticipant', id: string, displayName: string | null, avatarUrl: string | null }
        | { __typename: 'UserParticipant', id: string, displayName: string | null, avatarUrl: string | null }
      >, lastMessage: { messageId: string, text: string, createdAt: string } | null } | null } };

export type UpdateConversationStatusMutationVariables = Exact<{
  id: string;
  status: ConversationStatus;
}>;


export type UpdateConversationStatusMutation = { updateConversation: { conversation: { id: string, status: ConversationStatus, updatedAt: string } | null } };

export type BrowserNewestNameQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserNewestNameQuery = { conversations: { nodes: Array<{ name: string | null }> } };

export type BrowserLiveReplyMutationVariables = Exact<{
  input: ReplyToConversationInput;
}>;


export type BrowserLiveReplyMutation = { replyToConversation: { message: { id: string } | null } };

export type AuthFirstConversationQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthFirstConversationQuery = { conversations: { nodes: Array<{ id: string }> } };

export type BatchingAliasesQueryVariables = Exact<{
  id: string;
}>;


export type BatchingAliasesQuery = { a: { id: string } | null, b: { name: string | null } | null, c: { status: ConversationStatus } | null };

export type BatchingMessageConversationsQueryVariables = Exact<{
  id: string;
}>;


export type BatchingMessageConversationsQuery = { conversation: { id: string, messages: { nodes: Array<{ id: string, conversation: { name: string | null, id: string } }> } | null } | null };

export type BatchingPreviewMessageQueryVariables = Exact<{
  id: string;
}>;


export type BatchingPreviewMessageQuery = { conversation: { lastMessage: { messageId: string, message: { id: string, previewText: string } | null } | null } | null };

export type BirdFilteredConversationsQueryVariables = Exact<{
  channelId?: string | null | undefined;
  status?: ConversationStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type BirdFilteredConversationsQuery = { conversations: { nodes: Array<{ id: string, channelId: string | null, status: ConversationStatus }>, pageInfo: { endCursor: string | null } } };

export type BirdCreateForBusyContactMutationVariables = Exact<{
  input: CreateConversationInput;
}>;


export type BirdCreateForBusyContactMutation = { createConversation: { continued: boolean, conversation: { id: string, lastMessage: { text: string, incoming: boolean | null, sender:
          | { type: ParticipantType, id: string }
          | { type: ParticipantType, id: string }
          | { type: ParticipantType, id: string }
          | { type: ParticipantType, id: string }
          | { type: ParticipantType, id: string }
         | null } | null } | null } };

export type BirdConflictingConversationQueryVariables = Exact<{
  id: string;
}>;


export type BirdConflictingConversationQuery = { node:
    | { __typename: 'AccessKeyParticipant', id: string }
    | { __typename: 'ContactParticipant', id: string }
    | { __typename: 'Conversation', birdId: string, id: string }
    | { __typename: 'FlowParticipant', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'OtherParticipant', id: string }
    | { __typename: 'UserParticipant', id: string }
   | null };

export type BirdReplyAsFlowMutationVariables = Exact<{
  input: ReplyToConversationInput;
}>;


export type BirdReplyAsFlowMutation = { replyToConversation: { message: { id: string, sender:
        | { __typename: 'AccessKeyParticipant', id: string }
        | { __typename: 'ContactParticipant', id: string }
        | { __typename: 'FlowParticipant', id: string }
        | { __typename: 'OtherParticipant', id: string }
        | { __typename: 'UserParticipant', id: string }
       } | null } };

export type BirdMessageStateQueryVariables = Exact<{
  c: string;
  id: string;
}>;


export type BirdMessageStateQuery = { message: { status: MessageStatus, reason: string | null, details: unknown, incoming: boolean } | null, conversation: { lastMessageIncomingAt: string | null, lastMessageOutgoingAt: string | null } | null };

export type BudgetWideQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetWideQuery = { conversations: { nodes: Array<{ id: string, messages: { totalCount: number | null } | null }> } };

export type CredentialsTenIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type CredentialsTenIdsQuery = { conversations: { nodes: Array<{ id: string }> } };

export type ErrorsTwoConversationsQueryVariables = Exact<{
  a: string;
  b: string;
}>;


export type ErrorsTwoConversationsQuery = { a: { id: string } | null, b: { id: string } | null };

export type ErrorsListWithMessagesQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorsListWithMessagesQuery = { conversations: { nodes: Array<{ name: string | null, id: string, messages: { nodes: Array<{ id: string }> } | null }> } };

export type ErrorsOtherParticipantsQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorsOtherParticipantsQuery = { conversations: { nodes: Array<{ featuredParticipants: Array<
        | { __typename: 'AccessKeyParticipant' }
        | { __typename: 'ContactParticipant' }
        | { __typename: 'FlowParticipant' }
        | { __typename: 'OtherParticipant', type: ParticipantType, rawType: string }
        | { __typename: 'UserParticipant' }
      > }> } };

export type HostileEndCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type HostileEndCursorQuery = { conversations: { pageInfo: { endCursor: string | null } } };

export type MutationsCreateMutationVariables = Exact<{
  input: CreateConversationInput;
}>;


export type MutationsCreateMutation = { createConversation: { conversation: { id: string, name: string | null, status: ConversationStatus, visibility: ConversationVisibility, accessibility: ConversationAccessibility, channelId: string | null, attributes: unknown, activeParticipantCount: number | null, initiatingParticipant:
        | { __typename: 'AccessKeyParticipant', type: ParticipantType, id: string }
        | { __typename: 'ContactParticipant', type: ParticipantType, id: string }
        | { __typename: 'FlowParticipant', type: ParticipantType, id: string }
        | { __typename: 'OtherParticipant', type: ParticipantType, id: string }
        | { __typename: 'UserParticipant', type: ParticipantType, id: string }
       | null, featuredParticipants: Array<
        | { __typename: 'AccessKeyParticipant' }
        | { __typename: 'ContactParticipant', identifierKey: string | null, identifierValue: string | null }
        | { __typename: 'FlowParticipant' }
        | { __typename: 'OtherParticipant' }
        | { __typename: 'UserParticipant' }
      >, lastMessage: { type: MessageBodyType, text: string, recipients: Array<{ type: RecipientType, identifierValue: string | null }>, message: { reference: string | null, body:
            | { __typename: 'CarouselBody' }
            | { __typename: 'FileBody' }
            | { __typename: 'GifBody' }
            | { __typename: 'HtmlBody' }
            | { __typename: 'ImageBody' }
            | { __typename: 'ListBody' }
            | { __typename: 'LocationBody' }
            | { __typename: 'TemplateBody' }
            | { __typename: 'TextBody', text: string | null }
            | { __typename: 'UnsupportedBody' }
           | null } | null } | null } | null } };

export type MutationsReplyMutationVariables = Exact<{
  input: ReplyToConversationInput;
}>;


export type MutationsReplyMutation = { replyToConversation: { message: { id: string, reference: string | null, draft: boolean, status: MessageStatus, previewText: string, sender:
        | { __typename: 'AccessKeyParticipant', id: string }
        | { __typename: 'ContactParticipant', id: string }
        | { __typename: 'FlowParticipant', id: string }
        | { __typename: 'OtherParticipant', id: string }
        | { __typename: 'UserParticipant', id: string }
      , body:
        | { __typename: 'CarouselBody' }
        | { __typename: 'FileBody' }
        | { __typename: 'GifBody' }
        | { __typename: 'HtmlBody' }
        | { __typename: 'ImageBody' }
        | { __typename: 'ListBody' }
        | { __typename: 'LocationBody' }
        | { __typename: 'TemplateBody' }
        | { __typename: 'TextBody', text: string | null }
        | { __typename: 'UnsupportedBody' }
       | null, conversation: { id: string, lastMessage: { text: string } | null } } | null } };

export type MutationsAddParticipantMutationVariables = Exact<{
  input: AddParticipantInput;
}>;


export type MutationsAddParticipantMutation = { addParticipant: { created: boolean, participant:
      | { __typename: 'AccessKeyParticipant' }
      | { __typename: 'ContactParticipant', id: string, identifierValue: string | null, status: ParticipantStatus | null }
      | { __typename: 'FlowParticipant' }
      | { __typename: 'OtherParticipant' }
      | { __typename: 'UserParticipant' }
     | null } };

export type MutationsUploadUrlMutationVariables = Exact<{
  c: string;
}>;


export type MutationsUploadUrlMutation = { createUploadUrl: { mediaUrl: string, previewUrl: string, uploadUrl: string, uploadMethod: string, uploadFormData: unknown } };

export type NodesEveryKindQueryVariables = Exact<{
  id: string;
}>;


export type NodesEveryKindQuery = { conversation: { id: string, birdId: string, lastMessage: { messageId: string, sender:
        | { __typename: 'AccessKeyParticipant', id: string }
        | { __typename: 'ContactParticipant', id: string }
        | { __typename: 'FlowParticipant', id: string }
        | { __typename: 'OtherParticipant', id: string }
        | { __typename: 'UserParticipant', id: string }
       | null } | null, messages: { nodes: Array<{ id: string, sender:
          | { __typename: 'AccessKeyParticipant', id: string }
          | { __typename: 'ContactParticipant', id: string }
          | { __typename: 'FlowParticipant', id: string }
          | { __typename: 'OtherParticipant', id: string }
          | { __typename: 'UserParticipant', id: string }
         }> } | null, participants: { nodes: Array<
        | { __typename: 'AccessKeyParticipant', id: string }
        | { __typename: 'ContactParticipant', id: string }
        | { __typename: 'FlowParticipant', id: string }
        | { __typename: 'OtherParticipant', id: string }
        | { __typename: 'UserParticipant', id: string }
      > } | null } | null };

export type NodesBatchQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type NodesBatchQuery = { nodes: Array<
    | { __typename: 'AccessKeyParticipant', id: string }
    | { __typename: 'ContactParticipant', id: string }
    | { __typename: 'Conversation', id: string }
    | { __typename: 'FlowParticipant', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'OtherParticipant', id: string }
    | { __typename: 'UserParticipant', id: string }
   | null> };

export type NodesMessageQueryVariables = Exact<{
  id: string;
}>;


export type NodesMessageQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, conversation: { birdId: string } }
    | { id: string }
    | { id: string }
   | null };

export type NodesFeaturedQueryVariables = Exact<{ [key: string]: never; }>;


export type NodesFeaturedQuery = { conversations: { nodes: Array<{ featuredParticipants: Array<
        | { __typename: 'AccessKeyParticipant', id: string, birdId: string }
        | { __typename: 'ContactParticipant', id: string, birdId: string }
        | { __typename: 'FlowParticipant', id: string, birdId: string }
        | { __typename: 'OtherParticipant', id: string, birdId: string }
        | { __typename: 'UserParticipant', id: string, birdId: string }
      > }> } };

export type NodesByGlobalIdQueryVariables = Exact<{
  c: string;
  m: string;
}>;


export type NodesByGlobalIdQuery = { conversation: { id: string } | null, message: { id: string } | null };

export type NodesByBirdIdQueryVariables = Exact<{
  c: string;
}>;


export type NodesByBirdIdQuery = { conversation: { id: string } | null, messages: { nodes: Array<{ id: string }> } | null };

export type PaginationConversationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PaginationConversationsQuery = { conversations: { edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type PaginationMessageCursorQueryVariables = Exact<{
  id: string;
}>;


export type PaginationMessageCursorQuery = { conversation: { messages: { edges: Array<{ cursor: string }>, pageInfo: { endCursor: string | null } } | null } | null };

export type PaginationDefaultPageQueryVariables = Exact<{ [key: string]: never; }>;


export type PaginationDefaultPageQuery = { conversations: { nodes: Array<{ id: string }> } };

export type PaginationThreadQueryVariables = Exact<{
  id: string;
}>;


export type PaginationThreadQuery = { conversation: { name: string | null, messages: { edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { endCursor: string | null } } | null } | null };

export type PaginationNextMessagesQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type PaginationNextMessagesQuery = { messages: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } } | null };

export type PaginationMessageTotalQueryVariables = Exact<{
  id: string;
}>;


export type PaginationMessageTotalQuery = { conversation: { messages: { totalCount: number | null, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type BodyFragment = { previewText: string, body:
    | { __typename: 'CarouselBody', text: string | null, items: Array<{ title: string | null, description: string | null, mediaUrl: string | null, actions: Array<{ type: string, text: string | null }> }> }
    | { __typename: 'FileBody', files: Array<{ mediaUrl: string, contentType: string, filename: string | null }> }
    | { __typename: 'GifBody', mediaUrl: string }
    | { __typename: 'HtmlBody', text: string | null, html: string | null, subject: string | null }
    | { __typename: 'ImageBody', text: string | null, images: Array<{ mediaUrl: string, altText: string | null }> }
    | { __typename: 'ListBody', text: string | null, title: string | null, items: Array<{ itemId: string | null, title: string | null }> }
    | { __typename: 'LocationBody', latitude: number, longitude: number, label: string | null }
    | { __typename: 'TemplateBody', projectId: string | null, version: string | null, locale: string | null, parameters: Array<{ type: string, key: string, value: string | null }> }
    | { __typename: 'TextBody', text: string | null, actions: Array<{ type: string, text: string | null, url: string | null }>, attachments: Array<{ mediaUrl: string | null, filename: string | null }> }
    | { __typename: 'UnsupportedBody', type: string, raw: unknown }
   | null };

export type QueriesConversationQueryVariables = Exact<{
  id: string;
}>;


export type QueriesConversationQuery = { conversation: { name: string | null, description: string | null, status: ConversationStatus, visibility: ConversationVisibility, accessibility: ConversationAccessibility, channelId: string | null, platformStyle: string | null, attributes: unknown, createdAt: string, updatedAt: string, activeParticipantCount: number | null, pendingParticipantCount: number | null, id: string, featuredParticipants: Array<
      | { __typename: 'AccessKeyParticipant', id: string, type: ParticipantType, status: ParticipantStatus | null, displayName: string | null, avatarUrl: string | null }
      | { __typename: 'ContactParticipant', id: string, type: ParticipantType, status: ParticipantStatus | null, displayName: string | null, avatarUrl: string | null }
      | { __typename: 'FlowParticipant', id: string, type: ParticipantType, status: ParticipantStatus | null, displayName: string | null, avatarUrl: string | null }
      | { __typename: 'OtherParticipant', id: string, type: ParticipantType, status: ParticipantStatus | null, displayName: string | null, avatarUrl: string | null }
      | { __typename: 'UserParticipant', id: string, type: ParticipantType, status: ParticipantStatus | null, displayName: string | null, avatarUrl: string | null }
    >, initiatingParticipant:
      | { __typename: 'AccessKeyParticipant' }
      | { __typename: 'ContactParticipant' }
      | { __typename: 'FlowParticipant' }
      | { __typename: 'OtherParticipant' }
      | { __typename: 'UserParticipant' }
     | null, lastMessage: { messageBirdId: string, type: MessageBodyType, text: string, status: MessageStatus | null, createdAt: string, sender:
        | { __typename: 'AccessKeyParticipant' }
        | { __typename: 'ContactParticipant' }
        | { __typename: 'FlowParticipant' }
        | { __typename: 'OtherParticipant' }
        | { __typename: 'UserParticipant' }
       | null, recipients: Array<{ type: RecipientType, identifierValue: string | null, name: string | null }> } | null } | null };

export type QueriesAllBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesAllBodiesQuery = { conversations: { nodes: Array<{ messages: { nodes: Array<{ previewText: string, body:
            | { __typename: 'CarouselBody', text: string | null, items: Array<{ title: string | null, description: string | null, mediaUrl: string | null, actions: Array<{ type: string, text: string | null }> }> }
            | { __typename: 'FileBody', files: Array<{ mediaUrl: string, contentType: string, filename: string | null }> }
            | { __typename: 'GifBody', mediaUrl: string }
            | { __typename: 'HtmlBody', text: string | null, html: string | null, subject: string | null }
            | { __typename: 'ImageBody', text: string | null, images: Array<{ mediaUrl: string, altText: string | null }> }
            | { __typename: 'ListBody', text: string | null, title: string | null, items: Array<{ itemId: string | null, title: string | null }> }
            | { __typename: 'LocationBody', latitude: number, longitude: number, label: string | null }
            | { __typename: 'TemplateBody', projectId: string | null, version: string | null, locale: string | null, parameters: Array<{ type: string, key: string, value: string | null }> }
            | { __typename: 'TextBody', text: string | null, actions: Array<{ type: string, text: string | null, url: string | null }>, attachments: Array<{ mediaUrl: string | null, filename: string | null }> }
            | { __typename: 'UnsupportedBody', type: string, raw: unknown }
           | null }> } | null }> } };

export type QueriesParticipantBaseQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesParticipantBaseQuery = { conversations: { nodes: Array<{ featuredParticipants: Array<
        | { __typename: 'AccessKeyParticipant', id: string, type: ParticipantType, displayName: string | null }
        | { __typename: 'ContactParticipant', id: string, type: ParticipantType, displayName: string | null }
        | { __typename: 'FlowParticipant', id: string, type: ParticipantType, displayName: string | null }
        | { __typename: 'OtherParticipant', id: string, type: ParticipantType, displayName: string | null }
        | { __typename: 'UserParticipant', id: string, type: ParticipantType, displayName: string | null }
      > }> } };

export type QueriesParticipantsQueryVariables = Exact<{
  id: string;
}>;


export type QueriesParticipantsQuery = { conversation: { participants: { nodes: Array<
        | { __typename: 'AccessKeyParticipant', id: string }
        | { __typename: 'ContactParticipant', id: string }
        | { __typename: 'FlowParticipant', id: string }
        | { __typename: 'OtherParticipant', id: string }
        | { __typename: 'UserParticipant', id: string }
      >, pageInfo: { hasNextPage: boolean } } | null } | null };

export type QueriesParticipantConversationsQueryVariables = Exact<{
  id?: string | null | undefined;
  k?: string | null | undefined;
  v?: string | null | undefined;
  ch: string;
}>;


export type QueriesParticipantConversationsQuery = { participantConversations: { nodes: Array<{ channelId: string | null, id: string }> } };

export type QueriesOneMessageQueryVariables = Exact<{
  c: string;
  id: string;
}>;


export type QueriesOneMessageQuery = { message: { previewText: string, id: string, conversation: { birdId: string }, sender:
      | { __typename: 'AccessKeyParticipant' }
      | { __typename: 'ContactParticipant' }
      | { __typename: 'FlowParticipant' }
      | { __typename: 'OtherParticipant' }
      | { __typename: 'UserParticipant' }
    , body:
      | { __typename: 'CarouselBody', text: string | null, items: Array<{ title: string | null, description: string | null, mediaUrl: string | null, actions: Array<{ type: string, text: string | null }> }> }
      | { __typename: 'FileBody', files: Array<{ mediaUrl: string, contentType: string, filename: string | null }> }
      | { __typename: 'GifBody', mediaUrl: string }
      | { __typename: 'HtmlBody', text: string | null, html: string | null, subject: string | null }
      | { __typename: 'ImageBody', text: string | null, images: Array<{ mediaUrl: string, altText: string | null }> }
      | { __typename: 'ListBody', text: string | null, title: string | null, items: Array<{ itemId: string | null, title: string | null }> }
      | { __typename: 'LocationBody', latitude: number, longitude: number, label: string | null }
      | { __typename: 'TemplateBody', projectId: string | null, version: string | null, locale: string | null, parameters: Array<{ type: string, key: string, value: string | null }> }
      | { __typename: 'TextBody', text: string | null, actions: Array<{ type: string, text: string | null, url: string | null }>, attachments: Array<{ mediaUrl: string | null, filename: string | null }> }
      | { __typename: 'UnsupportedBody', type: string, raw: unknown }
     | null } | null };

export type SlowQueryVariables = Exact<{ [key: string]: never; }>;


export type SlowQuery = { conversations: { nodes: Array<{ id: string }> } };

export type HttpSubscriptionUpdatedSubscriptionVariables = Exact<{
  c?: string | null | undefined;
}>;


export type HttpSubscriptionUpdatedSubscription = { conversationUpdated: { id: string, lastMessage: { text: string } | null } };

export type HttpSubscriptionAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type HttpSubscriptionAddedSubscription = { messageAdded: { previewText: string, id: string } };

export type MediaImageQueryVariables = Exact<{
  c: string;
  id: string;
}>;


export type MediaImageQuery = { message: { body:
      | { __typename: 'CarouselBody' }
      | { __typename: 'FileBody' }
      | { __typename: 'GifBody' }
      | { __typename: 'HtmlBody' }
      | { __typename: 'ImageBody', images: Array<{ mediaUrl: string, birdUrl: string }> }
      | { __typename: 'ListBody' }
      | { __typename: 'LocationBody' }
      | { __typename: 'TemplateBody' }
      | { __typename: 'TextBody' }
      | { __typename: 'UnsupportedBody' }
     | null } | null };

export type SubscriptionReplyMutationVariables = Exact<{
  input: ReplyToConversationInput;
}>;


export type SubscriptionReplyMutation = { replyToConversation: { message: { id: string } | null } };

export const BodyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Body"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewText"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HtmlBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"altText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GifBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocationBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarouselBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}}]}}]}}]} as unknown as DocumentNode<BodyFragment, unknown>;
export const AddParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifierKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifierValue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"participant"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"CONTACT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"identifierKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifierKey"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"identifierValue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifierValue"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifierValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activeParticipantCount"}},{"kind":"Field","name":{"kind":"Name","value":"pendingParticipantCount"}},{"kind":"Field","name":{"kind":"Name","value":"featuredParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifierValue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddParticipantMutation, AddParticipantMutationVariables>;
export const ConversationParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeParticipantCount"}},{"kind":"Field","name":{"kind":"Name","value":"pendingParticipantCount"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"birdId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifierKey"}},{"kind":"Field","name":{"kind":"Name","value":"identifierValue"}},{"kind":"Field","name":{"kind":"Name","value":"platformAddress"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationParticipantsQuery, ConversationParticipantsQueryVariables>;
export const ConversationThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"birdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"platformStyle"}},{"kind":"Field","name":{"kind":"Name","value":"initiatingParticipant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"birdId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"previewText"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HtmlBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"altText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarouselBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationThreadQuery, ConversationThreadQueryVariables>;
export const CreateConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifierKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifierValue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"channelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"participants"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"CONTACT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"identifierKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifierKey"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"identifierValue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifierValue"}}}]}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"initialMessage"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"body"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"recipients"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"identifierKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifierKey"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"identifierValue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifierValue"}}}]}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"initiatingParticipant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateConversationMutation, CreateConversationMutationVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"featuredParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifierValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"previewText"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const SendReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantType"}},"defaultValue":{"kind":"EnumValue","value":"ACCESS_KEY"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"participantType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantType"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"body"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"addMissingParticipants"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"previewText"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageEdge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"birdId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"previewText"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HtmlBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"altText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarouselBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"featuredParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifierValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SendReplyMutation, SendReplyMutationVariables>;
export const UpdateConversationStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateConversationStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateConversationStatusMutation, UpdateConversationStatusMutationVariables>;
export const BrowserNewestNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowserNewestName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BrowserNewestNameQuery, BrowserNewestNameQueryVariables>;
export const BrowserLiveReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrowserLiveReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BrowserLiveReplyMutation, BrowserLiveReplyMutationVariables>;
export const AuthFirstConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthFirstConversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AuthFirstConversationQuery, AuthFirstConversationQueryVariables>;
export const BatchingAliasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingAliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BatchingAliasesQuery, BatchingAliasesQueryVariables>;
export const BatchingMessageConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingMessageConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchingMessageConversationsQuery, BatchingMessageConversationsQueryVariables>;
export const BatchingPreviewMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingPreviewMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"previewText"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchingPreviewMessageQuery, BatchingPreviewMessageQueryVariables>;
export const BirdFilteredConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BirdFilteredConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"channelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<BirdFilteredConversationsQuery, BirdFilteredConversationsQueryVariables>;
export const BirdCreateForBusyContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BirdCreateForBusyContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"continued"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"incoming"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BirdCreateForBusyContactMutation, BirdCreateForBusyContactMutationVariables>;
export const BirdConflictingConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BirdConflictingConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birdId"}}]}}]}}]}}]} as unknown as DocumentNode<BirdConflictingConversationQuery, BirdConflictingConversationQueryVariables>;
export const BirdReplyAsFlowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BirdReplyAsFlow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BirdReplyAsFlowMutation, BirdReplyAsFlowMutationVariables>;
export const BirdMessageStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BirdMessageState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"incoming"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastMessageIncomingAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageOutgoingAt"}}]}}]}}]} as unknown as DocumentNode<BirdMessageStateQuery, BirdMessageStateQueryVariables>;
export const BudgetWideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetWide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BudgetWideQuery, BudgetWideQueryVariables>;
export const CredentialsTenIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CredentialsTenIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CredentialsTenIdsQuery, CredentialsTenIdsQueryVariables>;
export const ErrorsTwoConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrorsTwoConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}}]}}]}}]} as unknown as DocumentNode<ErrorsTwoConversationsQuery, ErrorsTwoConversationsQueryVariables>;
export const ErrorsListWithMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrorsListWithMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ErrorsListWithMessagesQuery, ErrorsListWithMessagesQueryVariables>;
export const ErrorsOtherParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrorsOtherParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featuredParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OtherParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"rawType"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ErrorsOtherParticipantsQuery, ErrorsOtherParticipantsQueryVariables>;
export const HostileEndCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostileEndCursor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<HostileEndCursorQuery, HostileEndCursorQueryVariables>;
export const MutationsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"activeParticipantCount"}},{"kind":"Field","name":{"kind":"Name","value":"initiatingParticipant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifierKey"}},{"kind":"Field","name":{"kind":"Name","value":"identifierValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"identifierValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MutationsCreateMutation, MutationsCreateMutationVariables>;
export const MutationsReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationsReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previewText"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MutationsReplyMutation, MutationsReplyMutationVariables>;
export const MutationsAddParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationsAddParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifierValue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MutationsAddParticipantMutation, MutationsAddParticipantMutationVariables>;
export const MutationsUploadUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationsUploadUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUploadUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"contentType"},"value":{"kind":"StringValue","value":"image/png","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewUrl"}},{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"uploadMethod"}},{"kind":"Field","name":{"kind":"Name","value":"uploadFormData"}}]}}]}}]} as unknown as DocumentNode<MutationsUploadUrlMutation, MutationsUploadUrlMutationVariables>;
export const NodesEveryKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesEveryKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"birdId"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodesEveryKindQuery, NodesEveryKindQueryVariables>;
export const NodesBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesBatchQuery, NodesBatchQueryVariables>;
export const NodesMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birdId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodesMessageQuery, NodesMessageQueryVariables>;
export const NodesFeaturedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesFeatured"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featuredParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"birdId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodesFeaturedQuery, NodesFeaturedQueryVariables>;
export const NodesByGlobalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByGlobalId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesByGlobalIdQuery, NodesByGlobalIdQueryVariables>;
export const NodesByBirdIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByBirdId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NodesByBirdIdQuery, NodesByBirdIdQueryVariables>;
export const PaginationConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaginationConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PaginationConversationsQuery, PaginationConversationsQueryVariables>;
export const PaginationMessageCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaginationMessageCursor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaginationMessageCursorQuery, PaginationMessageCursorQueryVariables>;
export const PaginationDefaultPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaginationDefaultPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}}]}}]}}]}}]} as unknown as DocumentNode<PaginationDefaultPageQuery, PaginationDefaultPageQueryVariables>;
export const PaginationThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaginationThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaginationThreadQuery, PaginationThreadQueryVariables>;
export const PaginationNextMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaginationNextMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<PaginationNextMessagesQuery, PaginationNextMessagesQueryVariables>;
export const PaginationMessageTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaginationMessageTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaginationMessageTotalQuery, PaginationMessageTotalQueryVariables>;
export const QueriesConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueriesConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"platformStyle"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activeParticipantCount"}},{"kind":"Field","name":{"kind":"Name","value":"pendingParticipantCount"}},{"kind":"Field","name":{"kind":"Name","value":"featuredParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatingParticipant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageBirdId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"identifierValue"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueriesConversationQuery, QueriesConversationQueryVariables>;
export const QueriesAllBodiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueriesAllBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Body"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Body"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewText"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HtmlBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"altText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GifBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocationBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarouselBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}}]}}]}}]} as unknown as DocumentNode<QueriesAllBodiesQuery, QueriesAllBodiesQueryVariables>;
export const QueriesParticipantBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueriesParticipantBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featuredParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueriesParticipantBaseQuery, QueriesParticipantBaseQueryVariables>;
export const QueriesParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueriesParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueriesParticipantsQuery, QueriesParticipantsQueryVariables>;
export const QueriesParticipantConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueriesParticipantConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantConversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"identifierKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}},{"kind":"Argument","name":{"kind":"Name","value":"identifierValue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"channelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ch"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}}]}}]}}]}}]} as unknown as DocumentNode<QueriesParticipantConversationsQuery, QueriesParticipantConversationsQueryVariables>;
export const QueriesOneMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueriesOneMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birdId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Body"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Body"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewText"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HtmlBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"altText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GifBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocationBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarouselBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}}]}}]}}]} as unknown as DocumentNode<QueriesOneMessageQuery, QueriesOneMessageQueryVariables>;
export const SlowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Slow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SlowQuery, SlowQueryVariables>;
export const HttpSubscriptionUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"HttpSubscriptionUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<HttpSubscriptionUpdatedSubscription, HttpSubscriptionUpdatedSubscriptionVariables>;
export const HttpSubscriptionAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"HttpSubscriptionAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}},{"kind":"Field","name":{"kind":"Name","value":"previewText"}}]}}]}}]} as unknown as DocumentNode<HttpSubscriptionAddedSubscription, HttpSubscriptionAddedSubscriptionVariables>;
export const MediaImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediaImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaUrl"}},{"kind":"Field","name":{"kind":"Name","value":"birdUrl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MediaImageQuery, MediaImageQueryVariables>;
export const SubscriptionReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscriptionReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"birdId"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionReplyMutation, SubscriptionReplyMutationVariables>;