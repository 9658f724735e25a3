import type { Random } from '../random.js';
import type { ActorRecord, ChannelRecord, ContactRecord } from '../store/records.js';
import type { TenantSpec } from './tenants.js';
import { AGENT_NAMES, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, PHONE_PLANS } from './vocabulary.js';

/** Everyone who can take part in seeded conversations. */
export interface SeedPeople {
  readonly contacts: readonly ContactRecord[];
  readonly accessKeys: readonly ActorRecord[];
  readonly users: readonly ActorRecord[];
  readonly flows: readonly ActorRecord[];
  /** Types the gateway does not model (`bot`, `agent`), to exercise its fallback. */
  readonly unmodelled: readonly ActorRecord[];
}

/** The workspace's channels: SMS, WhatsApp and email, all conversational. */
export function seedChannels(tenant: TenantSpec): ChannelRecord[] {
  const { sms, whatsapp, email } = tenant.channelIds;
  return [
    {
      id: sms,
      name: 'SMS',
      platform: 'sms',
      identifierKey: 'phonenumber',
      conversationalStatus: 'active',
    },
    {
      id: whatsapp,
      name: 'WhatsApp',
      platform: 'whatsapp',
      identifierKey: 'phonenumber',
      conversationalStatus: 'active',
    },
    {
      id: email,
      name: 'Support email',
      platform: 'email',
      identifierKey: 'emailaddress',
      conversationalStatus: 'active',
    },
  ];
}

/**
 * Contacts with unique E.164 numbers and email addresses, plus the workspace's users, flows,
 * access keys and bots. The first contact is the seeds' John Doe so the documented curl examples
 * resolve to an existing contact, as they did against Bird.
 */
export function seedPeople(random: Random, tenant: TenantSpec, contactCount: number): SeedPeople {
  const contacts: ContactRecord[] = [
    {
      id: random.uuid(),
      displayName: 'John Doe',
      identifiers: [
        { key: 'phonenumber', value: '+31627543581' },
        { key: 'emailaddress', value: 'john.doe@bird.com' },
      ],
    },
  ];
  const phones = new Set(['+31627543581']);
  const emails = new Set(['john.doe@bird.com']);
  while (contacts.length < contactCount) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const [prefix, digits] = random.pick(PHONE_PLANS);
    const phone = `${prefix}${String(random.int(0, 10 ** digits - 1)).padStart(digits, '0')}`;
    const local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
    let email = `${local}@${random.pick(EMAIL_DOMAINS)}`;
    for (let n = 2; emails.has(email); n++) email = email.replace(/\d*@/, `${n}@`);
    if (phones.has(phone)) continue;
    phones.add(phone);
    emails.add(email);
    contacts.push({
      id: random.uuid(),
      displayName: `${first} ${last}`,
      identifiers: [
        { key: 'phonenumber', value: phone },
        { key: 'emailaddress', value: email },
      ],
    });
  }
  const actor = (type: ActorRecord['type'], displayName: string): ActorRecord => ({
    id: random.uuid(),
    type,
    displayName,
  });
  return {
    contacts,
    accessKeys: [
      { id: tenant.accessKeyId, type: 'accessKey', displayName: tenant.accessKeyName },
      actor('accessKey', 'Zapier integration'),
    ],
    users: AGENT_NAMES.map((name) => actor('user', name)),
    flows: [
      actor('flow', 'Welcome flow'),
      actor('flow', 'Order status flow'),
      actor('flow', 'After-hours flow'),
    ],
    unmodelled: [actor('bot', 'Support Bot'), actor('agent', 'Ava (AI agent)')],
  };
}
