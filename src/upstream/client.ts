/**
 * The typed Bird Conversations client one GraphQL operation uses. It owns URL building (every path
 * segment encoded, the workspace from the request's credentials), bounds the operation's
 * concurrent upstream calls, counts them, and hands every failure, in one method (`exchange`), to
 * the failure mapper it was given (the GraphQL layer's `toGraphQLError`), so this layer needs to
 * know nothing of GraphQL. Built fresh per operation by the context factory.
 */
import type { Cancellation } from './cancellation.js';
import { UpstreamFailure, type FailureMapper } from './failure.js';
import { birdPath, type BirdPath } from './birdPath.js';
import type { ParticipantRef } from './participantRef.js';
import type {
  BirdAddParticipantRequest,
  BirdCreateConversationRequest,
  BirdCreateMessageRequest,
  BirdPresignedUploadRequest,
  BirdUpdateConversationRequest,
  BirdUpdateMessageRequest,
  BirdUpdateParticipantRequest,
} from './requests.js';
import { credentialKey } from './credentials/verifiedCredentials.js';
import type { Admission } from './resilience/rateShaper.js';
import type { UpstreamTrace } from './observer.js';
import { Semaphore } from './semaphore.js';
import { SHAPES, type ShapeCheck } from './shapes.js';
import type { HttpMethod, OperationBudget, Transport, UpstreamRequest } from './transport.js';
import type {
  BirdConversation,
  BirdMessage,
  BirdPage,
  BirdParticipant,
  BirdPresignedUpload,
} from './types.js';

/** Who a request acts as upstream. Never logged or returned. */
export interface Credentials {
  readonly workspaceId: string;
  /** The upstream `Authorization` header value: `AccessKey <key>`. */
  readonly authorization: string;
  /** How the credentials were obtained, for logs. */
  readonly source: 'client-access-key' | 'gateway-token' | 'anonymous';
}

export interface PageQuery {
  readonly limit: number;
  readonly pageToken: string | null;
}

/** Optional filters of the conversations list; null means no filter. */
export interface ConversationsFilter {
  readonly channelId: string | null;
  readonly status: string | null;
}

/** Counters of one operation's upstream traffic (reported in `extensions`). */
export interface UpstreamStats {
  /** Upstream calls the operation made (what the cost estimate bounds). */
  calls: number;
  /** HTTP requests those calls took, retries included. */
  readonly attempts: number;
}

interface CallOptions {
  readonly query?: UpstreamRequest['query'];
  readonly body?: unknown;
  /** For sends: the message reference a client can look for when the outcome is unknown. */
  readonly reference?: string | null;
  /** What a 2xx body must look like; none for bodies that are not read (DELETE). */
  readonly shape?: ShapeCheck;
}

/** What one operation's client is built from. */
export interface BirdClientOptions {
  readonly transport: Transport;
  /** Null when the request carried none: every call then fails with `no-credentials`. */
  readonly credentials: Credentials | null;
  readonly requestId: string;
  /** Upstream calls of this operation in flight at once. */
  readonly concurrency: number;
  readonly cancellation?: Cancellation | undefined;
  /** Turns a failure into what the call rejects with; by default the failure itself. */
  readonly mapFailure?: FailureMapper;
  /** The operation's trace, parent of each upstream attempt's span. */
  readonly trace?: UpstreamTrace | undefined;
}

export class BirdClient {
  readonly stats: UpstreamStats;
  private readonly transport: Transport;
  private readonly credentials: Credentials | null;
  private readonly requestId: string;
  private readonly mapFailure: FailureMapper;
  private readonly limit: Semaphore;
  private readonly budget: OperationBudget;
  private readonly trace: UpstreamTrace | undefined;

