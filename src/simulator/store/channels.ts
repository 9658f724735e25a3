import type { ChannelRecord } from './records.js';
import { notFound } from './storeError.js';
import type { WorkspaceState } from './workspaceState.js';

/** Finds a channel of the workspace. */
export function getChannel(ws: WorkspaceState, channelId: string): ChannelRecord {
  const channel = ws.channels.get(channelId);
  if (channel === undefined) throw notFound('Channel');
  return channel;
}

/** Switches whether inbound messages on the channel open conversations. */
export function setConversational(
  ws: WorkspaceState,
  channelId: string,
  status: ChannelRecord['conversationalStatus'],
): ChannelRecord {
  const channel = getChannel(ws, channelId);
  channel.conversationalStatus = status;
  return channel;
}
