/**
 * Message content inputs → Bird's body, template and recipients. Input Bird would refuse for
 * certain is refused here first, as BAD_USER_INPUT, with no upstream call.
 */
import type { MessageBodyInput, RecipientInput, TemplateInput } from '../../generated/graphql.js';
import { badUserInput } from '../../graphql/errors.js';
import type {
  BirdMessageContent,
  BirdRecipientRequest,
  BirdTemplateRequest,
} from '../../upstream/requests.js';
import type { BirdMessageBody } from '../../upstream/types.js';
import { knownEnum } from '../enums.js';
import { present } from './present.js';

const PLAIN_BODIES = ['text', 'image', 'file', 'gif', 'carousel', 'list'] as const;

/** A oneOf body input → Bird's `{type, <type>: {...}}`. HTML `subject` goes to `metadata.subject`. */
export function birdBody(input: MessageBodyInput): BirdMessageBody {
  if (input.html != null) {
    const { subject, ...html } = input.html;
    if (html.text == null && html.html == null) {
      throw badUserInput('An html body needs `text`, `html` or both.', {
        'body.html': ['needs text or html'],
      });
    }
    return { type: 'html', html: subject == null ? html : { ...html, metadata: { subject } } };
  }
  if (input.location != null) {
    const { latitude, longitude, address, label } = input.location;
    const place = present({ address, label }, ['address', 'label']);
    return {
      type: 'location',
      location: {
        coordinates: { latitude, longitude },
        ...(Object.keys(place).length > 0 ? { location: place } : {}),
      },
    };
  }
  for (const type of PLAIN_BODIES) {
    const body = input[type];
    if (body != null) return { type, [type]: body };
  }
  throw badUserInput(
    '`body` must have exactly one member, for example `{ text: { text: "Hello" } }`.',
  );
}

/** A template input → Bird's template reference (only the fields given). */
export function birdTemplate(input: TemplateInput): BirdTemplateRequest {
  return present(input, ['projectId', 'version', 'locale', 'parameters']);
}

/** Recipient inputs → Bird's `recipients[]`; the type defaults to `to`. */
export function birdRecipients(recipients: readonly RecipientInput[]): BirdRecipientRequest[] {
  return recipients.map((r) => ({
    type: knownEnum(r.type, 'recipients.type') ?? 'to',
    identifierKey: r.identifierKey,
    identifierValue: r.identifierValue,
  }));
}

/** "Body or template, exactly one" → the Bird fields. */
export function content(
  input: { body?: MessageBodyInput | null; template?: TemplateInput | null },
  path: string,
): BirdMessageContent {
  const { body, template } = input;
  if (body != null && template == null) return { body: birdBody(body) };
  if (template != null && body == null) return { template: birdTemplate(template) };
  throw badUserInput(`${path} needs exactly one of \`body\` or \`template\`.`, {
    [path]: ['give exactly one of body or template'],
  });
}
