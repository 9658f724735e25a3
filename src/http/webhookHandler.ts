/**
 * `POST /webhooks/bird/{workspaceId}` over node:http: reads the raw body (size-limited), rebuilds
 * the URL Bird signed, and answers with the intake's verdict at once; the intake processes an
 * accepted delivery after the answer. Refusals carry a stable code and never echo the body.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebhookIntake, Verdict } from '../realtime/webhooks/intake.js';
import { BodyTooLarge, readRawBody } from './body.js';
import { sendJson } from './respond.js';

export const WEBHOOK_PATH_PREFIX = '/webhooks/bird/';

export interface WebhookHandlerDeps {
  /** Null when no WEBHOOK_SIGNING_KEY is configured: the route then answers 404. */
  readonly intake: WebhookIntake | null;
  readonly publicUrl: string | null;
  readonly maxBodyBytes: number;
}

const WORKSPACE_ID = /^[A-Za-z0-9-]{1,64}$/;

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

function answer(res: ServerResponse, verdict: Verdict): void {
  switch (verdict.kind) {
    case 'accepted':
      sendJson(res, 200, { status: 'accepted' });
      return;
    case 'malformed':
      refuse(res, 400, 'BAD_REQUEST', `The webhook body is malformed: ${verdict.reason}.`);
      return;
    case 'unauthenticated':
      if (verdict.reason === 'timestamp') {
        refuse(
          res,
          401,
          'WEBHOOK_TIMESTAMP_OUT_OF_RANGE',
          'The webhook timestamp is older than WEBHOOK_MAX_AGE_SECONDS or in the future.',
        );
      } else {
        refuse(res, 401, 'WEBHOOK_SIGNATURE_INVALID', 'The webhook signature is missing or wrong.');
      }
  }
}

/**
 * The URL Bird signed: PUBLIC_URL plus the path (and query) when set, since behind a proxy the
 * request's own Host is the internal one; otherwise rebuilt from the Host header.
 */
function signedUrl(req: IncomingMessage, publicUrl: string | null): string {
  const path = req.url ?? '/';
  if (publicUrl !== null) return `${publicUrl}${path}`;
  const tls = 'encrypted' in req.socket && req.socket.encrypted === true;
  const scheme = tls ? 'https' : 'http';
  return `${scheme}://${header(req, 'host') ?? ''}${path}`;
}

/** Creates the handler of every request under {@link WEBHOOK_PATH_PREFIX}. */
export function createWebhookHandler(deps: WebhookHandlerDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { intake } = deps;
    const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
    const workspaceId = path.slice(WEBHOOK_PATH_PREFIX.length);
    if (intake === null) {
      req.resume();
      refuse(
        res,
        404,
        'WEBHOOKS_NOT_CONFIGURED',
        'Webhook intake is off: WEBHOOK_SIGNING_KEY is not set.',
      );
      return;
    }
    if (!WORKSPACE_ID.test(workspaceId)) {
      req.resume();
      refuse(
        res,
        404,
        'ROUTE_NOT_FOUND',
        'Not found. Webhooks go to /webhooks/bird/{workspaceId}.',
      );
      return;
    }
    if (req.method !== 'POST') {
      req.resume();
      res.setHeader('allow', 'POST');
      refuse(res, 405, 'METHOD_NOT_ALLOWED', 'Webhooks are delivered with POST.');
      return;
    }
    const timestamp = header(req, 'messagebird-request-timestamp');
    const signature = header(req, 'messagebird-signature');
    const requestId = header(req, 'messagebird-request-id');
    const early = intake.precheck({ workspaceId, signature, timestamp, requestId });
    if (early !== null) {
      req.resume();
      answer(res, early);
      return;
    }
    let body: Buffer;
    try {
      body = await readRawBody(req, deps.maxBodyBytes);
    } catch (err) {
      if (!(err instanceof BodyTooLarge)) throw err;
      refuse(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        `Webhook body too large: the limit is ${deps.maxBodyBytes} bytes.`,
      );
      return;
    }
    const url = signedUrl(req, deps.publicUrl);
    answer(res, intake.receive({ workspaceId, url, signature, timestamp, requestId, body }));
  };
}
