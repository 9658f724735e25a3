/**
 * What a mobile app or browser does without a gateway: plain REST calls to Bird with its access
 * key, over at most 6 connections to the host (as browsers and mobile HTTP stacks allow).
 */
import { Pool } from 'undici';
import { parseJson } from '../../json.js';

export const CONNECTIONS_PER_HOST = 6;

export interface RestTarget {
  readonly origin: string;
  readonly workspaceId: string;
  readonly accessKey: string;
}

export class RestApi {
  private readonly pool: Pool;
  private readonly base: string;
  private readonly authorization: string;

  constructor(target: RestTarget, connections = CONNECTIONS_PER_HOST) {
    this.pool = new Pool(target.origin, { connections });
    this.base = `/workspaces/${encodeURIComponent(target.workspaceId)}`;
    this.authorization = `AccessKey ${target.accessKey}`;
  }

  /** GET a path below the workspace; resolves with the parsed JSON, throws on non-2xx. */
  get(path: string): Promise<unknown> {
    return this.send('GET', path);
  }

  post(path: string, body: unknown): Promise<unknown> {
    return this.send('POST', path, JSON.stringify(body));
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private async send(method: 'GET' | 'POST', path: string, body?: string): Promise<unknown> {
    const response = await this.pool.request({
      method,
      path: `${this.base}${path}`,
      headers: {
        authorization: this.authorization,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body ?? null,
    });
    const text = await response.body.text();
    if (response.statusCode < 200 || response.statusCode >= 300) {
      throw new RestError(response.statusCode, `${method} ${path}: HTTP ${response.statusCode}`);
    }
    return parseJson(text);
  }
}

/** A non-2xx answer; `status` 429 means the workspace's rate limit refused the call. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'RestError';
  }
}
