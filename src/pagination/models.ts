/**
 * The connection and edge shapes of each GraphQL connection type (codegen mapper targets).
 */
import type { ParticipantModel } from '../resolvers/models.js';
import type { BirdConversation, BirdMessage } from '../upstream/types.js';
import type { ConnectionModel, EdgeModel, PageInfoModel } from './connection.js';

export type { PageInfoModel };
export type ConversationConnectionModel = ConnectionModel<BirdConversation>;
export type MessageConnectionModel = ConnectionModel<BirdMessage>;
export type ParticipantConnectionModel = ConnectionModel<ParticipantModel>;
export type ConversationEdgeModel = EdgeModel<BirdConversation>;
export type MessageEdgeModel = EdgeModel<BirdMessage>;
export type ParticipantEdgeModel = EdgeModel<ParticipantModel>;
