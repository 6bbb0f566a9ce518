/**
 * The web pages' API types (web/src/api/schema.d.ts) are generated from the server's OpenAPI
 * document by openapi-typescript: a route changed without regenerating fails here.
 * Regenerate with `npx vitest run test/web/api-types.test.ts -u`.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type TestServer } from '../server/harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
}, 60_000);
afterAll(async () => {
  await server?.close();
});

it('web/src/api/schema.d.ts is what openapi-typescript makes of /api/openapi.json', async () => {
  const doc = (await server.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<object>();
  const types = astToString(await openapiTS(doc as Parameters<typeof openapiTS>[0]));
  const header =
    '// Generated from /api/openapi.json by openapi-typescript (test/web/api-types.test.ts): do not edit.\n';
  await expect(header + types).toMatchFileSnapshot('../../web/src/api/schema.d.ts');
});
