/**
 * The naive server's schema: the part of the gateway's schema the benchmark's documents select,
 * with the types a first version usually has (strings for enums and dates).
 */
export const typeDefs = /* GraphQL */ `
  type Query {
    conversations(first: Int = 10, after: String): ConversationConnection!
    conversation(id: ID!): Conversation
    messages(conversationId: ID!, first: Int = 10, after: String): MessageConnection
  }

  type Mutation {
    replyToConversation(input: ReplyToConversationInput!): ReplyToConversationPayload!
  }

  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }

  type ConversationConnection {
    edges: [ConversationEdge!]!
    nodes: [Conversation!]!
    pageInfo: PageInfo!
  }

  type ConversationEdge {
    cursor: String!
    node: Conversation!
  }

  type Conversation {
    id: ID!
    name: String
    status: String!
    updatedAt: String!
    featuredParticipants: [Participant!]!
    lastMessage: MessagePreview
    messages(first: Int = 10, after: String): MessageConnection
  }

  type MessagePreview {
    id: ID!
    messageId: ID!
    text: String!
    createdAt: String!
  }

  type MessageConnection {
    totalCount: Int
    edges: [MessageEdge!]!
    nodes: [Message!]!
    pageInfo: PageInfo!
  }

  type MessageEdge {
    cursor: String!
    node: Message!
  }

  type Message {
    id: ID!
    reference: String
    createdAt: String!
    status: String!
    draft: Boolean!
    previewText: String!
    sender: Participant!
    body: MessageBody
  }

  interface ParticipantBase {
    id: ID!
    type: String!
    status: String
    displayName: String
    avatarUrl: String
  }

  type ContactParticipant implements ParticipantBase {
    id: ID!
    type: String!
    status: String
    displayName: String
    avatarUrl: String
    identifierKey: String
    identifierValue: String
  }

  type UserParticipant implements ParticipantBase {
    id: ID!
    type: String!
    status: String
    displayName: String
    avatarUrl: String
  }

  type AccessKeyParticipant implements ParticipantBase {
    id: ID!
    type: String!
    status: String
    displayName: String
    avatarUrl: String
  }

  type OtherParticipant implements ParticipantBase {
    id: ID!
    type: String!
    status: String
    displayName: String
    avatarUrl: String
  }

  union Participant = ContactParticipant | UserParticipant | AccessKeyParticipant | OtherParticipant

  union MessageBody = TextBody | HtmlBody | OtherBody

  type TextBody {
    text: String
  }

  type HtmlBody {
    subject: String
    text: String
  }

  type OtherBody {
    type: String!
  }

  enum ParticipantType {
    ACCESS_KEY
    USER
    FLOW
    CONTACT
  }

  input TextBodyInput {
    text: String!
  }

  input MessageBodyInput {
    text: TextBodyInput
  }

  input ReplyToConversationInput {
    conversationId: ID!
    participantId: ID!
    participantType: ParticipantType!
    body: MessageBodyInput!
    reference: String
    addMissingParticipants: Boolean
  }

  type ReplyToConversationPayload {
    message: Message!
  }
`;
