import type { BirdEnumValue as ConversationStatus } from '../resolvers/models.js';
import type { BirdEnumValue as ConversationVisibility } from '../resolvers/models.js';
import type { BirdEnumValue as ConversationAccessibility } from '../resolvers/models.js';
import type { BirdEnumValue as MessageStatus } from '../resolvers/models.js';
import type { BirdEnumValue as MessageSource } from '../resolvers/models.js';
import type { BirdEnumValue as ParticipantType } from '../resolvers/models.js';
import type { BirdEnumValue as ParticipantStatus } from '../resolvers/models.js';
import type { BirdEnumValue as RecipientType } from '../resolvers/models.js';
import type { BirdEnumValue as MessageBodyType } from '../resolvers/models.js';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { BirdConversation, BirdMessage, BirdRecipient } from '../upstream/types.js';
import type { MessagePreviewModel, DeletedConversationModel, ParticipantModel, MessagePayloadModel, DeletedMessageModel, DeleteConversationPayloadModel, ParticipantPayloadModel, RemovedParticipantModel, TaggedBody, JsonObject } from '../resolvers/models.js';
import type { ConversationConnectionModel, MessageConnectionModel, ParticipantConnectionModel, ConversationEdgeModel, MessageEdgeModel, ParticipantEdgeModel, PageInfoModel } from '../pagination/models.js';
import type { GatewayContext } from '../graphql/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * An instant in time, as an RFC 3339 string in UTC with millisecond precision, for example
   * `2024-11-14T11:10:33.814Z`. Bird's own timestamps are passed through (normalised to milliseconds).
   */
  DateTime: { input: Date; output: Date | string; }
  /** Any JSON value (object, array, string, number, boolean or null), passed through from Bird as is. */
  JSON: { input: unknown; output: unknown; }
};

/** An API integration acting with an access key (Bird participant type `accessKey`). */
export type AccessKeyParticipant = Node & ParticipantBase & {
  __typename?: 'AccessKeyParticipant';
  /** URL of an avatar. Null when there is none. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** Bird access key id (not the secret key), the same in every conversation. */
  birdId: Scalars['ID']['output'];
  /** The access key's name as set in Bird. Null when Bird does not give one. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Global id of the participant in its context (see `ParticipantBase`). */
  id: Scalars['ID']['output'];
  /** The access key's standing in the conversation. */
  status?: Maybe<ParticipantStatus>;
  /** Always ACCESS_KEY. */
  type: ParticipantType;
};

/** A participant to add to a conversation. */
export type AddParticipantInput = {
  /** The conversation (global or Bird id). */
  conversationId: Scalars['ID']['input'];
  /** Who to add. */
  participant: ParticipantRefInput;
};

/** The result of `addParticipant`: the participant and its conversation as they are now. */
export type AddParticipantPayload = {
  __typename?: 'AddParticipantPayload';
  /**
   * The conversation as it is now (its participant counts and featured participants may change): one
   * more upstream call. Null, with an error, when that read fails.
   */
  conversation?: Maybe<Conversation>;
  /** True when the participant was added, false when it was already there. */
  created: Scalars['Boolean']['output'];
  /** The participant as it is now in the conversation. */
  participant?: Maybe<Participant>;
};

/** A file attached to a text or email message. */
export type Attachment = {
  __typename?: 'Attachment';
  /** The file's URL exactly as Bird has it (Bird's media need the access key). Null when none. */
  birdUrl?: Maybe<Scalars['String']['output']>;
  /** File name shown to the recipient. Null when none. */
  filename?: Maybe<Scalars['String']['output']>;
  /** Whether the file is shown inline in an email. Null when Bird does not say. */
  inline?: Maybe<Scalars['Boolean']['output']>;
  /**
   * URL of the file that a browser or app can load: for media on Bird (which need the access key) a
   * short-lived gateway link (`/media/...`, see docs/media.md); any other URL as Bird has it.
   */
  mediaUrl?: Maybe<Scalars['String']['output']>;
};

/** A file to attach to a text or email message. */
export type AttachmentInput = {
  /** File name shown to the recipient. */
  filename: Scalars['String']['input'];
  /** Whether to show it inline (email). */
  inline?: InputMaybe<Scalars['Boolean']['input']>;
  /** URL of the file. */
  mediaUrl: Scalars['String']['input'];
};

/** A horizontally scrolling set of cards (Bird body type `carousel`). */
export type CarouselBody = {
  __typename?: 'CarouselBody';
  /** The cards. */
  items: Array<CarouselItem>;
  /** Text shown above the cards (at most 1,024 characters). Null when none. */
  text?: Maybe<Scalars['String']['output']>;
};

