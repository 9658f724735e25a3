/**
 * What the gateway relies on in Bird's 2xx bodies, checked before any resolver reads them: an
 * object where one is expected, `results` an array of objects, the fields types.ts declares
 * required, and arrays and objects where the code iterates or descends. Everything else stays as
 * lenient as types.ts describes (unknown fields pass, optional fields may be missing or null), so
 * Bird adding fields or enum values never breaks a read. A body that fails is an upstream error
 * (`invalid-response`), not a TypeError deep in a resolver.
 *
 * Hand-written checks rather than zod: on a page of 100 conversations zod 4 took 240 µs
 * (`z.object`, which also copies the body) to 750 µs (`z.looseObject`), next to about 1.2 ms for
 * `JSON.parse` of the same page; these take about 10 µs. Nothing is allocated when a body is fine:
 * the problem text is built only on failure.
 */
import { isObject } from '../isObject.js';

/** Checks a parsed 2xx body; returns what is wrong with it, or null when it is usable. */
export type ShapeCheck = (body: unknown) => string | null;

/** A check of one value: null when fine, else `expected ..., got ...` or `<path>: expected ...`. */
type Check = (value: unknown) => string | null;

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** A field's problem, prefixed with its key or index; null when the field is fine. */
function at(key: string | number, problem: string | null): string | null {
  if (problem === null) return null;
  return problem.startsWith('expected') ? `${key}: ${problem}` : `${key}.${problem}`;
}

const str: Check = (v) => (typeof v === 'string' ? null : `expected a string, got ${kind(v)}`);

const obj: Check = (v) => (isObject(v) ? null : `expected an object, got ${kind(v)}`);

const list: Check = (v) => (Array.isArray(v) ? null : `expected an array, got ${kind(v)}`);

function nullish(check: Check): Check {
  return (v) => (v === undefined || v === null ? null : check(v));
}

function arrayOf(item: Check): Check {
  return (v) => {
    if (!Array.isArray(v)) return `expected an array, got ${kind(v)}`;
    for (let i = 0; i < v.length; i += 1) {
      const problem = item(v[i]);
      if (problem !== null) return at(i, problem);
    }
    return null;
  };
}

// The DTO checks name each field (`v.id`, not `v[key]`): a keyed load per field of every item of
// every page made a table-driven version 25 times slower than this.
const optionalObj = nullish(obj);
const optionalList = nullish(list);
const optionalStr = nullish(str);

const participant: Check = (v) =>
  isObject(v)
    ? (at('id', str(v.id)) ?? at('type', str(v.type)) ?? at('contact', optionalObj(v.contact)))
    : obj(v);
const optionalParticipant = nullish(participant);

const lastMessage: Check = (v) =>
  isObject(v)
    ? (at('id', str(v.id)) ??
      at('createdAt', str(v.createdAt)) ??
      at('preview', optionalObj(v.preview)) ??
      at('recipients', optionalList(v.recipients)) ??
      at('sender', optionalParticipant(v.sender)))
    : obj(v);

const participants = nullish(arrayOf(participant));
const optionalLastMessage = nullish(lastMessage);

const conversation: Check = (v) =>
  isObject(v)
    ? (at('id', str(v.id)) ??
      at('status', str(v.status)) ??
      at('visibility', str(v.visibility)) ??
      at('accessibility', str(v.accessibility)) ??
      at('createdAt', str(v.createdAt)) ??
      at('updatedAt', str(v.updatedAt)) ??
      at('featuredParticipants', participants(v.featuredParticipants)) ??
      at('initiatingParticipant', optionalParticipant(v.initiatingParticipant)) ??
      at('lastMessage', optionalLastMessage(v.lastMessage)) ??
      at('attributes', optionalObj(v.attributes)))
    : obj(v);

const message: Check = (v) =>
  isObject(v)
    ? (at('id', str(v.id)) ??
      at('conversationId', str(v.conversationId)) ??
      at('sender', participant(v.sender)) ??
      at('status', str(v.status)) ??
      at('createdAt', str(v.createdAt)) ??
      at('updatedAt', str(v.updatedAt)) ??
      at('recipients', optionalList(v.recipients)) ??
      at('body', optionalObj(v.body)) ??
      at('template', optionalObj(v.template)))
    : obj(v);

const presignedUpload: Check = (v) =>
  isObject(v)
    ? (at('mediaUrl', str(v.mediaUrl)) ??
      at('uploadUrl', str(v.uploadUrl)) ??
      at('uploadMethod', str(v.uploadMethod)) ??
      at('uploadFormData', obj(v.uploadFormData)))
    : obj(v);

function page(item: Check): Check {
  const results = arrayOf(item);
  return (v) =>
    isObject(v)
      ? (at('results', results(v.results)) ?? at('nextPageToken', optionalStr(v.nextPageToken)))
      : obj(v);
}

/** A ShapeCheck whose problem names where in the body it is. */
function body(check: Check): ShapeCheck {
  return (value) => {
    const problem = check(value);
    return problem === null || !problem.startsWith('expected') ? problem : `the body: ${problem}`;
  };
}

/** The shape of each kind of 2xx body the client reads. */
export const SHAPES = {
  conversation: body(conversation),
  conversationPage: body(page(conversation)),
  message: body(message),
  messagePage: body(page(message)),
  participant: body(participant),
  participantPage: body(page(participant)),
  presignedUpload: body(presignedUpload),
} satisfies Record<string, ShapeCheck>;
