/**
 * Id arguments: every argument that names an object takes its global id or Bird's id. A Bird id is
 * passed through as is (Bird says whether it exists); a global id of the wrong kind, or one that
 * contradicts another argument, is BAD_USER_INPUT before any upstream call.
 */
import { badUserInput } from '../graphql/errors.js';
import { decodeGlobalId, type GlobalIdKind } from './globalId.js';

type Optional = string | null | undefined;

function wrongKind(name: string, got: GlobalIdKind, wanted: string): Error {
  return badUserInput(`\`${name}\` is the global id of a ${got}; expected ${wanted}.`, {
    [name]: [`expected ${wanted}, got a ${got} id`],
  });
}

function otherConversation(name: string, conversationName: string): Error {
  return badUserInput(`\`${name}\` belongs to another conversation than \`${conversationName}\`.`, {
    [name]: [`not in the conversation given by ${conversationName}`],
  });
}

/** A conversation's Bird id, from its global id or its Bird id. */
export function conversationIdArg(value: string, name: string): string {
  const id = decodeGlobalId(value);
  if (id === null) return value;
  if (id.kind === 'Conversation') return id.conversationId;
  throw wrongKind(name, id.kind, 'a Conversation id');
}

function optionalConversation(value: Optional, name: string): string | null {
  return value == null || value === '' ? null : conversationIdArg(value, name);
}

/** The conversation a scoped id names, checked against an explicit conversation argument. */
function scoped(
  conversation: string | null,
  id: { readonly conversationId: string },
  names: { readonly id: string; readonly conversation: string },
): string {
  if (conversation !== null && conversation !== id.conversationId) {
    throw otherConversation(names.id, names.conversation);
  }
  return id.conversationId;
}

/** A message's Bird ids, from its global id, or from its Bird id and the conversation argument. */
export function messageIdArgs(
  conversationArg: Optional,
  idArg: string,
  names = { id: 'id', conversation: 'conversationId' },
): { conversationId: string; messageId: string } {
  const conversation = optionalConversation(conversationArg, names.conversation);
  const id = decodeGlobalId(idArg);
  if (id !== null) {
    if (id.kind !== 'Message') throw wrongKind(names.id, id.kind, 'a Message id');
    return { conversationId: scoped(conversation, id, names), messageId: id.messageId };
  }
  if (conversation === null) throw needsConversation(names);
  return { conversationId: conversation, messageId: idArg };
}

function needsConversation(names: { readonly id: string; readonly conversation: string }): Error {
  return badUserInput(
    `Give \`${names.conversation}\` with a Bird id in \`${names.id}\`, or pass the global id.`,
    { [names.conversation]: ['required with a Bird id'] },
  );
}

/**
 * A participant's Bird id, from a participant's global id (of any context) or its Bird id; with
 * the conversation the global id names, if any.
 */
export function participantIdArg(
  value: string,
  name: string,
): { participantId: string; conversationId: string | null } {
  const id = decodeGlobalId(value);
  if (id === null) return { participantId: value, conversationId: null };
  if (id.kind === 'Conversation' || id.kind === 'Message' || id.kind === 'DeletedConversation') {
    throw wrongKind(name, id.kind, 'a participant id');
  }
  return { participantId: id.participantId, conversationId: id.conversationId };
}

/**
 * A conversation and, when given, a participant in it: the conversation comes from the argument or
 * from the participant's global id (they must agree).
 */
export function participantInConversationArgs(
  conversationArg: Optional,
  participantArg: Optional,
  names = { id: 'participantId', conversation: 'conversationId' },
): { conversationId: string; participantId: string | null } {
  const conversation = optionalConversation(conversationArg, names.conversation);
  if (participantArg == null || participantArg === '') {
    if (conversation === null) throw needsConversation(names);
    return { conversationId: conversation, participantId: null };
  }
  const participant = participantIdArg(participantArg, names.id);
  const fromId = participant.conversationId;
  if (fromId !== null && conversation !== null && fromId !== conversation) {
    throw otherConversation(names.id, names.conversation);
  }
  const conversationId = conversation ?? fromId;
  if (conversationId === null) throw needsConversation(names);
  return { conversationId, participantId: participant.participantId };
}
