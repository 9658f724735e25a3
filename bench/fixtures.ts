/**
 * Finds the data the screens use in the seeded simulator: the inbox's first conversation for the
 * single lookup, the conversation with the longest thread (at least 100 messages, so "next page"
 * is a full page), and an active conversation to reply to.
 */
import type { Fixtures } from './contenders/types.js';
import { RestApi } from './contenders/rest/restApi.js';
import { arrayAt, numberAt, stringAt } from './json.js';
import type { SimulatorProcess } from './simulator.js';

export const REPLY_TEXT = 'Thanks, we are looking into it and will get back to you today.';

export async function findFixtures(sim: SimulatorProcess): Promise<Fixtures> {
  const api = new RestApi(
    { origin: sim.url, workspaceId: sim.workspaceId, accessKey: sim.accessKey },
    8,
  );
  try {
    const conversations = arrayAt(await api.get('/conversations?limit=100'), 'results');
    const ids = conversations.map((c) => stringAt(c, 'id') ?? '');
    const totals = await Promise.all(
      ids.map(async (id) =>
        numberAt(
          await api.get(`/conversations/${encodeURIComponent(id)}/messages?limit=1`),
          'total',
        ),
      ),
    );
    let threadId = '';
    let longest = 0;
    totals.forEach((total, i) => {
      if ((total ?? 0) > longest) {
        longest = total ?? 0;
        threadId = ids[i] ?? '';
      }
    });
    if (longest < 100) {
      throw new Error(
        `No conversation among the newest 100 has 100 messages (longest: ${longest})`,
      );
    }
    const active = conversations.filter((c) => stringAt(c, 'status') === 'active');
    const replyConversationId = stringAt(active[active.length - 1], 'id');
    const lookupId = ids[0];
    if (replyConversationId === null || lookupId === undefined || lookupId === '') {
      throw new Error('The simulator has no active conversation to reply to');
    }
    return {
      simulatorUrl: sim.url,
      workspaceId: sim.workspaceId,
      accessKey: sim.accessKey,
      accessKeyId: sim.accessKeyId,
      lookupId,
      threadId,
      replyConversationId,
      replyText: REPLY_TEXT,
    };
  } finally {
    await api.close();
  }
}
