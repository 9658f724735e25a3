/**
 * The gateway shows its own global ids (`Node.id`, opaque); the other contenders and the REST
 * truth show Bird's. The harness compares Bird's ids, so it reads Bird's id out of a global id.
 */
import { decodeGlobalId } from '../src/ids/globalId.js';

/** Bird's id inside one of the gateway's global conversation or message ids; any other id as it is. */
export function birdId(id: string): string {
  const global = decodeGlobalId(id);
  if (global?.kind === 'Message') return global.messageId;
  if (global?.kind === 'Conversation') return global.conversationId;
  return id;
}
