import { and, eq, inArray } from 'drizzle-orm';
import { newId } from '../../../schema/ids';
import { webhookDeliveries, webhookEndpoints } from '../../../schema/index';
import type { OutboxEvent } from '../../../schema/types';
import type { Database } from '../../db';
import { isWebhookEventType, publicData, subscribes, tenantSlugs, type WebhookEnvelope } from './events';

/**
 * The outbox side of webhooks: inside the drain's transaction, one delivery row per event and
 * matching active endpoint of the event's own tenant. The (endpoint, event) unique index makes a
 * repeated drain of the same event a no-op; the sends happen afterwards (see delivery.ts).
 */
export async function fanOutWebhooks(db: Database, events: OutboxEvent[], now: Date): Promise<number> {
  const relevant = events.filter((e) => isWebhookEventType(e.topic));
  if (relevant.length === 0) return 0;
  const endpoints = await db
    .select({
      id: webhookEndpoints.id,
      tenantId: webhookEndpoints.tenantId,
      eventTypes: webhookEndpoints.eventTypes,
    })
    .from(webhookEndpoints)
    .where(
      and(
        inArray(webhookEndpoints.tenantId, [...new Set(relevant.map((e) => e.tenantId))]),
        eq(webhookEndpoints.active, true),
      ),
    );
  const wanted = relevant.filter((e) =>
    endpoints.some((ep) => ep.tenantId === e.tenantId && subscribes(ep.eventTypes, e.topic)),
  );
  if (wanted.length === 0) return 0;
  const [data, slugs] = await Promise.all([
    publicData(db, wanted),
    tenantSlugs(
      db,
      wanted.map((e) => e.tenantId),
    ),
  ]);
  const rows = wanted.flatMap((event) => {
    const snapshot = data.get(event.id);
    if (!snapshot) return [];
    const envelope: WebhookEnvelope = {
      id: event.id,
      type: event.topic,
      created: event.createdAt.toISOString(),
      tenant: slugs.get(event.tenantId) ?? event.tenantId,
      data: snapshot,
    };
    return endpoints
      .filter((ep) => ep.tenantId === event.tenantId && subscribes(ep.eventTypes, event.topic))
      .map((ep) => ({
        id: newId('webhookDelivery'),
        tenantId: event.tenantId,
        endpointId: ep.id,
        eventId: event.id,
        eventType: event.topic,
        payload: { ...envelope },
        nextAttemptAt: now,
        createdAt: now,
        updatedAt: now,
      }));
  });
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(webhookDeliveries)
    .values(rows)
    .onConflictDoNothing({ target: [webhookDeliveries.endpointId, webhookDeliveries.eventId] })
    .returning({ id: webhookDeliveries.id });
  return inserted.length;
}
