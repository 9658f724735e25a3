import type { Random } from '../random.js';
import type { BirdMessageBody, BirdMessageTemplate } from '../types.js';
import { AGENT_LINES, BOT_LINES, CUSTOMER_LINES, EMAIL_SIGNOFFS } from './vocabulary.js';

/** Who speaks, which decides the kind of content. */
export type SpeakerKind = 'contact' | 'agent' | 'automation' | 'integration';

/** Seeded content: a body, or a template that the store renders into a body. */
export type SeedContent =
  { readonly body: BirdMessageBody } | { readonly template: BirdMessageTemplate };

/** Bird's media host; the simulator serves its paths itself and shows them on its own origin. */
export const BIRD_MEDIA_ORIGIN = 'https://media.api.bird.com';

/**
 * WhatsApp delivers audio, video and stickers as `file` bodies with their content type
 * (bird-api.md §7). Same draws as {@link file}, so adding these kinds moved no other seeded value.
 */
const WHATSAPP_INBOUND_FILES: Readonly<Record<string, readonly [string, string]>> = {
  'invoice.pdf': ['invoice.pdf', 'application/pdf'],
  'receipt.pdf': ['voice-note.ogg', 'audio/ogg'],
  'label.pdf': ['video.mp4', 'video/mp4'],
  'screenshot.png': ['sticker.webp', 'image/webp'],
};

/**
 * Draws plausible content for a message: text and html (email), images, files, locations and gifs
 * from customers, lists and carousels from bots and flows, templates from integrations.
 */
export function seedContent(
  random: Random,
  platform: 'sms' | 'whatsapp' | 'email',
  speaker: SpeakerKind,
  firstName: string,
  media: string,
): SeedContent {
  const line = (lines: readonly string[]): string =>
    random.pick(lines).replace('{name}', firstName);
  if (platform === 'sms')
    return { body: text(line(speaker === 'contact' ? CUSTOMER_LINES : AGENT_LINES)) };
  if (platform === 'email') {
    if (speaker !== 'contact' && random.chance(0.08))
      return { template: template(random, 'order_update') };
    if (random.chance(0.1)) return { body: file(random, media, line(CUSTOMER_LINES)) };
    const content = line(speaker === 'contact' ? CUSTOMER_LINES : AGENT_LINES);
    const signoff = random.pick(EMAIL_SIGNOFFS);
    return random.chance(0.75)
      ? {
          body: {
            type: 'html',
            html: { text: content, html: `<p>${content}</p><p>${signoff}</p>` },
          },
        }
      : { body: text(content) };
  }
  if (speaker === 'contact') {
    const kind = random.weighted([
      ['text', 80],
      ['image', 11],
      ['file', 4],
      ['location', 3],
      ['gif', 2],
    ] as const);
    if (kind === 'image') return { body: image(random, media) };
    if (kind === 'file') return { body: file(random, media, '', WHATSAPP_INBOUND_FILES) };
    if (kind === 'location') return { body: location(random) };
    if (kind === 'gif')
      return { body: { type: 'gif', gif: { mediaUrl: `${media}/${random.uuid()}.gif` } } };
    return { body: text(line(CUSTOMER_LINES)) };
  }
  if (speaker === 'automation') {
    const kind = random.weighted([
      ['text', 40],
      ['list', 40],
      ['carousel', 20],
    ] as const);
    if (kind === 'list') return { body: list(random) };
    if (kind === 'carousel') return { body: carousel(random, media) };
    return { body: text(line(BOT_LINES)) };
  }
  if (speaker === 'integration') {
    if (random.chance(0.05))
      return {
        body: {
          type: 'authentication',
          authentication: { otp: { disclaimer: true, expirationTime: 60 } },
        },
      };
    return random.chance(0.5)
      ? { template: template(random, 'order_confirmation') }
      : { body: text(line(AGENT_LINES)) };
  }
  const kind = random.weighted([
    ['text', 78],
    ['image', 5],
    ['file', 5],
    ['list', 3],
    ['carousel', 2],
    ['template', 7],
  ] as const);
  if (kind === 'image') return { body: image(random, media) };
  if (kind === 'file') return { body: file(random, media, 'Here is the document you asked for.') };
  if (kind === 'list') return { body: list(random) };
  if (kind === 'carousel') return { body: carousel(random, media) };
  if (kind === 'template') return { template: template(random, 'support_follow_up') };
  return { body: text(line(AGENT_LINES)) };
}

function text(content: string): BirdMessageBody {
  return { type: 'text', text: { text: content } };
}

function image(random: Random, media: string): BirdMessageBody {
  return {
    type: 'image',
    image: { images: [{ mediaUrl: `${media}/${random.uuid()}.jpg`, altText: 'Photo' }] },
  };
}

function file(
  random: Random,
  media: string,
  caption: string,
  kinds?: Readonly<Record<string, readonly [string, string]>>,
): BirdMessageBody {
  const drawn = random.pick(['invoice.pdf', 'receipt.pdf', 'label.pdf', 'screenshot.png']);
  const [name, contentType] = kinds?.[drawn] ?? [
    drawn,
    drawn.endsWith('.pdf') ? 'application/pdf' : 'image/png',
  ];
  return {
    type: 'file',
    file: {
      ...(caption === '' ? {} : { text: caption }),
      files: [{ mediaUrl: `${media}/${random.uuid()}-${name}`, contentType, filename: name }],
    },
  };
}

function location(random: Random): BirdMessageBody {
  return {
    type: 'location',
    location: {
      coordinates: { latitude: 52.37 + random.next() / 10, longitude: 4.89 + random.next() / 10 },
      location: { label: 'My address' },
    },
  };
}

function list(random: Random): BirdMessageBody {
  const options = ['Track my order', 'Returns', 'Talk to an agent', 'Opening hours'];
  return {
    type: 'list',
    list: {
      text: random.pick(['How can we help you?', 'Please pick a topic']),
      items: options.map((title, index) => ({ id: `option-${index + 1}`, title })),
      metadata: { button: { label: 'Options' } },
    },
  };
}

function carousel(random: Random, media: string): BirdMessageBody {
  const products = ['Classic sneaker', 'Trail runner', 'Canvas tote', 'Rain jacket'];
  return {
    type: 'carousel',
    carousel: {
      text: 'You might also like',
      items: products.slice(0, random.int(2, 4)).map((title) => ({
        title,
        description: `${title} — in stock`,
        mediaUrl: `${media}/${random.uuid()}.jpg`,
        actions: [{ type: 'link', link: { text: 'View', url: 'https://shop.example.org/p' } }],
      })),
    },
  };
}

function template(random: Random, name: string): BirdMessageTemplate {
  return {
    name,
    projectId: random.uuid(),
    version: random.uuid(),
    locale: 'en',
    parameters: [{ type: 'string', key: 'orderNumber', value: String(random.int(10000, 99999)) }],
  };
}
