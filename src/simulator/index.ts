/*
 * The embedded Bird Conversations API simulator: the default upstream of the gateway in demo mode,
 * tests and benchmarks. See simulator.ts for the running server, http/handler.ts for socket-less
 * request handling, and store/ for the in-memory domain.
 */
export { startSimulator } from './simulator.js';
export type {
  Simulator,
  SimulatorMessageStatuses,
  SimulatorOptions,
  SimulatorTenant,
  SimulatorWebhooks,
} from './simulator.js';
export { createSimulatorHandler, ROUTES } from './http/handler.js';
export type {
  SimulatorHandler,
  SimulatorHandlerOptions,
  SimulatorRequest,
  SimulatorResponse,
} from './http/handler.js';
export type { AuthOutcome } from './http/auth.js';
export { SimulatorStore } from './store/simulatorStore.js';
export type { SimulatorStoreOptions } from './store/simulatorStore.js';
export { DEFAULT_SEED_SIZE } from './seed/seedWorkspace.js';
export type { SeedSize } from './seed/seedWorkspace.js';
export type {
  RequestLogEntry,
  RequestLogFilter,
  RequestLogView as RequestLog,
} from './server/requestLog.js';
export type { FaultKind, FaultRule, FaultInjectorView as FaultInjector } from './server/faults.js';
export type { LatencyConfig } from './server/latency.js';
export type { RateLimitConfig } from './server/rateLimiter.js';
export { openApiDocument } from './openapi/document.js';
export { signBirdWebhook } from './webhooks/sign.js';
export type { BirdWebhookSignatureInput } from './webhooks/sign.js';
export type { WebhookAttempt } from './webhooks/dispatcher.js';
export type { WebhookKnobs } from './webhooks/knobs.js';
export { DEFAULT_WEBHOOK_KNOBS } from './webhooks/knobs.js';
export type { MessageStatusKnobs } from './activity/messageStatuses.js';
export type { InboundRequest, InboundResult } from './activity/inboundTraffic.js';
export type * from './types.js';
export {
  ACCESSIBILITIES,
  CONVERSATION_STATUSES,
  MESSAGE_STATUSES,
  PARTICIPANT_STATUSES,
  PARTICIPANT_TYPES,
  RECIPIENT_TYPES,
  RULE_CATEGORIES,
  RULE_TYPES,
  VISIBILITIES,
  CONVERSATION_EVENTS,
  WEBHOOK_SERVICES,
} from './types.js';
