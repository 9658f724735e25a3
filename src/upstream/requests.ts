/**
 * GraphQL mutation inputs → Bird request bodies. Only what the client gave is sent: an omitted
 * field is never sent, an explicit null is sent as null where Bird accepts it. Input that Bird would
 * refuse for certain is refused here first, as BAD_USER_INPUT, with no upstream call.
 */
import { badUserInput } from '../graphql/errors.js';
import type {
  InitialMessageInput,
  MessageBodyInput,
  ParticipantRefInput,
  RecipientInput,
  TemplateInput,
} from '../generated/graphql.js';
import { knownEnum } from '../resolvers/enums.js';

type Json = Record<string, unknown>;

/** Copies the keys of `source` that are present (even when null), skipping undefined ones. */
export function present(source: Json, keys: readonly string[]): Json {
  const out: Json = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

const PLAIN_BODIES = ['text', 'image', 'file', 'gif', 'carousel', 'list'] as const;

/** A oneOf body input → Bird's `{type, <type>: {...}}`. HTML `subject` goes to `metadata.subject`. */
export function birdBody(input: MessageBodyInput): Json {
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

export function birdTemplate(input: TemplateInput): Json {
  return present({ ...input }, ['projectId', 'version', 'locale', 'parameters']);
}

export function birdRecipients(recipients: readonly RecipientInput[]): Json[] {
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
): Json {
  const { body, template } = input;
  if (body != null && template == null) return { body: birdBody(body) };
  if (template != null && body == null) return { template: birdTemplate(template) };
  throw badUserInput(`${path} needs exactly one of \`body\` or \`template\`.`, {
    [path]: ['give exactly one of body or template'],
  });
}

/** A participant reference for create-conversation (flat identifier) or add-participant (nested). */
export function birdParticipant(
  ref: ParticipantRefInput,
  style: 'create' | 'add',
  path: string,
): Json {
  const type = knownEnum(ref.type, `${path}.type`);
  const status = knownEnum(ref.status, `${path}.status`);
  const byId = ref.id != null && ref.id !== '';
  const byIdentifier = ref.identifierKey != null && ref.identifierValue != null;
  if (byId === byIdentifier) {
    throw badUserInput(
      `${path} needs either \`id\`, or both \`identifierKey\` and \`identifierValue\`.`,
      {
        [path]: ['give either id, or identifierKey with identifierValue'],
      },
    );
  }
  const extra = status === null ? {} : { status };
  if (byId) return { id: ref.id, type, ...extra };
  const identifier = { identifierKey: ref.identifierKey, identifierValue: ref.identifierValue };
  return style === 'create'
    ? { type, ...identifier, ...extra }
    : { type, contact: identifier, ...extra };
}

/** The initial message of a new conversation. */
export function birdInitialMessage(input: InitialMessageInput, reference: string): Json {
  return {
    ...content(input, 'initialMessage'),
    ...(input.recipients == null ? {} : { recipients: birdRecipients(input.recipients) }),
    ...(input.draft == null ? {} : { draft: input.draft }),
    reference,
  };
}
