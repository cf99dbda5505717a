import { createRoute, z } from '@hono/zod-openapi';
import { API_KEY_KINDS } from '../../../schema/enums';
import type { ApiKey } from '../../../schema/types';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../lib/openapi';
import { serviceContext } from '../../lib/service-context';
import { createApiKey, listApiKeys, revokeApiKey } from './service';

export const apiKeyRoutes = createRouter();
const tags = ['api-keys'];

const ApiKeySchema = z
  .object({
    id: z.string(),
    kind: z.enum(API_KEY_KINDS),
    name: z.string(),
    prefix: z
      .string()
      .openapi({ example: 'tm_pk_3fQ9', description: 'The first characters, to recognise a key.' }),
    scopes: z.array(z.string()),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiKey');

const view = (k: ApiKey) => ({
  id: k.id,
  kind: k.kind,
  name: k.name,
  prefix: k.prefix,
  scopes: k.scopes,
  createdAt: k.createdAt.toISOString(),
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
  revokedAt: k.revokedAt?.toISOString() ?? null,
});

export const CreateApiKeyBody = z
  .strictObject({
    name: z.string().trim().min(1).max(80).openapi({ example: '官网嵌入' }),
    kind: z
      .enum(API_KEY_KINDS)
      .openapi({ description: 'publishable: browser embeds, public reads only; secret: servers.' }),
    scopes: z
      .array(z.enum(['admin', 'write']))
      .max(2)
      .default([]),
  })
  .openapi('CreateApiKey');

const IdParam = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

apiKeyRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/api-keys',
    tags,
    summary: 'Create an API key for this tenant (tenant admin); the key is shown once',
    request: jsonBody(CreateApiKeyBody),
    responses: {
      201: jsonResponse(ApiKeySchema.extend({ secret: z.string() }), 'Created'),
      ...errorResponses,
    },
  }),
  async (c) => {
    const { key, secret } = await createApiKey(serviceContext(c), c.req.valid('json'));
    return c.json({ ...view(key), secret }, 201);
  },
);

apiKeyRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/api-keys',
    tags,
    summary: "This tenant's API keys (tenant admin)",
    responses: { 200: jsonResponse(z.object({ items: z.array(ApiKeySchema) }), 'Keys'), ...errorResponses },
  }),
  async (c) => c.json({ items: (await listApiKeys(serviceContext(c))).map(view) }, 200),
);

apiKeyRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/api-keys/{id}/revoke',
    tags,
    summary: 'Revoke a key at once (tenant admin)',
    request: { params: IdParam },
    responses: { 200: jsonResponse(ApiKeySchema, 'Revoked'), ...errorResponses },
  }),
  async (c) => c.json(view(await revokeApiKey(serviceContext(c), c.req.valid('param').id)), 200),
);
