import { publicRoute, type Route } from '../http/route.js';
import { JsonText } from '../http/jsonBody.js';
import { openApiDocument } from '../openapi/document.js';

let cached: { baseUrl: string; text: string } | null = null;

/** GET /openapi.json: the OpenAPI 3.0.3 description of the simulator's Bird routes. */
export const openApiRoutes: readonly Route[] = [
  publicRoute('GET', '/openapi.json', ({ baseUrl }) => {
    if (cached?.baseUrl !== baseUrl)
      cached = { baseUrl, text: JSON.stringify(openApiDocument(baseUrl)) };
    return { status: 200, body: new JsonText(cached.text) };
  }),
];
