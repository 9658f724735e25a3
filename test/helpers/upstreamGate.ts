/**
 * A pass-through HTTP proxy in front of an upstream (usually the simulator) that can hold requests
 * until the test releases them. It replaces "make Bird slow and sleep a while": a test knows exactly
 * when a call has reached Bird (`arrived`) and decides when Bird answers (`release`), so nothing
 * depends on how fast a loaded machine runs. Gateways in the test process and child processes alike
 * point at `url`.
 */
import { once } from 'node:events';
import {
  createServer,
  request as forward,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';

export interface UpstreamGate {
  /** Where to send upstream calls, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Requests that arrived while holding and are not released yet. */
  readonly waiting: number;
  /** From now on, holds every request (or those `match` accepts) until `release()`. */
  hold(match?: (method: string, path: string) => boolean): void;
  /**
   * From now on, sends the requests `match` accepts on at once but holds Bird's answers until
   * `release()`: the answer then reflects Bird's state when it was made, not when it arrives.
   */
  holdAnswers(match?: (method: string, path: string) => boolean): void;
  /** Resolves once `count` held requests are waiting (at the same time). */
  arrived(count?: number): Promise<void>;
  /** Lets the waiting requests through, and stops holding new ones. */
  release(): void;
  close(): Promise<void>;
}

/** Starts a gate on port 0 in front of `target` (an origin such as `simulator.url`). */
export async function startUpstreamGate(target: string): Promise<UpstreamGate> {
  const origin = new URL(target);
  let match: ((method: string, path: string) => boolean) | null = null;
  let answersOnly = false;
  const waiting: (() => void)[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];

  const arrivedOne = () => {
    for (const waiter of waiters.filter((w) => waiting.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };

  const pass = (req: IncomingMessage, res: ServerResponse, holdAnswer = false) => {
    const upstream = forward(
      {
        host: origin.hostname,
        port: origin.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: origin.host },
      },
      (answer) => {
        const send = () => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.once('error', () => res.destroy());
        };
        if (!holdAnswer) {
          send();
          return;
        }
        answer.pause();
        waiting.push(send);
        arrivedOne();
      },
    );
    upstream.once('error', () => res.destroy());
    req.pipe(upstream);
  };

  const server = createServer((req, res) => {
    if (match?.(req.method ?? 'GET', (req.url ?? '/').split('?', 1)[0] ?? '/') !== true) {
      pass(req, res);
      return;
    }
    if (answersOnly) {
      pass(req, res, true);
      return;
    }
    req.pause();
    waiting.push(() => {
      req.resume();
      pass(req, res);
    });
    arrivedOne();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the gate is not on TCP');

  const release = () => {
    match = null;
    answersOnly = false;
    for (const next of waiting.splice(0)) next();
  };
  return {
    url: `http://127.0.0.1:${address.port}`,
    get waiting() {
      return waiting.length;
    },
    hold(accept = () => true) {
      match = accept;
      answersOnly = false;
    },
    holdAnswers(accept = () => true) {
      match = accept;
      answersOnly = true;
    },
    arrived(count = 1) {
      if (waiting.length >= count) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push({ count, resolve }));
    },
    release,
    async close() {
      release();
      const closed = once(server, 'close');
      server.close();
      server.closeAllConnections();
      await closed;
    },
  };
}