  constructor(options: BirdClientOptions) {
    const { transport, cancellation } = options;
    this.transport = transport;
    this.credentials = options.credentials;
    this.requestId = options.requestId;
    this.mapFailure = options.mapFailure ?? ((failure) => failure);
    this.limit = new Semaphore(options.concurrency);
    this.trace = options.trace;
    // A client's own key must be proven by a 2xx before it spends the workspace's budget.
    const credentials = options.credentials;
    const key =
      credentials?.source === 'client-access-key'
        ? credentialKey(credentials.workspaceId, credentials.authorization)
        : null;
    const budget = transport.budget(cancellation, key);
    this.budget = budget;
    this.stats = {
      calls: 0,
      get attempts() {
        return budget.attempts;
      },
    };
  }

  /**
   * Reserves the workspace's rate-limit slots for an operation estimated at `calls` reads, before
   * it runs; see `Transport.admit`. Release the returned tickets when the operation ends.
   */
  admit(calls: number): Promise<Admission> {
    if (this.credentials === null) return Promise.resolve({ kind: 'admitted', tickets: null });
    return this.transport.admit(this.budget, this.credentials.workspaceId, calls);
  }

  /**
   * True when the operation's credential is one the gateway holds or one Bird accepted recently:
   * only such an operation may read shared (cached) answers.
   */
  isTrusted(): Promise<boolean> {
    if (this.credentials === null) return Promise.resolve(false);
    return this.budget.gate.isTrusted();
  }

  getConversation(id: string): Promise<BirdConversation> {
    return this.call('GET', birdPath`/conversations/${id}`, { shape: SHAPES.conversation });
  }

  /** Bird also filters by `channelId` and `status` (undocumented, used in production: §7). */
  listConversations(
    page: PageQuery,
    filter: ConversationsFilter = { channelId: null, status: null },
  ): Promise<BirdPage<BirdConversation>> {
    return this.call('GET', birdPath`/conversations`, {
      query: { channelId: filter.channelId, status: filter.status, ...pageParams(page) },
      shape: SHAPES.conversationPage,
    });
  }

  createConversation(
    body: BirdCreateConversationRequest,
    reference: string | null,
  ): Promise<BirdConversation> {
    return this.call('POST', birdPath`/conversations`, {
      body,
      reference,
      shape: SHAPES.conversation,
    });
  }

  updateConversation(id: string, body: BirdUpdateConversationRequest): Promise<BirdConversation> {
    return this.call('PATCH', birdPath`/conversations/${id}`, {
      body,
      shape: SHAPES.conversation,
    });
  }

  async deleteConversation(id: string): Promise<void> {
    await this.call('DELETE', birdPath`/conversations/${id}`);
  }

  listMessages(conversationId: string, page: PageQuery): Promise<BirdPage<BirdMessage>> {
    return this.call('GET', birdPath`/conversations/${conversationId}/messages`, {
      query: pageParams(page),
      shape: SHAPES.messagePage,
    });
  }

  getMessage(conversationId: string, id: string): Promise<BirdMessage> {
    return this.call('GET', birdPath`/conversations/${conversationId}/messages/${id}`, {
      shape: SHAPES.message,
    });
  }

  createMessage(
    conversationId: string,
    body: BirdCreateMessageRequest,
    reference: string | null,
  ): Promise<BirdMessage> {
    return this.call('POST', birdPath`/conversations/${conversationId}/messages`, {
      body,
      reference,
      shape: SHAPES.message,
    });
  }

  updateMessage(
    conversationId: string,
    id: string,
    body: BirdUpdateMessageRequest,
  ): Promise<BirdMessage> {
    return this.call('PATCH', birdPath`/conversations/${conversationId}/messages/${id}`, {
      body,
      shape: SHAPES.message,
    });
  }

  async deleteMessage(conversationId: string, id: string): Promise<void> {
    await this.call('DELETE', birdPath`/conversations/${conversationId}/messages/${id}`);
  }

  listParticipants(conversationId: string, page: PageQuery): Promise<BirdPage<BirdParticipant>> {
    return this.call('GET', birdPath`/conversations/${conversationId}/participants`, {
      query: pageParams(page),
      shape: SHAPES.participantPage,
    });
  }

  getParticipant(conversationId: string, ref: ParticipantRef): Promise<BirdParticipant> {
    return this.call('GET', birdPath`/conversations/${conversationId}/participants/${ref}`, {
      shape: SHAPES.participant,
    });
  }

