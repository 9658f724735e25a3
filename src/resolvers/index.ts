import type { Resolvers } from '../generated/graphql.js';
import { connectionResolvers } from './Connection.js';
import { Conversation } from './Conversation.js';
import { DateTime } from './dateTime.js';
import { DeletedConversation } from './DeletedConversation.js';
import { enums } from './enums.js';
import { JSONScalar } from './jsonScalar.js';
import { Message } from './Message.js';
import { messageBodyResolvers } from './MessageBody.js';
import { MessagePreview } from './MessagePreview.js';
import { Mutation } from './Mutation.js';
import { Node } from './Node.js';
import { participantResolvers } from './Participant.js';
import { payloadResolvers } from './Payloads.js';
import { Query } from './Query.js';
import { Recipient } from './Recipient.js';
import { Subscription } from './Subscription.js';

/** Every resolver of the schema. */
export const resolvers: Resolvers = {
  DateTime,
  JSON: JSONScalar,
  ...enums,
  Query,
  Mutation,
  Subscription,
  DeletedConversation,
  Node,
  Conversation,
  Message,
  MessagePreview,
  Recipient,
  ...participantResolvers,
  ...messageBodyResolvers,
  ...connectionResolvers,
  ...payloadResolvers,
};
