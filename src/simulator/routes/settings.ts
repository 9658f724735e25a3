import { workspaceRoute, type Route } from '../http/route.js';
import { parseBody } from '../http/validation.js';
import { antispamSchema, channelConfigurationSchema } from '../schemas/settings.js';
import { getChannel, setConversational } from '../store/channels.js';

/** Channel conversational configuration and the workspace antispam setting. */
export const settingRoutes: readonly Route[] = [
  workspaceRoute('GET', '/channels/{channelId}/conversational', ({ ws }, { channelId }) => ({
    status: 200,
    body: { status: getChannel(ws, channelId).conversationalStatus },
  })),

  workspaceRoute('PATCH', '/channels/{channelId}/conversational', ({ ws, body }, { channelId }) => {
    getChannel(ws, channelId);
    const { status } = parseBody(channelConfigurationSchema, body);
    return {
      status: 200,
      body: { status: setConversational(ws, channelId, status).conversationalStatus },
    };
  }),

  workspaceRoute('GET', '/conversations-antispam-settings', ({ ws }) => ({
    status: 200,
    body: { enabled: ws.antispamEnabled },
  })),

  workspaceRoute('PATCH', '/conversations-antispam-settings', ({ ws, body }) => {
    ws.antispamEnabled = parseBody(antispamSchema, body).enabled;
    return { status: 200, body: { enabled: ws.antispamEnabled } };
  }),
];
