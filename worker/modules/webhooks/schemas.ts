import { z } from '@hono/zod-openapi';
import type { WebhookDelivery, WebhookEndpoint } from '../../../schema/types';
import { WEBHOOK_DELIVERY_STATES } from '../../../schema/webhook-deliveries';
import { paginationQuery } from '../../lib/pagination';
import { WEBHOOK_EVENT_TYPES } from './events';

const eventTypes = z
  .array(z.enum(WEBHOOK_EVENT_TYPES))
  .max(WEBHOOK_EVENT_TYPES.length)
  .refine((t) => new Set(t).size === t.length, 'event types must not repeat')
  .openapi({
    example: ['listing.published', 'demand.published'],
    description: 'Event types to receive; an empty list means every type.',
  });
const url = z.string().trim().min(1).max(2000).openapi({
  example: 'https://partner.example.com/techmarket/webhooks',
  description:
    'https only; http only to localhost outside production. Private hosts are refused in production.',
});
const description = z.string().trim().max(200).openapi({ example: '合作平台同步' });

export const CreateWebhookBody = z
  .strictObject({ url, description: description.optional(), eventTypes: eventTypes.default([]) })
  .openapi('CreateWebhookEndpoint');

export const UpdateWebhookBody = z
  .strictObject({
    url: url.optional(),
    description: description.nullable().optional(),
    eventTypes: eventTypes.optional(),
    active: z.boolean().optional().openapi({ description: 'false pauses deliveries; true resumes them.' }),
  })
  .openapi('UpdateWebhookEndpoint');

export const WebhookIdParam = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'whk_01JD8X3Q9Z1Y2X3W4V5T6S7R8Q' }),
});

export const DeliveryParams = WebhookIdParam.extend({
  deliveryId: z
    .string()
    .max(64)
    .openapi({ param: { name: 'deliveryId', in: 'path' }, example: 'whd_01JD8X3Q9Z1Y2X3W4V5T6S7R8Q' }),
});

export const DeliveriesQuery = z.object(paginationQuery);

const iso = (example: string) => z.string().openapi({ example });

export const WebhookEndpointSchema = z
  .object({
    id: z.string().openapi({ example: 'whk_01JD8X3Q9Z1Y2X3W4V5T6S7R8Q' }),
    url: z.string().openapi({ example: 'https://partner.example.com/techmarket/webhooks' }),
    description: z.string().nullable().openapi({ example: '合作平台同步' }),
    eventTypes: z.array(z.string()).openapi({ example: ['listing.published'] }),
    active: z.boolean().openapi({ example: true }),
    secretHint: z
      .string()
      .openapi({ example: 'whsec_3fQ9…', description: 'The first characters of the secret.' }),
    createdAt: iso('2026-05-01T08:00:00.000Z'),
    updatedAt: iso('2026-05-01T08:00:00.000Z'),
  })
  .openapi('WebhookEndpoint');

export const WebhookEndpointWithSecretSchema = WebhookEndpointSchema.extend({
  secret: z.string().openapi({
    example: 'whsec_9x…',
    description: 'The signing secret, shown only now (at creation or rotation). Store it on the receiver.',
  }),
}).openapi('WebhookEndpointWithSecret');

export const WebhookDeliverySchema = z
  .object({
    id: z.string().openapi({ example: 'whd_01JD8X3Q9Z1Y2X3W4V5T6S7R8Q' }),
    endpointId: z.string().openapi({ example: 'whk_01JD8X3Q9Z1Y2X3W4V5T6S7R8Q' }),
    eventId: z.string().openapi({ example: 'evt_01JD8X3Q9Z1Y2X3W4V5T6S7R8Q' }),
    eventType: z.string().openapi({ example: 'listing.published' }),
    status: z.enum(WEBHOOK_DELIVERY_STATES).openapi({ example: 'succeeded' }),
    attempts: z.number().int().openapi({ example: 1 }),
    nextAttemptAt: z.string().nullable().openapi({ example: null }),
    lastAttemptAt: z.string().nullable().openapi({ example: '2026-05-01T08:00:01.000Z' }),
    lastStatusCode: z.number().int().nullable().openapi({ example: 200 }),
    lastError: z.string().nullable().openapi({ example: null }),
    payload: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'The body sent: {id, type, created, tenant, data}.' }),
    createdAt: iso('2026-05-01T08:00:00.000Z'),
  })
  .openapi('WebhookDelivery');

export const endpointView = (e: WebhookEndpoint) => ({
  id: e.id,
  url: e.url,
  description: e.description,
  eventTypes: e.eventTypes,
  active: e.active,
  secretHint: `${e.secret.slice(0, 10)}…`,
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
});

export const deliveryView = (d: WebhookDelivery) => ({
  id: d.id,
  endpointId: d.endpointId,
  eventId: d.eventId,
  eventType: d.eventType,
  status: d.status,
  attempts: d.attempts,
  nextAttemptAt: d.nextAttemptAt?.toISOString() ?? null,
  lastAttemptAt: d.lastAttemptAt?.toISOString() ?? null,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  payload: d.payload,
  createdAt: d.createdAt.toISOString(),
});
