import { encodePageToken, type PageParams } from '../http/pageToken.js';
import type { Page } from '../store/sortedIndex.js';
import type { Cursor } from '../store/sortedIndex.js';

/** `nextPageToken` for a page: present only when more items remain. */
export function nextPageToken<T extends Cursor>(
  params: PageParams,
  page: Page<T>,
): string | undefined {
  const last = page.items.at(-1);
  return page.hasMore && last !== undefined ? encodePageToken(params, last) : undefined;
}
