/**
 * Finds seeded media in the simulator's demo workspace (through its REST API, as the demo key).
 */
import { z } from 'zod';
import { graphql } from '../gql/index.js';
import type { TestGateway } from './gateway.js';

const list = z.object({ results: z.array(z.object({ id: z.string() })) });
const messages = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      body: z
        .object({
          type: z.string(),
          image: z.object({ images: z.array(z.object({ mediaUrl: z.string() })) }).optional(),
        })
        .optional(),
    }),
  ),
});

/** A seeded image message: its conversation, id and Bird media URL. */
export async function findImageMessage(
  gw: TestGateway,
): Promise<{ conversationId: string; id: string; birdUrl: string }> {
  const conversations = await gw.rest(list, 'GET', '/conversations?limit=100');
  for (const conversation of conversations.body.results) {
    const page = await gw.rest(
      messages,
      'GET',
      `/conversations/${conversation.id}/messages?limit=100`,
    );
    for (const m of page.body.results) {
      const url = m.body?.type === 'image' ? m.body.image?.images[0]?.mediaUrl : undefined;
      if (url !== undefined) return { conversationId: conversation.id, id: m.id, birdUrl: url };
    }
  }
  throw new Error('the seed has no image message in its newest 100 conversations');
}

/** An image message's media URLs: the gateway's link and Bird's own. */
export const IMAGE_QUERY = graphql(`
  query MediaImage($c: ID!, $id: ID!) {
    message(conversationId: $c, id: $id) {
      body {
        __typename
        ... on ImageBody {
          images {
            mediaUrl
            birdUrl
          }
        }
      }
    }
  }
`);

/** The first image's URLs of an `IMAGE_QUERY` answer. */
export async function imageUrls(
  gw: TestGateway,
  message: { conversationId: string; id: string },
  headers: Record<string, string> = {},
): Promise<{ mediaUrl: string; birdUrl: string }> {
  const result = await gw.query(
    IMAGE_QUERY,
    { c: message.conversationId, id: message.id },
    headers,
  );
  const body = result.data?.message?.body;
  const first = body?.__typename === 'ImageBody' ? body.images[0] : undefined;
  if (first === undefined) throw new Error(JSON.stringify(result.errors));
  return first;
}
