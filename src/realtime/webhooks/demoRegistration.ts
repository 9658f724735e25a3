/**
 * Demo mode's wiring of the embedded simulator to the intake: the gateway subscribes itself to the
 * simulator's conversation events through the same REST calls `npm run webhooks:register` makes
 * against Bird, so demo changes arrive as signed webhooks like Bird's.
 */
import type { Config } from '../../config/index.js';
import type { Logger } from '../../observability/logger.js';
import { registerWebhooks } from './registration.js';

/** The Bird-like upstream to subscribe at: the embedded simulator's coordinates. */
export interface DemoUpstream {
  readonly url: string;
  readonly workspaceId: string;
  readonly accessKey: string;
}

/** The origin at which this process reaches its own listener on `host`:`port`. */
export function localOrigin(host: string, port: number): string {
  if (['0.0.0.0', '::', ''].includes(host)) return `http://127.0.0.1:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * Subscribes the gateway (reachable at `origin`, or at PUBLIC_URL when set) to the upstream's
 * conversation events with the first signing key. Failure is logged, not thrown: the demo still
 * serves queries without live events.
 */
export async function registerDemoWebhooks(
  upstream: DemoUpstream,
  config: Config,
  origin: string,
  logger: Logger,
): Promise<void> {
  const [signingKey] = config.webhooks.signingKeys;
  if (signingKey === undefined) return;
  try {
    const results = await registerWebhooks({
      apiUrl: upstream.url,
      workspaceId: upstream.workspaceId,
      accessKey: upstream.accessKey,
      publicUrl: config.webhooks.publicUrl ?? origin,
      signingKey,
    });
    logger.info(
      { webhooks: results.map((r) => ({ event: r.event, action: r.action, url: r.url })) },
      'demo mode: the simulator delivers its conversation events to this gateway',
    );
  } catch (err) {
    logger.warn({ err }, 'demo mode: registering webhooks with the simulator failed');
  }
}
