/**
 * What the gateway relies on in Bird's 2xx bodies, checked before any resolver reads them: an
 * object where one is expected, `results` an array of objects, the fields types.ts declares
 * required, and arrays and objects where the code iterates or descends. Everything else stays as
 * lenient as types.ts describes (unknown fields pass, optional fields may be missing or null), so
 * Bird adding fields or enum values never breaks a read. A body that fails is an upstream error
 * (`invalid-response`), not a TypeError deep in a resolver.
 */
import { z } from 'zod';

/** Checks a parsed 2xx body; returns what is wrong with it, or null when it is usable. */
export type ShapeCheck = (body: unknown) => string | null;

const text = z.string();
const optionalObject = z.looseObject({}).nullish();
const optionalArray = z.array(z.unknown()).nullish();

const participant = z.looseObject({ id: text, type: text, contact: optionalObject });

const lastMessage = z.looseObject({
  id: text,
  createdAt: text,
  preview: optionalObject,
  recipients: optionalArray,
  sender: participant.nullish(),
});

const conversation = z.looseObject({
  id: text,
  status: text,
  visibility: text,
  accessibility: text,
  createdAt: text,
  updatedAt: text,
  featuredParticipants: z.array(participant).nullish(),
  initiatingParticipant: participant.nullish(),
  lastMessage: lastMessage.nullish(),
  attributes: optionalObject,
});

const message = z.looseObject({
  id: text,
  conversationId: text,
  sender: participant,
  status: text,
  createdAt: text,
  updatedAt: text,
  recipients: optionalArray,
  body: optionalObject,
  template: optionalObject,
});

const presignedUpload = z.looseObject({
  mediaUrl: text,
  uploadUrl: text,
  uploadMethod: text,
  uploadFormData: z.looseObject({}),
});

function page<T extends z.ZodType>(item: T) {
  return z.looseObject({ results: z.array(item), nextPageToken: text.nullish() });
}

/** A ShapeCheck from a schema: the first problem, as `path: message`. */
function check(schema: z.ZodType): ShapeCheck {
  return (body) => {
    const result = schema.safeParse(body);
    if (result.success) return null;
    const issue = result.error.issues[0];
    if (issue === undefined) return 'unexpected shape';
    const where = issue.path.length === 0 ? 'the body' : issue.path.join('.');
    return `${where}: ${issue.message}`;
  };
}

/** The shape of each kind of 2xx body the client reads. */
export const SHAPES = {
  conversation: check(conversation),
  conversationPage: check(page(conversation)),
  message: check(message),
  messagePage: check(page(message)),
  participant: check(participant),
  participantPage: check(page(participant)),
  presignedUpload: check(presignedUpload),
} satisfies Record<string, ShapeCheck>;
