/**
 * Fetches one of Bird's media URLs with the credential it needs (bird-api.md §7: media answer with
 * a redirect to a short-lived pre-signed storage URL). Redirects are not followed: the caller
 * hands the pre-signed URL to the client, so the media bytes need not pass through the gateway.
 * Knows nothing of GraphQL or of the links that led here.
 */
import { request, type Dispatcher } from 'undici';

/** What Bird answered for a media URL. */
export type MediaAnswer =
  /** Go there: a pre-signed URL that needs no credentials. */
  | { readonly kind: 'redirect'; readonly location: string }
  /** Bird served the bytes itself. */
  | {
      readonly kind: 'content';
      readonly contentType: string;
      readonly contentLength: string | null;
      readonly body: Dispatcher.ResponseData['body'];
    }
  /** Any other answer: its status (the body is discarded, it may echo the request). */
  | { readonly kind: 'refused'; readonly status: number }
  /** No answer: the connection failed or timed out. */
  | { readonly kind: 'unreachable' };

export interface MediaFetchOptions {
  readonly dispatcher: Dispatcher;
  readonly authorization: string;
  readonly timeoutMs: number;
}

/** GETs `url` with the credential and classifies the answer. Never throws. */
export async function fetchBirdMedia(
  url: string,
  options: MediaFetchOptions,
): Promise<MediaAnswer> {
  try {
    const response = await request(url, {
      method: 'GET',
      dispatcher: options.dispatcher,
      headers: { authorization: options.authorization },
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
    const header = (name: string) => {
      const value = response.headers[name];
      return typeof value === 'string' ? value : null;
    };
    const location = header('location');
    if (response.statusCode >= 300 && response.statusCode < 400 && location !== null) {
      await response.body.dump();
      return { kind: 'redirect', location: new URL(location, url).href };
    }
    if (response.statusCode >= 200 && response.statusCode < 300) {
      return {
        kind: 'content',
        contentType: header('content-type') ?? 'application/octet-stream',
        contentLength: header('content-length'),
        body: response.body,
      };
    }
    await response.body.dump();
    return { kind: 'refused', status: response.statusCode };
  } catch {
    return { kind: 'unreachable' };
  }
}
