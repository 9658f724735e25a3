/*
 * Bird's real responses from the seed documents (../shared/seeds), verbatim. The contract tests
 * compare the simulator's field sets against these.
 */

/** Seed 002: create conversation (email, text initial message). */
export const SEED_CREATE_EMAIL_CONVERSATION = {
  id: '2280c45c-60d5-45a2-b51d-06ea752ca167',
  name: 'Email Subject',
  description: '',
  status: 'active',
  visibility: 'public',
  accessibility: 'open',
  featuredParticipants: [
    {
      id: '192c4449-9ccd-4747-8969-3bf07696af1c',
      type: 'accessKey',
      status: 'active',
      displayName: 'My first email key',
      avatarUrl: '',
    },
    {
      id: '2d789fa4-85b7-4e59-b862-48062a0c0aa8',
      type: 'contact',
      status: 'active',
      displayName: 'John Doe',
      avatarUrl: '',
      contact: {
        identifierKey: 'emailaddress',
        identifierValue: 'john.doe@bird.com',
        platformAddress: 'john.doe@bird.com',
      },
    },
  ],
  activeParticipantCount: 2,
  pendingParticipantCount: 0,
  initiatingParticipant: {
    id: '192c4449-9ccd-4747-8969-3bf07696af1c',
    type: 'accessKey',
    status: 'active',
    displayName: 'My first email key',
    avatarUrl: '',
  },
  channelId: '25431165-c486-4a94-94f6-b3633c9af905',
  lastMessage: {
    id: '1c3a1c2d-2d27-4d5d-b7e4-ce62aecbba06',
    type: 'text',
    preview: {
      text: 'Hey, listen!',
    },
    recipients: [
      {
        type: 'to',
        id: '2d789fa4-85b7-4e59-b862-48062a0c0aa8',
        identifierKey: 'emailaddress',
        identifierValue: 'john.doe@bird.com',
        platformAddress: 'john.doe@bird.com',
        contactAnnotation: {
          name: 'John Doe',
        },
      },
    ],
    status: 'accepted',
    sender: {
      id: '192c4449-9ccd-4747-8969-3bf07696af1c',
      type: 'accessKey',
      status: 'active',
      displayName: 'My first email key',
      avatarUrl: '',
    },
    createdAt: '2024-11-29T13:47:08.59Z',
  },
  createdAt: '2024-11-29T13:47:08.546Z',
  updatedAt: '2024-11-29T13:47:08.591Z',
  platformStyle: 'email',
  attributes: {
    'my-custom-attribute': '123',
  },
};

/** Seed 002: create conversation (WhatsApp template). */
export const SEED_CREATE_WHATSAPP_TEMPLATE_CONVERSATION = {
  id: '50a23da3-2ad9-42dd-94af-65b1b4271cb9',
  name: 'Ticket name',
  description: '',
  status: 'active',
  visibility: 'public',
  accessibility: 'open',
  featuredParticipants: [
    {
      id: 'f9129db4-b39e-4dab-aa2f-e55904e90104',
      type: 'accessKey',
      status: 'active',
      displayName: 'My first key',
      avatarUrl: '',
    },
    {
      id: 'f64db2ae-d6cb-4a3d-b1e1-2401fdf02f27',
      type: 'contact',
      status: 'active',
      displayName: 'John Doe',
      avatarUrl: '',
      contact: {
        identifierKey: 'phonenumber',
        identifierValue: '+31612345678',
        platformAddress: '+31612345678',
      },
    },
  ],
  activeParticipantCount: 2,
  pendingParticipantCount: 0,
  initiatingParticipant: {
    id: 'f9129db4-b39e-4dab-aa2f-e55904e90104',
    type: 'accessKey',
    status: 'active',
    displayName: 'My first key',
    avatarUrl: '',
  },
  channelId: '199f0353-fcb8-41b2-afd6-614c6baf3850',
  lastMessage: {
    id: '25b3b6a2-7e1f-49ec-9371-b9a945fd6cec',
    type: 'list',
    preview: {
      text: "Message type 'list' was sent.",
    },
    recipients: [
      {
        type: 'to',
        id: 'f64db2ae-d6cb-4a3d-b1e1-2401fdf02f27',
        identifierKey: 'phonenumber',
        identifierValue: '+31612345678',
        platformAddress: '+31612345678',
        contactAnnotation: {
          name: 'John Doe',
        },
      },
    ],
    status: 'accepted',
    sender: {
      id: 'f9129db4-b39e-4dab-aa2f-e55904e90104',
      type: 'accessKey',
      status: 'active',
      displayName: 'My first key',
      avatarUrl: '',
    },
    createdAt: '2024-12-02T14:52:42.583Z',
  },
  createdAt: '2024-12-02T14:52:42.484Z',
  updatedAt: '2024-12-02T14:52:42.583Z',
  platformStyle: 'direct',
  attributes: {
    'my-custom-attribute': '123',
  },
};

/** Seed 000: reply to a conversation. */
export const SEED_REPLY_MESSAGE = {
  id: '3d22c1b1-61b3-4fb8-b8d8-f2c54ca8537d',
  conversationId: 'aaf0ceff-de0d-4a63-b624-ae9bf0354912',
  reference: '',
  sender: {
    id: 'e0b759f7-c366-4223-87a5-d1186ba4644f',
    type: 'user',
    status: 'active',
    displayName: 'Alex L',
    avatarUrl: '',
  },
  draft: false,
  status: 'accepted',
  source: 'conversations',
  body: {
    type: 'text',
    text: {
      text: 'Distinctio omnis nam nulla dolorem provident dolore eveniet enim et.',
    },
  },
  interactions: null,
  createdAt: '2024-11-14T13:13:57.551Z',
  updatedAt: '2024-11-14T13:13:57.551Z',
};

