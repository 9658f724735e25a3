/* global process */
/**
 * The soak test's load generator, run as its own process so the load does not share the
 * gateway's event loop. It sends a steady mix of GraphQL operations with autocannon, checks every
 * response body, and prints one JSON summary line on stdout.
 *
 * Environment: SOAK_URL, SOAK_AMOUNT (requests in all), SOAK_RATE (requests per second), SOAK_CONNECTIONS,
 * SOAK_REQUESTS (JSON array of { body, expect }), SOAK_CODES (JSON array of acceptable error codes).
 */
import autocannon from 'autocannon';

const requests = JSON.parse(process.env.SOAK_REQUESTS ?? '[]');
const codes = new Set(JSON.parse(process.env.SOAK_CODES ?? '[]'));
const stats = { checked: 0, data: 0, errors: 0, bad: 0, codes: {}, samples: [] };

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The data expected for a kind of request: a list of conversations, one conversation, nothing. */
const DATA = {
  list: (data) =>
    Array.isArray(data?.conversations?.nodes) &&
    data.conversations.nodes.every((n) => typeof n.id === 'string' && 'name' in n),
  thread: (data) =>
    data?.conversation === null ||
    (typeof data?.conversation?.id === 'string' &&
      (data.conversation.messages === null || Array.isArray(data.conversation.messages.nodes))),
  refused: () => false,
};

function bad(reason, body) {
  stats.bad += 1;
  if (stats.samples.length < 5) stats.samples.push({ reason, body: body.slice(0, 300) });
}

function check(kind, body) {
  stats.checked += 1;
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch {
    return bad('not JSON', body);
  }
  if (/\n\s+at |node_modules|file:\/\//.test(body)) return bad('stack trace or path', body);
  const errors = parsed.errors ?? [];
  for (const error of errors) {
    const code = error?.extensions?.code;
    if (typeof code !== 'string' || !codes.has(code)) return bad(`unexpected code ${code}`, body);
    stats.codes[code] = (stats.codes[code] ?? 0) + 1;
  }
  if (errors.length > 0) {
    stats.errors += 1;
    // Partial data must still have the right shape where it is present.
    if (isObject(parsed.data) && kind === 'list' && parsed.data.conversations !== null) {
      if (!DATA.list(parsed.data)) return bad('wrong partial data', body);
    }
    return undefined;
  }
  if (!DATA[kind](parsed.data)) return bad('wrong data', body);
  stats.data += 1;
  return undefined;
}

const instance = autocannon(
  {
    url: process.env.SOAK_URL,
    amount: Number(process.env.SOAK_AMOUNT ?? 3000),
    connections: Number(process.env.SOAK_CONNECTIONS ?? 16),
    overallRate: Number(process.env.SOAK_RATE ?? 300),
    timeout: 10,
    requests: requests.map(({ body, expect }) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      onResponse: (_status, responseBody) => check(expect, responseBody),
    })),
  },
  (err, result) => {
    if (err) {
      process.stdout.write(`${JSON.stringify({ failed: String(err) })}\n`);
      process.exit(1);
    }
    process.stdout.write(
      `${JSON.stringify({
        ...stats,
        sent: result.requests.sent,
        total: result.requests.total,
        rps: result.requests.average,
        socketErrors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        p99Ms: result.latency.p99,
      })}\n`,
    );
  },
);
process.on('SIGTERM', () => instance.stop());
