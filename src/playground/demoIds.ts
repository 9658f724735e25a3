/**
 * Real ids from the demo workspace, so the playground's example operations run as they are. Only
 * used in demo mode, where the upstream is the embedded simulator: it is asked on every page load
 * (two local calls), so the examples follow the data even after the user changed it.
 */
import { z } from 'zod';
import type { UpstreamConfig } from '../config/index.js';

/** Ids the example operations need, taken from the demo workspace. */
export interface DemoIds {
  /** An active conversation with messages and a contact: the one the examples read and reply in. */
  readonly conversationId: string;
  /** Another active conversation: the one the status example closes. */
  readonly otherConversationId: string;
  /** The channel of `conversationId`. */
  readonly channelId: string;
  /** The identifier of the contact of `conversationId`, e.g. `phonenumber` / `+31612345678`. */
  readonly identifierKey: string;
  readonly identifierValue: string;
  /** The demo access key's participant id (not the key): the sender of replies. */
  readonly accessKeyId: string;
}

const conversations = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      status: z.string(),
      channelId: z.string().optional(),
      lastMessage: z.object({ id: z.string() }).nullish(),
      featuredParticipants: z.array(
        z.object({
          type: z.string(),
          contact: z.object({ identifierKey: z.string(), identifierValue: z.string() }).optional(),
        }),
      ),
    }),
  ),
});

const info = z.object({
  tenants: z.array(z.object({ workspaceId: z.string(), accessKeyId: z.string() })),
});

async function getJson(
  url: string,
  accessKey: string | null,
  signal: AbortSignal,
): Promise<unknown> {
  const response = await fetch(url, {
    headers: accessKey === null ? {} : { authorization: `AccessKey ${accessKey}` },
    signal,
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/**
 * Looks the example ids up in the demo workspace. Resolves to null when the simulator does not answer
 * in time or has no suitable conversation; the examples then show placeholders.
 */
export async function lookupDemoIds(
  upstream: UpstreamConfig,
  timeoutMs = 2_000,
): Promise<DemoIds | null> {
  const { url, workspaceId, accessKey } = upstream;
  if (workspaceId === null || accessKey === null) return null;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const [list, simulator] = await Promise.all([
      getJson(`${url}/workspaces/${workspaceId}/conversations?limit=100`, accessKey, signal),
      getJson(`${url}/__simulator/info`, null, signal),
    ]);
    const tenant = info.parse(simulator).tenants.find((t) => t.workspaceId === workspaceId);
    // Active, with messages and a contact reached by phone when there is one (SMS, WhatsApp).
    const candidates = conversations
      .parse(list)
      .results.flatMap((c) => {
        const contact = c.featuredParticipants.find((p) => p.contact !== undefined)?.contact;
        return c.status === 'active' && c.lastMessage && c.channelId && contact
          ? [{ id: c.id, channelId: c.channelId, contact }]
          : [];
      })
      .sort(
        (a, b) =>
          Number(b.contact.identifierKey === 'phonenumber') -
          Number(a.contact.identifierKey === 'phonenumber'),
      );
    const [main, other] = candidates;
    if (tenant === undefined || main === undefined || other === undefined) return null;
    return {
      conversationId: main.id,
      otherConversationId: other.id,
      channelId: main.channelId,
      identifierKey: main.contact.identifierKey,
      identifierValue: main.contact.identifierValue,
      accessKeyId: tenant.accessKeyId,
    };
  } catch {
    return null;
  }
}