  /** Bird's "ensure": 201 when added, 200 when the participant was already there. */
  async addParticipant(
    conversationId: string,
    body: BirdAddParticipantRequest,
  ): Promise<{ participant: BirdParticipant; created: boolean }> {
    const { status, body: participant } = await this.exchange<BirdParticipant>(
      'POST',
      birdPath`/conversations/${conversationId}/participants`,
      { body, shape: SHAPES.participant },
    );
    return { participant, created: status === 201 };
  }

  updateParticipant(
    conversationId: string,
    ref: ParticipantRef,
    body: BirdUpdateParticipantRequest,
  ): Promise<BirdParticipant> {
    return this.call('PATCH', birdPath`/conversations/${conversationId}/participants/${ref}`, {
      body,
      shape: SHAPES.participant,
    });
  }

  async removeParticipant(conversationId: string, id: string): Promise<void> {
    await this.call('DELETE', birdPath`/conversations/${conversationId}/participants/${id}`);
  }

  listParticipantConversations(
    ref: ParticipantRef,
    filter: { channelId: string; status: string | null },
    page: PageQuery,
  ): Promise<BirdPage<BirdConversation>> {
    return this.call('GET', birdPath`/participants/${ref}/conversations`, {
      query: { channelId: filter.channelId, status: filter.status, ...pageParams(page) },
      shape: SHAPES.conversationPage,
    });
  }

  createPresignedUpload(
    conversationId: string,
    body: BirdPresignedUploadRequest,
  ): Promise<BirdPresignedUpload> {
    return this.call('POST', birdPath`/conversations/${conversationId}/presigned-upload`, {
      body,
      shape: SHAPES.presignedUpload,
    });
  }

  private async call<T>(method: HttpMethod, path: BirdPath, options: CallOptions = {}): Promise<T> {
    return (await this.exchange<T>(method, path, options)).body;
  }

  /** The one place an upstream call is made and its failures are mapped. */
  // The type parameter names the DTO Bird sends for this route: the trust boundary is here.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  private async exchange<T>(
    method: HttpMethod,
    { path, route, invalid }: BirdPath,
    options: CallOptions,
  ): Promise<{ status: number; body: T }> {
    const credentials = this.credentials;
    if (credentials === null) {
      throw this.mapFailure(new UpstreamFailure('no-credentials', { method, path }), {});
    }
    if (invalid !== undefined) {
      const failure = new UpstreamFailure('invalid-id', { method, path, detail: invalid });
      throw this.mapFailure(failure, {});
    }
    const request: UpstreamRequest = {
      method,
      path: `/workspaces/${encodeURIComponent(credentials.workspaceId)}${path}`,
      displayPath: path,
      route,
      ...(options.shape === undefined ? {} : { shape: options.shape }),
      query: options.query,
      body: options.body,
      authorization: credentials.authorization,
      requestId: this.requestId,
      workspaceId: credentials.workspaceId,
      ...(this.budget.cancellation === undefined ? {} : { signal: this.budget.cancellation }),
      ...(this.trace === undefined ? {} : { trace: this.trace }),
    };
    return this.limit.run(async () => {
      this.stats.calls += 1;
      try {
        const response = await this.transport.send(request, this.budget);
        // The body passed the route's shape check (in the exchange): what the DTO's readers need.
        return { status: response.status, body: response.body as T };
      } catch (err) {
        if (!(err instanceof UpstreamFailure)) throw err;
        // The key alone and the whole header value: Bird (or a proxy) might echo either.
        const key = request.authorization.slice(request.authorization.indexOf(' ') + 1);
        throw this.mapFailure(err, {
          secrets: [request.authorization, key],
          reference: options.reference ?? null,
        });
      }
    });
  }
}

function pageParams(page: PageQuery): Record<string, string | number> {
  return page.pageToken === null
    ? { limit: page.limit }
    : { limit: page.limit, pageToken: page.pageToken };
}
