/**
 * The playground's `Live inbox` example: a subscription, so it lives here rather than among the
 * operations/ files, which are persisted and run as ordinary requests.
 */
export const LIVE_INBOX = `# Live inbox: the inbox keeps itself current, without polling. Run it (▶), then send a reply
# from the SendReply tab (or let a message arrive): the conversation shows up here at once.
# Subscriptions run over a WebSocket (graphql-ws); SSE and multipart HTTP work too.
subscription LiveInbox {
  conversationUpdated {
    id
    name
    status
    lastMessage {
      text
      createdAt
      sender {
        __typename
        ... on ParticipantBase {
          displayName
        }
      }
    }
  }
}
`;
