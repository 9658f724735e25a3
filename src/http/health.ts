/**
 * `/healthz` (the process is up and serving) and `/readyz` (it should get traffic: see
 * ./readiness.ts for what that means).
 */
import type { ServerResponse } from 'node:http';
import type { ReadinessCheck } from './readiness.js';
import { sendJson } from './respond.js';

/** Answers `/healthz`: always 200 while the process serves requests. */
export function sendHealth(res: ServerResponse): void {
  sendJson(res, 200, { status: 'ok' });
}

/** Answers `/readyz`: 200 with the report when ready, 503 with the reason when not. */
export async function sendReadiness(res: ServerResponse, readiness: ReadinessCheck): Promise<void> {
  const report = await readiness.check();
  sendJson(res, report.ready ? 200 : 503, {
    status: report.ready ? 'ready' : 'not ready',
    ...report,
  });
}
