/**
 * Structured JSON logs (pino). Credentials are redacted by path wherever they could appear, and
 * log lines never carry request bodies or upstream responses.
 */
import { pino, type Logger } from 'pino';
import { logDestination } from './logDestination.js';

export type { Logger };

/** Paths pino replaces with "[redacted]" in every log line. */
export const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'request.headers.authorization',
  '*.authorization',
  'accessKey',
  '*.accessKey',
  'token',
  '*.token',
  'cursorSecret',
  '*.cursorSecret',
  'signingKey',
  '*.signingKey',
  'signingKeys',
  '*.signingKeys',
];

/**
 * Creates the process logger, writing to stdout without ever blocking the process (see
 * ./logDestination.ts). Pass a destination stream to capture logs (tests).
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'bird-graphql-gateway' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination ?? logDestination(),
  );
}