/** A carousel of cards. */
export type CarouselBodyInput = {
  /** The cards. */
  items: Array<CarouselItemInput>;
  /** Text above the cards (at most 1,024 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** One card of a carousel. */
export type CarouselItem = {
  __typename?: 'CarouselItem';
  /** Buttons on the card. Empty when none. */
  actions: Array<MessageAction>;
  /** Text alternative of the image. Null when none. */
  altText?: Maybe<Scalars['String']['output']>;
  /** The card image's URL exactly as Bird has it. Null when none. */
  birdUrl?: Maybe<Scalars['String']['output']>;
  /** Card text. Null when none. */
  description?: Maybe<Scalars['String']['output']>;
  /** URL of the card's image a browser can load (a gateway link for Bird media). Null when none. */
  mediaUrl?: Maybe<Scalars['String']['output']>;
  /** Card title. Null only if Bird leaves it out. */
  title?: Maybe<Scalars['String']['output']>;
};

/** One card of a carousel. */
export type CarouselItemInput = {
  /** Buttons on the card, as Bird action objects (passed through as is). */
  actions?: InputMaybe<Array<Scalars['JSON']['input']>>;
  /** Text alternative of the image. */
  altText?: InputMaybe<Scalars['String']['input']>;
  /** Card text. */
  description: Scalars['String']['input'];
  /** URL of the card's image. */
  mediaUrl?: InputMaybe<Scalars['String']['input']>;
  /** Card title. */
  title: Scalars['String']['input'];
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

/** A customer reached on a channel (Bird participant type `contact`). */
export type ContactParticipant = Node & ParticipantBase & {
  __typename?: 'ContactParticipant';
  /** URL of the contact's avatar. Null when there is none. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** Bird contact id, the same in every conversation. */
  birdId: Scalars['ID']['output'];
  /** The contact's name. Null when Bird does not know it. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Global id of the participant in its context (see `ParticipantBase`). */
  id: Scalars['ID']['output'];
  /**
   * How the contact is identified on the channel, for example `phonenumber` or `emailaddress`
   * (Bird's `contact.identifierKey`). Null when Bird leaves the contact details out.
   */
  identifierKey?: Maybe<Scalars['String']['output']>;
  /** The identifier, for example `+31612345678` (E.164) or `john@example.com`. Null as above. */
  identifierValue?: Maybe<Scalars['String']['output']>;
  /** The address the channel uses to reach the contact. Null as above. */
  platformAddress?: Maybe<Scalars['String']['output']>;
  /** The contact's standing in the conversation. */
  status?: Maybe<ParticipantStatus>;
  /** Always CONTACT. */
  type: ParticipantType;
};

/**
 * A conversation between contacts and the workspace's users, access keys and flows, on one channel.
 * From Bird's Conversation object.
 */
export type Conversation = Node & {
  __typename?: 'Conversation';
  /** Who can join the conversation. */
  accessibility: ConversationAccessibility;
  /** How many participants are active. Null when Bird leaves it out. */
  activeParticipantCount?: Maybe<Scalars['Int']['output']>;
  /**
   * Your own key-value data attached to the conversation (Bird's `attributes`), a JSON object such as
   * `{"ticket": "1234"}`. Null when unset.
   */
  attributes?: Maybe<Scalars['JSON']['output']>;
  /** Bird's id of the conversation (a UUID). */
  birdId: Scalars['ID']['output'];
  /** The Bird channel the conversation runs on (a UUID). Null when Bird leaves it out. */
  channelId?: Maybe<Scalars['ID']['output']>;
  /** When the conversation was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Free-text description. Null when Bird has none. */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * The participants Bird features for display (typically the contact and the agent or key that
   * talks to them). Embedded in the conversation: costs no upstream call.
   */
  featuredParticipants: Array<Participant>;
  /** Global id of the conversation (see `Node`). */
  id: Scalars['ID']['output'];
  /** Who started the conversation. Embedded: costs no upstream call. Null when Bird does not say. */
  initiatingParticipant?: Maybe<Participant>;
  /**
   * A preview of the newest message, as Bird embeds it in the conversation: costs no upstream call.
   * Null when the conversation has no message yet. The preview is part of the conversation, not a
   * `Message`: it has no `id` of its own (so caches keep it inside the conversation and never merge it
   * with the full message, whose fields Bird fills differently), and names the full message by
   * `messageId`.
   */
  lastMessage?: Maybe<MessagePreview>;
  /** When a contact last sent a message. Null until one has (or when Bird leaves it out). */
  lastMessageIncomingAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the workspace (a user, key, flow or bot) last sent a message. Null until one has. */
  lastMessageOutgoingAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The conversation's messages, newest first (`GET /conversations/{id}/messages`): one upstream call
   * per page. Null, with an error, when that call fails.
   */
  messages?: Maybe<MessageConnection>;
  /** Name of the conversation; the subject line on email channels. Null when Bird has none. */
  name?: Maybe<Scalars['String']['output']>;
  /**
   * The conversation's participants (`GET /conversations/{id}/participants`): one upstream call per
   * page. Null, with an error, when that call fails.
   */
  participants?: Maybe<ParticipantConnection>;
  /** How many participants await approval or acceptance. Null when Bird leaves it out. */
  pendingParticipantCount?: Maybe<Scalars['Int']['output']>;
  /** How the channel presents the conversation, as Bird reports it: for example `direct` or `email`. */
  platformStyle?: Maybe<Scalars['String']['output']>;
  /** Whether messages can be sent (ACTIVE) or not (CLOSED). Bird's `status`. */
  status: ConversationStatus;
  /** Bird's `style`, for example `default`. */
  style?: Maybe<Scalars['String']['output']>;
  /** When the conversation last changed, including when its last message arrived. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who can see the conversation. */
  visibility: ConversationVisibility;
};


/**
 * A conversation between contacts and the workspace's users, access keys and flows, on one channel.
 * From Bird's Conversation object.
 */
export type ConversationMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A conversation between contacts and the workspace's users, access keys and flows, on one channel.
 * From Bird's Conversation object.
 */
export type ConversationParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type { ConversationAccessibility };

/** A page of conversations. */
export type ConversationConnection = {
  __typename?: 'ConversationConnection';
  /** The conversations of this page, each with its cursor. */
  edges: Array<ConversationEdge>;
  /** The conversations of this page, without cursors (smaller responses). */
  nodes: Array<Conversation>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** A conversation in a page, with its position. */
export type ConversationEdge = {
  __typename?: 'ConversationEdge';
  /** Opaque cursor: pass it as `after` to continue right after this conversation. */
  cursor: Scalars['String']['output'];
  /** The conversation. */
  node: Conversation;
};

export type { ConversationStatus };

export type { ConversationVisibility };

/** A new conversation. */
export type CreateConversationInput = {
  /** Who can join it. Defaults to OPEN. */
  accessibility?: InputMaybe<ConversationAccessibility>;
  /** Your own key-value data, a JSON object such as `{"ticket": "1234"}`. */
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  /** The channel to talk on. */
  channelId: Scalars['ID']['input'];
  /** Free-text description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /**
   * What to do when Bird refuses because a contact already has an active conversation on the channel
   * (Bird allows one per contact and channel). Defaults to FAIL.
   */
  ifContactInConversation?: InputMaybe<ContactInConversationPolicy>;
  /** A message to send at once. */
  initialMessage?: InputMaybe<InitialMessageInput>;
  /**
   * Name; the subject line on email channels. Required (Bird refuses a conversation without one); left
   * nullable in the schema for compatibility, so leaving it out is `BAD_USER_INPUT` with no upstream call.
   */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Who takes part, at most 5. Contacts given by identifier are created or reused. */
  participants?: InputMaybe<Array<ParticipantRefInput>>;
  /** Who can see it. Defaults to PUBLIC. */
  visibility?: InputMaybe<ConversationVisibility>;
};

/** The result of `createConversation`. */
export type CreateConversationPayload = {
  __typename?: 'CreateConversationPayload';
  /** True when an existing conversation was continued instead (`ifContactInConversation: CONTINUE`). */
  continued: Scalars['Boolean']['output'];
  /** The new conversation (or the continued one), with its `lastMessage` when a message was sent. */
  conversation?: Maybe<Conversation>;
};

/** A file to upload. */
export type CreateUploadUrlInput = {
  /** MIME type of the file, for example `image/png`. */
  contentType: Scalars['String']['input'];
  /** The conversation the file will be sent in (global or Bird id). */
  conversationId: Scalars['ID']['input'];
};

/** Where and how to upload a file. */
export type CreateUploadUrlPayload = {
  __typename?: 'CreateUploadUrlPayload';
  /**
   * Bird's URL of the file: put it in a message body once the upload is done. It needs the access key
   * to load; show the file with `previewUrl`.
   */
  mediaUrl: Scalars['String']['output'];
  /** A gateway link to the uploaded file that a browser can load (see docs/media.md). */
  previewUrl: Scalars['String']['output'];
  /** Form fields to send with the file, as a JSON object of strings. */
  uploadFormData: Scalars['JSON']['output'];
  /** The HTTP method for the upload (Bird says `POST`). */
  uploadMethod: Scalars['String']['output'];
  /** Where to upload the file. */
  uploadUrl: Scalars['String']['output'];
};

/** A conversation to delete. */
export type DeleteConversationInput = {
  /** The conversation to delete (global or Bird id). */
  id: Scalars['ID']['input'];
};

/** The result of `deleteConversation`. Clients evict the conversation by `deletedConversationId`. */
export type DeleteConversationPayload = {
  __typename?: 'DeleteConversationPayload';
  /** Bird's id of the deleted conversation. */
  deletedConversationBirdId: Scalars['ID']['output'];
  /** The global id of the deleted conversation (its former `Conversation.id`). */
  deletedConversationId: Scalars['ID']['output'];
};

/** A message to delete. */
export type DeleteMessageInput = {
  /** The conversation of the message (global or Bird id). Needed only when `id` is a Bird id. */
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  /** The message to delete: its global id, or its Bird id with `conversationId`. */
  id: Scalars['ID']['input'];
};

/** The result of `deleteMessage`. Clients evict the message by `deletedMessageId`. */
export type DeleteMessagePayload = {
  __typename?: 'DeleteMessagePayload';
  /** The conversation as it is now (one more upstream call). Null, with an error, when that read fails. */
  conversation?: Maybe<Conversation>;
  /** Bird's id of the deleted message. */
  deletedMessageBirdId: Scalars['ID']['output'];
  /** The global id of the deleted message (its former `Message.id`). */
  deletedMessageId: Scalars['ID']['output'];
};

/**
 * A conversation that no longer exists. Evict the conversation by `deletedConversationId` (Relay:
 * `deletedConversationId @deleteRecord`; Apollo: `cache.evict`).
 */
export type DeletedConversation = {
  __typename?: 'DeletedConversation';
  /** Bird's own conversation id (a UUID). */
  birdId: Scalars['ID']['output'];
  /** The global id the conversation had (its former `Conversation.id`). */
  deletedConversationId: Scalars['ID']['output'];
  /**
   * The deletion's own id, not the conversation's: ids are unique across types, and a normalized
   * client store (Relay's) would otherwise merge this object into the `Conversation` it holds.
   */
  id: Scalars['ID']['output'];
};

/** A file of a file message. */
export type File = {
  __typename?: 'File';
  /** Text alternative. Null when none. */
  altText?: Maybe<Scalars['String']['output']>;
  /** The file's URL exactly as Bird has it (Bird's media need the access key). */
  birdUrl: Scalars['String']['output'];
  /** MIME type, for example `application/pdf`. */
  contentType: Scalars['String']['output'];
  /** File name shown to the recipient. Null when none. */
  filename?: Maybe<Scalars['String']['output']>;
  /**
   * URL of the file that a browser or app can load: for media on Bird (which need the access key) a
   * short-lived gateway link (`/media/...`, see docs/media.md); any other URL as Bird has it.
   */
  mediaUrl: Scalars['String']['output'];
};

/** One or more files with an optional caption (Bird body type `file`). */
export type FileBody = {
  __typename?: 'FileBody';
  /** Buttons offered with the files. Empty when none. */
  actions: Array<MessageAction>;
  /** The files, at least one. */
  files: Array<File>;
  /** Caption. Null when none. */
  text?: Maybe<Scalars['String']['output']>;
};

/** One or more files. */
export type FileBodyInput = {
  /** Buttons, as Bird action objects (passed through as is). */
  actions?: InputMaybe<Array<Scalars['JSON']['input']>>;
  /** The files, at least one. */
  files: Array<FileInput>;
  /** Caption. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A file to send. */
export type FileInput = {
  /** Text alternative. */
  altText?: InputMaybe<Scalars['String']['input']>;
  /** MIME type, for example `application/pdf`. */
  contentType: Scalars['String']['input'];
  /** File name shown to the recipient. */
  filename?: InputMaybe<Scalars['String']['input']>;
  /** URL of the file. */
  mediaUrl: Scalars['String']['input'];
};

/** An automated Bird flow (Bird participant type `flow`). */
export type FlowParticipant = Node & ParticipantBase & {
  __typename?: 'FlowParticipant';
  /** URL of an avatar. Null when there is none. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** Bird flow id, the same in every conversation. */
  birdId: Scalars['ID']['output'];
  /** The flow's name. Null when Bird does not give one. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Global id of the participant in its context (see `ParticipantBase`). */
  id: Scalars['ID']['output'];
  /** The flow's standing in the conversation. */
  status?: Maybe<ParticipantStatus>;
  /** Always FLOW. */
  type: ParticipantType;
};

/** An animated GIF (Bird body type `gif`). */
export type GifBody = {
  __typename?: 'GifBody';
  /** Text alternative for screen readers. Null when none. */
  altText?: Maybe<Scalars['String']['output']>;
  /** The GIF's URL exactly as Bird has it (Bird's media need the access key). */
  birdUrl: Scalars['String']['output'];
  /**
   * URL of the GIF that a browser or app can load: for media on Bird (which need the access key) a
   * short-lived gateway link (`/media/...`, see docs/media.md); any other URL as Bird has it.
   */
  mediaUrl: Scalars['String']['output'];
  /** Caption. Null when none. */
  text?: Maybe<Scalars['String']['output']>;
};

/** An animated GIF. */
export type GifBodyInput = {
  /** Text alternative. */
  altText?: InputMaybe<Scalars['String']['input']>;
  /** URL of the GIF. */
  mediaUrl: Scalars['String']['input'];
  /** Caption. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** An email body (Bird body type `html`). */
export type HtmlBody = {
  __typename?: 'HtmlBody';
  /** Attachments. Empty when none. */
  attachments: Array<Attachment>;
  /** HTML part. Null when only text was given. */
  html?: Maybe<Scalars['String']['output']>;
  /** The email subject (Bird's `metadata.subject`). Null when the message has none. */
  subject?: Maybe<Scalars['String']['output']>;
  /** Plain-text part. Null when only HTML was given. */
  text?: Maybe<Scalars['String']['output']>;
};

/** An email body. Give `text`, `html` or both. */
export type HtmlBodyInput = {
  /** Files to attach. */
  attachments?: InputMaybe<Array<AttachmentInput>>;
  /** HTML part. */
  html?: InputMaybe<Scalars['String']['input']>;
  /** Email subject (sent as Bird's `metadata.subject`). */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Plain-text part. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** An image of an image message. */
export type Image = {
  __typename?: 'Image';
  /** Text alternative for screen readers. Null when none. */
  altText?: Maybe<Scalars['String']['output']>;
  /** The image's URL exactly as Bird has it (Bird's media need the access key). */
  birdUrl: Scalars['String']['output'];
  /**
   * URL of the image that a browser or app can load: for media on Bird (which need the access key) a
   * short-lived gateway link (`/media/...`, see docs/media.md); any other URL as Bird has it.
   */
  mediaUrl: Scalars['String']['output'];
};

/** One or more images with an optional caption (Bird body type `image`). */
export type ImageBody = {
  __typename?: 'ImageBody';
  /** Buttons offered with the images. Empty when none. */
  actions: Array<MessageAction>;
  /** The images, at least one. */
  images: Array<Image>;
  /** Caption. Null when none. */
  text?: Maybe<Scalars['String']['output']>;
};

/** One or more images. */
export type ImageBodyInput = {
  /** Buttons, as Bird action objects (passed through as is). */
  actions?: InputMaybe<Array<Scalars['JSON']['input']>>;
  /** The images, at least one. */
  images: Array<ImageInput>;
  /** Caption. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** An image to send. */
export type ImageInput = {
  /** Text alternative for screen readers. */
  altText?: InputMaybe<Scalars['String']['input']>;
  /** URL of the image. */
  mediaUrl: Scalars['String']['input'];
};

/** The first message of a new conversation. Give `body` or `template`. */
export type InitialMessageInput = {
  /** The content. */
  body?: InputMaybe<MessageBodyInput>;
  /** Save as a draft instead of sending. */
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  /** Who to send it to. */
  recipients?: InputMaybe<Array<RecipientInput>>;
  /**
   * Your correlation id, unique within the workspace. The gateway generates one when you leave it out
   * and returns it on the message, so an uncertain send can always be checked.
   */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** A template to render instead of a body. */
  template?: InputMaybe<TemplateInput>;
};

/** A list of choices the recipient can pick from (Bird body type `list`). */
export type ListBody = {
  __typename?: 'ListBody';
  /** Buttons offered with the list. Empty when none. */
  actions: Array<MessageAction>;
  /** Text alternative for channels that cannot show lists. Null when none. */
  altText?: Maybe<Scalars['String']['output']>;
  /** The choices. Empty when none. */
  items: Array<ListItem>;
  /** Text shown with the list. */
  text?: Maybe<Scalars['String']['output']>;
  /** Title of the list. Null when none. */
  title?: Maybe<Scalars['String']['output']>;
};

/** A list of choices. */
export type ListBodyInput = {
  /** Buttons, as Bird action objects (passed through as is). */
  actions?: InputMaybe<Array<Scalars['JSON']['input']>>;
  /** Text alternative for channels that cannot show lists. */
  altText?: InputMaybe<Scalars['String']['input']>;
  /** Items, as Bird list item objects (passed through as is). */
  items?: InputMaybe<Array<Scalars['JSON']['input']>>;
  /** Text shown with the list. */
  text: Scalars['String']['input'];
  /** Title of the list. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** One choice of a list. */
export type ListItem = {
  __typename?: 'ListItem';
  /** The choice image's URL exactly as Bird has it. Null when none. */
  birdUrl?: Maybe<Scalars['String']['output']>;
  /** Explanation under the title. Null when none. */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * Id the recipient's choice is reported with (Bird's list item `id`). Null when Bird gives none. Not
   * named `id`: it is unique only within its list, and caches would merge items of different messages.
   */
  itemId?: Maybe<Scalars['String']['output']>;
  /** URL of an image for the choice a browser can load (a gateway link for Bird media). Null when none. */
  mediaUrl?: Maybe<Scalars['String']['output']>;
  /** The item exactly as Bird sent it (its shape varies by channel). */
  raw: Scalars['JSON']['output'];
  /** The choice's title. */
  title?: Maybe<Scalars['String']['output']>;
};

/** A point on a map (Bird body type `location`). */
export type LocationBody = {
  __typename?: 'LocationBody';
  /** Street address. Null when none. */
  address?: Maybe<Scalars['String']['output']>;
  /** Name of the place. Null when none. */
  label?: Maybe<Scalars['String']['output']>;
  /** Latitude in decimal degrees (WGS 84). */
  latitude: Scalars['Float']['output'];
  /** Longitude in decimal degrees (WGS 84). */
  longitude: Scalars['Float']['output'];
};

/** A map location. */
export type LocationBodyInput = {
  /** Street address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Name of the place. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** Latitude in decimal degrees (WGS 84). */
  latitude: Scalars['Float']['input'];
  /** Longitude in decimal degrees (WGS 84). */
  longitude: Scalars['Float']['input'];
};

/** A message in a conversation. From Bird's conversation Message object. */
export type Message = Node & {
  __typename?: 'Message';
  /** Bird's id of the message (a UUID). */
  birdId: Scalars['ID']['output'];
  /** The content. Null when Bird sends neither a body nor a template. */
  body?: Maybe<MessageBody>;
  /** The conversation the message belongs to. Costs no upstream call when the operation already has it. */
  conversation: Conversation;
  /** Global id of the conversation the message belongs to (its `Conversation.id`). */
  conversationId: Scalars['ID']['output'];
  /** When the message was created. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * Bird's details of a failure, as sent (for example `{"category": "bounceHard"}` on email). Null
   * when Bird gives none.
   */
  details?: Maybe<Scalars['JSON']['output']>;
  /** True while the message is a draft that has not been sent. */
  draft: Scalars['Boolean']['output'];
  /** Global id of the message (see `Node`); it includes the conversation. */
  id: Scalars['ID']['output'];
  /**
   * True when a contact sent it (a customer's message), false when the workspace did (a user, access
   * key, flow or bot). Bird's messages have no direction; this is how integrations tell (§7).
   */
  incoming: Scalars['Boolean']['output'];
  /** Read receipts, clicks and reactions as Bird reports them (Bird's `interactions`). Null when none. */
  interactions?: Maybe<Scalars['JSON']['output']>;
  /**
   * A plain-text rendering of the content, for list views and notifications: the text of text and
   * email bodies, captions or titles of media, otherwise a short description such as `[image]`.
   */
  previewText: Scalars['String']['output'];
  /**
   * Why sending or delivery failed, as Bird words it, when `status` is SENDING_FAILED or
   * DELIVERY_FAILED. Null otherwise.
   */
  reason?: Maybe<Scalars['String']['output']>;
  /** Who the message was sent to. Empty when Bird lists no recipients. */
  recipients: Array<Recipient>;
  /** Your own correlation id for the message, unique within the workspace. Null when none was given. */
  reference?: Maybe<Scalars['String']['output']>;
  /**
   * Who sent the message, as the message records it (Bird keeps a snapshot of the sender with each
   * message). Its global id is scoped to this message; `birdId` is the sender's Bird id.
   */
  sender: Participant;
  /** Where the message came from. Null when Bird does not say. */
  source?: Maybe<MessageSource>;
  /** Delivery state. */
  status: MessageStatus;
  /** When the message last changed (for example its delivery status). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A button offered with a message: a link, a quick reply, a location request, ... */
export type MessageAction = {
  __typename?: 'MessageAction';
  /** For `postback` actions: the payload sent back. Null for other actions. */
  payload?: Maybe<Scalars['String']['output']>;
  /** The action exactly as Bird sent it. */
  raw: Scalars['JSON']['output'];
  /** The button label. Null when the action has none (for example `locationRequest`). */
  text?: Maybe<Scalars['String']['output']>;
  /** Bird's action type: `link`, `reply`, `locationRequest`, `buy` or `postback`. */
  type: Scalars['String']['output'];
  /** For `link` actions: the URL opened. Null for other actions. */
  url?: Maybe<Scalars['String']['output']>;
};

/**
 * The content of a message: one member per Bird body type. `UnsupportedBody` carries the raw JSON of
 * a type this gateway does not model yet, so a new Bird body type never fails a query.
 */
export type MessageBody = CarouselBody | FileBody | GifBody | HtmlBody | ImageBody | ListBody | LocationBody | TemplateBody | TextBody | UnsupportedBody;

/**
 * The content of a message, mirroring Bird's body: exactly one member, for example
 * `{ text: { text: "Hello" } }` or `{ image: { images: [{ mediaUrl: "https://..." }] } }`.
 */
export type MessageBodyInput =
  /** A carousel of cards. */
  { carousel: CarouselBodyInput; file?: never; gif?: never; html?: never; image?: never; list?: never; location?: never; text?: never; }
  |  /** One or more files. */
  { carousel?: never; file: FileBodyInput; gif?: never; html?: never; image?: never; list?: never; location?: never; text?: never; }
  |  /** An animated GIF. */
  { carousel?: never; file?: never; gif: GifBodyInput; html?: never; image?: never; list?: never; location?: never; text?: never; }
  |  /** An email body. */
  { carousel?: never; file?: never; gif?: never; html: HtmlBodyInput; image?: never; list?: never; location?: never; text?: never; }
  |  /** One or more images. */
  { carousel?: never; file?: never; gif?: never; html?: never; image: ImageBodyInput; list?: never; location?: never; text?: never; }
  |  /** A list of choices. */
  { carousel?: never; file?: never; gif?: never; html?: never; image?: never; list: ListBodyInput; location?: never; text?: never; }
  |  /** A map location. */
  { carousel?: never; file?: never; gif?: never; html?: never; image?: never; list?: never; location: LocationBodyInput; text?: never; }
  |  /** A plain-text message. */
  { carousel?: never; file?: never; gif?: never; html?: never; image?: never; list?: never; location?: never; text: TextBodyInput; };

export type { MessageBodyType };

/** A page of messages. */
export type MessageConnection = {
  __typename?: 'MessageConnection';
  /** The messages of this page, each with its cursor. */
  edges: Array<MessageEdge>;
  /** The messages of this page, without cursors (smaller responses). */
  nodes: Array<Message>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many messages the conversation has in all (Bird's `total`). Null when Bird does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A message in a page, with its position. */
export type MessageEdge = {
  __typename?: 'MessageEdge';
  /** Opaque cursor: pass it as `after` to continue right after this message. */
  cursor: Scalars['String']['output'];
  /** The message. */
  node: Message;
};

/**
 * The preview of a conversation's newest message that Bird embeds in the conversation (its
 * `lastMessage`). It belongs to the conversation and has no `id`, so a normalized cache stores it
 * inside the conversation and updates it whenever the conversation is written (for example by
 * `replyToConversation`'s payload). The full message is one field away: `message`, or
 * `node(id: messageId)`.
 */
export type MessagePreview = {
  __typename?: 'MessagePreview';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** True when a contact sent it. Null when Bird leaves the sender out of the preview. */
  incoming?: Maybe<Scalars['Boolean']['output']>;
  /**
   * The full message (`GET /conversations/{id}/messages/{messageId}`, or no call at all when the same
   * operation already listed it). Null, with an error, when that call fails.
   */
  message?: Maybe<Message>;
  /** Bird's id of the message (a UUID). */
  messageBirdId: Scalars['ID']['output'];
  /** Global id of the full message (a `Message`'s `id`). */
  messageId: Scalars['ID']['output'];
  /** Who it was sent to. Empty when Bird gives no recipients. */
  recipients: Array<Recipient>;
  /**
   * Who sent it. Bird embeds only the sender's id, type and status here, sometimes its name, so this
   * participant has its own global id, distinct from the full message's sender and from the
   * conversation's participant. Null when Bird leaves it out.
   */
  sender?: Maybe<Participant>;
  /** Delivery state. Null when Bird leaves it out of the preview. */
  status?: Maybe<MessageStatus>;
  /** Plain-text preview of the content, as Bird renders it (Bird's `preview.text`). May be empty. */
  text: Scalars['String']['output'];
  /** The kind of content. */
  type: MessageBodyType;
};

export type { MessageSource };

export type { MessageStatus };

/**
 * Changes to conversations, messages and participants. Each mutation takes one `input` and returns a
 * payload with every object it changed (the message and its conversation, the participant and its
 * conversation, or the global and Bird ids of what was deleted), so a normalized client cache updates
 * without a refetch. Ids in inputs may be global ids or Bird ids. Sends (creating a conversation with an initial message, replying, sending a draft) are never
 * retried by the gateway: when their outcome is unknown the error says so (`UPSTREAM_OUTCOME_UNKNOWN`)
 * and carries the message `reference` to check before trying again.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Make sure a participant is in a conversation (`POST /conversations/{id}/participants`). Adding one
   * that is already there is not an error: `created` is then false.
   */
  addParticipant: AddParticipantPayload;
  /**
   * Start a conversation (`POST /conversations`), optionally with an initial message that is sent at
   * once. The calling access key becomes the initiating participant.
   */
  createConversation: CreateConversationPayload;
  /**
   * Get a pre-signed URL to upload a file to Bird's media storage
   * (`POST /conversations/{id}/presigned-upload`). Upload the file with a multipart `POST` to
   * `uploadUrl` with every field of `uploadFormData` plus `file`, then put `mediaUrl` in a message body.
   * At most 100 MiB per file.
   */
  createUploadUrl: CreateUploadUrlPayload;
  /** Delete a conversation (`DELETE /conversations/{id}`). */
  deleteConversation: DeleteConversationPayload;
  /** Delete a message (`DELETE /conversations/{conversationId}/messages/{id}`). */
  deleteMessage: DeleteMessagePayload;
  /**
   * Remove a participant from a conversation (`DELETE /conversations/{id}/participants/{participantId}`).
   * Bird refuses some removals (`FORBIDDEN`).
   */
  removeParticipant: RemoveParticipantPayload;
  /**
   * Send a message in an existing conversation (`POST /conversations/{id}/messages`). Fails with
   * `CONVERSATION_CLOSED` when the conversation is closed.
   */
  replyToConversation: ReplyToConversationPayload;
  /**
   * Change a conversation (`PATCH /conversations/{id}`). Only the fields present in the input are
   * sent; an explicit null clears `name`, `description` or `attributes`.
   */
  updateConversation: UpdateConversationPayload;
  /**
   * Change a draft message (`PATCH /conversations/{conversationId}/messages/{id}`). Setting
   * `draft: false` sends it. Sent messages cannot be changed.
   */
  updateMessage: UpdateMessagePayload;
  /**
   * Change a participant's status (`PATCH /conversations/{id}/participants/{participantId}` or
   * `.../{identifierKey}/{identifierValue}`).
   */
  updateParticipant: UpdateParticipantPayload;
};


/**
 * Changes to conversations, messages and participants. Each mutation takes one `input` and returns a
 * payload with every object it changed (the message and its conversation, the participant and its
 * conversation, or the global and Bird ids of what was deleted), so a normalized client cache updates
 * without a refetch. Ids in inputs may be global ids or Bird ids. Sends (creating a conversation with an initial message, replying, sending a draft) are never
 * retried by the gateway: when their outcome is unknown the error says so (`UPSTREAM_OUTCOME_UNKNOWN`)
 * and carries the message `reference` to check before trying again.
 */
export type MutationAddParticipantArgs = {
  input: AddParticipantInput;
};


/**
 * Changes to conversations, messages and participants. Each mutation takes one `input` and returns a
 * payload with every object it changed (the message and its conversation, the participant and its
 * conversation, or the global and Bird ids of what was deleted), so a normalized client cache updates
 * without a refetch. Ids in inputs may be global ids or Bird ids. Sends (creating a conversation with an initial message, replying, sending a draft) are never
 * retried by the gateway: when their outcome is unknown the error says so (`UPSTREAM_OUTCOME_UNKNOWN`)
 * and carries the message `reference` to check before trying again.
 */
export type MutationCreateConversationArgs = {
  input: CreateConversationInput;
};


/**
 * Changes to conversations, messages and participants. Each mutation takes one `input` and returns a
 * payload with every object it changed (the message and its conversation, the participant and its
 * conversation, or the global and Bird ids of what was deleted), so a normalized client cache updates
 * without a refetch. Ids in inputs may be global ids or Bird ids. Sends (creating a conversation with an initial message, replying, sending a draft) are never
 * retried by the gateway: when their outcome is unknown the error says so (`UPSTREAM_OUTCOME_UNKNOWN`)
 * and carries the message `reference` to check before trying again.
 */
export type MutationCreateUploadUrlArgs = {
  input: CreateUploadUrlInput;
};


/**
 * Changes to conversations, messages and participants. Each mutation takes one `input` and returns a
 * payload with every object it changed (the message and its conversation, the participant and its
 * conversation, or the global and Bird ids of what was deleted), so a normalized client cache updates
 * without a refetch. Ids in inputs may be global ids or Bird ids. Sends (creating a conversation with an initial message, replying, sending a draft) are never
 * retried by the gateway: when their outcome is unknown the error says so (`UPSTREAM_OUTCOME_UNKNOWN`)
 * and carries the message `reference` to check before trying again.
 */
export type MutationDeleteConversationArgs = {
  input: DeleteConversationInput;
};


/**
 * Changes to conversations, messages and participants. Each mutation takes one `input` and returns a
 * payload with every object it changed (the message and its conversation, the participant and its
 * conversation, or the global and Bird ids of what was deleted), so a normalized client cache updates
 * without a refetch. Ids in inputs may be global ids or Bird ids. Sends (creating a conversation with an initial message, replying, sending a draft) are never
 * retried by the gateway: when their outcome is unknown the error says so (`UPSTREAM_OUTCOME_UNKNOWN`)
 * and carries the message `reference` to check before trying again.
 */
export type MutationDeleteMessageArgs = {
  input: DeleteMessageInput;
};


/**
 * Changes to conversations, messages and participants. Each mutation takes one `input` and returns a
 * payload with every object it changed (the message and its conversation, the participant and its
 * conversation, or the global and Bird ids of what was deleted), so a normalized client cache updates
 * without a refetch. Ids in inputs may be global ids or Bird ids. Sends (creating a conversation with an initial message, replying, sending a draft) are never
 * retried by the gateway: when their outcome is unknown the error says so (`UPSTREAM_OUTCOME_UNKNOWN`)
 * and carries the message `reference` to check before trying again.
 */
export type MutationRemoveParticipantArgs = {
  input: RemoveParticipantInput;
};


/**
 * Changes to conversations, messages and participants. Each mutation takes one `input` and returns a
 * payload with every object it changed (the message and its conversation, the participant and its
 * conversation, or the global and Bird ids of what was deleted), so a normalized client cache updates
 * without a refetch. Ids in inputs may be global ids or Bird ids. Sends (creating a conversation with an initial message, replying, sending a draft) are never
 * retried by the gateway: when their outcome is unknown the error says so (`UPSTREAM_OUTCOME_UNKNOWN`)
 * and carries the message `reference` to check before trying again.
 */
export type MutationReplyToConversationArgs = {
  input: ReplyToConversationInput;
};


/**
 * Changes to conversations, messages and participants. Each mutation takes one `input` and returns a
 * payload with every object it changed (the message and its conversation, the participant and its
 * conversation, or the global and Bird ids of what was deleted), so a normalized client cache updates
 * without a refetch. Ids in inputs may be global ids or Bird ids. Sends (creating a conversation with an initial message, replying, sending a draft) are never
 * retried by the gateway: when their outcome is unknown the error says so (`UPSTREAM_OUTCOME_UNKNOWN`)
 * and carries the message `reference` to check before trying again.
 */
export type MutationUpdateConversationArgs = {
  input: UpdateConversationInput;
};


/**
 * Changes to conversations, messages and participants. Each mutation takes one `input` and returns a
 * payload with every object it changed (the message and its conversation, the participant and its
 * conversation, or the global and Bird ids of what was deleted), so a normalized client cache updates
 * without a refetch. Ids in inputs may be global ids or Bird ids. Sends (creating a conversation with an initial message, replying, sending a draft) are never
 * retried by the gateway: when their outcome is unknown the error says so (`UPSTREAM_OUTCOME_UNKNOWN`)
 * and carries the message `reference` to check before trying again.
 */
export type MutationUpdateMessageArgs = {
  input: UpdateMessageInput;
};


/**
 * Changes to conversations, messages and participants. Each mutation takes one `input` and returns a
 * payload with every object it changed (the message and its conversation, the participant and its
 * conversation, or the global and Bird ids of what was deleted), so a normalized client cache updates
 * without a refetch. Ids in inputs may be global ids or Bird ids. Sends (creating a conversation with an initial message, replying, sending a draft) are never
 * retried by the gateway: when their outcome is unknown the error says so (`UPSTREAM_OUTCOME_UNKNOWN`)
 * and carries the message `reference` to check before trying again.
 */
export type MutationUpdateParticipantArgs = {
  input: UpdateParticipantInput;
};

/**
 * An object with an identity: a conversation, a message, or a participant as it appears in one
 * conversation or message. `id` is the gateway's global id: opaque (base64url), unique across every
 * type, stable across requests and restarts, and enough to fetch the object again with
 * `node(id:)`. Normalized caches (Apollo Client, urql graphcache, Relay) key objects by it. Bird's
 * own id is `birdId`. Every argument that takes an id accepts either.
 */
export type Node = {
  /** Global id: opaque, unique across all types, stable. Pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
};

/**
 * A participant of a kind the `Participant` union does not model yet (Bird's `agent`, `bot`,
 * `channel`, ...). It carries the common fields, so it never fails a query.
 */
export type OtherParticipant = Node & ParticipantBase & {
  __typename?: 'OtherParticipant';
  /** URL of an avatar. Null when there is none. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** Participant id, the same in every conversation. */
  birdId: Scalars['ID']['output'];
  /** Name to show. Null when Bird does not give one. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Global id of the participant in its context (see `ParticipantBase`). */
  id: Scalars['ID']['output'];
  /** Bird's `type` exactly as sent, for example `bot`. */
  rawType: Scalars['String']['output'];
  /** The participant's standing in the conversation. */
  status?: Maybe<ParticipantStatus>;
  /** The kind of participant, or UNKNOWN for a type this gateway version does not know. */
  type: ParticipantType;
};

/** Where a page of a connection sits in the whole list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of the page. Null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page; pass `endCursor` as `after` to get them. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page was requested with `after`, so items come before it. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of the page (opaque; pass it back unchanged). Null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * Someone taking part in a conversation. Select the common fields once with
 * `... on ParticipantBase { ... }` and the contact's identifier with `... on ContactParticipant { ... }`.
 */
export type Participant = AccessKeyParticipant | ContactParticipant | FlowParticipant | OtherParticipant | UserParticipant;

/**
 * The fields every participant has, whatever its kind. Select them once with
 * `... on ParticipantBase { id displayName }` instead of once per member of `Participant`.
 *
 * A participant is always seen in a context, and its fields belong to that context: the same contact
 * has a status and an identifier per conversation, and each message keeps its own snapshot of its
 * sender. So `id` names the participant in its context (a member of one conversation, the sender of
 * one message, or the sender in a conversation's `lastMessage`), and `birdId` is the same everywhere.
 */
export type ParticipantBase = {
  /** URL of an avatar image. Null when there is none. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** Bird's participant id. Its meaning depends on the type: contact id, user id, access key id, flow id. */
  birdId: Scalars['ID']['output'];
  /** Name to show. Null when Bird does not give one. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Global id of the participant in its context (see above). */
  id: Scalars['ID']['output'];
  /** The participant's standing in the conversation. Null when Bird does not say. */
  status?: Maybe<ParticipantStatus>;
  /** The kind of participant. */
  type: ParticipantType;
};

/** A page of participants. */
export type ParticipantConnection = {
  __typename?: 'ParticipantConnection';
  /** The participants of this page, each with its cursor. */
  edges: Array<ParticipantEdge>;
  /** The participants of this page, without cursors (smaller responses). */
  nodes: Array<Participant>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** A participant in a page, with its position. */
export type ParticipantEdge = {
  __typename?: 'ParticipantEdge';
  /** Opaque cursor: pass it as `after` to continue right after this participant. */
  cursor: Scalars['String']['output'];
  /** The participant. */
  node: Participant;
};

/**
 * A participant to add, named by id (users, flows, access keys, known contacts) or, for contacts, by
 * identifier. Give `id`, or both `identifierKey` and `identifierValue`.
 */
export type ParticipantRefInput = {
  /** Participant id: a participant's global id, or its Bird id (contact, user, flow, access key id). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** For contacts: identifier key, for example `phonenumber` or `emailaddress`. */
  identifierKey?: InputMaybe<Scalars['String']['input']>;
  /** For contacts: identifier value, for example `+31612345678` (E.164). An existing contact is reused. */
  identifierValue?: InputMaybe<Scalars['String']['input']>;
  /** Initial standing. Defaults to ACTIVE. */
  status?: InputMaybe<ParticipantStatus>;
  /** The participant's kind. */
  type: ParticipantType;
};

export type { ParticipantStatus };

export type { ParticipantType };

/**
 * Entry points for reading Bird conversations. Every field costs the fewest upstream REST calls
 * possible: identical calls within one operation are made once, and objects that arrive in a list
 * are reused when the same object is asked for again by id.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * One conversation (`GET /conversations/{id}`). Null, with a `NOT_FOUND` error, when no
   * conversation has that id in the workspace.
   */
  conversation?: Maybe<Conversation>;
  /**
   * The workspace's conversations, newest first by creation (`GET /conversations`): a new message does
   * not move a conversation up. One upstream call per page.
   */
  conversations: ConversationConnection;
  /**
   * One message of a conversation (`GET /conversations/{conversationId}/messages/{id}`). Null, with a
   * `NOT_FOUND` error, when the conversation or the message does not exist.
   */
  message?: Maybe<Message>;
  /**
   * A page of a conversation's messages, newest first (`GET /conversations/{conversationId}/messages`),
   * without loading the conversation itself: the cheapest way to load the next page of a thread you
   * already show (one upstream call). Null, with a `NOT_FOUND` error, when the conversation does not
   * exist.
   */
  messages?: Maybe<MessageConnection>;
  /**
   * Any object by its global id: a conversation (`GET /conversations/{id}`), a message
   * (`GET /conversations/{id}/messages/{messageId}`), or a participant of a conversation
   * (`GET /conversations/{id}/participants/{participantId}`). One upstream call, or none when the
   * operation already loaded the object. An id that is not a global id is `BAD_USER_INPUT` and costs
   * no upstream call; an object that no longer exists is null with a `NOT_FOUND` error.
   */
  node?: Maybe<Node>;
  /**
   * Several objects by global id, in the order given, with the fewest upstream calls: ids naming the
   * same object, or objects this operation already loaded, cost one call or none. At most 100 ids;
   * any id that is not a global id fails the whole field with `BAD_USER_INPUT` before any upstream
   * call. An object that no longer exists is null at its position, with a `NOT_FOUND` error.
   */
  nodes: Array<Maybe<Node>>;
  /**
   * One participant of a conversation, by participant id or by contact identifier
   * (`GET /conversations/{conversationId}/participants/{id}` or `.../{identifierKey}/{identifierValue}`).
   * Give either `id`, or both `identifierKey` and `identifierValue`.
   */
  participant?: Maybe<Participant>;
  /**
   * The conversations a participant takes part in on one channel, newest first
   * (`GET /participants/{participantId}/conversations` or
   * `GET /participants/{identifierKey}/{identifierValue}/conversations`). Give either
   * `participantId`, or both `identifierKey` and `identifierValue`; anything else is
   * `BAD_USER_INPUT` and costs no upstream call.
   */
  participantConversations: ConversationConnection;
  /**
   * A page of a conversation's participants (`GET /conversations/{conversationId}/participants`),
   * without loading the conversation itself: one upstream call. The same list as
   * `Conversation.participants`, for clients that page it from the root. Null, with a `NOT_FOUND`
   * error, when the conversation does not exist.
   */
  participants?: Maybe<ParticipantConnection>;
};


/**
 * Entry points for reading Bird conversations. Every field costs the fewest upstream REST calls
 * possible: identical calls within one operation are made once, and objects that arrive in a list
 * are reused when the same object is asked for again by id.
 */
export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading Bird conversations. Every field costs the fewest upstream REST calls
 * possible: identical calls within one operation are made once, and objects that arrive in a list
 * are reused when the same object is asked for again by id.
 */
export type QueryConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  channelId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ConversationStatus>;
};


/**
 * Entry points for reading Bird conversations. Every field costs the fewest upstream REST calls
 * possible: identical calls within one operation are made once, and objects that arrive in a list
 * are reused when the same object is asked for again by id.
 */
export type QueryMessageArgs = {
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading Bird conversations. Every field costs the fewest upstream REST calls
 * possible: identical calls within one operation are made once, and objects that arrive in a list
 * are reused when the same object is asked for again by id.
 */
export type QueryMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  conversationId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading Bird conversations. Every field costs the fewest upstream REST calls
 * possible: identical calls within one operation are made once, and objects that arrive in a list
 * are reused when the same object is asked for again by id.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading Bird conversations. Every field costs the fewest upstream REST calls
 * possible: identical calls within one operation are made once, and objects that arrive in a list
 * are reused when the same object is asked for again by id.
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * Entry points for reading Bird conversations. Every field costs the fewest upstream REST calls
 * possible: identical calls within one operation are made once, and objects that arrive in a list
 * are reused when the same object is asked for again by id.
 */
export type QueryParticipantArgs = {
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  identifierKey?: InputMaybe<Scalars['String']['input']>;
  identifierValue?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Entry points for reading Bird conversations. Every field costs the fewest upstream REST calls
 * possible: identical calls within one operation are made once, and objects that arrive in a list
 * are reused when the same object is asked for again by id.
 */
export type QueryParticipantConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  channelId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  identifierKey?: InputMaybe<Scalars['String']['input']>;
  identifierValue?: InputMaybe<Scalars['String']['input']>;
  participantId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ConversationStatus>;
};


/**
 * Entry points for reading Bird conversations. Every field costs the fewest upstream REST calls
 * possible: identical calls within one operation are made once, and objects that arrive in a list
 * are reused when the same object is asked for again by id.
 */
export type QueryParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  conversationId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Someone a message was sent to. From Bird's message `recipients`. A recipient is part of its
 * message and has no `id`, so caches never merge it with a contact seen elsewhere.
 */
export type Recipient = {
  __typename?: 'Recipient';
  /** Bird's contact id of the recipient. Null when Bird did not resolve a contact. */
  contactId?: Maybe<Scalars['ID']['output']>;
  /** Identifier key, for example `phonenumber` or `emailaddress`. Null when Bird leaves it out. */
  identifierKey?: Maybe<Scalars['String']['output']>;
  /** Identifier value, for example `+31612345678` (E.164). Null when Bird leaves it out. */
  identifierValue?: Maybe<Scalars['String']['output']>;
  /** The contact's name as Bird annotated it (Bird's `contactAnnotation.name`). Null when unknown. */
  name?: Maybe<Scalars['String']['output']>;
  /** The address the channel delivered to, for example the phone number. Null when Bird leaves it out. */
  platformAddress?: Maybe<Scalars['String']['output']>;
  /** How the message reaches this recipient. */
  type: RecipientType;
};

/** Someone to send a message to. */
export type RecipientInput = {
  /** Identifier key, for example `phonenumber` or `emailaddress`. */
  identifierKey: Scalars['String']['input'];
  /** Identifier value, for example `+31612345678`. */
  identifierValue: Scalars['String']['input'];
  /** How the message reaches them. Defaults to TO. */
  type?: InputMaybe<RecipientType>;
};

export type { RecipientType };

/** A participant to remove. */
export type RemoveParticipantInput = {
  /** The conversation (global or Bird id). Needed unless `participantId` is a participant's global id. */
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  /** The participant's global id, or its Bird id. */
  participantId: Scalars['ID']['input'];
};

/** The result of `removeParticipant`. Clients evict the participant by `removedParticipantId`. */
export type RemoveParticipantPayload = {
  __typename?: 'RemoveParticipantPayload';
  /** The conversation as it is now (one more upstream call). Null, with an error, when that read fails. */
  conversation?: Maybe<Conversation>;
  /** Bird's id of the removed participant. */
  removedParticipantBirdId: Scalars['ID']['output'];
  /** The global id of the removed participant as a member of the conversation. */
  removedParticipantId: Scalars['ID']['output'];
};

/** A message to send in an existing conversation. Give `body` or `template`. */
export type ReplyToConversationInput = {
  /** Add the sender to the conversation when it is not a participant yet (Bird recommends true). */
  addMissingParticipants?: InputMaybe<Scalars['Boolean']['input']>;
  /** The content. */
  body?: InputMaybe<MessageBodyInput>;
  /** The conversation to reply in (global or Bird id). */
  conversationId: Scalars['ID']['input'];
  /** Save as a draft instead of sending. */
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Who sends it: a participant's global id, or its Bird id. For ACCESS_KEY, the access key's participant id (not the secret
   * key), as `initiatingParticipant` shows it on conversations the key started; for USER, the agent's
   * user id.
   */
  participantId: Scalars['ID']['input'];
  /**
   * The sender's kind: ACCESS_KEY, USER, FLOW or CONTACT. To send as a flow through the channel with no
   * flow set up, give FLOW with the conversation's channel id as `participantId` (Bird accepts it; the
   * message's sender is then a FlowParticipant named after the channel).
   */
  participantType: ParticipantType;
  /** Who to send it to. Bird picks the conversation's contacts when left out. */
  recipients?: InputMaybe<Array<RecipientInput>>;
  /**
   * Your correlation id, unique within the workspace. The gateway generates one when you leave it out
   * and returns it on the message, so an uncertain send can always be checked.
   */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** The message this one answers (global or Bird id). */
  replyToMessageId?: InputMaybe<Scalars['ID']['input']>;
  /** A template to render instead of a body. */
  template?: InputMaybe<TemplateInput>;
};

/**
 * The result of `replyToConversation`: the new message and its conversation as they are now. Writing
 * it into a normalized cache updates the conversation's `lastMessage` and `updatedAt` wherever the
 * conversation is shown (an inbox row, for example); prepending the message to a loaded thread is the
 * client's choice (see docs/client-caches.md).
 */
export type ReplyToConversationPayload = {
  __typename?: 'ReplyToConversationPayload';
  /**
   * The conversation after the reply, with its new `lastMessage` and `updatedAt` (one more upstream
   * call, made after the send and never retried into a second send). Null, with an error, when that
   * read fails; the message was sent all the same.
   */
  conversation?: Maybe<Conversation>;
  /** The message as Bird accepted it. */
  message?: Maybe<Message>;
  /**
   * The same message as an edge of `Conversation.messages` (newest first), with a cursor, to prepend
   * to a loaded thread: Relay's `@prependEdge`, or the Apollo updater in docs/client-caches.md.
   */
  messageEdge?: Maybe<MessageEdge>;
};

/**
 * Live changes to the caller's workspace, pushed as they happen (from Bird's signed webhooks and from
 * this gateway's own mutations). Served over graphql-ws (`ws://…/graphql`, subprotocol
 * `graphql-transport-ws`), graphql-sse (`/graphql/stream`) and Apollo's multipart HTTP subscriptions
 * (`POST /graphql` with `Accept: multipart/mixed;subscriptionSpec="1.0"`). Each event resolves its
 * fields with the subscriber's credentials and counts against the same cost limit as a query.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** A conversation was started in the workspace. */
  conversationCreated: Conversation;
  /** A conversation of the workspace was deleted. */
  conversationDeleted: DeletedConversation;
  /** A conversation of the workspace changed (status, name, a new last message, ...). */
  conversationUpdated: Conversation;
  /**
   * A message new to the conversation, sent or received. Delivered once per message, whether it was
   * sent through this gateway or reported by Bird. The full message is fetched from Bird once per
   * event, however many subscribers there are.
   */
  messageAdded: Message;
};


/**
 * Live changes to the caller's workspace, pushed as they happen (from Bird's signed webhooks and from
 * this gateway's own mutations). Served over graphql-ws (`ws://…/graphql`, subprotocol
 * `graphql-transport-ws`), graphql-sse (`/graphql/stream`) and Apollo's multipart HTTP subscriptions
 * (`POST /graphql` with `Accept: multipart/mixed;subscriptionSpec="1.0"`). Each event resolves its
 * fields with the subscriber's credentials and counts against the same cost limit as a query.
 */
export type SubscriptionConversationUpdatedArgs = {
  conversationId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Live changes to the caller's workspace, pushed as they happen (from Bird's signed webhooks and from
 * this gateway's own mutations). Served over graphql-ws (`ws://…/graphql`, subprotocol
 * `graphql-transport-ws`), graphql-sse (`/graphql/stream`) and Apollo's multipart HTTP subscriptions
 * (`POST /graphql` with `Accept: multipart/mixed;subscriptionSpec="1.0"`). Each event resolves its
 * fields with the subscriber's credentials and counts against the same cost limit as a query.
 */
export type SubscriptionMessageAddedArgs = {
  conversationId?: InputMaybe<Scalars['ID']['input']>;
};

/** A message sent from a Bird template (the message's `template` reference). */
export type TemplateBody = {
  __typename?: 'TemplateBody';
  /** Locale the template was rendered in, for example `en` or `nl-NL`. Null when Bird does not say. */
  locale?: Maybe<Scalars['String']['output']>;
  /** Template name. Null when Bird does not give it. */
  name?: Maybe<Scalars['String']['output']>;
  /** Values filled into the template's variables. */
  parameters: Array<TemplateParameter>;
  /** The Bird project that holds the template. Null when Bird does not give it. */
  projectId?: Maybe<Scalars['String']['output']>;
  /** Template version id. Null when Bird does not give it. */
  version?: Maybe<Scalars['String']['output']>;
};

/** A message rendered by Bird from a template. */
export type TemplateInput = {
  /** Locale to render, for example `en`. */
  locale: Scalars['String']['input'];
  /** Values for the template's variables. */
  parameters?: InputMaybe<Array<TemplateParameterInput>>;
  /** The Bird project that holds the template. */
  projectId: Scalars['String']['input'];
  /** Template version id. */
  version: Scalars['String']['input'];
};

/** A value filled into a template variable. */
export type TemplateParameter = {
  __typename?: 'TemplateParameter';
  /** Variable name. */
  key: Scalars['String']['output'];
  /** The parameter exactly as Bird sent it. */
  raw: Scalars['JSON']['output'];
  /** Parameter type as Bird names it, for example `string`. */
  type: Scalars['String']['output'];
  /** The value. Null for structured parameters; see `raw`. */
  value?: Maybe<Scalars['String']['output']>;
};

/** A value for a template variable. */
export type TemplateParameterInput = {
  /** Variable name. */
  key: Scalars['String']['input'];
  /** Parameter type, for example `string`. */
  type: Scalars['String']['input'];
  /** The value. */
  value: Scalars['String']['input'];
};

/**
 * A plain-text message (Bird body type `text`). Every body member names its text `text` with the same
 * type, so one selection can ask all of them for it.
 */
export type TextBody = {
  __typename?: 'TextBody';
  /** Buttons offered with the text. Empty when none. */
  actions: Array<MessageAction>;
  /** Files attached to the text. Empty when none. */
  attachments: Array<Attachment>;
  /** The text. Bird requires it for text bodies; null only if Bird ever leaves it out. */
  text?: Maybe<Scalars['String']['output']>;
};

/** A plain-text message. */
export type TextBodyInput = {
  /** Buttons, as Bird action objects (passed through as is). */
  actions?: InputMaybe<Array<Scalars['JSON']['input']>>;
  /** Files to attach (`mediaUrl` from `createUploadUrl` or any public URL). */
  attachments?: InputMaybe<Array<AttachmentInput>>;
  /** The text, at least one character. */
  text: Scalars['String']['input'];
};

/** A body of a type this gateway does not model yet. Its content is passed through as is. */
export type UnsupportedBody = {
  __typename?: 'UnsupportedBody';
  /** The whole body object exactly as Bird sent it. */
  raw: Scalars['JSON']['output'];
  /** Bird's body `type`, for example `section`. */
  type: Scalars['String']['output'];
};

/**
 * Changes to a conversation. Only the fields present are sent to Bird; an explicit null clears
 * `name`, `description` or `attributes`.
 */
export type UpdateConversationInput = {
  /** New accessibility. */
  accessibility?: InputMaybe<ConversationAccessibility>;
  /** New attributes (they replace the old ones), or null to clear them. */
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  /** New description, or null to clear it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The conversation to change (global or Bird id). */
  id: Scalars['ID']['input'];
  /** New name, or null to clear it. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** ACTIVE to reopen, CLOSED to close. */
  status?: InputMaybe<ConversationStatus>;
  /** New visibility. */
  visibility?: InputMaybe<ConversationVisibility>;
};

/** The result of `updateConversation`. */
export type UpdateConversationPayload = {
  __typename?: 'UpdateConversationPayload';
  /** The conversation as it is now. */
  conversation?: Maybe<Conversation>;
};

/** Changes to a draft message. Only the fields present are sent. */
export type UpdateMessageInput = {
  /** New content. */
  body?: InputMaybe<MessageBodyInput>;
  /** The conversation of the message (global or Bird id). Needed only when `id` is a Bird id. */
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  /** False sends the draft. A sent message cannot become a draft again. */
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  /** The draft message to change: its global id, or its Bird id with `conversationId`. */
  id: Scalars['ID']['input'];
  /** New recipients. */
  recipients?: InputMaybe<Array<RecipientInput>>;
};

/** The result of `updateMessage`: the message and its conversation as they are now. */
export type UpdateMessagePayload = {
  __typename?: 'UpdateMessagePayload';
  /**
   * The conversation as it is now (a sent draft changes its `lastMessage`): one more upstream call.
   * Null, with an error, when that read fails.
   */
  conversation?: Maybe<Conversation>;
  /** The message as it is now. */
  message?: Maybe<Message>;
};

/** A participant status change. Give `participantId`, or both `identifierKey` and `identifierValue`. */
export type UpdateParticipantInput = {
  /** The conversation (global or Bird id). Needed unless `participantId` is a participant's global id. */
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  /** For contacts: identifier key. */
  identifierKey?: InputMaybe<Scalars['String']['input']>;
  /** For contacts: identifier value. */
  identifierValue?: InputMaybe<Scalars['String']['input']>;
  /** The participant's global id, or its Bird id. */
  participantId?: InputMaybe<Scalars['ID']['input']>;
  /** The new status. */
  status: ParticipantStatus;
};

/** The result of `updateParticipant`: the participant and its conversation as they are now. */
export type UpdateParticipantPayload = {
  __typename?: 'UpdateParticipantPayload';
  /** The conversation as it is now (one more upstream call). Null, with an error, when that read fails. */
  conversation?: Maybe<Conversation>;
  /** The participant as it is now in this conversation (its status elsewhere is unchanged). */
  participant?: Maybe<Participant>;
};

/** An agent or other user of the workspace (Bird participant type `user`). */
export type UserParticipant = Node & ParticipantBase & {
  __typename?: 'UserParticipant';
  /** URL of the user's avatar. Null when there is none. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** Bird user id, the same in every conversation. */
  birdId: Scalars['ID']['output'];
  /** The user's name. Null when Bird does not give one. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Global id of the participant in its context (see `ParticipantBase`). */
  id: Scalars['ID']['output'];
  /** The user's standing in the conversation. */
  status?: Maybe<ParticipantStatus>;
  /** Always USER. */
  type: ParticipantType;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  MessageBody:
    | ( TaggedBody )
    | ( TaggedBody )
    | ( TaggedBody )
    | ( TaggedBody )
    | ( TaggedBody )
    | ( TaggedBody )
    | ( TaggedBody )
    | ( TaggedBody )
    | ( TaggedBody )
    | ( TaggedBody )
  ;
  Participant:
    | ( ParticipantModel )
    | ( ParticipantModel )
    | ( ParticipantModel )
    | ( ParticipantModel )
    | ( ParticipantModel )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ParticipantModel )
    | ( ParticipantModel )
    | ( BirdConversation )
    | ( ParticipantModel )
    | ( BirdMessage )
    | ( ParticipantModel )
    | ( ParticipantModel )
  ;
  ParticipantBase:
    | ( ParticipantModel )
    | ( ParticipantModel )
    | ( ParticipantModel )
    | ( ParticipantModel )
    | ( ParticipantModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessKeyParticipant: ResolverTypeWrapper<ParticipantModel>;
  AddParticipantInput: AddParticipantInput;
  AddParticipantPayload: ResolverTypeWrapper<ParticipantPayloadModel>;
  Attachment: ResolverTypeWrapper<JsonObject>;
  AttachmentInput: AttachmentInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CarouselBody: ResolverTypeWrapper<TaggedBody>;
  CarouselBodyInput: CarouselBodyInput;
  CarouselItem: ResolverTypeWrapper<JsonObject>;
  CarouselItemInput: CarouselItemInput;
  ContactInConversationPolicy: ContactInConversationPolicy;
  ContactParticipant: ResolverTypeWrapper<ParticipantModel>;
  Conversation: ResolverTypeWrapper<BirdConversation>;
  ConversationAccessibility: ConversationAccessibility;
  ConversationConnection: ResolverTypeWrapper<ConversationConnectionModel>;
  ConversationEdge: ResolverTypeWrapper<ConversationEdgeModel>;
  ConversationStatus: ConversationStatus;
  ConversationVisibility: ConversationVisibility;
  CreateConversationInput: CreateConversationInput;
  CreateConversationPayload: ResolverTypeWrapper<Omit<CreateConversationPayload, 'conversation'> & { conversation?: Maybe<ResolversTypes['Conversation']> }>;
  CreateUploadUrlInput: CreateUploadUrlInput;
  CreateUploadUrlPayload: ResolverTypeWrapper<CreateUploadUrlPayload>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteConversationInput: DeleteConversationInput;
  DeleteConversationPayload: ResolverTypeWrapper<DeleteConversationPayloadModel>;
  DeleteMessageInput: DeleteMessageInput;
  DeleteMessagePayload: ResolverTypeWrapper<DeletedMessageModel>;
  DeletedConversation: ResolverTypeWrapper<DeletedConversationModel>;
  File: ResolverTypeWrapper<JsonObject>;
  FileBody: ResolverTypeWrapper<TaggedBody>;
  FileBodyInput: FileBodyInput;
  FileInput: FileInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FlowParticipant: ResolverTypeWrapper<ParticipantModel>;
  GifBody: ResolverTypeWrapper<TaggedBody>;
  GifBodyInput: GifBodyInput;
  HtmlBody: ResolverTypeWrapper<TaggedBody>;
  HtmlBodyInput: HtmlBodyInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Image: ResolverTypeWrapper<JsonObject>;
  ImageBody: ResolverTypeWrapper<TaggedBody>;
  ImageBodyInput: ImageBodyInput;
  ImageInput: ImageInput;
  InitialMessageInput: InitialMessageInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  ListBody: ResolverTypeWrapper<TaggedBody>;
  ListBodyInput: ListBodyInput;
  ListItem: ResolverTypeWrapper<JsonObject>;
  LocationBody: ResolverTypeWrapper<TaggedBody>;
  LocationBodyInput: LocationBodyInput;
  Message: ResolverTypeWrapper<BirdMessage>;
  MessageAction: ResolverTypeWrapper<JsonObject>;
  MessageBody: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['MessageBody']>;
  MessageBodyInput: MessageBodyInput;
  MessageBodyType: MessageBodyType;
  MessageConnection: ResolverTypeWrapper<MessageConnectionModel>;
  MessageEdge: ResolverTypeWrapper<MessageEdgeModel>;
  MessagePreview: ResolverTypeWrapper<MessagePreviewModel>;
  MessageSource: MessageSource;
  MessageStatus: MessageStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OtherParticipant: ResolverTypeWrapper<ParticipantModel>;
  PageInfo: ResolverTypeWrapper<PageInfoModel>;
  Participant: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Participant']>;
  ParticipantBase: ResolverTypeWrapper<ParticipantModel>;
  ParticipantConnection: ResolverTypeWrapper<ParticipantConnectionModel>;
  ParticipantEdge: ResolverTypeWrapper<ParticipantEdgeModel>;
  ParticipantRefInput: ParticipantRefInput;
  ParticipantStatus: ParticipantStatus;
  ParticipantType: ParticipantType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Recipient: ResolverTypeWrapper<BirdRecipient>;
  RecipientInput: RecipientInput;
  RecipientType: RecipientType;
  RemoveParticipantInput: RemoveParticipantInput;
  RemoveParticipantPayload: ResolverTypeWrapper<RemovedParticipantModel>;
  ReplyToConversationInput: ReplyToConversationInput;
  ReplyToConversationPayload: ResolverTypeWrapper<MessagePayloadModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TemplateBody: ResolverTypeWrapper<TaggedBody>;
  TemplateInput: TemplateInput;
  TemplateParameter: ResolverTypeWrapper<JsonObject>;
  TemplateParameterInput: TemplateParameterInput;
  TextBody: ResolverTypeWrapper<TaggedBody>;
  TextBodyInput: TextBodyInput;
  UnsupportedBody: ResolverTypeWrapper<TaggedBody>;
  UpdateConversationInput: UpdateConversationInput;
  UpdateConversationPayload: ResolverTypeWrapper<Omit<UpdateConversationPayload, 'conversation'> & { conversation?: Maybe<ResolversTypes['Conversation']> }>;
  UpdateMessageInput: UpdateMessageInput;
  UpdateMessagePayload: ResolverTypeWrapper<MessagePayloadModel>;
  UpdateParticipantInput: UpdateParticipantInput;
  UpdateParticipantPayload: ResolverTypeWrapper<ParticipantPayloadModel>;
  UserParticipant: ResolverTypeWrapper<ParticipantModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessKeyParticipant: ParticipantModel;
  AddParticipantInput: AddParticipantInput;
  AddParticipantPayload: ParticipantPayloadModel;
  Attachment: JsonObject;
  AttachmentInput: AttachmentInput;
  Boolean: Scalars['Boolean']['output'];
  CarouselBody: TaggedBody;
  CarouselBodyInput: CarouselBodyInput;
  CarouselItem: JsonObject;
  CarouselItemInput: CarouselItemInput;
  ContactParticipant: ParticipantModel;
  Conversation: BirdConversation;
  ConversationConnection: ConversationConnectionModel;
  ConversationEdge: ConversationEdgeModel;
  CreateConversationInput: CreateConversationInput;
  CreateConversationPayload: Omit<CreateConversationPayload, 'conversation'> & { conversation?: Maybe<ResolversParentTypes['Conversation']> };
  CreateUploadUrlInput: CreateUploadUrlInput;
  CreateUploadUrlPayload: CreateUploadUrlPayload;
  DateTime: Scalars['DateTime']['output'];
  DeleteConversationInput: DeleteConversationInput;
  DeleteConversationPayload: DeleteConversationPayloadModel;
  DeleteMessageInput: DeleteMessageInput;
  DeleteMessagePayload: DeletedMessageModel;
  DeletedConversation: DeletedConversationModel;
  File: JsonObject;
  FileBody: TaggedBody;
  FileBodyInput: FileBodyInput;
  FileInput: FileInput;
  Float: Scalars['Float']['output'];
  FlowParticipant: ParticipantModel;
  GifBody: TaggedBody;
  GifBodyInput: GifBodyInput;
  HtmlBody: TaggedBody;
  HtmlBodyInput: HtmlBodyInput;
  ID: Scalars['ID']['output'];
  Image: JsonObject;
  ImageBody: TaggedBody;
  ImageBodyInput: ImageBodyInput;
  ImageInput: ImageInput;
  InitialMessageInput: InitialMessageInput;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  ListBody: TaggedBody;
  ListBodyInput: ListBodyInput;
  ListItem: JsonObject;
  LocationBody: TaggedBody;
  LocationBodyInput: LocationBodyInput;
  Message: BirdMessage;
  MessageAction: JsonObject;
  MessageBody: ResolversUnionTypes<ResolversParentTypes>['MessageBody'];
  MessageBodyInput: MessageBodyInput;
  MessageConnection: MessageConnectionModel;
  MessageEdge: MessageEdgeModel;
  MessagePreview: MessagePreviewModel;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  OtherParticipant: ParticipantModel;
  PageInfo: PageInfoModel;
  Participant: ResolversUnionTypes<ResolversParentTypes>['Participant'];
  ParticipantBase: ParticipantModel;
  ParticipantConnection: ParticipantConnectionModel;
  ParticipantEdge: ParticipantEdgeModel;
  ParticipantRefInput: ParticipantRefInput;
  Query: Record<PropertyKey, never>;
  Recipient: BirdRecipient;
  RecipientInput: RecipientInput;
  RemoveParticipantInput: RemoveParticipantInput;
  RemoveParticipantPayload: RemovedParticipantModel;
  ReplyToConversationInput: ReplyToConversationInput;
  ReplyToConversationPayload: MessagePayloadModel;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TemplateBody: TaggedBody;
  TemplateInput: TemplateInput;
  TemplateParameter: JsonObject;
  TemplateParameterInput: TemplateParameterInput;
  TextBody: TaggedBody;
  TextBodyInput: TextBodyInput;
  UnsupportedBody: TaggedBody;
  UpdateConversationInput: UpdateConversationInput;
  UpdateConversationPayload: Omit<UpdateConversationPayload, 'conversation'> & { conversation?: Maybe<ResolversParentTypes['Conversation']> };
  UpdateMessageInput: UpdateMessageInput;
  UpdateMessagePayload: MessagePayloadModel;
  UpdateParticipantInput: UpdateParticipantInput;
  UpdateParticipantPayload: ParticipantPayloadModel;
  UserParticipant: ParticipantModel;
};

export type AccessKeyParticipantResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AccessKeyParticipant'] = ResolversParentTypes['AccessKeyParticipant']> = {
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  birdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ParticipantStatus']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ParticipantType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AddParticipantPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AddParticipantPayload'] = ResolversParentTypes['AddParticipantPayload']> = {
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  participant?: Resolver<Maybe<ResolversTypes['Participant']>, ParentType, ContextType>;
};

export type AttachmentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = {
  birdUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filename?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inline?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  mediaUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CarouselBodyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CarouselBody'] = ResolversParentTypes['CarouselBody']> = {
  items?: Resolver<Array<ResolversTypes['CarouselItem']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CarouselItemResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CarouselItem'] = ResolversParentTypes['CarouselItem']> = {
  actions?: Resolver<Array<ResolversTypes['MessageAction']>, ParentType, ContextType>;
  altText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  birdUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mediaUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContactParticipantResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ContactParticipant'] = ResolversParentTypes['ContactParticipant']> = {
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  birdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifierKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  identifierValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  platformAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ParticipantStatus']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ParticipantType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConversationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Conversation'] = ResolversParentTypes['Conversation']> = {
  accessibility?: Resolver<ResolversTypes['ConversationAccessibility'], ParentType, ContextType>;
  activeParticipantCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  attributes?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  birdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  channelId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  featuredParticipants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatingParticipant?: Resolver<Maybe<ResolversTypes['Participant']>, ParentType, ContextType>;
  lastMessage?: Resolver<Maybe<ResolversTypes['MessagePreview']>, ParentType, ContextType>;
  lastMessageIncomingAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastMessageOutgoingAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  messages?: Resolver<Maybe<ResolversTypes['MessageConnection']>, ParentType, ContextType, RequireFields<ConversationMessagesArgs, 'first'>>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Maybe<ResolversTypes['ParticipantConnection']>, ParentType, ContextType, RequireFields<ConversationParticipantsArgs, 'first'>>;
  pendingParticipantCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  platformStyle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConversationStatus'], ParentType, ContextType>;
  style?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['ConversationVisibility'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConversationAccessibilityResolvers = EnumResolverSignature<{ INVITE_ONLY?: any, OPEN?: any, REQUEST_TO_JOIN?: any, UNKNOWN?: any }, ResolversTypes['ConversationAccessibility']>;

export type ConversationConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ConversationConnection'] = ResolversParentTypes['ConversationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConversationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Conversation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ConversationEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ConversationEdge'] = ResolversParentTypes['ConversationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType>;
};

export type ConversationStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, CLOSED?: any, DELETED?: any, UNKNOWN?: any }, ResolversTypes['ConversationStatus']>;

export type ConversationVisibilityResolvers = EnumResolverSignature<{ DIRECT?: any, PRIVATE?: any, PUBLIC?: any, UNKNOWN?: any }, ResolversTypes['ConversationVisibility']>;

export type CreateConversationPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CreateConversationPayload'] = ResolversParentTypes['CreateConversationPayload']> = {
  continued?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType>;
};

export type CreateUploadUrlPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CreateUploadUrlPayload'] = ResolversParentTypes['CreateUploadUrlPayload']> = {
  mediaUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previewUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadFormData?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  uploadMethod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteConversationPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DeleteConversationPayload'] = ResolversParentTypes['DeleteConversationPayload']> = {
  deletedConversationBirdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deletedConversationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DeleteMessagePayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DeleteMessagePayload'] = ResolversParentTypes['DeleteMessagePayload']> = {
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType>;
  deletedMessageBirdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deletedMessageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DeletedConversationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DeletedConversation'] = ResolversParentTypes['DeletedConversation']> = {
  birdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deletedConversationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type FileResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['File'] = ResolversParentTypes['File']> = {
  altText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  birdUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mediaUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FileBodyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FileBody'] = ResolversParentTypes['FileBody']> = {
  actions?: Resolver<Array<ResolversTypes['MessageAction']>, ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['File']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FlowParticipantResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FlowParticipant'] = ResolversParentTypes['FlowParticipant']> = {
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  birdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ParticipantStatus']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ParticipantType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GifBodyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GifBody'] = ResolversParentTypes['GifBody']> = {
  altText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  birdUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HtmlBodyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['HtmlBody'] = ResolversParentTypes['HtmlBody']> = {
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  html?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Image'] = ResolversParentTypes['Image']> = {
  altText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  birdUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImageBodyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ImageBody'] = ResolversParentTypes['ImageBody']> = {
  actions?: Resolver<Array<ResolversTypes['MessageAction']>, ParentType, ContextType>;
  images?: Resolver<Array<ResolversTypes['Image']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type ListBodyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ListBody'] = ResolversParentTypes['ListBody']> = {
  actions?: Resolver<Array<ResolversTypes['MessageAction']>, ParentType, ContextType>;
  altText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ListItem']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ListItemResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ListItem'] = ResolversParentTypes['ListItem']> = {
  birdUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  itemId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mediaUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LocationBodyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LocationBody'] = ResolversParentTypes['LocationBody']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MessageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Message'] = ResolversParentTypes['Message']> = {
  birdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['MessageBody']>, ParentType, ContextType>;
  conversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType>;
  conversationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  draft?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incoming?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  interactions?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  previewText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['Recipient']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sender?: Resolver<ResolversTypes['Participant'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['MessageSource']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MessageStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MessageActionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MessageAction'] = ResolversParentTypes['MessageAction']> = {
  payload?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MessageBodyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MessageBody'] = ResolversParentTypes['MessageBody']> = {
  __resolveType: TypeResolveFn<'CarouselBody' | 'FileBody' | 'GifBody' | 'HtmlBody' | 'ImageBody' | 'ListBody' | 'LocationBody' | 'TemplateBody' | 'TextBody' | 'UnsupportedBody', ParentType, ContextType>;
};

export type MessageBodyTypeResolvers = EnumResolverSignature<{ ACTION?: any, AUTHENTICATION?: any, CAROUSEL?: any, FILE?: any, GIF?: any, HTML?: any, IMAGE?: any, LIST?: any, LOCATION?: any, SECTION?: any, TEMPLATE?: any, TEXT?: any, UNKNOWN?: any }, ResolversTypes['MessageBodyType']>;

export type MessageConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MessageConnection'] = ResolversParentTypes['MessageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MessageEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Message']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MessageEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MessageEdge'] = ResolversParentTypes['MessageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
};

export type MessagePreviewResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MessagePreview'] = ResolversParentTypes['MessagePreview']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  incoming?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  messageBirdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['Recipient']>, ParentType, ContextType>;
  sender?: Resolver<Maybe<ResolversTypes['Participant']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['MessageStatus']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MessageBodyType'], ParentType, ContextType>;
};

export type MessageSourceResolvers = EnumResolverSignature<{ CHANNELS?: any, CONVERSATIONS?: any, EXTERNAL?: any, UNKNOWN?: any }, ResolversTypes['MessageSource']>;

export type MessageStatusResolvers = EnumResolverSignature<{ ACCEPTED?: any, DELIVERED?: any, DELIVERY_FAILED?: any, FAILED?: any, PENDING?: any, PROCESSING?: any, QUEUED?: any, READ?: any, REJECTED?: any, SENDING_FAILED?: any, SENT?: any, SKIPPED?: any, UNKNOWN?: any }, ResolversTypes['MessageStatus']>;

export type MutationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addParticipant?: Resolver<ResolversTypes['AddParticipantPayload'], ParentType, ContextType, RequireFields<MutationAddParticipantArgs, 'input'>>;
  createConversation?: Resolver<ResolversTypes['CreateConversationPayload'], ParentType, ContextType, RequireFields<MutationCreateConversationArgs, 'input'>>;
  createUploadUrl?: Resolver<ResolversTypes['CreateUploadUrlPayload'], ParentType, ContextType, RequireFields<MutationCreateUploadUrlArgs, 'input'>>;
  deleteConversation?: Resolver<ResolversTypes['DeleteConversationPayload'], ParentType, ContextType, RequireFields<MutationDeleteConversationArgs, 'input'>>;
  deleteMessage?: Resolver<ResolversTypes['DeleteMessagePayload'], ParentType, ContextType, RequireFields<MutationDeleteMessageArgs, 'input'>>;
  removeParticipant?: Resolver<ResolversTypes['RemoveParticipantPayload'], ParentType, ContextType, RequireFields<MutationRemoveParticipantArgs, 'input'>>;
  replyToConversation?: Resolver<ResolversTypes['ReplyToConversationPayload'], ParentType, ContextType, RequireFields<MutationReplyToConversationArgs, 'input'>>;
  updateConversation?: Resolver<ResolversTypes['UpdateConversationPayload'], ParentType, ContextType, RequireFields<MutationUpdateConversationArgs, 'input'>>;
  updateMessage?: Resolver<ResolversTypes['UpdateMessagePayload'], ParentType, ContextType, RequireFields<MutationUpdateMessageArgs, 'input'>>;
  updateParticipant?: Resolver<ResolversTypes['UpdateParticipantPayload'], ParentType, ContextType, RequireFields<MutationUpdateParticipantArgs, 'input'>>;
};

export type NodeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'AccessKeyParticipant' | 'ContactParticipant' | 'Conversation' | 'FlowParticipant' | 'Message' | 'OtherParticipant' | 'UserParticipant', ParentType, ContextType>;
};

export type OtherParticipantResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OtherParticipant'] = ResolversParentTypes['OtherParticipant']> = {
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  birdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rawType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ParticipantStatus']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ParticipantType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParticipantResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant']> = {
  __resolveType: TypeResolveFn<'AccessKeyParticipant' | 'ContactParticipant' | 'FlowParticipant' | 'OtherParticipant' | 'UserParticipant', ParentType, ContextType>;
};

export type ParticipantBaseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ParticipantBase'] = ResolversParentTypes['ParticipantBase']> = {
  __resolveType: TypeResolveFn<'AccessKeyParticipant' | 'ContactParticipant' | 'FlowParticipant' | 'OtherParticipant' | 'UserParticipant', ParentType, ContextType>;
};

export type ParticipantConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ParticipantConnection'] = ResolversParentTypes['ParticipantConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ParticipantEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ParticipantEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ParticipantEdge'] = ResolversParentTypes['ParticipantEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Participant'], ParentType, ContextType>;
};

export type ParticipantStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, INVITED?: any, PENDING?: any, UNKNOWN?: any }, ResolversTypes['ParticipantStatus']>;

export type ParticipantTypeResolvers = EnumResolverSignature<{ ACCESS_KEY?: any, AGENT?: any, BOT?: any, CHANNEL?: any, COLLABORATION_AUTOMATION?: any, CONNECTOR?: any, CONTACT?: any, FLOW?: any, UNKNOWN?: any, USER?: any }, ResolversTypes['ParticipantType']>;

export type QueryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType, RequireFields<QueryConversationArgs, 'id'>>;
  conversations?: Resolver<ResolversTypes['ConversationConnection'], ParentType, ContextType, RequireFields<QueryConversationsArgs, 'first'>>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType, RequireFields<QueryMessageArgs, 'id'>>;
  messages?: Resolver<Maybe<ResolversTypes['MessageConnection']>, ParentType, ContextType, RequireFields<QueryMessagesArgs, 'conversationId' | 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  participant?: Resolver<Maybe<ResolversTypes['Participant']>, ParentType, ContextType, Partial<QueryParticipantArgs>>;
  participantConversations?: Resolver<ResolversTypes['ConversationConnection'], ParentType, ContextType, RequireFields<QueryParticipantConversationsArgs, 'channelId' | 'first'>>;
  participants?: Resolver<Maybe<ResolversTypes['ParticipantConnection']>, ParentType, ContextType, RequireFields<QueryParticipantsArgs, 'conversationId' | 'first'>>;
};

