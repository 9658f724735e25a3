import { bodySchemas } from './bodySchemas.js';
import { parameters, responses } from './parameters.js';
import { paths } from './paths.js';
import { requestSchemas } from './requestSchemas.js';
import { resourceSchemas } from './resourceSchemas.js';

/**
 * The OpenAPI 3.0.3 description of the Bird routes the simulator serves (GET /openapi.json), e.g.
 * for GraphQL Mesh. Hand-written from the simulator's behaviour; a test validates real responses
 * against it. The storage stand-ins (`/uploads/...`, `/media/...`) are left out: in Bird they are
 * other hosts (S3, media.api.bird.com), not part of the Conversations API.
 * @param serverUrl the simulator's origin, listed as the server.
 */
export function openApiDocument(serverUrl: string): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Bird Conversations API (simulator)',
      version: '1.0.0',
      description:
        "The subset of Bird's Conversations API served by the embedded simulator. " +
        'Authenticate with `Authorization: AccessKey <access-key>`; lists are newest first and paginated with opaque page tokens.',
    },
    servers: [{ url: serverUrl }],
    security: [{ AccessKey: [] }],
    tags: ['Conversations', 'Messages', 'Participants', 'Settings'].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        AccessKey: {
          type: 'http',
          scheme: 'AccessKey',
          description: 'Authorization: AccessKey <access-key>',
        },
      },
      parameters,
      responses,
      schemas: { ...resourceSchemas, ...requestSchemas, ...bodySchemas },
    },
  };
}
