/**
 * Opens a gateway media link: checks the token (nothing upstream for a bad one), then fetches Bird's
 * URL with the credential the link stands for. The HTTP layer turns the outcome into a response.
 */
import type { Dispatcher } from 'undici';
import { fetchBirdMedia, type MediaAnswer } from '../upstream/media.js';
import type { MediaLinkProblem, MediaLinks } from './mediaLinks.js';

/** Bird's answer for the link's media, or why the link was refused before any upstream call. */
export type MediaLinkOutcome =
  MediaAnswer | { readonly kind: 'refused-link'; readonly problem: MediaLinkProblem };

export interface OpenMediaLinkDeps {
  readonly links: MediaLinks;
  readonly dispatcher: Dispatcher;
  readonly timeoutMs: number;
}

/** Checks `token` and, when it is good, asks Bird for the media. Never throws. */
export async function openMediaLink(
  deps: OpenMediaLinkDeps,
  token: string,
): Promise<MediaLinkOutcome> {
  const checked = deps.links.check(token);
  if (!checked.ok) return { kind: 'refused-link', problem: checked.problem };
  return fetchBirdMedia(checked.url, {
    dispatcher: deps.dispatcher,
    authorization: checked.credential.authorization,
    timeoutMs: deps.timeoutMs,
  });
}