export type RecipientResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Recipient'] = ResolversParentTypes['Recipient']> = {
  contactId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  identifierKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  identifierValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  platformAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RecipientType'], ParentType, ContextType>;
};

export type RecipientTypeResolvers = EnumResolverSignature<{ BCC?: any, CC?: any, TO?: any, UNKNOWN?: any }, ResolversTypes['RecipientType']>;

export type RemoveParticipantPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RemoveParticipantPayload'] = ResolversParentTypes['RemoveParticipantPayload']> = {
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType>;
  removedParticipantBirdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  removedParticipantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ReplyToConversationPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReplyToConversationPayload'] = ResolversParentTypes['ReplyToConversationPayload']> = {
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  messageEdge?: Resolver<Maybe<ResolversTypes['MessageEdge']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  conversationCreated?: SubscriptionResolver<ResolversTypes['Conversation'], "conversationCreated", ParentType, ContextType>;
  conversationDeleted?: SubscriptionResolver<ResolversTypes['DeletedConversation'], "conversationDeleted", ParentType, ContextType>;
  conversationUpdated?: SubscriptionResolver<ResolversTypes['Conversation'], "conversationUpdated", ParentType, ContextType, Partial<SubscriptionConversationUpdatedArgs>>;
  messageAdded?: SubscriptionResolver<ResolversTypes['Message'], "messageAdded", ParentType, ContextType, Partial<SubscriptionMessageAddedArgs>>;
};

