import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../env';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../lib/openapi';
import { pageSchema } from '../../lib/pagination';
import { serviceContext } from '../../lib/service-context';
import { defaultWebhookFetch } from './delivery';
import {
  CreateWebhookBody,
  DeliveriesQuery,
  DeliveryParams,
  deliveryView,
  endpointView,
  UpdateWebhookBody,
  WebhookDeliverySchema,
  WebhookEndpointSchema,
  WebhookEndpointWithSecretSchema,
  WebhookIdParam,
} from './schemas';
import {
  createEndpoint,
  deleteEndpoint,
  getEndpoint,
  listDeliveries,
  listEndpoints,
  pingEndpoint,
  retryDelivery,
  rotateSecret,
  updateEndpoint,
  type WebhookRuntime,
} from './service';

// Outgoing webhooks of a storefront (tenant admins). Deliveries are signed with the endpoint's
// secret: `TechMarket-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">` (see README).

export const webhookRoutes = createRouter();
const tags = ['webhooks'];

/** The host's HTTP client (injectable through Deps) and the URL policy of the environment. */
export function webhookRuntime(c: Context<AppEnv>): WebhookRuntime {
  const deps = c.var.deps;
  return {
    fetch: deps.webhookFetch ?? defaultWebhookFetch,
    production: deps.config.NODE_ENV === 'production',
  };
}

webhookRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/webhooks',
    tags,
    summary: "This storefront's webhook endpoints (tenant admin)",
    responses: {
      200: jsonResponse(z.object({ items: z.array(WebhookEndpointSchema) }), 'Endpoints'),
      ...errorResponses,
    },
  }),
  async (c) => c.json({ items: (await listEndpoints(serviceContext(c))).map(endpointView) }, 200),
);

webhookRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/webhooks',
    tags,
    summary: 'Add a webhook endpoint (tenant admin); the signing secret is shown once',
    request: jsonBody(CreateWebhookBody),
    responses: { 201: jsonResponse(WebhookEndpointWithSecretSchema, 'Created'), ...errorResponses },
  }),
  async (c) => {
    const { endpoint, secret } = await createEndpoint(
      serviceContext(c),
      c.req.valid('json'),
      webhookRuntime(c),
    );
    c.header('cache-control', 'no-store');
    return c.json({ ...endpointView(endpoint), secret }, 201);
  },
);

webhookRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/webhooks/{id}',
    tags,
    summary: 'One webhook endpoint (tenant admin)',
    request: { params: WebhookIdParam },
    responses: { 200: jsonResponse(WebhookEndpointSchema, 'Endpoint'), ...errorResponses },
  }),
  async (c) => c.json(endpointView(await getEndpoint(serviceContext(c), c.req.valid('param').id)), 200),
);

webhookRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/v1/webhooks/{id}',
    tags,
    summary: 'Change the URL, description or event types, or disable/enable the endpoint',
    request: { params: WebhookIdParam, ...jsonBody(UpdateWebhookBody) },
    responses: { 200: jsonResponse(WebhookEndpointSchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    const row = await updateEndpoint(
      serviceContext(c),
      c.req.valid('param').id,
      c.req.valid('json'),
      webhookRuntime(c),
    );
    return c.json(endpointView(row), 200);
  },
);

webhookRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/v1/webhooks/{id}',
    tags,
    summary: 'Delete an endpoint and its delivery history',
    request: { params: WebhookIdParam },
    responses: { 204: { description: 'Deleted' }, ...errorResponses },
  }),
  async (c) => {
    await deleteEndpoint(serviceContext(c), c.req.valid('param').id);
    return c.body(null, 204);
  },
);

webhookRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/webhooks/{id}/rotate-secret',
    tags,
    summary: 'Replace the signing secret at once; the new one is shown once',
    request: { params: WebhookIdParam },
    responses: { 200: jsonResponse(WebhookEndpointWithSecretSchema, 'Rotated'), ...errorResponses },
  }),
  async (c) => {
    const { endpoint, secret } = await rotateSecret(serviceContext(c), c.req.valid('param').id);
    c.header('cache-control', 'no-store');
    return c.json({ ...endpointView(endpoint), secret }, 200);
  },
);

webhookRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/webhooks/{id}/test',
    tags,
    summary: 'Send a signed `webhook.ping` now and report how the receiver answered (tried once)',
    request: { params: WebhookIdParam },
    responses: { 200: jsonResponse(WebhookDeliverySchema, 'The ping delivery'), ...errorResponses },
  }),
  async (c) =>
    c.json(
      deliveryView(await pingEndpoint(serviceContext(c), c.req.valid('param').id, webhookRuntime(c))),
      200,
    ),
);

webhookRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/webhooks/{id}/deliveries',
    tags,
    summary: "An endpoint's deliveries, newest first (cursor pagination)",
    request: { params: WebhookIdParam, query: DeliveriesQuery },
    responses: { 200: jsonResponse(pageSchema(WebhookDeliverySchema), 'Deliveries'), ...errorResponses },
  }),
  async (c) => {
    const page = await listDeliveries(serviceContext(c), c.req.valid('param').id, c.req.valid('query'));
    return c.json({ items: page.items.map(deliveryView), nextCursor: page.nextCursor }, 200);
  },
);

webhookRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/webhooks/{id}/deliveries/{deliveryId}/retry',
    tags,
    summary: 'Send a delivery again now (a dead one gets one more attempt)',
    request: { params: DeliveryParams },
    responses: {
      200: jsonResponse(WebhookDeliverySchema, 'The delivery after the attempt'),
      ...errorResponses,
    },
  }),
  async (c) => {
    const { id, deliveryId } = c.req.valid('param');
    return c.json(
      deliveryView(await retryDelivery(serviceContext(c), id, deliveryId, webhookRuntime(c))),
      200,
    );
  },
);
