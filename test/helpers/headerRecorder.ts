/**
 * A pass-through proxy in front of an upstream (the simulator) that records a request header of
 * every call, e.g. the `traceparent` the gateway sends Bird.
 */
import { once } from 'node:events';
import { createServer, request as forward } from 'node:http';

export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly value: string | undefined;
}

export interface HeaderRecorder {
  readonly url: string;
  readonly calls: readonly RecordedCall[];
  close(): Promise<void>;
}

/** Starts a recorder of `header` on port 0 in front of `target`. */
export async function startHeaderRecorder(target: string, header: string): Promise<HeaderRecorder> {
  const origin = new URL(target);
  const calls: RecordedCall[] = [];
  const server = createServer((req, res) => {
    const value = req.headers[header];
    calls.push({
      method: req.method ?? 'GET',
      path: (req.url ?? '/').split('?', 1)[0] ?? '/',
      value: Array.isArray(value) ? value.join(',') : value,
    });
    const upstream = forward(
      {
        host: origin.hostname,
        port: origin.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: origin.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.once('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('recorder not on TCP');
  return {
    url: `http://127.0.0.1:${address.port}`,
    calls,
    async close() {
      const closed = once(server, 'close');
      server.close();
      server.closeAllConnections();
      await closed;
    },
  };
}
