/**
 * Relay cursor connections over Bird's page tokens (positions are encoded by ./cursor.ts).
 *
 * A connection is lazy: arguments and the cursor are checked when it is built, pages are fetched
 * when a field first needs them. The last edge of an upstream page gets a cursor at the start of
 * the next page, so continuing from it costs exactly one upstream call with any page size.
 */
import { badUserInput } from '../graphql/errors.js';
import type { PageQuery } from '../upstream/client.js';
import type { CursorCodec, CursorPosition } from './cursor.js';

/** The most items one page may hold, here and upstream. */
export const MAX_PAGE_SIZE = 100;
/** Upstream calls one connection field may make when given `after` (see fetchWindow); 1 without. */
export const MAX_FETCHES = 2;

/** One upstream page as the connection needs it. */
export interface UpstreamPage<T> {
  readonly items: readonly T[];
  readonly nextPageToken: string | null;
  readonly total: number | null;
}

/** Where a connection's items come from. */
export interface ConnectionSource<T> {
  /** Identifies the collection (workspace + list + filters); cursors are bound to it. */
  readonly scope: string;
  readonly codec: CursorCodec;
  /** Fetches one upstream page (through a loader, so identical pages are fetched once). */
  fetch(page: PageQuery): Promise<UpstreamPage<T>>;
  idOf(item: T): string;
}

export interface PageInfoModel {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

export interface EdgeModel<T> {
  readonly node: T;
  /** Computed on demand: signing costs CPU and most clients select only `endCursor`. */
  cursor(): string;
}

/** A lazily fetched page of a connection; fields resolve from it. */
export interface ConnectionModel<T> {
  edges(): Promise<EdgeModel<T>[]>;
  pageInfo(): Promise<PageInfoModel>;
  totalCount(): Promise<number | null>;
}

/** Validates `first` (0..100); BAD_USER_INPUT otherwise, before any upstream call. */
export function validateFirst(first: number | null | undefined): number {
  const value = first ?? 10;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw badUserInput(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}; got ${value}.`, {
      first: [`must be between 0 and ${MAX_PAGE_SIZE}`],
    });
  }
  return value;
}

interface Window<T> {
  readonly edges: EdgeModel<T>[];
  readonly hasNextPage: boolean;
  readonly total: number | null;
}

/**
 * Builds a connection: arguments are validated and the cursor verified now (so bad input costs no
 * upstream call); pages are fetched when a field first needs them.
 */
export function connection<T>(
  source: ConnectionSource<T>,
  args: { first?: number | null; after?: string | null },
): ConnectionModel<T> {
  const first = validateFirst(args.first);
  const after = args.after == null ? null : source.codec.decode(source.scope, args.after);
  let window: Promise<Window<T>> | undefined;
  const load = () => (window ??= fetchWindow(source, first, after));

  return {
    edges: async () => (first === 0 ? [] : (await load()).edges),
    totalCount: async () => (await load()).total,
    pageInfo: async () => {
      const { edges, hasNextPage } = await load();
      return {
        hasNextPage,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor() ?? null,
        endCursor: edges.at(-1)?.cursor() ?? null,
      };
    },
  };
}

async function fetchWindow<T>(
  source: ConnectionSource<T>,
  first: number,
  after: CursorPosition | null,
): Promise<Window<T>> {
  const edges: EdgeModel<T>[] = [];
  // A position inside a page must be re-read with the page size it was cut with; a page start can
  // be read with the size this request wants.
  const wanted = Math.max(first, 1);
  let query: PageQuery = {
    pageToken: after?.pageToken ?? null,
    limit: after !== null && after.limit > 0 ? after.limit : wanted,
  };
  let page = await source.fetch(query);
  let index = after === null ? 0 : startIndex(source, page, after);
  const total = page.total;

  // One upstream call without a cursor (the page is fetched with exactly `first` items); at most
  // two with one: the page holding the cursor, then the next when the cursor's page runs out
  // first. Bird fills pages up to `limit`, so this is enough; if a page ever comes back short, the
  // connection ends early with `hasNextPage` true rather than costing more calls than the cost
  // estimate promised.
  const maxFetches = after === null ? 1 : MAX_FETCHES;
  for (let fetches = 1; ; fetches += 1) {
    while (edges.length < first) {
      const node = page.items[index];
      if (node === undefined) break;
      edges.push(edge(source, page, query, index, node));
      index += 1;
    }
    if (edges.length >= first || page.nextPageToken === null || fetches >= maxFetches) break;
    query = { pageToken: page.nextPageToken, limit: Math.min(MAX_PAGE_SIZE, first - edges.length) };
    page = await source.fetch(query);
    index = 0;
  }
  return { edges, hasNextPage: index < page.items.length || page.nextPageToken !== null, total };
}

function startIndex<T>(
  source: ConnectionSource<T>,
  page: UpstreamPage<T>,
  after: CursorPosition,
): number {
  if (after.anchor !== null) {
    const found = page.items.findIndex((item) => source.idOf(item) === after.anchor);
    if (found >= 0) return found + 1;
  }
  return Math.min(after.offset, page.items.length);
}

function edge<T>(
  source: ConnectionSource<T>,
  page: UpstreamPage<T>,
  query: PageQuery,
  index: number,
  node: T,
): EdgeModel<T> {
  return {
    node,
    cursor: () => {
      const last = index === page.items.length - 1;
      const position: CursorPosition =
        last && page.nextPageToken !== null
          ? { pageToken: page.nextPageToken, limit: 0, offset: 0, anchor: null }
          : {
              pageToken: query.pageToken,
              limit: query.limit,
              offset: index + 1,
              anchor: source.idOf(node),
            };
      return source.codec.encode(source.scope, position);
    },
  };
}
