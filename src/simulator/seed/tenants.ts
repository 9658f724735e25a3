import type { TenantIdentity } from '../store/workspaceState.js';

/** A workspace the simulator seeds, with fixed ids so examples and curl commands keep working. */
export interface TenantSpec extends TenantIdentity {
  /** Seed channel ids: sms, whatsapp, email. */
  readonly channelIds: { readonly sms: string; readonly whatsapp: string; readonly email: string };
  /** Fraction of the configured size to seed (the second tenant is small). */
  readonly scale: number;
}

/**
 * The demo workspace reuses the ids of Bird's migration guide (seed 000: workspace, and the access
 * key participant its reply example sends as) and the channel ids of both seed documents, so their
 * curl examples run against the simulator after swapping in the host and access key. The second workspace exists for isolation tests and is seeded sparsely.
 */
export const TENANTS: readonly TenantSpec[] = [
  {
    workspaceId: 'bf89833c-380c-488a-ae9d-64477b455d74',
    accessKey: 'sim-demo-access-key',
    accessKeyId: 'e0b759f7-c366-4223-87a5-d1186ba4644f',
    accessKeyName: 'Simulator demo key',
    channelIds: {
      sms: '5da69b04-d462-5efd-9b65-28dbae1e0482',
      whatsapp: '199f0353-fcb8-41b2-afd6-614c6baf3850',
      email: '25431165-c486-4a94-94f6-b3633c9af905',
    },
    scale: 1,
  },
  {
    workspaceId: 'a1405560-c8d3-4b1a-877d-3f449ad95352',
    accessKey: 'sim-second-access-key',
    accessKeyId: '68b80b8d-8060-42df-bda3-73505a8fdb84',
    accessKeyName: 'Second workspace key',
    channelIds: {
      sms: '0b0d4f6e-3c55-4a8e-9d7f-61a2c4e8b901',
      whatsapp: '7c1e2a9b-5d34-4f60-8b2e-d9a7f3c61e42',
      email: 'cb4b1ebc-34e6-5a7a-a375-f6f2f131d88f',
    },
    scale: 0.02,
  },
];
