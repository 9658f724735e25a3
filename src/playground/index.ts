/**
 * The GraphQL playground served by the gateway itself. Placeholder until the playground lands:
 * it serves nothing, so `/` answers 404.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config.js';

/** Serves the playground page and its assets; returns false for requests it does not handle. */
export type PlaygroundHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/** Creates the playground handler for a configuration. */
export function createPlayground(_config: Config): PlaygroundHandler {
  return () => false;
}
