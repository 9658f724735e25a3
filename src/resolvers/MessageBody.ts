import type { Resolvers } from '../generated/graphql.js';
import { bool, num, obj, objects, str } from './json.js';

const actions = (c: unknown) => objects(c, 'actions');

/** The `MessageBody` union and its members; parents are `TaggedBody` values (see body.ts). */
export const messageBodyResolvers: Resolvers = {
  MessageBody: { __resolveType: (b) => b.typename },
  TextBody: {
    text: ({ content }) => str(content, 'text'),
    attachments: ({ content }) => objects(content, 'attachments'),
    actions: ({ content }) => actions(content),
  },
  HtmlBody: {
    text: ({ content }) => str(content, 'text'),
    html: ({ content }) => str(content, 'html'),
    subject: ({ content }) => str(obj(content, 'metadata'), 'subject'),
    attachments: ({ content }) => objects(content, 'attachments'),
  },
  ImageBody: {
    text: ({ content }) => str(content, 'text'),
    images: ({ content }) => objects(content, 'images'),
    actions: ({ content }) => actions(content),
  },
  FileBody: {
    text: ({ content }) => str(content, 'text'),
    files: ({ content }) => objects(content, 'files'),
    actions: ({ content }) => actions(content),
  },
  GifBody: {
    mediaUrl: ({ content }, _, ctx) => ctx.media(str(content, 'mediaUrl')) ?? '',
    birdUrl: ({ content }) => str(content, 'mediaUrl') ?? '',
    text: ({ content }) => str(content, 'text'),
    altText: ({ content }) => str(content, 'altText'),
  },
  LocationBody: {
    latitude: ({ content }) => num(obj(content, 'coordinates'), 'latitude') ?? 0,
    longitude: ({ content }) => num(obj(content, 'coordinates'), 'longitude') ?? 0,
    address: ({ content }) => str(obj(content, 'location'), 'address'),
    label: ({ content }) => str(obj(content, 'location'), 'label'),
  },
  CarouselBody: {
    text: ({ content }) => str(content, 'text'),
    items: ({ content }) => objects(content, 'items'),
  },
  CarouselItem: {
    title: (item) => str(item, 'title'),
    description: (item) => str(item, 'description'),
    mediaUrl: (item, _, ctx) => ctx.media(str(item, 'mediaUrl')),
    birdUrl: (item) => str(item, 'mediaUrl'),
    altText: (item) => str(item, 'altText'),
    actions: (item) => actions(item),
  },
  ListBody: {
    text: ({ content }) => str(content, 'text'),
    title: ({ content }) => str(content, 'title'),
    altText: ({ content }) => str(content, 'altText'),
    items: ({ content }) => objects(content, 'items'),
    actions: ({ content }) => actions(content),
  },
  ListItem: {
    itemId: (item) => str(item, 'id'),
    title: (item) => str(item, 'title'),
    description: (item) => str(item, 'description'),
    mediaUrl: (item, _, ctx) => ctx.media(str(item, 'mediaUrl')),
    birdUrl: (item) => str(item, 'mediaUrl'),
    raw: (item) => item,
  },
  TemplateBody: {
    name: ({ content }) => str(content, 'name'),
    projectId: ({ content }) => str(content, 'projectId'),
    version: ({ content }) => str(content, 'version'),
    locale: ({ content }) => str(content, 'locale'),
    parameters: ({ content }) => objects(content, 'parameters'),
  },
  TemplateParameter: {
    type: (p) => str(p, 'type') ?? 'string',
    key: (p) => str(p, 'key') ?? '',
    value: (p) => {
      const value = p.value;
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : null;
    },
    raw: (p) => p,
  },
  UnsupportedBody: {
    type: (b) => b.type,
    raw: (b) => b.content,
  },
  Attachment: {
    mediaUrl: (a, _, ctx) => ctx.media(str(a, 'mediaUrl')),
    birdUrl: (a) => str(a, 'mediaUrl'),
    filename: (a) => str(a, 'filename'),
    inline: (a) => bool(a, 'inline'),
  },
  Image: {
    mediaUrl: (i, _, ctx) => ctx.media(str(i, 'mediaUrl')) ?? '',
    birdUrl: (i) => str(i, 'mediaUrl') ?? '',
    altText: (i) => str(i, 'altText'),
  },
  File: {
    mediaUrl: (f, _, ctx) => ctx.media(str(f, 'mediaUrl')) ?? '',
    birdUrl: (f) => str(f, 'mediaUrl') ?? '',
    contentType: (f) => str(f, 'contentType') ?? 'application/octet-stream',
    filename: (f) => str(f, 'filename'),
    altText: (f) => str(f, 'altText'),
  },
  MessageAction: {
    // Bird nests an action's fields under its type: {type: "link", link: {text, url}}.
    type: (a) => str(a, 'type') ?? 'unknown',
    text: (a) => str(obj(a, str(a, 'type') ?? ''), 'text') ?? str(a, 'text'),
    url: (a) => str(obj(a, 'link'), 'url') ?? str(a, 'url'),
    payload: (a) => str(obj(a, 'postback'), 'payload') ?? str(a, 'payload'),
    raw: (a) => a,
  },
};