/** Seed 000: list conversations. */
export const SEED_LIST_CONVERSATIONS = {
  nextPageToken: 'WyJ3b3Jrc3BhY2...',
  results: [
    {
      id: '8a36bdfa-5b5c-488d-9f55-605413adc675',
      name: 'My second conversation',
      status: 'active',
      visibility: 'public',
      accessibility: 'open',
      featuredParticipants: [
        {
          id: 'e0b759f7-c366-4223-87a5-d1186ba4644f',
          type: 'user',
          status: 'active',
          displayName: 'Alex L',
        },
      ],
      createdAt: '2024-11-14T14:21:24.42Z',
      updatedAt: '2024-11-14T14:21:24.42Z',
      platformStyle: 'direct',
    },
    {
      id: 'aaf0ceff-de0d-4a63-b624-ae9bf0354912',
      name: 'My first conversation',
      status: 'active',
      visibility: 'public',
      accessibility: 'open',
      featuredParticipants: [
        {
          id: 'e0b759f7-c366-4223-87a5-d1186ba4644f',
          type: 'user',
          status: 'active',
          displayName: 'Alex L',
        },
      ],
      lastMessage: {
        id: '4ee54bb0-6a6e-43c9-a341-3e2058c6b3ee',
        type: 'text',
        preview: {
          text: 'Ex ut aperiam aspernatur nisi voluptatem amet sint maxime repellendus.',
        },
        status: 'delivered',
        sender: {
          id: 'e0b759f7-c366-4223-87a5-d1186ba4644f',
          type: 'user',
          status: 'active',
        },
        createdAt: '2024-11-14T14:23:12.144Z',
      },
      createdAt: '2024-11-14T11:10:33.778Z',
      updatedAt: '2024-11-14T14:23:19.831Z',
      platformStyle: 'direct',
    },
  ],
};

/** Seed 000: get conversation. */
export const SEED_GET_CONVERSATION = {
  id: 'aaf0ceff-de0d-4a63-b624-ae9bf0354912',
  name: 'My first conversation',
  status: 'active',
  visibility: 'public',
  accessibility: 'open',
  featuredParticipants: [
    {
      id: 'e0b759f7-c366-4223-87a5-d1186ba4644f',
      type: 'user',
      status: 'active',
      displayName: 'Alex L',
    },
    {
      id: 'bfa19042-a631-47c8-9b62-ab237de3c170',
      type: 'contact',
      status: 'active',
      displayName: 'John Doe',
      contact: {
        identifierKey: 'phonenumber',
        identifierValue: '+31627543581',
      },
    },
  ],
  activeParticipantCount: 2,
  channelId: '5da69b04-d462-5efd-9b65-28dbae1e0482',
  lastMessage: {
    id: '4ee54bb0-6a6e-43c9-a341-3e2058c6b3ee',
    type: 'text',
    preview: {
      text: 'Hello, world!',
    },
    status: 'delivered',
    sender: {
      id: 'e0b759f7-c366-4223-87a5-d1186ba4644f',
      type: 'user',
      status: 'active',
    },
    createdAt: '2024-11-14T14:23:12.144Z',
  },
  createdAt: '2024-11-14T11:10:33.778Z',
  updatedAt: '2024-11-14T14:23:19.831Z',
  platformStyle: 'direct',
};

/** Seed 000: update conversation. */
export const SEED_UPDATE_CONVERSATION = {
  visibility: 'private',
  accessibility: 'invite-only',
  name: 'Support Ticket #123',
  attributes: {
    ticketId: '123',
    department: 'technical-support',
  },
};

/** Seed 000: conversations of a participant. */
export const SEED_PARTICIPANT_CONVERSATIONS = {
  results: [
    {
      id: '0e07df52-3a5b-47e0-a8cb-1cf1754df147',
      name: 'Support Ticket #123',
      status: 'active',
      visibility: 'private',
      accessibility: 'invite-only',
      featuredParticipants: [
        {
          id: '82db510f-a013-41e9-a19b-808955469764',
          type: 'accessKey',
          status: 'active',
          displayName: 'Alex AccessKey',
        },
        {
          id: 'bfa19042-a631-47c8-9b62-ab237de3c170',
          type: 'contact',
          status: 'active',
          displayName: 'John Doe',
          contact: {
            identifierKey: 'phonenumber',
            identifierValue: '+31627543581',
          },
        },
      ],
      lastMessage: {
        id: 'af87bd00-0b44-4947-b9e0-8114b1680b6a',
        type: 'text',
        preview: {
          text: 'Hello, world!',
        },
        status: 'delivered',
        sender: {
          id: '82db510f-a013-41e9-a19b-808955469764',
          type: 'accessKey',
          status: 'active',
          displayName: 'Alex AccessKey',
        },
        createdAt: '2024-11-14T18:56:12.381Z',
      },
      createdAt: '2024-11-14T18:56:12.359Z',
      updatedAt: '2024-11-14T19:06:59.889Z',
      platformStyle: 'direct',
      attributes: {
        department: 'technical-support',
        ticketId: '123',
      },
    },
  ],
};
