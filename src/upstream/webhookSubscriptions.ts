/**
 * Bird's webhook-subscription endpoints (bird-api.md §4, §7): list, create and update, as the
 * registration command needs them. Bird never returns a subscription's signing key. Failures are
 * `WebhookSubscriptionError`s naming the call and Bird's status and code, never a key.
 */
import { request, type Dispatcher } from 'undici';

export interface BirdWebhookSubscription {
  id: string;
  service: string;
  event: string;
  eventFilters?: { key: string; value: string }[] | null;
  url: string;
  status?: string | null;
  createdAt?: string;
  updatedAt?: string;
}

export interface WebhookSubscriptionInput {
  service?: string;
  event?: string;
  url?: string;
  signingKey?: string;
  status?: 'active' | 'inactive';
}

export class WebhookSubscriptionError extends Error {
  override readonly name = 'WebhookSubscriptionError';
}

export interface WebhookSubscriptionsClientOptions {
  /** Bird's API origin, e.g. `https://api.bird.com`. */
  readonly apiUrl: string;
  readonly workspaceId: string;
  readonly accessKey: string;
  readonly dispatcher?: Dispatcher;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A small typed client of `/workspaces/{ws}/webhook-subscriptions`. */
export class WebhookSubscriptionsClient {
  readonly #options: WebhookSubscriptionsClientOptions;

  constructor(options: WebhookSubscriptionsClientOptions) {
    this.#options = { ...options, apiUrl: options.apiUrl.replace(/\/+$/, '') };
  }

  /** Every subscription of the workspace, following `nextPageToken`. */
  async list(): Promise<BirdWebhookSubscription[]> {
    const all: BirdWebhookSubscription[] = [];
    let pageToken: string | undefined;
    do {
      const query = new URLSearchParams({ limit: '100' });
      if (pageToken !== undefined) query.set('pageToken', pageToken);
      const page = await this.#call('GET', `?${query.toString()}`);
      const results = isRecord(page) && Array.isArray(page.results) ? page.results : null;
      if (results === null) throw new WebhookSubscriptionError('Bird listed no "results"');
      all.push(...results.filter(isSubscription));
      pageToken =
        isRecord(page) && typeof page.nextPageToken === 'string' && page.nextPageToken !== ''
          ? page.nextPageToken
          : undefined;
    } while (pageToken !== undefined);
    return all;
  }

  async create(input: WebhookSubscriptionInput): Promise<BirdWebhookSubscription> {
    return this.#subscription(await this.#call('POST', '', input));
  }

  async update(id: string, patch: WebhookSubscriptionInput): Promise<BirdWebhookSubscription> {
    return this.#subscription(await this.#call('PATCH', `/${encodeURIComponent(id)}`, patch));
  }

  #subscription(body: unknown): BirdWebhookSubscription {
    if (!isSubscription(body)) throw new WebhookSubscriptionError('Bird answered no subscription');
    return body;
  }

  async #call(method: 'GET' | 'POST' | 'PATCH', suffix: string, body?: WebhookSubscriptionInput) {
    const { apiUrl, workspaceId, accessKey, dispatcher } = this.#options;
    const path = `/workspaces/${encodeURIComponent(workspaceId)}/webhook-subscriptions${suffix}`;
    const response = await request(`${apiUrl}${path}`, {
      method,
      headers: {
        authorization: `AccessKey ${accessKey}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(dispatcher === undefined ? {} : { dispatcher }),
    });
    const text = await response.body.text();
    let json: unknown = null;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      // Reported below by status or shape.
    }
    if (response.statusCode < 200 || response.statusCode > 299) {
      const code = isRecord(json) && typeof json.code === 'string' ? ` ${json.code}` : '';
      const message = isRecord(json) && typeof json.message === 'string' ? `: ${json.message}` : '';
      // Bird's message may echo the request; neither key may reach a terminal or a log.
      const secrets = [accessKey, body?.signingKey];
      let text = `${method} ${path.split('?', 1)[0] ?? path} answered ${response.statusCode}${code}${message}`;
      for (const secret of secrets) {
        if (typeof secret === 'string' && secret !== '')
          text = text.split(secret).join('[redacted]');
      }
      throw new WebhookSubscriptionError(text);
    }
    return json;
  }
}

function isSubscription(value: unknown): value is BirdWebhookSubscription {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.service === 'string' &&
    typeof value.event === 'string' &&
    typeof value.url === 'string'
  );
}
