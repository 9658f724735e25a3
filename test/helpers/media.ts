/**
 * Finds seeded media in the simulator's demo workspace (through its REST API, as the demo key).
 */
import type { TestGateway } from './gateway.js';

interface RestMessage {
  id: string;
  body?: { type: string; image?: { images: { mediaUrl: string }[] } };
}

/** A seeded image message: its conversation, id and Bird media URL. */
export async function findImageMessage(
  gw: TestGateway,
): Promise<{ conversationId: string; id: string; birdUrl: string }> {
  const list = await gw.rest<{ results: { id: string }[] }>('GET', '/conversations?limit=100');
  for (const conversation of list.body.results) {
    const messages = await gw.rest<{ results: RestMessage[] }>(
      'GET',
      `/conversations/${conversation.id}/messages?limit=100`,
    );
    for (const m of messages.body.results) {
      const url = m.body?.type === 'image' ? m.body.image?.images[0]?.mediaUrl : undefined;
      if (url !== undefined) return { conversationId: conversation.id, id: m.id, birdUrl: url };
    }
  }
  throw new Error('the seed has no image message in its newest 100 conversations');
}

/** The GraphQL selection of an image message's media URLs. */
export const IMAGE_QUERY = `query ($c: ID!, $id: ID!) {
  message(conversationId: $c, id: $id) {
    body { ... on ImageBody { images { mediaUrl birdUrl } } }
  }
}`;

/** The shape `IMAGE_QUERY` answers with. */
export interface ImageQueryData {
  message: { body: { images: { mediaUrl: string; birdUrl: string }[] } };
}
