/**
 * The screens as operations on the schema Mesh generates from the OpenAPI document: REST-shaped
 * root fields (`listConversations`, `getConversation`, ...) with the workspace as an argument and
 * each answer a union of the success type and `Error`. Where the generated schema has no
 * equivalent (a message's preview text), the closest field is selected (the body's text).
 */

const MESSAGE_FIELDS = /* GraphQL */ `
  id
  createdAt
  status
  draft
  body {
    __typename
    ... on TextMessageBody { text { text } }
    ... on HtmlMessageBody { html { text } }
  }
  sender { id type displayName avatarUrl }
`;

export const INBOX = /* GraphQL */ `
  query Inbox($ws: UUID!) {
    listConversations(workspaceId: $ws, limit: 20) {
      __typename
      ... on ConversationList {
        nextPageToken
        results {
          id
          name
          status
          updatedAt
          featuredParticipants {
            id
            type
            displayName
            avatarUrl
            contact {
              identifierValue
            }
          }
          lastMessage {
            id
            preview {
              text
            }
            createdAt
          }
          messages(limit: 5) {
            __typename
            ... on MessageList {
              results {
                id
                createdAt
                body {
                  __typename
                  ... on TextMessageBody {
                    text {
                      text
                    }
                  }
                  ... on HtmlMessageBody {
                    html {
                      text
                    }
                  }
                }
                sender {
                  displayName
                }
              }
            }
            ... on Error {
              code
              message
              details
            }
          }
        }
      }
      ... on Error {
        code
        message
        details
      }
    }
  }
`;

export const THREAD = /* GraphQL */ `
  query Thread($ws: UUID!, $id: UUID!) {
    getConversation(workspaceId: $ws, conversationId: $id) {
      __typename
      ... on Conversation { id name status }
      ... on Error { code message details }
    }
    listConversationMessages(workspaceId: $ws, conversationId: $id, limit: 50) {
      __typename
      ... on MessageList { total nextPageToken results { ${MESSAGE_FIELDS} } }
      ... on Error { code message details }
    }
  }
`;

export const THREAD_NEXT = /* GraphQL */ `
  query ThreadMessages($ws: UUID!, $id: UUID!, $token: pageToken_parameter) {
    listConversationMessages(workspaceId: $ws, conversationId: $id, limit: 50, pageToken: $token) {
      __typename
      ... on MessageList { nextPageToken results { ${MESSAGE_FIELDS} } }
      ... on Error { code message details }
    }
  }
`;

export const LOOKUP = /* GraphQL */ `
  query Lookup($ws: UUID!, $id: UUID!) {
    getConversation(workspaceId: $ws, conversationId: $id) {
      __typename
      ... on Conversation {
        id
        name
        status
        updatedAt
      }
      ... on Error {
        code
        message
        details
      }
    }
  }
`;

export const REPLY = /* GraphQL */ `
  mutation SendReply($ws: UUID!, $id: UUID!, $input: CreateMessageRequest_Input) {
    createConversationMessage(workspaceId: $ws, conversationId: $id, input: $input) {
      __typename
      ... on Message {
        id
        reference
        status
        createdAt
        body {
          ... on TextMessageBody {
            text {
              text
            }
          }
        }
      }
      ... on Error {
        code
        message
        details
      }
    }
  }
`;
