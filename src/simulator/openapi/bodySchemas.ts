import { anyObject, arr, bool, enumOf, int, obj, ref, str, type Schema } from './builders.js';

const actions = arr(
  obj({ type: enumOf(['link', 'reply', 'locationRequest', 'buy', 'postback']) }, ['type'], {
    additionalProperties: true,
  }),
);
const metadata = anyObject;
const attachment = obj({ mediaUrl: str(), filename: str(), inline: bool, contentId: str() }, [
  'mediaUrl',
]);

/** The content object of each body type, keyed by type. */
const contents: Record<string, Schema> = {
  text: obj({ text: str({ minLength: 1 }), attachments: arr(attachment), actions, metadata }, [
    'text',
  ]),
  html: obj({ text: str(), html: str(), attachments: arr(anyObject), actions, metadata }, [], {
    description: "At least one of 'text' and 'html'.",
  }),
  image: obj(
    {
      text: str(),
      images: arr(obj({ mediaUrl: str(), altText: str() }, ['mediaUrl']), { minItems: 1 }),
      actions,
      metadata,
    },
    ['images'],
  ),
  file: obj(
    {
      text: str(),
      files: arr(
        obj({ mediaUrl: str(), contentType: str(), filename: str(), altText: str() }, [
          'mediaUrl',
          'contentType',
        ]),
        { minItems: 1 },
      ),
      actions,
      metadata,
    },
    ['files'],
  ),
  gif: obj({ mediaUrl: str(), text: str(), altText: str(), actions }, ['mediaUrl']),
  location: obj(
    {
      coordinates: obj(
        {
          latitude: { type: 'number', minimum: -90, maximum: 90 },
          longitude: { type: 'number', minimum: -180, maximum: 180 },
        },
        ['latitude', 'longitude'],
      ),
      location: obj({ address: str(), label: str() }),
    },
    ['coordinates'],
  ),
  carousel: obj(
    {
      text: str({ maxLength: 1024 }),
      items: arr(
        obj(
          {
            title: str({ minLength: 1 }),
            description: str(),
            mediaUrl: str(),
            altText: str(),
            actions,
          },
          ['title'],
        ),
        { minItems: 1 },
      ),
    },
    ['items'],
  ),
  list: obj(
    {
      text: str({ minLength: 1 }),
      title: str(),
      altText: str(),
      items: arr(anyObject),
      actions,
      metadata,
    },
    ['text'],
  ),
  section: obj(
    {
      items: arr(obj({ type: str() }, ['type'], { additionalProperties: true }), { minItems: 1 }),
      configurations: anyObject,
    },
    ['items'],
  ),
  authentication: obj(
    {
      otp: obj({ disclaimer: bool, expirationTime: { ...int, minimum: 1, maximum: 90 }, actions }, [
        'disclaimer',
      ]),
    },
    ['otp'],
  ),
};

const pascal = (type: string): string => `${type.charAt(0).toUpperCase()}${type.slice(1)}`;

/**
 * Component schemas of message bodies: `MessageBody` is a oneOf over one schema per type,
 * discriminated on `type`, each with its content under the key named like the type.
 */
export const bodySchemas: Record<string, Schema> = {
  MessageBody: {
    oneOf: Object.keys(contents).map((type) => ref(`${pascal(type)}MessageBody`)),
    discriminator: {
      propertyName: 'type',
      mapping: Object.fromEntries(
        Object.keys(contents).map((type) => [
          type,
          `#/components/schemas/${pascal(type)}MessageBody`,
        ]),
      ),
    },
  },
  ...Object.fromEntries(
    Object.entries(contents).flatMap(([type, content]) => [
      [
        `${pascal(type)}MessageBody`,
        obj({ type: enumOf([type]), [type]: ref(`${pascal(type)}Content`) }, ['type', type], {
          additionalProperties: false,
        }),
      ],
      [`${pascal(type)}Content`, content],
    ]),
  ),
  MessageTemplate: obj(
    {
      name: str(),
      projectId: str(),
      version: str(),
      locale: str(),
      parameters: arr(obj({ type: str(), key: str(), value: str() }, ['type', 'key', 'value'])),
      variables: anyObject,
      shortLinks: obj({ enabled: bool, domain: str() }, ['enabled']),
      attachments: arr(attachment),
      utmParameters: arr(anyObject),
    },
    ['projectId', 'version', 'locale'],
  ),
};
