import { Random } from '../random.js';
import type { ContactRecord } from '../store/records.js';
import type { WorkspaceState } from '../store/workspaceState.js';
import { seedConversations } from './conversations.js';
import { seedChannels, seedPeople } from './people.js';
import type { TenantSpec } from './tenants.js';

/** How much data to seed into the demo workspace. */
export interface SeedSize {
  readonly contacts: number;
  readonly conversations: number;
  readonly messages: number;
}

/** ~300 contacts, 500 conversations and 10,500 messages: realistic, and seeded in ~0.1 s. */
export const DEFAULT_SEED_SIZE: SeedSize = { contacts: 300, conversations: 500, messages: 10_500 };

/**
 * Fills an empty workspace with deterministic data: the same seed, size and tenant always give the
 * same ids, names, bodies and timestamps.
 */
export function seedWorkspace(
  ws: WorkspaceState,
  tenant: TenantSpec,
  seed: number,
  size: SeedSize,
): void {
  const random = new Random(seed ^ hash(tenant.workspaceId));
  const scaled = (n: number, min: number): number => Math.max(min, Math.round(n * tenant.scale));
  const contacts = scaled(size.contacts, 3);
  const conversations = scaled(size.conversations, 5);
  const messages = scaled(size.messages, conversations);
  for (const channel of seedChannels(tenant)) ws.channels.set(channel.id, { ...channel });
  const people = seedPeople(random, tenant, contacts);
  addWhatsAppUsername(people.contacts[1]);
  for (const contact of people.contacts) ws.addContact(contact);
  for (const actor of [
    ...people.accessKeys,
    ...people.users,
    ...people.flows,
    ...people.unmodelled,
  ]) {
    ws.actors.set(actor.id, actor);
  }
  ws.loadSeed(
    seedConversations(
      random,
      [...ws.channels.values()],
      people,
      conversations,
      messages,
      tenant.workspaceId,
    ),
  );
}

/**
 * Gives one frequent contact a `whatsappusername` identifier (bird-api.md §7: WhatsApp contacts
 * without a visible number), which its WhatsApp conversations then use. Derived from the name, so
 * no random value is drawn and the rest of the seed is unchanged.
 */
function addWhatsAppUsername(contact: ContactRecord | undefined): void {
  if (contact === undefined) return;
  const handle = contact.displayName.toLowerCase().replace(/[^a-z]+/g, '.');
  contact.identifiers.push({ key: 'whatsappusername', value: handle });
}

/** A stable 32-bit hash (FNV-1a) so each tenant draws from its own random stream. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
