import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../../src/simulator/index.js';
import { withSimulator, type SimulatorClient } from '../../helpers/simulator.js';
import { conversationShape, pageShape } from './birdShapes.js';
import { isRecord, OpenApiValidator } from './openApiValidator.js';

async function loadDocument(client: SimulatorClient): Promise<Record<string, unknown>> {
  const response = await client.fetch('GET', `${client.sim.url}/openapi.json`, { auth: null });
  expect(response.status).toBe(200);
  if (!isRecord(response.json)) throw new Error('the OpenAPI document is not an object');
  return response.json;
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new Error(`${what} is not an object`);
  return value;
}

/** Every `$ref` string anywhere in the document. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === '$ref' && typeof child === 'string' ? [child] : refs(child),
  );
}

describe('the OpenAPI document', () => {
  const client = withSimulator();

  it('is OpenAPI 3.0.3 with the AccessKey http security scheme and this server', async () => {
    const document = await loadDocument(client());
    expect(document.openapi).toBe('3.0.3');
    expect(document.servers).toEqual([{ url: client().sim.url }]);
    const components = record(document.components, 'components');
    const scheme = record(
      record(components.securitySchemes, 'securitySchemes').AccessKey,
      'AccessKey',
    );
    expect([scheme.type, scheme.scheme]).toEqual(['http', 'AccessKey']);
  });

  it('documents exactly the Bird routes the server serves, each with its method', async () => {
    const document = await loadDocument(client());
    const documented = Object.entries(record(document.paths, 'paths')).flatMap(([path, item]) =>
      Object.keys(record(item, path)).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const served = ROUTES.filter((route) => route.workspace).map(
      (route) => `${route.method} ${route.path}`,
    );
    expect(new Set(documented)).toEqual(new Set(served));
    expect(documented).toHaveLength(served.length);
    expect(ROUTES.filter((route) => !route.workspace).map((route) => route.path)).toEqual([
      '/uploads/{uploadId}',
      '/presigned-media/{workspaceId}/{conversationId}/{mediaId}',
      '/openapi.json',
    ]);
  });

  it('resolves every $ref, declares every path parameter and uses unique operation ids', async () => {
    const document = await loadDocument(client());
    const validator = new OpenApiValidator(document);
    for (const pointer of refs(document)) expect(validator.resolve(pointer), pointer).toBeDefined();
    const operationIds: string[] = [];
    for (const [path, item] of Object.entries(record(document.paths, 'paths'))) {
      const placeholders = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const [method, operationValue] of Object.entries(record(item, path))) {
        const operation = record(operationValue, `${method} ${path}`);
        if (typeof operation.operationId === 'string') operationIds.push(operation.operationId);
        const declared = (Array.isArray(operation.parameters) ? operation.parameters : [])
          .map((parameter) =>
            record(
              isRecord(parameter) && typeof parameter.$ref === 'string'
                ? validator.resolve(parameter.$ref)
                : parameter,
              'parameter',
            ),
          )
          .filter((parameter) => parameter.in === 'path')
          .map((parameter) => parameter.name);
        expect(new Set(declared), `${method} ${path}`).toEqual(new Set(placeholders));
        const statuses = Object.keys(record(operation.responses, 'responses'));
        expect(
          statuses.some((status) => status.startsWith('2') || status === '302'),
          `${method} ${path}`,
        ).toBe(true);
      }
    }
    expect(new Set(operationIds).size).toBe(operationIds.length);
    for (const [name, schema] of Object.entries(
      record(record(document.components, 'components').schemas, 'schemas'),
    )) {
      const { properties, required } = record(schema, name);
      for (const key of Array.isArray(required) ? required : []) {
        expect(Object.keys(isRecord(properties) ? properties : {}), `${name}.required`).toContain(
          key,
        );
      }
    }
  });

  it("describes the simulator's real responses precisely", async () => {
    const validator = new OpenApiValidator(await loadDocument(client()));
    const conversations = await client().expect(
      pageShape(conversationShape),
      200,
      'GET',
      '/conversations?limit=100',
    );
    expect(validator.validate('ConversationList', conversations)).toEqual([]);
    for (const conversation of conversations.results) {
      const messages = await client().call(
        'GET',
        `/conversations/${conversation.id}/messages?limit=100`,
      );
      expect(validator.validate('MessageList', messages.json)).toEqual([]);
      const participants = await client().call(
        'GET',
        `/conversations/${conversation.id}/participants`,
      );
      expect(validator.validate('ParticipantList', participants.json)).toEqual([]);
    }
    const rule = await client().call('POST', '/conversation-allowblock-rules', {
      body: { category: 'domain', value: 'example.org', type: 'allow' },
    });
    expect(validator.validate('AllowBlockRule', rule.json)).toEqual([]);
    const bulk = await client().call('POST', '/conversation-allowblock-rules-bulk', {
      rawBody: 'a@b.co,allow',
      headers: { 'content-type': 'text/csv' },
    });
    expect(validator.validate('BulkProgress', bulk.json)).toEqual([]);
    const upload = await client().call(
      'POST',
      `/conversations/${conversations.results[0]?.id ?? ''}/presigned-upload`,
      { body: { contentType: 'image/png' } },
    );
    expect(validator.validate('PresignedUpload', upload.json)).toEqual([]);
    const subscription = await client().call('POST', '/webhook-subscriptions', {
      body: { service: 'conversations', event: 'conversation.updated', url: 'https://x.example/h' },
    });
    expect(validator.validate('WebhookSubscription', subscription.json)).toEqual([]);
    const subscriptions = await client().call('GET', '/webhook-subscriptions');
    expect(validator.validate('WebhookSubscriptionList', subscriptions.json)).toEqual([]);
    const twice = {
      name: 'Twice',
      channelId: '5da69b04-d462-5efd-9b65-28dbae1e0482',
      participants: [
        { type: 'contact', identifierKey: 'phonenumber', identifierValue: '+31655550001' },
      ],
    };
    await client().call('POST', '/conversations', { body: twice });
    const conflict = await client().call('POST', '/conversations', { body: twice });
    expect(conflict.status).toBe(409);
    expect(validator.validate('Error', conflict.json)).toEqual([]);
    const error = await client().call('POST', '/conversations', { body: { visibility: 'nope' } });
    expect(validator.validate('Error', error.json)).toEqual([]);
  });

  it('accepts the request bodies of the seed examples and rejects a body with a mismatched type key', async () => {
    const validator = new OpenApiValidator(await loadDocument(client()));
    expect(
      validator.validate('CreateConversationRequest', {
        name: 'Email Subject',
        channelId: '25431165-c486-4a94-94f6-b3633c9af905',
        participants: [
          { type: 'contact', identifierKey: 'emailaddress', identifierValue: 'john.doe@bird.com' },
        ],
        initialMessage: {
          body: { type: 'text', text: { text: 'Hey, listen!' } },
          recipients: [
            { identifierKey: 'emailaddress', identifierValue: 'john.doe@bird.com', type: 'to' },
          ],
        },
        attributes: { 'my-custom-attribute': '123' },
      }),
    ).toEqual([]);
    expect(
      validator.validate('CreateMessageRequest', {
        body: {
          type: 'text',
          text: { text: 'Aut eum ut qui quod est voluptatum numquam sit sed.' },
        },
        participantId: 'e0b759f7-c366-4223-87a5-d1186ba4644f',
        participantType: 'accessKey',
      }),
    ).toEqual([]);
    expect(validator.validate('MessageBody', { type: 'text', image: { images: [] } })).not.toEqual(
      [],
    );
  });
});
