/**
 * Bird message bodies → members of the `MessageBody` union, and their plain-text preview.
 */
import type { BodyTypename, JsonObject, TaggedBody } from './models.js';
import type { BirdMessage } from '../upstream/types.js';
import { isObject } from '../isObject.js';
import { obj, objects, str } from './json.js';

const TYPENAMES: Readonly<Record<string, BodyTypename>> = {
  text: 'TextBody',
  html: 'HtmlBody',
  image: 'ImageBody',
  file: 'FileBody',
  gif: 'GifBody',
  location: 'LocationBody',
  carousel: 'CarouselBody',
  list: 'ListBody',
  template: 'TemplateBody',
};

/** The union member for a message: its body, else its template, else null. */
export function taggedBody(message: Pick<BirdMessage, 'body' | 'template'>): TaggedBody | null {
  const body = message.body;
  if (isObject(body)) {
    const type = typeof body.type === 'string' ? body.type : 'unknown';
    const typename = TYPENAMES[type];
    const content = body[type];
    if (typename !== undefined && isObject(content)) return { typename, type, content };
    return { typename: 'UnsupportedBody', type, content: body };
  }
  if (isObject(message.template)) {
    return { typename: 'TemplateBody', type: 'template', content: message.template };
  }
  return null;
}

const TAGS = /<[^>]*>/g;
const SPACES = /\s+/g;

/** Plain text of HTML for previews: tags dropped, whitespace collapsed. Not a sanitiser. */
function htmlToText(html: string): string {
  return html.replace(TAGS, ' ').replace(SPACES, ' ').trim();
}

function firstNonEmpty(...values: (string | null)[]): string | null {
  return values.find((v) => v !== null && v.trim() !== '') ?? null;
}

function describe(body: TaggedBody, c: JsonObject): string {
  switch (body.typename) {
    case 'TextBody':
      return str(c, 'text') ?? '';
    case 'HtmlBody': {
      const html = str(c, 'html');
      return (
        firstNonEmpty(
          str(c, 'text'),
          html === null ? null : htmlToText(html),
          str(obj(c, 'metadata'), 'subject'),
        ) ?? ''
      );
    }
    case 'ImageBody':
      return firstNonEmpty(str(c, 'text')) ?? '[image]';
    case 'FileBody':
      return firstNonEmpty(str(c, 'text')) ?? `[file${fileName(c)}]`;
    case 'GifBody':
      return firstNonEmpty(str(c, 'text')) ?? '[gif]';
    case 'LocationBody': {
      const place = obj(c, 'location');
      return firstNonEmpty(str(place, 'label'), str(place, 'address')) ?? '[location]';
    }
    case 'CarouselBody':
      return firstNonEmpty(str(c, 'text'), str(objects(c, 'items')[0], 'title')) ?? '[carousel]';
    case 'ListBody':
      return firstNonEmpty(str(c, 'text'), str(c, 'title')) ?? '[list]';
    case 'TemplateBody':
      return `[template${str(c, 'name') === null ? '' : `: ${str(c, 'name') ?? ''}`}]`;
    case 'UnsupportedBody':
      return `[${body.type}]`;
  }
}

function fileName(c: JsonObject): string {
  const name = str(objects(c, 'files')[0], 'filename');
  return name === null ? '' : `: ${name}`;
}

/** A plain-text rendering of a message body for list views and notifications. */
export function previewText(body: TaggedBody | null): string {
  return body === null ? '' : describe(body, body.content);
}
