import {
  ACCESSIBILITIES,
  MESSAGE_STATUSES,
  PARTICIPANT_STATUSES,
  PARTICIPANT_TYPES,
  RECIPIENT_TYPES,
  RULE_CATEGORIES,
  RULE_TYPES,
  VISIBILITIES,
  WEBHOOK_SERVICES,
} from '../types.js';
import { anyObject, arr, bool, enumOf, nullable, obj, ref, str, type Schema } from './builders.js';

const attributes: Schema = { type: 'object', additionalProperties: str(), nullable: true };

/** Component schemas of request bodies. */
export const requestSchemas: Record<string, Schema> = {
  ParticipantRef: obj(
    {
      type: enumOf(PARTICIPANT_TYPES),
      id: str({
        description:
          'Contact, user, access key or flow id. Required unless a contact is given by identifier.',
      }),
      identifierKey: str({
        description: "With type 'contact' and no id: e.g. phonenumber or emailaddress.",
      }),
      identifierValue: str(),
    },
    ['type'],
  ),
  RecipientInput: obj(
    {
      identifierKey: str(),
      identifierValue: str(),
      type: enumOf(RECIPIENT_TYPES),
      platformAddressSelector: str(),
    },
    ['identifierKey', 'identifierValue'],
  ),
  InitialMessage: obj(
    {
      reference: str({ maxLength: 255 }),
      sender: anyObject,
      recipients: arr(ref('RecipientInput')),
      body: ref('MessageBody'),
      template: ref('MessageTemplate'),
      draft: bool,
    },
    [],
    { description: "Exactly one of 'body' and 'template'." },
  ),
  CreateConversationRequest: obj(
    {
      name: str(),
      description: str({ maxLength: 250 }),
      style: str(),
      visibility: enumOf(VISIBILITIES),
      accessibility: enumOf(ACCESSIBILITIES),
      participants: arr(ref('ParticipantRef'), { maxItems: 5 }),
      initiatingParticipant: ref('ParticipantRef'),
      channelId: str({ format: 'uuid', description: 'Required with initialMessage.' }),
      initialMessage: ref('InitialMessage'),
      attributes,
      resource: nullable(obj({ type: enumOf(['task']), id: str() }, ['type', 'id'])),
    },
    ['name'],
    { additionalProperties: true },
  ),
  UpdateConversationRequest: obj({
    name: nullable(str()),
    description: nullable(str({ maxLength: 250 })),
    status: enumOf(['active', 'closed']),
    visibility: enumOf(VISIBILITIES),
    accessibility: enumOf(ACCESSIBILITIES),
    attributes: {
      ...attributes,
      additionalProperties: nullable(str()),
      description: 'Merged key by key: unsent keys stay, a null value removes a key.',
    },
  }),
  CreateMessageRequest: obj(
    {
      participantId: str(),
      participantType: enumOf(PARTICIPANT_TYPES),
      body: ref('MessageBody'),
      template: ref('MessageTemplate'),
      draft: bool,
      reference: str({ maxLength: 255, description: 'Unique within the workspace.' }),
      sender: anyObject,
      replyToMessageId: str({ format: 'uuid' }),
      participantContactIdentifierKey: str(),
      participantContactIdentifierValue: str(),
      recipients: arr(ref('RecipientInput')),
      addMissingParticipants: bool,
    },
    ['participantId', 'participantType'],
    { description: "Exactly one of 'body' and 'template'." },
  ),
  UpdateMessageRequest: obj(
    {
      draft: bool,
      body: ref('MessageBody'),
      sender: anyObject,
      status: enumOf(MESSAGE_STATUSES),
      recipients: arr(ref('RecipientInput')),
      addMissingParticipants: bool,
      replyToMessageId: str({ format: 'uuid' }),
    },
    [],
    { minProperties: 1, description: "Drafts only; 'draft: false' sends the draft." },
  ),
  PresignedUploadRequest: obj({ contentType: str({ example: 'image/png' }) }, ['contentType']),
  AddParticipantRequest: obj(
    {
      id: str({
        description: 'Required unless a contact is given by contact.identifierKey/identifierValue.',
      }),
      type: enumOf(PARTICIPANT_TYPES),
      status: enumOf(PARTICIPANT_STATUSES),
      contact: obj({
        identifierKey: str(),
        identifierValue: str(),
        platformAddressSelector: str(),
      }),
    },
    ['type'],
  ),
  UpdateParticipantRequest: obj({ status: nullable(enumOf(PARTICIPANT_STATUSES)) }, ['status']),
  UpdateChannelConfigurationRequest: obj({ status: enumOf(['active', 'inactive']) }, ['status']),
  UpdateAntispamSettingRequest: obj({ enabled: bool }, ['enabled']),
  CreateAllowBlockRuleRequest: obj(
    {
      category: enumOf(RULE_CATEGORIES),
      value: str({ minLength: 1, maxLength: 255 }),
      type: enumOf(RULE_TYPES),
    },
    ['category', 'value', 'type'],
  ),
  UpdateAllowBlockRuleRequest: obj({
    category: nullable(enumOf(RULE_CATEGORIES)),
    value: nullable(str({ minLength: 1, maxLength: 255 })),
    type: nullable(enumOf(RULE_TYPES)),
  }),
  CreateWebhookSubscriptionRequest: obj(
    {
      service: enumOf(WEBHOOK_SERVICES),
      event: str({ example: 'conversation.updated' }),
      eventFilters: arr(obj({ key: str(), value: str() }, ['key', 'value']), { maxItems: 10 }),
      url: str({ description: 'Bird requires https; the simulator also takes http.' }),
      signingKey: nullable(str({ description: 'Signs deliveries; never returned.' })),
      template: nullable(str()),
    },
    ['service', 'event', 'url'],
  ),
  UpdateWebhookSubscriptionRequest: obj({
    service: enumOf(WEBHOOK_SERVICES),
    event: str(),
    eventFilters: arr(obj({ key: str(), value: str() }, ['key', 'value']), { maxItems: 10 }),
    url: str(),
    signingKey: nullable(str()),
    template: nullable(str()),
    status: enumOf(['active', 'inactive']),
  }),
};
