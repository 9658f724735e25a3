import type { MediaPresigner } from '../media/presign.js';
import type { SimulatorStore } from '../store/simulatorStore.js';
import type { WorkspaceState } from '../store/workspaceState.js';

/** The methods the simulator routes. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The names of the `{placeholders}` in an OpenAPI-style path. */
export type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

/** Decoded path parameters of a route, typed from its path. */
export type PathParams<P extends string> = { readonly [K in ParamNames<P>]: string };

/** What a route answers; `body` may be a JsonText (pre-serialised), bytes, or any JSON value. */
export interface RouteResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Everything a route sees of a request. */
export interface RequestContext {
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON body (routes with `body: 'json'`), or undefined when there is none. */
  readonly body: unknown;
  readonly rawBody: Uint8Array;
  /** This simulator's origin, for URLs it hands out (uploads, media). */
  readonly baseUrl: string;
  readonly store: SimulatorStore;
  /** Signs and checks the short-lived media URLs. */
  readonly media: MediaPresigner;
}

/** A request to an authenticated `/workspaces/{workspaceId}/...` route. */
export interface WorkspaceContext extends RequestContext {
  readonly ws: WorkspaceState;
}

/** A route as the router stores it. */
export interface Route {
  readonly method: HttpMethod;
  /** OpenAPI-style path, e.g. `/workspaces/{workspaceId}/conversations/{conversationId}`. */
  readonly path: string;
  /** Whether the route lives under a workspace and needs its access key. */
  readonly workspace: boolean;
  /** `json`: the body is parsed as JSON (400 if malformed); `raw`: the route reads rawBody. */
  readonly bodyKind: 'json' | 'raw';
  readonly handle: (
    ctx: RequestContext,
    ws: WorkspaceState | null,
    params: Readonly<Record<string, string>>,
  ) => RouteResult | Promise<RouteResult>;
}

type Handler<C, P extends string> = (
  ctx: C,
  params: PathParams<P>,
) => RouteResult | Promise<RouteResult>;

/** Declares an authenticated route under `/workspaces/{workspaceId}`; `path` is the part after it. */
export function workspaceRoute<P extends string>(
  method: HttpMethod,
  path: P,
  handle: Handler<WorkspaceContext, P>,
  bodyKind: 'json' | 'raw' = 'json',
): Route {
  return {
    method,
    path: `/workspaces/{workspaceId}${path}`,
    workspace: true,
    bodyKind,
    handle: (ctx, ws, params) => {
      if (ws === null) throw new Error(`Route ${method} ${path} needs a workspace`);
      return handle({ ...ctx, ws }, asPathParams<P>(params));
    },
  };
}

/** Declares a route outside any workspace (uploads, media, the OpenAPI document). */
export function publicRoute<P extends string>(
  method: HttpMethod,
  path: P,
  handle: Handler<RequestContext, P>,
  bodyKind: 'json' | 'raw' = 'json',
): Route {
  return {
    method,
    path,
    workspace: false,
    bodyKind,
    handle: (ctx, _ws, params) => handle(ctx, asPathParams<P>(params)),
  };
}

/**
 * The router fills one entry per placeholder of the route's own path, which is what PathParams<P>
 * describes; TypeScript cannot relate a runtime record to a generic mapped type, hence the cast.
 */
function asPathParams<P extends string>(params: Readonly<Record<string, string>>): PathParams<P> {
  return params as PathParams<P>;
}