export type TemplateBodyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TemplateBody'] = ResolversParentTypes['TemplateBody']> = {
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parameters?: Resolver<Array<ResolversTypes['TemplateParameter']>, ParentType, ContextType>;
  projectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateParameterResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TemplateParameter'] = ResolversParentTypes['TemplateParameter']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TextBodyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TextBody'] = ResolversParentTypes['TextBody']> = {
  actions?: Resolver<Array<ResolversTypes['MessageAction']>, ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnsupportedBodyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UnsupportedBody'] = ResolversParentTypes['UnsupportedBody']> = {
  raw?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UpdateConversationPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UpdateConversationPayload'] = ResolversParentTypes['UpdateConversationPayload']> = {
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType>;
};

export type UpdateMessagePayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UpdateMessagePayload'] = ResolversParentTypes['UpdateMessagePayload']> = {
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
};

export type UpdateParticipantPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UpdateParticipantPayload'] = ResolversParentTypes['UpdateParticipantPayload']> = {
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType>;
  participant?: Resolver<Maybe<ResolversTypes['Participant']>, ParentType, ContextType>;
};

export type UserParticipantResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserParticipant'] = ResolversParentTypes['UserParticipant']> = {
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  birdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ParticipantStatus']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ParticipantType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = GatewayContext> = {
  AccessKeyParticipant?: AccessKeyParticipantResolvers<ContextType>;
  AddParticipantPayload?: AddParticipantPayloadResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  CarouselBody?: CarouselBodyResolvers<ContextType>;
  CarouselItem?: CarouselItemResolvers<ContextType>;
  ContactParticipant?: ContactParticipantResolvers<ContextType>;
  Conversation?: ConversationResolvers<ContextType>;
  ConversationAccessibility?: ConversationAccessibilityResolvers;
  ConversationConnection?: ConversationConnectionResolvers<ContextType>;
  ConversationEdge?: ConversationEdgeResolvers<ContextType>;
  ConversationStatus?: ConversationStatusResolvers;
  ConversationVisibility?: ConversationVisibilityResolvers;
  CreateConversationPayload?: CreateConversationPayloadResolvers<ContextType>;
  CreateUploadUrlPayload?: CreateUploadUrlPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteConversationPayload?: DeleteConversationPayloadResolvers<ContextType>;
  DeleteMessagePayload?: DeleteMessagePayloadResolvers<ContextType>;
  DeletedConversation?: DeletedConversationResolvers<ContextType>;
  File?: FileResolvers<ContextType>;
  FileBody?: FileBodyResolvers<ContextType>;
  FlowParticipant?: FlowParticipantResolvers<ContextType>;
  GifBody?: GifBodyResolvers<ContextType>;
  HtmlBody?: HtmlBodyResolvers<ContextType>;
  Image?: ImageResolvers<ContextType>;
  ImageBody?: ImageBodyResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  ListBody?: ListBodyResolvers<ContextType>;
  ListItem?: ListItemResolvers<ContextType>;
  LocationBody?: LocationBodyResolvers<ContextType>;
  Message?: MessageResolvers<ContextType>;
  MessageAction?: MessageActionResolvers<ContextType>;
  MessageBody?: MessageBodyResolvers<ContextType>;
  MessageBodyType?: MessageBodyTypeResolvers;
  MessageConnection?: MessageConnectionResolvers<ContextType>;
  MessageEdge?: MessageEdgeResolvers<ContextType>;
  MessagePreview?: MessagePreviewResolvers<ContextType>;
  MessageSource?: MessageSourceResolvers;
  MessageStatus?: MessageStatusResolvers;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OtherParticipant?: OtherParticipantResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  ParticipantBase?: ParticipantBaseResolvers<ContextType>;
  ParticipantConnection?: ParticipantConnectionResolvers<ContextType>;
  ParticipantEdge?: ParticipantEdgeResolvers<ContextType>;
  ParticipantStatus?: ParticipantStatusResolvers;
  ParticipantType?: ParticipantTypeResolvers;
  Query?: QueryResolvers<ContextType>;
  Recipient?: RecipientResolvers<ContextType>;
  RecipientType?: RecipientTypeResolvers;
  RemoveParticipantPayload?: RemoveParticipantPayloadResolvers<ContextType>;
  ReplyToConversationPayload?: ReplyToConversationPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TemplateBody?: TemplateBodyResolvers<ContextType>;
  TemplateParameter?: TemplateParameterResolvers<ContextType>;
  TextBody?: TextBodyResolvers<ContextType>;
  UnsupportedBody?: UnsupportedBodyResolvers<ContextType>;
  UpdateConversationPayload?: UpdateConversationPayloadResolvers<ContextType>;
  UpdateMessagePayload?: UpdateMessagePayloadResolvers<ContextType>;
  UpdateParticipantPayload?: UpdateParticipantPayloadResolvers<ContextType>;
  UserParticipant?: UserParticipantResolvers<ContextType>;
};

