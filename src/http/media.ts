/**
 * `GET /media/<token>`: serves a gateway media link (src/media/mediaLinks.ts). A valid link is
 * fetched from Bird with the credential it stands for, and the client is redirected to the
 * pre-signed URL Bird answered with (or gets the bytes, when Bird serves them itself). A tampered
 * or expired link is refused with a typed JSON error before any upstream call.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import {
  badRequest,
  mediaLinkExpired,
  mediaLinkInvalid,
  mediaUpstreamError,
} from '../graphql/errors.js';
import { openMediaLink, type OpenMediaLinkDeps } from '../media/openMediaLink.js';
import { sendError } from './respond.js';

export type MediaHandlerDeps = OpenMediaLinkDeps;

/** The route prefix of media links. */
export const MEDIA_PATH = '/media/';

/** Creates the handler for paths under `/media/`. */
export function createMediaHandler(
  deps: MediaHandlerDeps,
): (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void> {
  return async (req, res, path) => {
    // The link is a capability: it must not travel on in Referer headers or sit in shared caches.
    res.setHeader('cache-control', 'private, no-store');
    res.setHeader('referrer-policy', 'no-referrer');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendError(res, badRequest('Media links are loaded with GET.', 405));
      return;
    }
    const answer = await openMediaLink(deps, path.slice(MEDIA_PATH.length));
    if (answer.kind === 'refused-link') {
      sendError(res, answer.problem === 'invalid' ? mediaLinkInvalid() : mediaLinkExpired());
    } else if (answer.kind === 'redirect') {
      res.writeHead(302, { location: answer.location });
      res.end();
    } else if (answer.kind === 'content') {
      res.writeHead(200, {
        'content-type': answer.contentType,
        ...(answer.contentLength === null ? {} : { 'content-length': answer.contentLength }),
        // Bird's bytes are served from the gateway's origin: never let them run as a page here.
        'content-security-policy': "default-src 'none'; sandbox",
        'x-content-type-options': 'nosniff',
      });
      if (req.method === 'HEAD') {
        await answer.body.dump();
        res.end();
      } else await pipeline(answer.body, res);
    } else {
      sendError(res, mediaUpstreamError(answer.kind === 'refused' ? answer.status : null));
    }
  };
}
