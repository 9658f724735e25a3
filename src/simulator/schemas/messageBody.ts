import { z } from 'zod';

/*
 * Message bodies as documented for Bird's Channels/Conversations APIs (discriminated on `type`).
 * The wrapper is strict so that `{type: "text", image: {...}}` is rejected: the key holding the
 * content must match `type`. Inner objects keep only documented fields; nested structures the
 * simulator never interprets (actions, metadata, list items) are accepted as opaque objects.
 */

const opaque = z.record(z.string(), z.unknown());
const actions = z.array(
  z.looseObject({ type: z.enum(['link', 'reply', 'locationRequest', 'buy', 'postback']) }),
);

const attachment = z.object({
  mediaUrl: z.string().min(1),
  filename: z.string().optional(),
  inline: z.boolean().optional(),
  contentId: z.string().optional(),
});

const textBody = z.strictObject({
  type: z.literal('text'),
  text: z.object({
    text: z.string().min(1),
    attachments: z.array(attachment).optional(),
    actions: actions.optional(),
    metadata: opaque.optional(),
  }),
});

const htmlBody = z.strictObject({
  type: z.literal('html'),
  html: z
    .object({
      text: z.string().optional(),
      html: z.string().optional(),
      attachments: z.array(opaque).optional(),
      actions: actions.optional(),
      metadata: opaque.optional(),
    })
    .refine((html) => html.text !== undefined || html.html !== undefined, {
      message: "Either 'text' or 'html' is required",
    }),
});

const imageBody = z.strictObject({
  type: z.literal('image'),
  image: z.object({
    text: z.string().optional(),
    images: z
      .array(z.object({ mediaUrl: z.string().min(1), altText: z.string().optional() }))
      .min(1),
    actions: actions.optional(),
    metadata: opaque.optional(),
  }),
});

const fileBody = z.strictObject({
  type: z.literal('file'),
  file: z.object({
    text: z.string().optional(),
    files: z
      .array(
        z.object({
          mediaUrl: z.string().min(1),
          contentType: z.string().min(1),
          filename: z.string().optional(),
          altText: z.string().optional(),
        }),
      )
      .min(1),
    actions: actions.optional(),
    metadata: opaque.optional(),
  }),
});

const gifBody = z.strictObject({
  type: z.literal('gif'),
  gif: z.object({
    mediaUrl: z.string().min(1),
    text: z.string().optional(),
    altText: z.string().optional(),
    actions: actions.optional(),
  }),
});

const locationBody = z.strictObject({
  type: z.literal('location'),
  location: z.object({
    coordinates: z.object({
      latitude: z.number().min(-90).max(90),
      longitude: z.number().min(-180).max(180),
    }),
    location: z.object({ address: z.string().optional(), label: z.string().optional() }).optional(),
  }),
});

const carouselBody = z.strictObject({
  type: z.literal('carousel'),
  carousel: z.object({
    text: z.string().max(1024).optional(),
    items: z
      .array(
        z.object({
          title: z.string().min(1),
          description: z.string().optional(),
          mediaUrl: z.string().optional(),
          altText: z.string().optional(),
          actions: actions.optional(),
        }),
      )
      .min(1),
  }),
});

const listBody = z.strictObject({
  type: z.literal('list'),
  list: z.object({
    text: z.string().min(1),
    title: z.string().optional(),
    altText: z.string().optional(),
    items: z.array(opaque).optional(),
    actions: actions.optional(),
    metadata: opaque.optional(),
  }),
});

const sectionBody = z.strictObject({
  type: z.literal('section'),
  section: z.object({
    items: z.array(z.looseObject({ type: z.string() })).min(1),
    configurations: opaque.optional(),
  }),
});

const authenticationBody = z.strictObject({
  type: z.literal('authentication'),
  authentication: z.object({
    otp: z.object({
      disclaimer: z.boolean(),
      expirationTime: z.number().int().min(1).max(90).optional(),
      actions: actions.optional(),
    }),
  }),
});

/** Validates a message body; the output is the body as the simulator stores and serves it. */
export const messageBodySchema = z.discriminatedUnion('type', [
  textBody,
  htmlBody,
  imageBody,
  fileBody,
  gifBody,
  locationBody,
  carouselBody,
  listBody,
  sectionBody,
  authenticationBody,
]);

/** A message body (`type` plus the content under the key of the same name). */
export type MessageBody = z.output<typeof messageBodySchema>;

/** The body types the simulator accepts. */
export type MessageBodyType = MessageBody['type'];

/** A template reference as accepted in `template` of create-message / initialMessage. */
export const templateSchema = z.object({
  name: z.string().optional(),
  projectId: z.string().min(1),
  version: z.string().min(1),
  locale: z.string().min(1),
  parameters: z
    .array(z.object({ type: z.string().min(1), key: z.string().min(1), value: z.string() }))
    .optional(),
  variables: opaque.optional(),
  shortLinks: z.object({ enabled: z.boolean(), domain: z.string().optional() }).optional(),
  attachments: z.array(attachment).optional(),
  utmParameters: z.array(opaque).optional(),
});

/** A template reference. */
export type MessageTemplate = z.output<typeof templateSchema>;
