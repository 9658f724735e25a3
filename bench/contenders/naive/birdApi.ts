/**
 * The data source most teams write first: a RESTDataSource at its defaults (its own fetch, its
 * request deduplication and HTTP cache), one method per REST call, no DataLoader.
 */
import {
  RESTDataSource,
  type AugmentedRequest,
  type DataSourceConfig,
} from '@apollo/datasource-rest';
import type { BirdConversation, BirdMessage, BirdPage } from '../../../src/upstream/types.js';

export interface BirdSettings {
  readonly url: string;
  readonly workspaceId: string;
  readonly accessKey: string;
}

export class BirdAPI extends RESTDataSource {
  override baseURL: string;
  private readonly accessKey: string;

  constructor(settings: BirdSettings, config: DataSourceConfig) {
    super(config);
    this.baseURL = `${settings.url}/workspaces/${settings.workspaceId}/`;
    this.accessKey = settings.accessKey;
  }

  protected override willSendRequest(_path: string, request: AugmentedRequest): void {
    request.headers.authorization = `AccessKey ${this.accessKey}`;
  }

  getConversation(id: string): Promise<BirdConversation> {
    return this.get<BirdConversation>(`conversations/${encodeURIComponent(id)}`);
  }

  listConversations(limit: number, pageToken: string | null): Promise<BirdPage<BirdConversation>> {
    return this.get<BirdPage<BirdConversation>>('conversations', {
      params: { limit: String(limit), pageToken: pageToken ?? undefined },
    });
  }

  listMessages(
    conversationId: string,
    limit: number,
    pageToken: string | null,
  ): Promise<BirdPage<BirdMessage>> {
    return this.get<BirdPage<BirdMessage>>(
      `conversations/${encodeURIComponent(conversationId)}/messages`,
      { params: { limit: String(limit), pageToken: pageToken ?? undefined } },
    );
  }

  createMessage(conversationId: string, body: Record<string, unknown>): Promise<BirdMessage> {
    return this.post<BirdMessage>(`conversations/${encodeURIComponent(conversationId)}/messages`, {
      body,
    });
  }
}
