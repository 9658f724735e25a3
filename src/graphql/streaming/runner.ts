/**
 * Runs operations for the streaming transports. A subscription's source stream is opened with its
 * subscribe-time context; every event then executes the selection with a fresh context from the
 * same factory as queries (fresh loaders, a fresh upstream budget, the subscriber's credentials),
 * so nested fields cost what they would in a query and nothing is cached across events. Subscribers
 * with the same credential, document and variables share that execution (sharedExecutions.ts):
 * ten thousand of them cost one execution per event, not ten thousand. A 401/403 from Bird on an
 * event ends the subscription after delivering that event's errors.
 */
import {
  createSourceEventStream,
  OperationTypeNode,
  execute,
  type ExecutionResult,
  type FormattedExecutionResult,
  GraphQLError,
  type GraphQLFormattedError,
} from 'graphql';
import type { GatewayContext, RequestInfo } from '../context.js';
import { mapStream } from '../../realtime/mapStream.js';
import { credentialKey } from '../../realtime/messageFetches.js';
import type { CredentialChecks } from './credentialChecks.js';
import type { PreparedOperation, Preparer, RefusedOperation } from './prepare.js';
import { SharedExecutions } from './sharedExecutions.js';
import {
  NO_STREAM_OBSERVER,
  subscriptionOpened,
  type StreamObserver,
  type StreamTransport,
} from './streamObserver.js';

/** Why Bird stopped accepting a subscriber's credentials. */
export type Revocation = 'UNAUTHENTICATED' | 'FORBIDDEN';

export type OperationOutcome = ExecutionResult | AsyncIterableIterator<ExecutionResult>;

export interface RunnerDeps {
  readonly contextFor: (request: RequestInfo) => GatewayContext;
  readonly prepare: Preparer;
  readonly checks: CredentialChecks;
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Told when a subscription's stream opens and when it ends (active-subscription gauges). */
  readonly observer?: StreamObserver;
}

function revocationOf(result: ExecutionResult): Revocation | null {
  for (const error of result.errors ?? []) {
    const code = error.extensions.code;
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return code;
  }
  return null;
}

export class StreamRunner {
  /** Subscribers grouped for shared execution (one per gateway, like the runner). */
  readonly shared = new SharedExecutions();

  constructor(private readonly deps: RunnerDeps) {}

  /** The operation's context for a request (credentials resolved, nothing called yet). */
  context(request: RequestInfo): GatewayContext {
    return this.deps.contextFor(request);
  }

  prepare(
    params: Record<string, unknown>,
    ctx: GatewayContext,
  ): PreparedOperation | RefusedOperation {
    return this.deps.prepare(params, ctx);
  }

  /** Asks Bird about the context's credentials (remembered briefly when accepted). */
  verify(ctx: GatewayContext): Promise<GraphQLError | null> {
    return this.deps.checks.check(ctx);
  }

  /**
   * Executes a query or mutation once, or opens a subscription's result stream on `transport`.
   * `onRevoked` runs when Bird refuses the subscriber's credentials on an event (the stream then
   * ends).
   */
  async run(
    prepared: PreparedOperation,
    request: RequestInfo,
    transport: StreamTransport,
    onRevoked?: (code: Revocation) => void,
  ): Promise<OperationOutcome> {
    const { args } = prepared;
    if (prepared.operation.operation !== OperationTypeNode.SUBSCRIPTION) return execute(args);
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source;
    return this.#results(prepared, source[Symbol.asyncIterator](), request, transport, onRevoked);
  }

  /** A subscription's results: one (shared) execution per event of its source stream. */
  #results(
    { args }: PreparedOperation,
    source: AsyncIterator<unknown>,
    request: RequestInfo,
    transport: StreamTransport,
    onRevoked?: (code: Revocation) => void,
  ): AsyncIterableIterator<ExecutionResult> {
    const { credentials } = args.contextValue;
    const group = this.shared.join({
      document: args.document,
      credential: credentials === null ? null : credentialKey(credentials),
      operationName: args.operationName,
      variables: args.variableValues,
    });
    const { cancellation } = group;
    const executeEvent = async (payload: unknown): Promise<ExecutionResult> => {
      const contextValue = this.deps.contextFor({ ...request, cancellation });
      return execute({ ...args, rootValue: payload, contextValue });
    };
    let revoked = false;
    const results = mapStream(source, async (payload: unknown) => {
      const result = await group.resultOf(payload, () => executeEvent(payload));
      const revocation = revokedBy(result, revoked);
      if (revocation !== null) {
        revoked = true;
        if (credentials !== null) this.deps.checks.forget(credentials);
        onRevoked?.(revocation);
      }
      return result;
    });
    const ended = subscriptionOpened(this.deps.observer ?? NO_STREAM_OBSERVER, transport);
    // However the stream ends (unsubscribed, shut down, too far behind, failed): once each.
    const finish = () => {
      ended();
      group.leave();
    };
    const stop = () => {
      finish();
      return results.return();
    };
    const next = async () => {
      try {
        const result = await (revoked ? stop() : results.next());
        if (result.done === true) finish();
        return result;
      } catch (error) {
        finish();
        throw error;
      }
    };
    const stream: Required<AsyncIterableIterator<ExecutionResult>> = {
      next,
      return: stop,
      throw: (error?: unknown) => {
        finish();
        return results.throw(error);
      },
      [Symbol.asyncIterator]() {
        return stream;
      },
    };
    return stream;
  }

  /** A result as a client may see it: unexpected errors masked, exactly as on `POST /graphql`. */
  format(result: ExecutionResult): FormattedExecutionResult {
    return result.errors === undefined
      ? result
      : { ...result, errors: this.formatErrors(result.errors) };
  }

  formatErrors(errors: readonly GraphQLError[]): GraphQLFormattedError[] {
    return errors.map((error) => this.deps.formatError(error.toJSON(), error));
  }

  /** `format` for libraries that serialise GraphQLError objects themselves (graphql-sse). */
  mask(result: ExecutionResult): ExecutionResult {
    if (result.errors === undefined) return result;
    const errors = this.formatErrors(result.errors).map(
      (formatted) =>
        new GraphQLError(formatted.message, {
          ...(formatted.path === undefined ? {} : { path: formatted.path }),
          ...(formatted.extensions === undefined ? {} : { extensions: formatted.extensions }),
        }),
    );
    return { ...result, errors };
  }
}

function revokedBy(result: ExecutionResult, already: boolean): Revocation | null {
  return already ? null : revocationOf(result);
}
